"""Lexicon 2026.12.10, part ac: the classes read from development set ac's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # made to 'be nice' to / go with a partner's or older man's mates, unwilling or a child (QAC1)
        "my boyfriend drove me to some flat and says i have to sleep with his mate, i said no, im 15",
        "my bf is parked outside a house and wants me to keep his mates company, i really dont want to, im 14",
        "this older guy says i owe him so i have to go upstairs with his mates, im so scared",
        # shut in at home, doors locked or keys taken, by someone drunk or threatening (QAC2)
        "my stepdad has locked all the doors and hid the keys, hes drunk and smashing stuff",
        "mums boyfriend took the keys and locked the back door, he said if i tell anyone hell do to me what he did to her",
        # walked out of care, alone, a stranger offering a lift (M1 with the wider `missing` / `lift_offer`)
        "ran from my foster placement tonight, battery nearly dead and some guy keeps offering to drive me",
        "walked out of the care home an hour ago and a man in a van keeps asking if i want a lift",
        # tablets taken, the number given without a noun, told inside a question (N13 with the wider `quant_total`)
        "how long till paracetamol kicks in if you took about 40, asking cos i already did",
        "how long do they take to work if u take like 25 co codamol, asking because ive already taken them",
        # a deadline does not hide a real time to act
        "im going to kill myself tomorrow, the essay is due tomorrow anyway",
        # a sport named in passing does not hide violence happening now
        "my stepdad does mma and hes got his hands round my mums neck right now",
        # a mock-farewell context does not hide a real goodbye with an overdose
        "goodbye everyone its been a good run, i took all my pills",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # intrusive thoughts of a method, disclaimed: high, not immediate (`no_plan`)
        "i keep thinking about jumping in front of a train on my way home, i never would but the thought keeps coming back",
        # punished by deprivation at home: sat in the dark, food withheld (D2)
        "my stepdad makes me sit in the dark for hours and wont let me eat when im cheeky",
        "mums boyfriend starves me as a punishment when i talk back, am i being dramatic",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # combat sport (`combat_sport`, benign 'choked out # times')
        "my sparring partner choked me out twice at judo tonight, so fun",
        "got strangled in a triangle at bjj class today, tapped out so many times lol",
        # a grounding told as captivity
        "dad took my phone for the weekend, im basically a prisoner in my own house lol",
        "being held hostage in my own room until i tidy it, send a search party",
        # a mock farewell over a report (`comic_doom`)
        "mum is going to ground me for life when she sees my report, goodbye world its been a good run",
        "my dad is going to go mad when he sees my report, this is goodbye",
        # kms about a deadline (`deadline` cancels the time)
        "kms this coursework is due tonight and i havent started",
        "kms the maths homework is due in tomorrow",
        # a game's danger (`gaming`, `game_scene`)
        "theres someone camping outside our base with a rocket launcher, come join my lobby",
        "been hiding under the bed in this horror game for ages, the game is so scary im literally shaking",
        # a parent's worry as hyperbole
        "dad thinks ill burn the house down if i use the toaster lol",
        # past harm marked as over
        "one year self harm free today, so proud",
        "ran away for a night when i was 12, came home the next day and it was fine",
        # a legal question about an item
        "does an air rifle count as a weapon if i carry it to my nans",
        # 'im gonna jump' on the diving board
        "my mate always yells im gonna jump before she goes off the high board lol",
        # near misses of QAC1: no one unwilling, no child, or no man in control
        "my boyfriend says i have to be nice to his mates at his birthday tonight",
        "mum says i have to be nice to her friends when they visit, im 13",
        # near misses of QAC2: doors locked with no threat, or long ago and resolved
        "mum locked the back door and took the keys because we kept leaving it open",
        "last year my dad locked the front door and hid the keys when he was drunk, hes been sober two years now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "dad took my phone for the weekend, im basically a prisoner in my own house lol",
        "kms the maths homework is due in tomorrow",
        "one year self harm free today, so proud",
        "my mate always yells im gonna jump before she goes off the high board lol",
        "dad thinks ill burn the house down if i use the toaster lol",
    ],
)
def test_false_alarms_are_standard(text):
    assert_grade(text, "standard", full)

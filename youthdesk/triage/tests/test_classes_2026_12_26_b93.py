"""Lexicon 2026.12.26, part b93: the classes read from the misses of read test sets b93 and b94, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a ligature got, with a set time when the house is asleep; "its sorted" is decided, not resolved (QB931)
        "right thats sorted then. bought a rope today, doing it once everyones asleep",
        "all sorted now. belt is ready and im doing it when my parents go to bed",
        # a wish to die with the time the household is away, said with "after / once" (S1, household_time)
        "im going to kill myself once my dad goes to work tomorrow",
        "going to end it after my parents go out tonight",
        # letters or notes finished, with a time (QB932)
        "the notes are done. its tonight",
        "letters all written and on my desk. tonight is the night",
        # a weapon pulled on the sender, the attackers still about (QAP3 with here_now)
        "some lads just pulled a knife on me by the shops and theyre still hanging about",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # made to run bags between flats by older boys (C4 with drop_verb)
        "the older lads make me run bags between the flats after school",
        # hit with a household object, the hoover not a fright (D2)
        "my dad hit my little brother with the hoover pipe last night",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # an old goodbye note, with no plan now (S4 yields to no_plan)
        "ive written a goodbye note before, im not planning anything, the thoughts just come at night",
        # abuse told with the abuser away now (D1 yields to safe_for_now): high, not immediate
        "my stepdad slaps me when hes been drinking, hes at work right now",
        # a threat for later with a past incident placed at a party
        "my boyfriend says hell hit me if i talk to other boys, he pushed me once at a party",
        # an invitation to a hotel is not being missing there
        "some man online keeps offering my friend money to meet him at a hotel, shes 14",
    ],
)
def test_told_as_not_now_is_high(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a problem sorted, a rope for a hobby, a time for bed
        "its sorted now, the rope swing is up in the garden, going on it after mum goes to work",
        "got the rope for climbing club, doing it after school on friday",
        # letters for ordinary things with a time
        "finished the letters to my pen pals tonight, posting them tomorrow",
        "the letters are done for my uni application, sending tonight",
        # an ordinary errand after a parent goes to work
        "gonna clean my room after my mum goes to work so its a surprise",
        # an assault told as over, filmed and posted
        "a lad in year 9 got punched outside the chippy yesterday and someone put it on tiktok",
        # anger at a referee
        "that ref was a joke today honestly i wanna kill him",
        # friends "still about"
        "my mates are still about in town if you want to meet up",
        # the hoover as a fright
        "my dog hides from the hoover every time",
        # a suspicion about a sibling
        "my brother has new trainers and loads of cash, i think hes dealing",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "that referee robbed us today, i swear i want to kill him",
        "the ref gave them a pen in the 90th, im going to kill him",
    ],
)
def test_rage_at_a_referee_is_below_high(text):
    assert_below(text, "high")

"""Lexicon 2026.12.34, part b171: the classes read from the misses of read test sets b171 and b172, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a question about a lethal amount, with the supply already in hand (QB1711)
        "how many would it take to not wake up, i have 2 packets of paracetamol",
        "how many sleeping pills would it take to never wake up? got 4 boxes in my drawer",
        # a last message the reader will see too late, letters left, love sent to someone named (QU5 widened)
        "the letter is on my pillow, love to my dad, youll see this too late",
        "you probably wont see this in time. the notes are on my desk. give my love to my sister",
        # a calm decision made, a time set, a sudden peace and a word left for someone (QB1712)
        "ive made my mind up. not sad any more, its calm now. tonight when everyones asleep. just wanted someone to know",
        "i wanted someone to know. ive made up my mind and i feel at peace with it. tomorrow night",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # carrying a weapon for protection: "so i feel safe" is a purpose, not a danger marked as over
        "i keep a ting on me now just so i feel safe, theres lads on my estate who robbed me",
        # self-harm told with an age and "now": ongoing (high), not happening this minute
        "ive been cutting with a blade since i was 11, im 15 now and nobody knows",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high", read=rules)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary life decision, made calmly, with a time (benign_decision)
        "ive made my mind up about college and i feel so calm now, telling my mum tomorrow morning",
        "made my mind up to quit the team, not sad anymore, telling coach before school",
        "wanted you to know ive made my mind up about sixth form, feel so calm, telling mum tomorrow morning",
        # a lethal-amount question for school work, or a dose question with a supply
        "how many paracetamol does it take to kill you, asking for my biology essay, ive got 2 boxes in the cupboard",
        "how many paracetamol can you take in a day, ive got 2 boxes for my period",
        "how many boxes would it take to fill the van, ive got 3 boxes of books",
        # a message that will arrive too late, about something ordinary
        "sorry you wont get this in time, the party started already lol",
        # a collapse told as once, in the past, with a friend fine now
        "my sister passed out once at a party after drinking, shes fine now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a request to post or talk about a topic on the police page (topic_feedback)
        "can you talk about sextortion on your insta, loads of people in my year dont know what it is",
        "could u do something on your page about knife crime, post something about it for year 7s",
        # a question about the legality or the police handling of knives (question_general)
        "what do police do with the knives people hand in at the amnesty bin",
        "am i allowed to bring a penknife on the scout trip if the blade is tiny",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # an age with "now" does not hide a real danger now
        "im 15 now and im on the bridge with the pills",
        # a collapse now after taking something is still immediate
        "he took something and passed out and he isnt waking up",
    ],
)
def test_near_misses_that_stay_immediate(text):
    assert_grade(text, "immediate", read=rules)

"""Lexicon 2026.12.34, part b159: the classes read from the misses of read test sets b159 and b160, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # tablets taken one after another and counted as it goes, the body reacting now, tablets not named (QB1591)
        "cant stop taking them, thats like 25 now and my heart is racing",
        "just keep swallowing them one after another, lost count, feel really sick",
        # an adult with grooming signs let into the home while the parent has gone out: there now (X1 widened)
        "that guy from my dads work who keeps saying its our secret is in our house now, mum let him in and went out",
        "the man who buys me vapes is round, mum let him in and went to work, he says its our little secret",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # made to hold a stash, with a threat if it goes missing (C6 widened)
        "the olders have got me keeping their stash in my room, if any of it goes missing theyll do me in",
        # self-harm marks about to be seen at PE or swimming (QB1592)
        "got new scars on my legs and we have swimming tomorrow, i cant cover them",
        "my scars are bad this week and pe is tomorrow, not allowed long sleeves",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # taking more of something ordinary and feeling sick: sweets, not tablets
        "keep taking more and more sweets out the jar, thats like 20 now and i feel sick lol",
        # a relative let in while mum went out, no grooming sign (QB1593 needs one)
        "my grandad is in our house now, mum let him in and went out, hes fixing the boiler",
        # a secret about a surprise, a visitor let in: no adult with the child alone
        "my aunty let him in and went out to get the cake, its our secret that the party is tonight",
        # no hoodie at PE, no marks
        "got pe tomorrow and i cant wear my hoodie, its so annoying",
        # self-harm told as a habit of most nights, with marks about to be seen: high, not danger now
        "theres scars all over my arms and got swimming tomorrow, still doing it most nights",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a loose "id rather die than ..." captioned as a meme (meme_caption, a weak yield and a model stop)
        "'id rather die than do this maths homework' - me every sunday night",
        "'id rather die than get up' - me when my alarm goes off",
        # advice to others to get help, not a condition on a harm (advice_others, an SC1 yield)
        "started seeing a counsellor and it helped loads, if anyone is struggling honestly just do it",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a real plan beside a meme caption still counts: the caption yields only for weak words
        "im going to take all my tablets tonight, i have them here. - me every sunday night",
        "i took all my tablets an hour ago and im being sick",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")

"""Lexicon 2026.12.23, part b67: the classes read from the misses of read test sets b67 and b68, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a fire at home now, spreading towards the house, with someone still inside
        "the wheelie bin by the back door is on fire and now its spreading, my gran cant get down the stairs",
        "the fire in our kitchen is spreading to the hallway and my little sister is still upstairs",
        "our shed is on fire and the flames are spreading towards the house, dad is still in there",
        # a runaway child now at an unknown man's place, not knowing how they got there
        "my cousin is 14 and ran away on sunday, she just rang from a blokes flat and doesnt remember getting there",
        "my brother ran off after a row and now hes at some random mans flat saying he cant remember how he got there",
        # a day decided for it, timed so nobody has to miss anything, with what is needed to hand
        "ive picked the saturday so no one has to miss school for it, the tablets are in my bag",
        "decided when. after her birthday so i dont ruin it. got the rope sorted",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a robbery at gunpoint, told as over
        "i got robbed at gunpoint last month near the station and i still cant sleep",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the same timing said of a trip or a party is only planning
        "we decided its going to be saturday for the bowling party so nobody has to miss school for it, got everything i need",
        "mum decided its going to be friday for the school trip so no one has to miss work for it",
        # a hypothetical "if someone pulled a knife on you": what to do, not a danger now
        "if someone pulls a knife on you are you meant to run or just hand stuff over",
        "if someone pulled a gun on you what are you supposed to do, asking because of a film",
        # a farewell hung on a trivial ordeal
        "if i die in pe today tell my mum i love her 😭",
        "if i die on this beep test someone tell my nan she was the best",
        # a suicide word hung on a football result
        "i will actually kms if we get relegated on sunday",
        "ill kms if we bottle the title again this year",
        # the word spreading with no fire
        "the ivy next door is spreading to our fence and mum is raging",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "if i die on this bleep test tell my mum i love her lol",
        "swear ill kms if we bottle the league",
        "if someone pulls a knife on you what are you meant to do",
    ],
)
def test_trivial_conditions_and_hypotheticals_below_high(text):
    assert_below(text, "high")


def test_real_knife_now_still_immediate():
    # the hypothetical reading must not reach a knife pulled on the sender now
    assert_grade("he just pulled a knife on me in the park, what am i meant to do", "immediate")


def test_real_fire_still_immediate_with_the_model():
    assert (
        full("the flat below is on fire and its spreading up the stairs, we cant get out").grade
        == "immediate"
    )

"""Lexicon 2026.12.34, part b161: the classes read from the misses of read test sets b161 and b162, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # pills, meds or cuts posted to a story or close friends with a final word as the caption (QB1611)
        "my mate put a photo of all her tablets on her snap story and the caption just says the end",
        "he posted his pills on close friends captioned im done, hes not answering",
        "a lad in my year posted a pic of his cuts on close friends with sorry as the caption",
        "my best friend posted all her paracetamol on her insta, the caption was its time",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a drunk parent who "goes for" the other parent (domestic widened)
        "my stepdad gets drunk on fridays and goes for my mum",
        "when hes had a drink he goes for my mum and smashes stuff",
        # a parent's punishment: kneeling or standing for hours, the belt (punish_stand, domestic widened)
        "my mum makes us kneel in the hallway for hours if we answer back",
        "my dad makes me stand in the corner for hours and gets the belt out if i cry",
        # a weapon shown, then a warning not to tell: high, not immediate (shown_warning)
        "a year 10 showed me his knife behind the sports hall and said if i tell anyone im getting stabbed",
        "some lads flashed a blade at me behind the science block and said if i grass theyll stab me",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a medicine routine posted with "finally": not a display of means
        "my nan posted all her meds on her story captioned finally sorted my pill organiser",
        "my friend posted her vitamins on her story captioned finally healthy era",
        # a weapon shown and a warning, told as over: high, never immediate
        "a year 10 showed me his knife behind the sports hall and said if i tell anyone im getting stabbed",
        # kneeling or standing for hours outside the home, no parent's punishment
        "my gran makes us kneel at church for hours every sunday",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # an abstract thing "missing" as a joke (abstract_missing cancels missing)
        "my braincell has gone missing again, last seen in maths",
        "my sanity has been missing since year 10 started lol",
        "has anyone seen my motivation, its been missing since the holidays",
        # kneeling at church, standing at sports day
        "my gran makes us kneel at church for hours every sunday",
        "our pe teacher makes us stand for hours in the cold at sports day",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a real missing person, a weapon out right now with a warning, and a real goodbye post still count
        "my little brother has been missing since friday and hes not answering, hes 12",
        "hes flashing a knife at me outside the chippy right now and saying if i tell anyone im dead",
        "he showed me a knife in the park and said if i tell anyone hell use it, hes still following me right now",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate", read=full)


def test_a_real_missing_person_beside_a_motivation_word_is_still_high():
    assert rules(
        "my sister has been missing since this morning and her motivation at school was bad"
    ).grade in (
        "high",
        "immediate",
    )

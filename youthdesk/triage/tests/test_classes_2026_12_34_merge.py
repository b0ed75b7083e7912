"""Round 2026.12.34, merge: a family member locked out read as an errand, a phone kept safe, and a goodbye to a
season or to exams, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        "my sister locked herself out and is trying to get in through the kitchen window",
        "hid my phone in my locker during pe so it doesnt get nicked",
        "caffeine tablets for revision on my story, bye bye gcses",
        "vitamin pills lined up for the new term, goodbye half term",
    ],
)
def test_errands_and_goodbyes_to_a_season_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "took every pill in the cupboard, goodbye summer, goodbye everyone, love you all",
        "hes locked me in his flat and i hid my phone in my bag, he doesnt know im messaging you",
        "my sisters ex is trying to get in through the back door and hes screaming hes gonna kill her",
    ],
)
def test_danger_beside_them_is_still_immediate(text):
    assert_grade(text, "immediate", full)

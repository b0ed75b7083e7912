"""Lexicon 2026.12.32, part b135: the classes read from the misses of read test sets b135 and b136, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # an act named as "doing it" at a height or the water, with a goodbye to family, even "all sorted" and set
        # for a later day (farewell_love widened; QB1351)
        "gonna do it at the quarry at the weekend, tell my nan i love her",
        "going to do it off the bridge on friday, all sorted. tell my dad i love him",
        "im doing it in the canal tomorrow its all sorted, tell my sister i love her",
        # a day picked and the where and when worked out (plan widened; QAG2)
        "ive picked the date, its saturday, sorted where and how",
        "chosen the day, sorted where and when, not telling anyone else",
        # not expecting to be alive by a day, with the day set (suicidal widened, the "if" not a condition; S1)
        "if im still here by sunday ill be surprised, picked the day its tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # not expecting to be alive by a day, with no plan told (suicidal widened; S6)
        "if im still here by next week ill be surprised tbh",
        # a knife pulled on the sender on a past day, with a threat for next time (past_flash; W3)
        "he pulled a knife on me at the bus stop yesterday and said hes gonna get me next time",
        # a weapon threat posted online naming the sender (threat_posted; W3)
        "someone posted a video of them with a knife saying my name, i dont know what to do",
        # a real weapon next to the sport slang: "is a weapon" of a person does not hide a knife
        "my cousin is a weapon, he brought a knife to school",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a knife pulled on a past day, threats still coming: high, not a danger now
        "he pulled a knife on me at the bus stop yesterday and said hes gonna get me next time",
        "that lad pulled a blade on me outside the chippy last night, he keeps sending threats",
        # a weapon video posted online: a threat, not someone at the door
        "someone posted a video of them with a knife saying my name, i dont know what to do",
        # something taken weeks ago, with effects that linger (long_since)
        "took something at a party and still feel off, like 3 weeks since, is that normal",
        # the day and the place of a trip (planned_outing)
        "we picked the day for the trip, sorted where and when were staying",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # praise for a player (benign widened)
        "our keeper is a weapon, saved three pens",
        "hes a weapon on the wing honestly, scored twice",
        # a "what if" question about supporting a friend, nothing said yet (hypothetical_support, a model stop)
        "what do i do if a mate ever says they want to end it all, just asking",
        "how do i help if my friend ever says theyre thinking of ending it? not that anyones said anything",
        # a joke about surviving exams (suicidal_weak widened)
        "if im still alive by friday ill be surprised lol this exam timetable is brutal",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        "someone pulled a knife on me and hes still outside the shop",
        "i took something an hour ago and my heart is racing",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")

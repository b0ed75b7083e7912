"""Lexicon 2026.12.32, part b139: the classes read from the misses of read test sets b139 and b140, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a rival group announcing a raid on the sender's own area today (planned_attack widened; W14)
        "the other estate put it on snap that theyre pulling up on our block tonight, my cousin is still out",
        "the opps said theyre spinning our ends later today, my brother just went to the shop",
        "word is they're slidin thru our ends tonight so everyone stay in",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a friend's veiled farewell posts: a countdown beside not being here for a coming day (veiled_countdown; QB1391)
        "my mate keeps putting 'not long left' on her close friends and says she wont be around for her birthday",
        "he wrote counting down the days on his story and then that he wont be here for christmas",
        # an object found under the bed is not someone hiding there: a weapon found is high, not now (object_under_bed)
        "my dad found the blade i carry under my bed and went mad at me",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # someone hiding under the bed from danger now still counts: the canceller reads only an object
        "hes smashing the door in and im hiding under my bed, please help",
        "my stepdad found me hiding under my bed and hes dragging me out by my hair",
    ],
)
def test_hiding_under_the_bed_is_still_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a friend away for a holiday or a move, with a countdown to it
        "not long now till we fly to spain, so i wont be here for christmas this year",
        "counting down the days till we move house, i wont be here for year 11 prom",
        # family members sliding on ice or a slide near home, no rival group
        "my little sister was sliding on the ice by our block and fell, shes fine",
        # things found under a bed by a parent
        "my mum found my old phone under my bed and took it off me",
        # a fake account using the sender's pictures: impersonation, not an intimate image
        "some kid made a fake insta using my pictures and keeps messaging my mates pretending to be me",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "some kid made a fake insta using my pictures and keeps messaging my mates pretending to be me",
        "my mum found my old phone under my bed and took it off me",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)

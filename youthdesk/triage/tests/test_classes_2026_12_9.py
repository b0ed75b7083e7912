"""Lexicon 2026.12.9: the classes read from blind sets 17 and 18's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import (
    assert_below,
    assert_grade,
    assert_not_immediate,
    at_least,
    rules,
)
from youthdesk.triage.types import GRADE_RANK


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.9")


@pytest.mark.parametrize(
    "text",
    [
        # someone who hurt them before and is barred, stood there now
        "the man who attacked me in may is stood outside the shop staring at me and hes not meant to come near me",
        # a man who threatened to kill them, sat outside now, asked as a question
        "can police see who owns a car? asking because theres a car outside my house and the lad who said hed kill me is sat in it",
        # a goodbye: tell someone not to blame themselves, after taking them
        "ive taken them all now. tell my sister not to blame herself",
        # a joke turned serious at the water
        "haha what if i walked into the river tonight, no but actually im on the bank and ive stopped caring",
        # an abuser in the child's room now, with a threat to a sibling
        "my stepdad is in my room again, im typing under the covers, he says hell hurt my sister if i tell",
        # a gun taken into school today, told in a game chat
        "a lad in my year said on the xbox chat hes bringing it to school today, his brothers gun",
        # a last post with love
        "this is my last post on any account. i love my family",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "me and my brother get locked in our room for whole weekends when mum is cross",
        "when i was 9 my swimming teacher did things to me and he still teaches kids",
        "i keep banging my head against the wall till it bled, its just my thing now",
        "lol my stepdad uses the belt on me when i answer back, normal innit",
        "someone took a pic of her with her top off in the changing room and now its everywhere",
        "my cousin got bottled outside a pub, hes in hospital, the lads are still posting about it",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a fight set for another day
        "theyre planning to jump a lad on thursday after school and someones bringing a bat",
        # a goodbye for a later time
        "my friend keeps saying shell be gone by summer and is giving her stuff away",
        # pills at a party, then a worry
        "took some pills at a festival last month and felt weird for days, is that normal",
        # an explicit joke about mondays
        "'im going to end it all' - me on monday mornings jk",
        # the platform, not a place
        "he keeps messaging me on here saying hes coming to find us, were in a refuge now",
        # images spread, not blood
        "someone sent my pic to the gc and now its everywhere",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "in my dream i got chased by a man with a machete, woke up screaming",
        "can someone explain what county lines is, saw it on the news",
        "is the knife crime talk at the youth club open to year 7s",
    ],
)
def test_dreams_news_and_talks_are_not_high(text):
    assert_below(text, "high")


def test_a_threat_told_after_a_question_about_a_workshop_is_still_a_threat():
    result = rules(
        "whats the link for the knife crime workshop? also someone said theyd stab me after school"
    )
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (result.grade, result.cues)

"""Lexicon 2026.12.11: the classes read from blind sets 19 to 22's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import (
    assert_below,
    assert_grade,
    assert_not_immediate,
    at_least,
    full,
    rules,
)
from youthdesk.triage.types import GRADE_RANK


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.11")


@pytest.mark.parametrize(
    "text",
    [
        # the quickest way, asked for themselves, tonight
        "what is the easiest way to go. for me. tonight",
        # someone who met them online, at the house now
        "the man from snapchat is outside my house right now knocking and im on my own",
        # an abuser in the room now while the parent is out, the child afraid
        "hes in my room again and mums at work, im scared",
        # writing from a height, wanting it to stop
        "typing this from the multi storey roof, i just want it to be quiet",
        # a call for help to a fight with blades
        "send someone to the rec now theres a fight with blades",
        # a girl being pulled into a van now
        "a girl is being pulled into a van outside the chippy",
        # a baby being hit now
        "i can hear my stepdad hitting my baby brother",
        # goodbye posts with a location at a height
        "my sister posted goodbye on her story and her location is at the cliffs",
        # bye to everyone, sorry for everything
        "bye guys. sorry for everything",
        # tablets counted, asked whether to tell
        "i took like 25 tablets an hour ago, should i tell someone",
        # a man touching them now
        "on the bus and this man keeps touching my leg",
        # a young child missing overnight
        "my little sister is 9 and shes been gone since last night",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "when i was 8 my uncle made me do stuff, nobody knows",
        "my friend says her stepdad films her in the shower",
        "my dad wont let us eat if we answer back",
        "this girl is making me send pics of my body or shell post the others",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # surviving an attempt, thinking about it still
        "i tried to end it last year. im still here obviously and a bit better",
        # thoughts with no plan
        "i think about stepping in front of a train most days. i wont, i just think about it",
        # a past assault told as over
        "my mate got glassed at a party last month, his eye is still bad",
        # a drink spiked at a party told as past
        "i was at a party and someone spiked my drink, woke up in a room i didnt know",
        # an angry parent
        "i spent my mums money on skins, shes going to kill me",
        # bullies following home, shop staff following round
        "some year 9s keep following me home and shouting",
        "a security guard followed me round the shop the whole time",
        # off on holiday
        "goodbye everyone, off to spain for a week!",
        # a teenager at a mates
        "my brother is 15 and sometimes hes gone for a day at his mates",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "are zombie knives banned now",
        "ive got a school project on knife crime, could someone answer some questions",
        "just won my first boxing bout 🥊",
        "we played manhunt and my mate hid in a bin for ages",
    ],
)
def test_questions_and_games_are_not_high(text):
    assert_below(text, "high")


def test_abuse_handled_by_police_is_over_but_abuse_never_told_is_not():
    handled = rules("last year i was groomed online but the police dealt with it and hes in prison")
    assert GRADE_RANK[handled.grade] < GRADE_RANK["high"], handled.cues
    assert rules("when i was 11 a coach touched me and i never told anyone").grade == "high"


def test_a_roof_terrace_is_not_a_roof_edge():
    result = full("on the roof terrace at my cousins flat, the view is unreal")
    assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (result.grade, result.cues)

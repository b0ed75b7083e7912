"""Lexicon 2026.12.20, part b39: the classes read from the misses of sets b39 and b40, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # "not here tomorrow" in text-speak, with a note left for family
        "wont be here tmrw. left a note for my nan under her pillow",
        # thanks for a talk dated in the past, then a goodbye with letters: the past time dates the talk
        "thanks for the assembly you did last week, it was good. not gonna be here tmrw tho, wrote letters for everyone",
        "cheers for the talk you gave last month. wont be around tomoz, the letters are in my drawer",
        # an online contact outside the child's home or school, telling them to come out
        "a guy from discord knows where i live and hes outside now telling me to come outside, im 13",
        "some man i met on snap is parked outside my school and keeps saying to come out to his car",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # an adult met in a game giving in-game gifts, moving the chat to another app, probing or asking for secrecy
        "some man on roblox keeps sending me robux and wants to talk on whatsapp, and asked if my parents are home",
        "a guy from my squad on fortnite bought me skins and wants me to add him on snap, says keep it our secret",
        # self-harm in slang: arms or legs "like a barcode", "sh-ing"
        "my thighs look like a barcode lol",
        "started sh ing again after 2 months",
        # explicit pictures pushed at a child, by someone who knows where they get off
        "some man on the bus keeps airdropping me pics of his privates and knows which stop i get off at",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # not here tomorrow for a plain reason given
        "wont be here tmrw, off to my mums for the weekend",
        "wont be around tmrw, got a dentist appointment",
        # an ordinary caller asking them out to the door
        "a man from the courier is outside telling me to come out and sign for it",
        # a scar told in the past, a pattern for an officer, not an attack now
        "my cousin had a slash on his cheek last month and now he gets calls at 2am",
        # a collapse at a party told as "last time": a past occasion
        "my mate did balloons at a party and last time he passed out for a minute",
        # older lads who keep picking a friend up: a pattern to report, not a child stranded now
        "she keeps getting picked up by older lads who take her to some flat in leeds",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)


@pytest.mark.parametrize(
    "text",
    [
        # a friend shouting threats at a game they play together
        "my mate keeps screaming ill kill you down the mic when we play cod lol",
        # a county sports fixture is not county lines
        "we won the county cup final and absolutely battered them",
        # a barcode that is a barcode
        "the barcode on the box wont scan",
        # in-game gifts from family, no one met online
        "my grandad gifts me vbucks every christmas and asks if im home alone after school",
        # a one-off picture, no menace, no repeat
        "someone airdropped me a pic of his privates on the train, so grim",
        # a parent shouting over a board game
        "my dad shouts when we play monopoly lol",
    ],
)
def test_hard_negatives_below_high(text):
    assert_below(text, "high", rules)
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)

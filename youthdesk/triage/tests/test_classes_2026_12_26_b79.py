"""Lexicon 2026.12.26, part b79: the classes read from the misses of read test sets b79 and b80, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a stranger in a vehicle going round and round, or parked up watching, who asked the sender into it (N12 via pursuit;
        # "asked me and my sister if" is a question put to them, not a condition)
        "a bloke in a silver car keeps driving round and round the estate and asked me and my sister if we wanted a lift home",
        "some guy in a van has been going round and round the block and asked us if we want a lift, were only 11",
        "theres a man sitting in his car watching me at the bus stop, he asked me if i wanted a lift and i said no",
        # an online contact outside the house, messaging the child to come out (QAB3 via come_out_demand)
        "the lad i met on fortnite is outside my house rn saying come out, he says hes 15 but he looks way older",
        "the guy from discord who knows where i live is outside now telling me to come down, im on my own",
        "a man off snap is parked outside my house now and keeps texting me to come out, my parents are out",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm as a habit the sender needs ("need it now to cope"): ongoing, high, not happening now
        "been cutting again, hid it under my sleeves at school, honestly feel like i need it now to cope",
        # a grooming pattern with a count of the older lads: high, not an attack set up for today
        "my mate is 14 and keeps getting picked up by older lads in cars after school, theres like 5 of them, "
        "they buy her vapes and drive her to parties at their flat",
    ],
)
def test_high_but_not_immediate(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # "unalive" said of a thing that is getting done in
        "my phone is getting unalived if it freezes one more time",
        "this maths homework is gonna get unalived tonight i swear",
        "my dads old car is getting unalived at the scrapyard tomorrow, rip",
        # going round and round for an ordinary reason
        "my mum keeps driving round and round the car park looking for a space, were gonna be late for the dentist",
        "my grandad drove round and round the block because he forgot where the house was lol",
        # a friend at the door to play
        "my mate is outside saying come out to play footy",
        # thanks to an officer for help once, fondly remembered
        "thank you to the officer who helped my mum when her car got broken into last year, she still talks about it",
        "thanks to the policeman who found my little sister at the carnival when she wandered off, she still talks about him",
        # a complaint that no one came round after a burglary
        "our shed got broken into in march and no one even came round, bit rubbish tbh",
        # a count of people in an ordinary story
        "my sister keeps getting picked up by older lads after school, theres like 5 of them and they give her weed",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my phone is getting unalived if it freezes one more time",
        "my mum keeps driving round and round the car park looking for a space, were gonna be late for the dentist",
        "my mate is outside saying come out to play footy",
        "thanks to the policeman who found my little sister at the carnival when she wandered off, she still talks about him",
        "our shed got broken into in march and no one even came round, bit rubbish tbh",
    ],
)
def test_benign_contexts_stay_below_medium(text):
    assert_below(text, "medium")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "im going to unalive myself tonight, got the pills ready",
        "theres 5 of them waiting for me after school today and they said theyll batter me",
        "cutting right now and i cant stop the bleeding, i need it now",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

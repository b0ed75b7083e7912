"""Lexicon 2026.12.21, part b51: the classes read from the misses of read test sets b51 and b52, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # held in a vehicle now: something else got back does not resolve the captivity
        "my ex has me in his car and wont let me out, he grabbed my phone earlier but i got it back, were going really fast",
        # "not letting me out of the car": the negation is the captor's, not the car's
        "this man picked me up and now hes not letting me out of the car, i managed to get my bag back but hes speeding",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # dragged or pulled by the hair at home: "my hair" is not hyperbole here
        "my stepmum drags me by the hair when i forget my chores",
        "hes got my mum by the hair in the kitchen, im 10",
        # minding a package for a man or a group, with a threat to the family
        "my brother is minding a parcel for some older lads and they said theyll hurt our family if its lost",
        "im holding a package for some man and he says hell hurt my family if anything happens to it",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a suicidal feeling with the plan for tonight denied
        "i feel like ending it most days, not like im gonna do anything tonight tho",
        # a fight told as "last time": the injury is over, the threat is for later
        "last time my cousin got jumped by them he ended up in a coma, they said theyll stab anyone who grasses",
        # a weapon kept by the bed in case someone comes: carrying, not a weapon out now
        "i keep a blade under my pillow in case my stepdad comes in drunk again, hes hit me loads",
        # a pattern of being picked up in cars: exploitation, not a car here now
        "my friend keeps getting picked up by older men in cars after school and comes back with new phones, shes 14",
    ],
)
def test_serious_but_not_now_is_high_not_immediate(text):
    assert_grade(text, "high")
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # an embarrassing mishap filmed and passed round: bullying, not an intimate image
        "some lads in my year filmed me slipping on the stairs and its going round every group chat",
        # someone asking after the sender and turning up wherever they go
        "my ex shows up wherever i go and keeps asking my mates where i am",
    ],
)
def test_new_medium_classes(text):
    assert_grade(text, "medium")


@pytest.mark.parametrize(
    "text",
    [
        # a reaction to a show
        "that episode had me screaming at the telly",
        "the last scene of the finale had me screaming",
        # arrest talk, a match called a robbery, money refunded
        "can u get nicked for parking on a zebra crossing",
        "the ref robbed us blind today, never a penalty",
        "my nan got scammed but the bank refunded her",
        # hair pulled in play or at the hairdresser
        "my little sister pulls my hair when we play fight lol",
        "my hairdresser pulled my hair so tight today",
        # a game console, not a captivity, and a thing got back
        "my little brother wont let me off the xbox, someone nicked my controller but i got it back",
    ],
)
def test_hard_negatives_are_standard(text):
    assert_grade(text, "standard")
    assert_not_immediate(text)


def test_a_filmed_mishap_is_below_high():
    assert_below("someone filmed me slipping on ice and now everyones sending it", "high")
    assert_below("someone filmed me slipping on ice and now everyones sending it", "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each new context stays immediate
        "a man picked me up in a car and wont let me out",
        "im on the bridge, not like im gonna do anything tonight, just needed air",
        "hes dragging me by my hair right now",
        "its not like im going to do anything about it, ive got all my pills here and im taking them tonight",
        "my ex keeps asking where i am, hes outside my house now with a knife",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")


def test_a_filmed_mishap_does_not_excuse_sextortion():
    # "falling asleep" is not a fall: the threat to send it round stays sextortion
    assert_grade("he filmed me falling asleep at his and says hell send it to everyone unless i pay", "high")
    assert rules(
        "he filmed me falling asleep at his and says hell send it to everyone unless i pay"
    ).categories

"""Lexicon 2026.12.32, part b141: the classes read from the misses of read test sets b141 and b142, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a suicidal phrase after "not joking / not kidding": the "not" does not negate it (suicidal widened),
        # with a ligature named as "it" and tied to a point (ligature_placed widened; QB1071)
        "honestly not kidding kms, its tied round the bannister now",
        "not even joking i want to kill myself. got it tied up on the curtain rail",
        "not joking, tied it to the beam in the garage. sorry for everything",
        # silence or absence explained in advance as the act, with "because" spelt cause or cus (did_it_reveal; QAA5)
        "if i dont reply later its cause ive done it",
        "if i dont text back cus i went through with it then im sorry",
        "if im not in school tomorrow its cause i did it",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a suicidal thought after "not joking", no plan or means given: the thought still counts
        "not joking i want to die, every day feels the same",
        # an attacker seen around since a robbery last month: high, not danger now (contact_ongoing widened)
        "three lads held a blade to my stomach last month and robbed my bike, ive seen them around since",
        # cuts a friend showed the sender days ago, described as deep: high, not bleeding now (witnessed; S1b, S3)
        "my mate showed me her arms on monday, shes been cutting and a few look really deep",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # "not joking" about something ordinary
        "not joking i ate three pizzas and now i feel sick",
        # something tied to a point for a party or a trip
        "got it tied to the bannister for her birthday, the balloons look sick",
        # "cause" explaining an ordinary silence
        "if i dont reply its cause im at training",
        # a horror game described by what you do in it
        "that game where you run from the guy with the chainsaw at midnight is so scary, my heart",
        # a friend's quiet spell the sender explains as ordinary
        "my mate left the gc with a weird last message, probably just grounded again lol",
        # fed up with friends, not with life (done_with_people)
        "they showed everyone my chats, im so done with them honestly",
        # a general question about the law on pictures
        "are you in trouble if a boy in your year airdrops you a nude you never asked for",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "that game where you hide from the man with the axe at 2am had me shaking",
        "my fake friends put my business on their story, im done with them all",
        "if someone sends you a nude and your 14 are you in trouble for having it",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a friend's wounds shown earlier, but bleeding now: still immediate
        "she showed me her cuts yesterday and now shes bleeding loads, it wont stop",
    ],
)
def test_bleeding_now_after_showing_stays_immediate(text):
    assert_grade(text, "immediate")

"""Lexicon 2026.12.6: the classes read from blind sets 13 and 14's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import (
    assert_below,
    assert_grade,
    assert_not_immediate,
    at_least,
    full,
)


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.6")


@pytest.mark.parametrize(
    "text",
    [
        # someone else taken in a car, their location sent (V1)
        "the olders have got my brother in their car and theyre driving him somewhere, he sent me a pin",
        # a goodbye told as the end of a ride (S4)
        "night all. its been a good run x",
        # an ending set before a deadline (S1)
        "he wants money i dont have so im ending it before midnight",
        # letters written and a time decided (G4)
        "left letters for my dad in my desk. ive decided, its tonight when hes asleep",
        # violence at home now with a weapon (D1)
        "her boyfriend is hitting her again and hes got the scissors",
        # picked up today by an online contact, in secret (X10)
        "a man off snap is picking me up from the park at 6 today, hes 29 and said not to tell anyone",
        # a fight set up for today with a weapon (W14)
        "theyve set it up for tonight behind the shops, 5 of them, one is bringing a blade",
        # means ready and a friend gone quiet (N16)
        "she sent a pic of tablets lined up on her bed and now shes left me on read",
        # a runaway child offered a stranger's place (M1)
        "ive run away and its dark and some older lads said i can stay at theirs, im 12",
        # crawled alongside by a car, offered a lift (N12)
        "a van keeps crawling alongside me and the man asked if i wanted a lift, im 11",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "i dont think i want to exist any more, its been like this for months",
        "doing the thing with my arms again, hoodies in pe so no one sees",
        "my friend cuts and wont let me tell anyone",
        "someone airdropped a pic of me getting changed to the whole bus",
        "my pe teacher keeps messaging me at night saying im his favourite",
        "there is hardly ever food in the house and mum sleeps all day",
        "been googling ways and which ones hurt least for weeks",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a bottle of drink is not a weapon
        "drank half a bottle of wine in my room last night, is that bad",
        # a past knife threat with a threat to come again: serious, not now
        "a lad pulled a knife on me at the park last week and said hell get me again",
        # a past visitor, and the area a weapon is carried in
        "some lad says ill get done if i dont pay, hes been round my house twice",
        "i carry a blade since i got robbed, everyone does round here",
        # a post asked for about spiking
        "can you do a post about what to do if your drink gets spiked",
        # ongoing thoughts with no plan
        "thinking about unaliving most days rn but i havent got a plan",
        # a minor past incident
        "kids threw stuff at us off the bridge and hit my mate with a bottle, nothing serious",
        # giving things away with a wish to die, but no time: high
        "my mate says she wants to disappear permanently and is giving her stuff away",
        # a lift from family
        "my uncle is picking me up from the station today",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister is gonna get unalived if she touches my makeup again",
        "this heat is gonna kill me, let us take our blazers off",
        "'slide on the opps' is the hardest line of the year",
    ],
)
def test_hyperbole_and_lyrics_are_not_high(text):
    assert_below(text, "high", full)

"""Lexicon 2026.12.28, part b107: the classes read from the misses of read test sets b107 and b108, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a ligature fixed to a door, beam or rail, told with finality, even when the preparation is "sorted"
        # (ligature_placed; QB1071)
        "got it sorted. rope over the beam in the garage. bye",
        "ive sorted it, the belts over the door, im done",
        "the belt is on the door now, sorry everyone, this is goodbye",
        # intruders inside the home now while the sender hides or is afraid (intruder_home; QB411)
        "someones smashed the front door in, im in the wardrobe and they are yelling",
        "theres people in our house right now, i dont know them, im hiding in my room and im so scared",
        "two men have kicked our door in and theyre shouting, me and my sister are hiding under the bed",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a pattern of abuse "when hes drunk", a touch "when no ones looking", lifts given: high, not now
        "my stepdad hits my little sister when hes been drinking, last week she had a bruise on her face",
        "a man from my football club keeps groping me when nobodys looking, im 12",
        "my friend is 14 and a 23 year old keeps giving her lifts home and buying her stuff",
        # a threat put out in a drill video with a knife in the picture
        "a gang from the next town dropped a drill vid with a pic of a machete saying im next",
        # pictures shared round that everyone has seen, with a wish to vanish
        "someone sent my nudes round the whole year and everyone has seen them now, i just want to disappear",
    ],
)
def test_patterns_and_threats_told_are_high_not_immediate(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a belt or rope on a door for ordinary reasons
        "my belt is on the door, can you grab it when you come round, need it for the wedding",
        "hung the belts on the door hook after ironing, sorted it all for the school trip",
        "the rope over the beam in the barn is for the tyre swing, sorted it with my dad",
        # people in the house for a party, a break-in told as over
        "theres people in the house for my mums birthday party and im hiding in my room cos im shy lol",
        "someone broke into our house last year while we were on holiday, the police sorted it",
        # wanting to vanish for a set time to rest
        "wish i could disappear for a few days and sleep, revision is killing me",
        # "everyone has seen them now" about harmless pictures
        "everyone has seen them now, the baby photos my mum posted, so embarrassing",
        # someone singing lyrics, a drill video talked about
        "my brother keeps singing drill lyrics about shanking people in the shower lmao",
        "a drill vid came out about our school and everyone is talking about it",
        # a habit "when hes drunk" with no violence now
        "my dad gets loud when hes drunk but he never touches us, just annoying",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my belt is on the door, can you grab it when you come round, need it for the wedding",
        "hung the belts on the door hook after ironing, sorted it all for the school trip",
        "wish i could disappear for a few days and sleep, revision is killing me",
        "everyone has seen them now, the baby photos my mum posted, so embarrassing",
        "my brother keeps singing drill lyrics about shanking people in the shower lmao",
        "a drill vid came out about our school and everyone is talking about it",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "my stepdad is drunk and hitting my mum right now in the kitchen, he always does this when hes drunk",
        "someone broke into our house just now and im in the cupboard, they have a knife",
        "wish i could disappear forever, ive got the pills here and im taking them tonight",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

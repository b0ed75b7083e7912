"""Lexicon 2026.12.28, part b105: the classes read from the misses of read test sets b105 and b106, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # someone at home just hit a family member with a weapon or an object (domestic_act_now + weapon; QB1051)
        "my stepdad just hit my sister with a hammer",
        "dad just hit my nan with a glass bottle, please help",
        # an ultimatum for today: run drugs or someone in the family is hurt (ultimatum_time; QB1052)
        "they said if i dont take the bag to leeds tonight theyll kill my mum",
        "unless i do the drops today theyll stab my little brother, they know where we live",
        # someone hostile shows they are outside the home now: a photo of it (home_photographed; QB1053)
        "my ex just sent me a photo of my house from across the road, im on my own",
        "some guy from snap sent a pic of my front door 5 minutes ago saying nice house, hes got my address",
        # self-harm under way, one part done and another now (sh_progress; QB1054)
        "cut myself already, one arm done, starting on the other arm",
        "been burning myself with a lighter, done one leg and moving on to my other",
        # a friend gone off with older males, her phone now dead (unreachable widened; M4)
        "my mate left with some older guys from the park two hours ago and her phone is dead",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a self-harm relapse after a clean streak (streak_lost cancels resolved; S6)
        "relapsed with sh last night, 6 weeks clean gone",
        # an intimate photo of the sender put up on an account (image_spread widened; E4)
        "someone put a photo of me in my underwear on their story",
        # paid to carry bags and told they cannot stop (criminal_exploitation widened; C2)
        "i get paid to carry bags to a house in york and now they say i cant quit",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # an object thrown in play, or a hit told as over
        "my little brother just hit my sister with a pillow lol",
        "my dad hit my mum with a bottle years ago but hes gone now and were safe",
        # an ultimatum about a chore or homework
        "if i dont finish my coursework tonight my teacher will kill me",
        "if i dont tidy my room today mum says shes going to kill me lol",
        # a photo of the home from family, an estate agent or a delivery
        "my mum sent me a photo of my house with the new windows, im on my own till 6",
        "the delivery driver sent a pic of my front door 5 minutes ago to show he left the parcel",
        # a part of a job or a craft done, the other now
        "done one arm of the jumper im knitting, doing the other now",
        "got my tattoo started, one arm done, doing the other arm next month",
        # a tool used for a job, not on a person
        "my dad just hit the wall with a hammer putting up shelves",
        # a self-tan or a spray, one arm done
        "fake tan done one arm, doing the other now lol",
        # a phone dead, but the friend is home safe
        "my mate went off with her cousins and her phone is dead but she texted from her mums, shes home safe",
        # a sibling's loose threat with a mock goodbye
        "my sister said shed kill me if i touched her straighteners so rest in peace me",
        # a firm no, in dialect
        "i get the thoughts sometimes but i ent gonna do it, im ok",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister said shed kill me if i touched her straighteners so rest in peace me",
        "my brother said hed murder me if i told mum he broke the telly so rip me lol",
    ],
)
def test_sibling_hyperbole_is_below_high(text):
    assert_below(text, "high")

"""Lexicon 2026.12.28, part b103: the classes read from the misses of read test sets b103 and b104, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a stab wound bleeding in spurts now (bleeding_now; S3)
        "my cousin just got stabbed in the arm outside the chippy and its spurting blood everywhere",
        "my mate got poked in his thigh and blood is spurting out, were behind the leisure centre",
        "hes bleeding like mad from his side after the fight, were on the high street",
        # sexual abuse with the abuser coming back to the child now (attacker_back; QB1031)
        "my grandad touched me in the night and hes just said hes coming back in a bit, nans out till tomorrow",
        "im staying at my uncles and he did stuff to me again, hes coming back upstairs now",
        # at a relative's with no way home until a parent collects (home_male, parent_away; QX2)
        "im at my uncles for the week, he keeps touching me, dad doesnt pick me up till friday",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a veiled weapon carried for protection, "if you know what i mean" not read as a question (rhetorical_tag)
        "i carry something now for protection if you know what i mean, dont feel safe on the bus home",
        # an assault with a weapon told as "came at / went for someone with" (violence, past_violence; W3)
        "someone came at my brother with a bat outside the mosque yesterday cos were muslim",
        "a lad went for my mum with a bottle at the bus stop last week cos shes black",
        # an adult arranging to meet a child alone and in secret (secret_meet; QB1032)
        "a man from my football club keeps messaging me saying we should meet up just the two of us and not tell my mum, im 12",
        "one of the dads from my sisters school messaged me on snap to meet on our own without telling my parents, im 13",
        # a danger imposed on a routine is not now (habit_now; W2 yields)
        "the lads on the estate say theyll do my little sister if i dont join, they make me keep watch after school",
        # a witnessed beating told as over: the ambulance has been (past_time; W2 yields)
        "saw a lad get battered outside the chippy, he wasnt moving when the ambulance got there, i know who did it",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a nosebleed or a figure of speech is not a wound bleeding now
        "my nose is bleeding like mad after pe, its always happening",
        "got the blood pumping after that run haha",
        "my little sister got poked in the eye at the park by a stick, shes fine",
        # someone coming back who did no harm, or a return months away
        "my grandad is coming back from spain in a bit, cant wait",
        "my uncle touched my phone again and hes coming back in a bit to fix it",
        "my uncle touched me when i was little, hes coming back from australia next month and i feel sick",
        # staying at a relative's, bored
        "im at my uncles for the weekend, dad doesnt pick me up till sunday, so bored",
        # knock and run, a prank
        "kids keep ringing the doorbell and legging it, so annoying",
        "someone keeps knocking and running off every night, its doing my head in",
        # a TV drama's character copied
        "just finished peaky blinders, want the razor blades in my cap like tommy shelby",
        "just finished breaking bad, walter white is a legend",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a real question, a charm carried, a toy weapon, a pillow fight
        "do you know what i mean when i say im tired of school",
        "i carry something with me for luck, my grans ring",
        "my brother went for me with a pillow in a pillow fight",
        # a secret with friends or family, a date with a partner
        "me and my boyfriend went for a walk just the two of us and didnt tell my parents lol",
        "my mum said i can meet up with my mates and not tell my dad about the surprise party",
        # a chore after school
        "they make me do my homework after school, so unfair",
    ],
)
def test_hard_negatives_stay_low(text):
    for read in (rules, full):
        assert read(text).grade in ("standard", "medium"), (text, read(text).grade)

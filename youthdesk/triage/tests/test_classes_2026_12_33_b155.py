"""Lexicon 2026.12.33, part b155: the classes read from the misses of read test sets b155 and b156, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a last post signed off "nice knowing you", the farewell spelt yall / everyone (goodbye_weak, ever_more; G2)
        "prob the last time im posting on here tbh, its been nice knowing everyone",
        "last time im posting anything on here, been nice knowing yall x",
        # a suicide word with a clock time set for it (act_at_clock; QB1551)
        "unaliving at 11 nobody cares anyway",
        "gonna end my life at 4, so tired of all of it",
        # a note or letter left on the bed or pillow, with a goodbye (letters_left; QU5)
        "the note is on my pillow. bye everyone",
        "the letter is on my bed, thank you for everything",
        # a child under 13 out for hours, not back or unreachable, in the dark or cold (out_hours, no_contact_way; QB1552)
        "my little sister is 9 and went out on her scooter 3 hours ago, its pitch black now and shes not back",
        "my brother is 7 and went off on his bike 4 hours ago without his phone, its freezing and dark now",
        # rivals pulling up on "us" today, someone "getting wet" (planned_attack, attack_slang; W14, W2)
        "the lads from the other ends are pulling up on us at the shops tonight, someones getting wet",
        "the other ends are coming to the park after school today, someones getting wet",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a known stabbing in the past and a threat online, the target hiding indoors: high, not a danger here now
        # (stays_in cancels here_now)
        "my cousin wont leave the house since that gang stabbed his mate last month, theyre posting his face",
        # a stab threat said again and again "when he catches me": a threat, not a knife here now (QM201 yields
        # repeat_threat)
        "this lad keeps saying hes going to stab me when he catches me, i dont go out anymore",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a "last post" and "nice knowing you" as a joke about a small thing
        "last time im posting my gym progress on here lol nice knowing yall",
        "my teacher is gonna kill me for this homework, nice knowing yall",
        # a clock time with a joke or a trivial condition
        "i'm killing myself at 9 when maths starts lol",
        "killing myself at 9 if my mum makes me go to maths",
        # notes on the bed that are school notes
        "my revision notes on my bed are a mess lol bye",
        # a child out at dusk who is expected back, or a parent who went out
        "my little brother went out to play footy 2 hours ago, its getting dark so ill go get him",
        "mum went out 3 hours ago and left me with my little sister, its getting dark",
        # friends pulling up, a water fight
        "my mates are pulling up on us at the park after school today",
        "water fight at the park after school today, someones getting wet lol",
        # hiding indoors after a past stabbing
        "my cousin wont leave the house since that gang stabbed his mate last month, theyre posting his face",
        "this lad keeps saying hes going to stab me when he catches me, i dont go out anymore",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # the cancels do not hide a weapon here now
        "a man with a knife is outside and wont leave",
        "he keeps saying hes going to stab me, hes outside my house right now with a knife",
    ],
)
def test_real_dangers_still_immediate(text):
    assert_grade(text, "immediate")


def test_a_joke_about_a_lesson_is_below_immediate():
    assert_below("i'm killing myself at 9 when maths starts lol", "immediate", read=full)
    assert rules("i'm killing myself at 9 when maths starts lol").grade != "immediate"

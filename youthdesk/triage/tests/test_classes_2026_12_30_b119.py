"""Lexicon 2026.12.30, part b119: the classes read from the misses of read test sets b119 and b120, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # sent on a drug run today or tonight, with a threat of harm if they refuse (run_time, carry_task; QB1191)
        "my elders told me i have to take a pack to swindon tonight and if i dont theyll cut me",
        "the older lads said i need to do a drop today or theyll hurt me, theyre picking me up at 4",
        "they said i have to run a pack up to leeds right now and if i dont hell stab me",
        "got told to drop a bag off in cardiff today, said theyd cut me if i dont go",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a child hit with a belt, a slipper, a spoon or a cable by a parent, grandparent or carer (QB1192)
        "my grandad hits me with his belt when i get my homework wrong",
        "my nan smacks me with a wooden spoon when i back chat, it leaves marks",
        "my mums boyfriend whips me with a charger cable if i talk back",
        # a covertly taken changing-room or shower picture on an account or page with comments (QB773 widened)
        "someone made a fake account with a photo of me in the changing rooms at school and everyones commenting",
        "theres a page on tiktok with pics of her from the showers at the leisure centre and loads of comments",
        # "why am i even here" is a wish not to be alive (high), not a place or a time now (existential_here)
        "honestly why am i even here anymore, i want to die",
        # a threat from someone who keeps turning up is high, not someone outside now (recurring_presence)
        "my ex said hed stab me and he keeps showing up outside my college",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a drug run threatened for a later day, told as over, or told in a talk (QB1191 yields)
        "the olders said i have to do a drop next weekend or theyll hurt me",
        "last year the olders made me drop a pack and said theyd cut me if i didnt, im out of all that now and safe",
        "did a talk today about how the olders make kids drop a pack and say theyll cut them",
        # an unpaid bill: a service cut off, not a sextortion demand or a knife threat
        "if i dont pay the phone bill tonight theyll cut me off",
        # a parent's fear of what might happen (benign "thinks ill get _")
        "my dad wont let me get the train alone, he thinks ill get stabbed or mugged",
        # a recurring nuisance outside, not someone there now
        "the ice cream van keeps turning up outside at 9pm playing music, so annoying",
        # a playful hit, and a smack long ago by someone who has died
        "my dad hits me with a rolled up newspaper when we play fight lol",
        "my nan used to smack me with a slipper when i was little, she passed away last year",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a parent or carer worried about what might happen
        "my nan is worried ill get kidnapped if i walk to school on my own lol",
        "mum thinks im going to get spiked at freshers so she wont let me go",
        # "stabbed in the back" by a friend: a betrayal
        "feel so stabbed in the back, my bestie told everyone about my crush",
        "my so called friends stabbed me in the back and went out with my ex",
        # a wish to die blamed on a missed penalty or an open goal (hyperbole_context, sport_miss)
        "missed the penalty in the cup final today, i want to unalive myself",
        "how did he miss that open goal i actually want to kms 😭",
        # others saying it as a joke who "dont really mean it" (not_sincere cancels sincerity)
        "my brother says kms about everything as a joke, he doesnt really mean it",
        # "why am i still here" about a long lesson, said as a joke
        "why am i even still here lol this lesson is so long",
        # thanks for a case handled long ago
        "thanks to you guys my bike got returned last month, my dad says cheers",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)

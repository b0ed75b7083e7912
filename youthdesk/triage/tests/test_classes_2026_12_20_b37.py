"""Lexicon 2026.12.20, part b37: the classes read from train sets b37 and b38's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # things prepared, and a wish that the absence goes unnoticed
        "sorted everything out for tonight, nobody will even notice im gone",
        # everything made ready, and a shrug that nobody will notice
        "everything is ready now. nobody is going to notice anyway",
        # a farewell note written "before i go", saying the help stopped working
        "typing this before i go. the counsellor helped for a while but nothing helps anymore",
        # taken somewhere by an adult met online who keeps the phone
        "a man i met online is driving me somewhere now and he took my phone away",
        # a group waiting outside now with a threat of a beating
        "his brother and his mates are outside my house now saying theyre going to jump me",
        # a young child gone for hours whom nobody can find
        "my brother is 7, he went to the park 3 hours ago and no one can find him",
        # a weapon in school, with an attack said for later today, and a call to tell the teachers
        "someone tell the teachers a lad in my year has a knife and says hes using it on someone after break",
        # an online contact who has turned up at school now and will wait
        "the man i talk to on discord is outside my school now and says hell wait for me",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # carrying a veiled weapon since being attacked: high, not danger now
        "i carry something on me now since i got jumped in the park",
        "ive started carrying since them lads robbed me, not getting done again",
        # an overdose already treated at hospital, the feelings still there
        "i ended up in a&e a month ago after i took too many tablets and i still feel rubbish",
        # an adult in charge asking a child for pictures
        "my dance teacher wants me to send him pics of my routine outfit",
        # a weekly sum offered for unnamed work
        "some guy on snap keeps offering me money a week to work for him",
        # pictures girls sent, shared round a chat
        "the lads keep sharing pics girls sent them in a group chat",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # "before i go" to a place is not a farewell
        "writing this before i go to school, the revision tips helped for a bit",
        # "no one will notice" about a small thing, with nothing made ready
        "spilt juice on my shirt but nobody will notice anyway",
        # "before i go" as a leaver's thanks, not a farewell note
        "before i go i want to say thanks for the assembly, it helped for a bit with exams",
        # a football team getting battered
        "howay the lads, the toon are gonna get battered on saturday",
        # waiting outside for a lift, no threat
        "my mum and her mates are waiting outside school to pick me up",
        # a lost pet nobody can find
        "our cat is 9 and nobody can find her, been 4 hours",
        # the overdose told in hospital after the fact
        "took too many paracetamol last month and went to a&e, im doing better now",
        # a gun in a game after lunch
        "after lunch we're playing fortnite and im using the gun on him",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules, full)

"""Lexicon 2026.12.26, part b87: the classes read from the misses of read test sets b87 and b88, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # an overdose told with a shrug, then asking whether to tell someone (help_ask cancels the question; QB414)
        "took a whole box of ibuprofen about an hour ago, feel fine so far, should i tell my mum",
        "necked loads of my nans tablets earlier, i feel fine tho, do i need to go to hospital",
        # an armed attack announced for tonight on the estate or a family member, guns called straps (W14/W2)
        "some lads are coming to our area tonight to do my cousin and they have straps",
        "a group from the other estate are coming to do my brother tonight, they got straps",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a friend's self-harm told as scratching until it bleeds, with "should i tell someone"
        "my friend scratches her legs until they bleed, should i tell a teacher",
        # a weapon kept for others "right now" is stored, high not immediate
        "been made to keep a blade for some older boys, its in my drawer right now and im scared",
        # a weapon carried as a habit
        "my cousin takes a knife out with him every night, hes 16 and my aunt has no idea",
        "a lad in my class has a knife, hes bringing it to school every day now",
        # threats repeated over time
        "they keep saying theyll stab me when school finishes",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a game or device that is broken: "i want to die" is hyperbole
        "the servers are down again and this new update keeps crashing, i want to die",
        "my phone keeps freezing i wanna die",
        # boredom in a lesson: "end my suffering" is a loose plea
        "stuck in this lesson so bored, someone end my suffering",
        # a video of a past fight going round, the blood is on the video
        "someone sent a video of two lads getting jumped outside the chippy, blood everywhere",
        # straps of a bag or a bra are not guns
        "my bag straps snapped on the way home tonight",
        # scratching bites until they bleed, asking whether to tell someone
        "keep scratching my mozzie bites till they bleed lol should i tell someone",
        # a stored weapon and a habit are not a danger now
        "been made to keep a blade for some older boys, its in my drawer right now",
        "my cousin takes a knife out with him every night",
        # drug use at every party is a habit, not an overdose now
        "my mate keeps taking pills at every party now, its getting a lot",
        # a question stays a question beside the help-seeking words
        "what happens if you take a whole box of paracetamol? asking for a project",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "the servers are down again and this new update keeps crashing, i want to die",
        "stuck in this lesson so bored, someone end my suffering",
        "my bag straps snapped on the way home tonight",
        "keep scratching my mozzie bites till they bleed lol should i tell someone",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "im cutting and its bleeding everywhere, blood all over the floor, i cant stop it",
        "took 30 paracetamol tonight and i feel fine, should i tell someone",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

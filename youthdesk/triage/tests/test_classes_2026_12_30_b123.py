"""Lexicon 2026.12.30, part b123: the classes read from the misses of read test sets b123 and b124, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a doubt of still being alive tomorrow (goodbye_strong; S4)
        "honestly i dont think ill be around tomorrow",
        "i doubt ill be here tomorrow so this is it",
        # not going to reach an age or a birthday, with a time or a decision (suicidal; S1)
        "its my 15th on saturday but i wont turn 15, my minds made up",
        "tonight is the night, i wont see my next birthday",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm marks about to be seen at school (hidden_marks + cover_story; S15)
        "swimming next lesson and my cuts will show at pe, what do i say",
        "we have to get changed for pe tomorrow and everyone will see the marks on my arms",
        # a gang that will not let the sender leave: pressure, not held in a place now (leave_group cancels held_back)
        "they say i cant leave the gang and if i stop running for them theyll come for my mum",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # an age statement, not a goodbye (benign)
        "i wont be turning 16 till august so i cant get the job yet",
        # a five-a-side match, not an attack (match_contest)
        "we're gonna run up on that team at 5 a side tonight, easy win",
        # leaving a group or gang chat (leave_group)
        "the girls wont let me leave the group chat, they keep re-adding me",
        # a habit, not an act now (habit_clause)
        "my cousin took a pill at a rave and now wants to do it every week, is that bad",
        # a blade pulled weeks ago and a bike taken (S2 yields to theft)
        "a few weeks ago some lad pulled a blade on me outside the shops and took my scooter",
        # nightly abuse heard next door, reported (heard_nightly holds the immediacy model)
        "we can hear the man next door shouting and hitting his kids through the wall every night",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a toy weapon (benign)
        "my sister stabbed me with a plastic sword and said im dead lol",
        # the meme "'threat' - me to my sibling when ..." (kill_hyperbole)
        "'ill kill you' - me to my brother when he finishes my last can of coke",
        # dying young from diet (hyperbole_context)
        "ill be dead by 25 the way i live on energy drinks",
        # scars from an operation (benign)
        "my scars from the op are gonna show at pe and i dont want people asking",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


def test_abuse_heard_through_the_wall_now_stays_immediate():
    assert_grade(
        "i can hear him hitting her through the wall right now and shes screaming", "immediate", read=full
    )

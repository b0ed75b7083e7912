"""Lexicon 2026.12.23, part b61: the classes read from the misses of read test sets b61 and b62, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a slang gun or blade brought out where people are, people fleeing
        "someone just pulled a ching outside the bus station and people are screaming",
        "man has a strap out by the shops and everyones legging it",
        # a weapon held on or to another person now
        "a man has got a gun on my dad",
        "omg he has a knife on my friend",
        "theres a guy holding a knife to her throat outside the chippy",
        # a stabbing planned for today, in slang
        "the olders are gonna splash some yout at the station tonight and i have to go with them",
        "my brother says they are going to cheff this guy after school today",
        # a farewell with death told as peace or rest soon
        "bye everyone, i will be at rest soon, dont be sad",
        "goodbye world. ill finally be at peace tonight",
        "goodbye tiktok, ill be at peace soon",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a weapon told as carried, not held on anyone: high
        "my mate reckons hes got a knife on him at school",
        # a weapon held to the sender, told on a past day
        "a boy put a knife to my throat on friday and took my bike",
        # a blade flashed at the sender the day before, told in text speak
        "some boys flashed a blade at me yday outside school, i told my head of year",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # splashing as play
        "we are gonna splash some water on the teachers at the charity day today",
        "my little brother keeps trying to splash me in the pool today lol",
        # a drama or a song about a harm
        "watched a drama about knife crime in class and it was so hard to watch",
        "me and my mates sang along to that song about the knife at karaoke tonight",
        # an everyday question as the condition
        "if one more person asks me about uni im jumping off a cliff",
        # peace told about something ordinary
        "goodbye exams, ill be at peace once summer starts",
        "bye school! cant wait to be at peace on the beach",
        # thanks for nothing as a grumble
        "thanks for nothing, the bus didnt even stop for me",
        # an attack told the day after in text speak
        "some lads pulled a ching on me by the park yday, im alright now",
        # a thought of the act with "not today" in dialect
        "sometimes i think about stepping off the cliffs when i walk the dog, aint gonna do it today or nothing",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "watched a drama about knife crime in class and it was so hard to watch",
        "me and my mates sang along to that song about the knife at karaoke tonight",
        "if one more person asks me about uni im jumping off a cliff",
        "we are gonna splash some water on the teachers at the charity day today",
        "that drama about county lines on bbc was hard to watch, they kept pulling knives",
        "my dad belted out a song about shooting a sheriff in the car",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        "watched a drama about knife crime in class and it was so hard to watch",
        "if one more person asks me about uni im jumping off a cliff",
    ],
)
def test_benign_classes_stay_below_high_with_the_model(text):
    assert_below(text, "high", read=full)

"""Lexicon 2026.12.14, part ai: the classes read from development set ai's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # an adult stranger with a child, acting creepily close now
        "got the bus to meet a guy from snap, im 13 and now hes sitting so close and being creepy",
        # an adult seen live touching a child
        "my cousin is on live from some random mans flat and hes keeps touching her, shes 12",
        # a young child not back from a short errand, already searched for
        "my little sister is 8 and went to the park 3 hours ago, weve looked everywhere and shes not there",
        # at an older male's place in secret, told to be nice to his friends
        "dad thinks im at a sleepover but im at this mans flat, hes 23 and says i have to be nice to his mates when they come",
        # a stranger's lost-pet lure, now
        "some man outside school keeps asking us to help find his dog and his van door open, were scared",
        # an adult getting into a child's bed, just now
        "my mates uncle just now tried to get into my bed, im hiding in the bathroom",
        # waking somewhere unknown with clothes disturbed
        "woke up in a house i dont recognise and my clothes are on wrong, i dont remember anything",
        # drinks pushed, now spinning, being walked away alone
        "lost my mates at the gig and a man keeps buying me drinks, the room is spinning and he wants to walk me back to his",
        # phone taken by an adult partner, messaging in secret
        "hes 26 and took my phone off me, texting you on my laptop without him knowing",
        # a 'hypothetical' about a named child, now
        "hypothetically what if a 12 year old is at his flat, a man she met online, and now shes scared",
        # a lift offered to children, then a car slowly following
        "a man keeps offering me and my little brother a lift home and now hes driving slowly behind us, were 11 and 9",
        # a farewell to family, gone for good, nothing left
        "tell my dad i love him. im on a train and not coming back, theres nothing left for me",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a joke runaway
        "ugh double science, im running away to narnia",
        "lol im running away to live in ikea",
        # a song on repeat
        "'run away' by that band on repeat all day",
        # a question about a tracking app
        "can my dad still see my location if the phone is off?",
        # a talk requested on a topic
        "could someone do a talk on county lines at our school assembly",
        # briefly lost, over
        "went missing for like 5 minutes at the zoo lol, found my class straight away",
        # 'unalive' an object
        "im about to unalive my alarm it keeps going off at 6",
        # a weak phrase over a game
        "lost my whole squad in warzone, my life is over",
        # a creepy-feeling adult, nothing happening now
        "a man at the cafe was being weird last week but my mum was with me",
        # a general hypothetical with no one in danger
        "hypothetically what happens if a 15 year old is caught with a vape at school",
        # an ordinary lost dog, no stranger luring
        "can you help me find my dog, she ran off in the park",
        # a sibling climbing into bed
        "my little brother climbed into my bed after a nightmare lol",
    ],
)
def test_near_misses_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)

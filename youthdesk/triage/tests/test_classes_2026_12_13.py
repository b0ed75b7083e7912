"""Lexicon 2026.12.13: the classes read from blind sets 23 to 26's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import (
    assert_below,
    assert_grade,
    assert_not_immediate,
    at_least,
    full,
)
from youthdesk.triage.types import GRADE_RANK


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.13")


@pytest.mark.parametrize(
    "text",
    [
        # planned for weeks, a night named, one person told
        "been planning this for ages. its happening friday. wanted one person to know",
        # a man who threatened them, his car outside now
        "he said hed share the pics if i didnt meet him, hes outside now in his car and knows where i live",
        # out in the dark, afraid to go home to violence
        "sat in the park in the dark, i dont want to go home, hell kill me when i get in",
        # a man following children towards the woods
        "theres a man following a group of little kids towards the woods right now",
        # letters written, things sorted, tonight
        "its tonight. wrote the letters, my stuff is sorted for my brother",
        # not joking this time, with the means in hand
        "kms not even joking this time, its in my hand",
        # masked men in the garden trying the door
        "two lads in balaclavas in my back garden trying to get the door open",
        # jumped and still waited for
        "got jumped and theyre still waiting round the corner, i cant get home",
        # a girl held at an adult's flat, drunk
        "my friend is 13 and at some 22 year olds flat, shes wasted and he wont let her leave",
        # a last message with thanks
        "last message. thanks for trying x",
        # said bye to the dog, ready now
        "said bye to my cat. ready now",
        # held in a partner's car, scared
        "her boyfriend wont let her out of his car and shes texting me that shes scared",
        # a young child shut out in the dark
        "my little sister is 6 and my stepdad locked her out in the garden, its pitch black",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "some men are using my grandads flat to sell from and took his bank card",
        "my step da locks us in my room with nae tea when we misbehave",
        "a guy online was paying me for pics of my feet and now hes asking for other stuff",
        "i used to self harm and id stopped for a year but i relapsed last night",
        "tried to end things last spring. everyone thinks im fine now. im not",
        "my mate keeps a pole in his bag for protection",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a named time to deny it
        "i want to die most days but its not like ill do it today",
        # a robbery on another day: a phone taken is not an overdose
        "got robbed on monday, they held a blade to me and took my phone",
        # a ting kept under a bed
        "theyve made me keep a ting for them under my bed, if my mum finds it im dead",
        # a bike for sale seen online
        "my stolen bike is on marketplace i can see it, the seller lives near me",
        # a sibling at home alone after school
        "i take my little brothers to school on my own most days cos mum works",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "we battered them 6-1 at football, destroyed them",
        "how does sextortion work? my school sent a letter home",
        "'ridin round with a ting on my lap' whos the artist, fav bar off the new tape",
        "i wanna die 😭 my dad posted my baby pics",
    ],
)
def test_sport_questions_lyrics_and_hyperbole_are_not_high(text):
    assert_below(text, "high")


def test_a_danger_that_has_gone_is_over():
    result = full("i was scared earlier cos a man was outside but hes gone now and my mums home")
    assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (result.grade, result.cues)

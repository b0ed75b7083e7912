"""Lexicon 2026.12.26, part b85: the classes read from the misses of read test sets b85 and b86, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # "be done with all of it" beside things made ready (S18)
        "i just want to be done with all of it now, got everything sorted",
        # a child not come home, in Scots, with an older man in the picture (M1)
        "my cousin is 13 and she no came back last night, her phones aff, she was talking to some older guy",
        # a classmate gone off with an adult man, travelling now (QB851)
        "a boy in my year went off with some man hes about 30, they are getting a train to london right now",
        "girl from my class has gone off with a guy whos 24 and they are on the bus to leeds tonight",
        # a stranger getting off at the same stops, moving when the sender moves (QAE4)
        "a man keeps getting off the same stop as me every day this week and today when i changed seats he moved too",
        # a man in a car trying to get a child in, kerb crawling beside her (N12)
        "some bloke in a van tried to get her in and now hes driving slowly next to her down the road",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a weapon carried to school day after day (QB852), even beside school words
        "this boy in year 9 carries a blade every day and the teachers have no clue",
        # a girl made to sleep with her boyfriend's friends (X2)
        "my friend is being made to sleep with her boyfriends older mates and she says its fine",
        # a stranger offering a child money to get in his car (QB853)
        "a man pulled up and offered me money to get in his car after school",
        # a picture of a weapon sent round: a weapon, not an intimate picture (W3, not E2)
        "someone sent a pic of a knife to the group chat saying its for a year 11",
        # hands round the neck last weekend, told with "not in danger right now" (D2, not D1)
        "im not in danger right now but last weekend my stepdad put his hands round my neck",
        # an adult at a club asking a child of 13 to meet on their own (X2)
        "my swimming coach keeps asking me to meet him on my own after training, im 13",
        # a wish to be dead by a day, with no habit beside it, stays a wish to die
        "i want to be dead by friday, i cant do this",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # school doom as a joke, belongings "left" to a sibling
        "revision is killing me, if i dont survive this week give my xbox to my brother and tell my mum i loved her 😭",
        # a game lobby
        "sent back to the lobby by some kid with a pump shotgun again 😤",
        # a game lost, "end my suffering"
        "were 5-0 down on fifa, someone end my suffering",
        # a health warning about food, as a joke
        "my nan says ill be dead by 40 if i keep eating crisps for breakfast 💀",
        # a picture of a weapon in a chat, not intimate
        "a lad sent a pic of a knife in the group chat as a joke, we all told him he was weird",
        # a classmate going somewhere with an adult relative, nothing wrong
        "a girl in my class went off with her dad on a trip",
        # someone moving seats on a bus for no reason
        "i moved seats on the bus cos the heater was broken and my mate moved too",
        # a lift from a family friend
        "my mums friend offered me a lift home from school today",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "sent back to the lobby by some kid with a pump shotgun again 😤",
        "were 5-0 down on fifa, someone end my suffering",
        "my nan says ill be dead by 40 if i keep eating crisps for breakfast 💀",
        "revision is killing me, if i dont survive this week give my xbox to my brother and tell my mum i loved her 😭",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "im done with all of it, ive taken all my tablets and wrote letters for everyone",
        "a man has been following me since the station, he got off the same stop and hes still behind me now",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

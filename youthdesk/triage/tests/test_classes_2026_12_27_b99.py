"""Lexicon 2026.12.27, part b99: the classes read from the misses of read test sets b99 and b100, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # someone waiting outside or near, a hand at the waistband as if a weapon is hidden there (QB991)
        "three lads waiting outside the chicken shop and one has his hand on his waistband, my cousin is in there",
        "a car pulled up outside our house and the passenger keeps reaching for his waistband",
        "op boys outside the park gates rn one of them patting his waistband",
        # a young child gone out hours ago, now dark and not answering (M8 with the time they left)
        "my sister is 9, she went out to play at 4 and its getting dark and shes not answering her watch",
        "my little brother left the house at 2 on his scooter and now its dark, his phone is off",
        # hands round someone's neck or throat, told as happening now (D1)
        "hes got his hands round my sisters neck please hurry",
        "my stepdad has got my mum by the throat in the kitchen",
        "his hands are round my nans neck and shes gone red",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a waistband that is only clothing: no one waiting near, nothing held there
        "my joggers waistband keeps rolling down, so annoying",
        "the waistband on these new jeans is too tight outside of sitting down lol",
        # a gesture at the waistband told as long over
        "last summer a lad outside the shop had his hand on his waistband but nothing happened",
        # a child out late but known to be safe
        "my little brother is 10 and went out at 3, its dark now but hes staying at his mates and hes safe",
        # hands round a neck that is a hug, a necklace, or told as long ago
        "my nan threw her arms round my neck when she saw me at the airport",
        "years ago my dad put his hands round my mums neck, hes in prison now",
        # a jump at the pool (the top board, the high board) is leisure
        "gonna jump off the top diving board at the leisure centre today, so scared lol",
        "finally jumped off the high board at swimming today",
        # a question about trouble or whether something is illegal
        "can i get in trouble for sharing a meme of a teacher",
        "is energy drink illegal if your under 16, like for the person drinking it",
        # a sibling's hyperbole about my console or my things
        "ill kill my sister if she touched my ps5 again",
        "my brother keeps touching my charger, i will literally murder him",
        # a thought at the station that is always there but never acted on is high, not now
        "at the platform most days i think about stepping in front of the train when it comes through, i havent done anything its just in my head",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my joggers waistband keeps rolling down, so annoying",
        "finally jumped off the high board at swimming today",
        "can i get in trouble for sharing a meme of a teacher",
        "is energy drink illegal if your under 16, like for the person drinking it",
        "ill kill my sister if she touched my ps5 again",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


def test_a_thought_always_there_but_never_acted_on_is_still_high():
    text = (
        "at the platform most days i think about stepping in front of the train when it comes through, "
        "i havent done anything its just in my head"
    )
    assert_grade(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "im on the platform and the next fast train comes through in 2 mins, im stepping off when it does",
        "a man touched my leg on the bus and now hes following me off it",
        "is it illegal if i already took 20 of my mums tablets an hour ago, i feel sick",
    ],
)
def test_real_harm_beside_the_contexts_is_still_caught(text):
    assert full(text).grade in ("immediate", "high"), (text, full(text).grade)

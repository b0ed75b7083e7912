"""Lexicon 2026.12.24, part b73: the classes read from the misses of read test sets b73 and b74, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a bare farewell to everyone, with nothing else said (S4)
        "goodbye everybody",
        "goodbye everyone. im so tired",
        # letters or notes written, with a resigned sign-off (QB731)
        "left a letter for my mum and one for my nan, its better this way",
        "wrote letters for my family tonight. its for the best",
        # a household poison drunk or swallowed (QB732)
        "ive just drunk a load of weedkiller",
        "swallowed some drain cleaner from under the sink",
        # a weapon in school, its carrier named as in a lesson now (QB431)
        "a boy in year 10 has a knife in his bag and hes in science now",
        "theres a kid with a blade in his blazer, hes in english right now",
        # a child gone off with a group to somewhere unsafe, now unreachable (M4)
        "my brother is 14, he went with some older lads to a trap house last night and his phone is off",
        # sent off to another town by those exploiting him, kept from coming home (QAK2)
        "my cousin got sent up to some town to sell for them and he wants to come home but they wont let him",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a threat set for whenever the sender is next seen: high, not danger now (later_time)
        "a lad keeps messaging that im getting stabbed as soon as im seen in town",
        "some boys from the estate said im getting shanked the minute they see me",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye for a trip or with a return named
        "goodbye everyone, off to spain for a week with my family!",
        "goodbye everybody see you on monday",
        # a sibling's threat over the sender's touching her or his things
        "my little sister said shell kill me if i touch her makeup again",
        "my brother says hes gonna murder me if i use his xbox",
        # a general question about how the police catch people who share images
        "how do the police catch people who share nudes of others",
        # "end me" about something embarrassing
        "i called my teacher mum in front of the whole class, someone end me",
        "just tripped up the stairs in front of my crush, end me please",
        # letters written for an occasion, "better" said of something else
        "wrote letters to my grandparents for christmas, its better than a text",
        # a poison swallowed by a pet
        "my dog ate some rat poison and the vet is closed",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my little sister said shell kill me if i touch her makeup again",
        "how do the police catch people who share nudes of others",
        "i called my teacher mum in front of the whole class, someone end me",
    ],
)
def test_false_alarms_are_below_high(text):
    assert_below(text, "high", rules)
    assert_below(text, "high", full)


def test_drunk_as_an_adjective_is_not_a_poison_swallowed():
    assert_not_immediate("got drunk at the party and knocked the bleach over", rules)


def test_a_threat_when_seen_while_they_are_here_now_is_still_immediate():
    assert_grade("theyre outside my house now and as soon as they see me im getting stabbed", "immediate")

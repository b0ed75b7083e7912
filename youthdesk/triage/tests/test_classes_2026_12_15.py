"""Lexicon 2026.12.15: the classes read from blind sets 27 to 30's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, at_least, rules


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.15")


@pytest.mark.parametrize(
    "text",
    [
        # letters being written now, left for family
        "writing my letters now, ill leave them on my bed for mum",
        # a missing child who texted for help
        "my brother didnt come home last night and he just texted help then nothing",
        # an overdose told as done, waiting now
        "already done the pills, just waiting now",
        # a car in the garage with the engine running, and a goodbye
        "just wanted to say bye. sat in the car in the garage with the engine running",
        # a goodbye, then her location off
        "my friend sent goodbye in the group chat and turned her location off",
        # kept in a car now
        "hes not letting me out the car",
        # not around tomorrow, affairs sorted
        "i wont be around tomorrow, ive got everything sorted",
        # the night has come, things sorted, a sign-off
        "tonights the night. got everything sorted. just wanted to say thanks for the talk",
        # no more help needed after tonight, with a sign-off
        "wont be needing any more help after tonight. take care x",
        # burnt again and blistered
        "put the straighteners on my arm again and its bubbled up",
        # a gun taken to school tomorrow
        "a lad said hes bringing a gun to school tmrw to sort out the ones who bully him",
        # a man grabbing a child's arm now
        "a man at the bus stop keeps grabbing my arm saying come with him, im 12",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "every day i wish i wasnt here",
        "they said if i leave the group theyll do my family",
        "my grandad keeps making me sit on his lap and it feels wrong",
        "my mate keeps getting sent down country by some older lads",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "the bus was so late today i wanted to die",
        "thoughts are back again but im safe rn",
        "been giving my stuff away, everyone would be better off without me, not tonight or anything",
        "i look after my 3 little siblings most days, theres hardly any food",
        "someone smashed my car window outside and took the satnav",
        "took a pill at a festival and felt weird for days, is that normal",
        "a boy pulled a knife on me last month and said next time. i see him every day",
        "being held hostage at my cousins tea party send backup",
        "my dad wont let me out of the car till i say sorry lol",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text, rules)


@pytest.mark.parametrize(
    "text",
    [
        "that knife crime session at the youth club was good",
        "five a side final next week, gonna smoke them",
        "when i was 12 a man online tried it on but your team sorted it, just saying thanks",
        "how would you even know if someone was being groomed",
    ],
)
def test_talks_sport_thanks_and_questions_are_not_high(text):
    assert_below(text, "high")

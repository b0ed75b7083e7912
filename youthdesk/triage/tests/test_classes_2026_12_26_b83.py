"""Lexicon 2026.12.26, part b83: the classes read from the misses of read test sets b83 and b84, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # an adult at home waiting with an implement to punish, after finding out the child told (QW1: threat_punish,
        # aggressor_now; "belt out" no longer read as singing, "teacher" no longer read as hyperbole)
        "my stepdad found out i told the school and hes got his belt out, hes waiting for me to get home",
        "mum knows i told my teacher and my dads waiting for me at home with the belt, i dont want to go back",
        # an online contact who lied about his age, here in person now (QB831)
        "the lad from insta is way older than his pics and hes outside the chippy waiting for me now",
        "this guy i was talking to on tiktok lied about his age, hes like 35 and hes here at the park now",
        # goodbyes written, thanks to the kind ones, and it being better this way (QB433 via signoff_thanks)
        "my goodbyes are hard to type. you guys were good to me, its easier this way",
        "bye to you all, you lot were kind to me, its for the best",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a man's "its fine" inside a lure is not a danger marked as over (minimised cancels resolved)
        "some man at the bus stop keeps telling me to get in the car its fine, i dont know him",
        # followed in the street is still danger now; only following on an app is benign
        "a man keeps following me on my way home from school and its getting dark",
        # a weapon and a return beside "hes at work right now" is still danger now
        "hes at work right now but hes coming back in 10 mins and hes got a knife and says hell kill us",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # telling a teacher about something trivial; waiting at home for a nice reason; a belt that is a belt
        "my mum found out i told my teacher about her birthday surprise lol",
        "my dad is waiting for me at home with a cake for my birthday",
        "my dad got his belt out to fix his trousers haha",
        "we belt out songs in the car when my dad is waiting for me at home lol",
        # followed on an app, not in the street
        "so many people following me on insta since my video went viral",
        "loads of randoms keep following me on snapchat, how do i go private",
        # a crime-awareness advert and its actors
        "the actor in the knife crime advert on tv went to my school",
        # a question about the law
        "is it breaking the law to have a pocket knife for fishing",
        # abuse at home told as going on, with the abuser away right now: high, not immediate
        "my dad hits my mum sometimes, hes at work right now, what should i do",
        # "my teacher will kill me" hyperbole is untouched
        "my teacher is literally gonna kill me when she finds out i forgot my homework again",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "so many people following me on insta since my video went viral",
        "the actor in the knife crime advert on tv went to my school",
        "is it breaking the law to have a pocket knife for fishing",
        "my dad got his belt out to fix his trousers haha",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


def test_abuse_with_the_abuser_away_is_still_high():
    assert_grade("my dad hits my mum sometimes, hes at work right now, what should i do", "high")
    assert full("my dad hits my mum sometimes, hes at work right now, what should i do").grade == "high"

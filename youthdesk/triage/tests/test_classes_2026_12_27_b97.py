"""Lexicon 2026.12.27, part b97: the classes read from the misses of read test sets b97 and b98, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a note left and "i wont be here when they wake up" (gone_by_morning, QU5)
        "i left a letter for my dad on the side, i wont be around when he wakes up",
        "left a letter for my nan under her door. i wont be here by the time she wakes up",
        # tablets taken, told bare with the container (overdose_done, S9)
        "i took the whole packet",
        "just taken the whole bottle of them",
        # a self-harm or goodbye post, then the poster gone from their accounts (harm_posted + unreachable, QB971)
        "my mate posted her cuts on close friends an hour ago and now her account is gone",
        "he put his wrists on his story earlier and now hes deleted his account, im so worried",
        "someone in my year posted a goodbye on her story and her profiles gone now",
        # a feared adult home now, the protective parent away, the child scared (feared_adult_in, QB972)
        "mums boyfriends back and shes at work til 10, im terrified",
        "please help my stepdad just got in and mum is away, im scared",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a self-harm denial taken back (sh_denial + sh_relapse_told, QB973)
        "i stopped cutting months ago, well i did at the weekend but it wasnt bad",
        "i dont hurt myself anymore. except last night",
        # a question about one's own feelings is a disclosure; a burden wish with "just" (disclosure_turn, suicidal)
        "why do i always feel like my family would be better off if i just wasnt here",
        # a coach messaging a child in secret with gifts; gifts on a live stream for dares (grooming, lure_gift)
        "the coach keeps messaging my little sister late at night and keeps sending her gifts, shes 11",
        "a guy keeps sending me gifts on my live to do dares on cam and hes asking for more every time",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # quitting an app "for good" when the only suicidal word is a loose "im done"
        "im done, quitting snapchat for good",
        "honestly im done, uninstalling fortnite this time",
        # a note left before an errand in the morning
        "left a letter for my mum, i wont be here when she wakes up cos ive got football training early",
        # a post of a nosebleed, the account gone
        "she posted a pic of blood on her story from her nosebleed at netball and now her accounts gone",
        # a post from long ago, the person doing better
        "he posted his cuts on his story last year and deleted his account after, hes doing better now",
        # an adult at home and the other parent away, scared of something ordinary
        "stepdads home and mums at work, im scared of this horror film lol",
        # a school project about knife crime; a knife skin in a game
        "were doing a crime project on knives, can we use your stats for it",
        "just unboxed a knife skin in cs2, so happy",
        # the sender says they are not in danger now
        "had dark thoughts again this week, im not in danger right now but wanted to tell someone",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "were doing a crime project on knives, can we use your stats for it",
        "just unboxed a knife skin in cs2, so happy",
        "i stopped self harming 2 years ago but i did it for ages, im doing well now",
        "my coach keeps messaging the team group chat at 7am about training",
        "why do i feel like i never have anything to wear",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")

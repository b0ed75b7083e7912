"""Lexicon round 2026.12.12, part ae: the classes read from development set ae's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # a farewell to the next life / "see you never"
        "gonna go now. see you in another life",
        "see ya never lads x",
        # a last message addressed to everyone ("msg")
        "this is my last msg to everyone, love you",
        # an apology to everyone, from a height
        "sat on the edge of the car park roof. tell everyone im sorry",
        # an apology to everyone, going into the water
        "wading out into the river now, sorry everybody",
        # bleeding shown by a soaked thing gone red
        "the flannel is soaked red and wont stop",
        # someone else cutting now, watched live
        "my cousin is on video call and shes cutting, it wont stop",
        # a family member being hurt now, help asked for
        "please send someone to 22 park road hes hurting my mum",
        # someone going for a person with a weapon
        "my stepdad has a knife and hes going for my brother",
        # violence with its trigger present now
        "my ex punches me when he gets jealous, hes angry again",
        # a stranger touching the sender now
        "there is a man on the bus rubbing against me",
        # rivals near, knowing where the sender lives
        "opps are about on the estate and they know where i stay",
        # the same car and man coming past again and again
        "same car slowing down beside me, third time tonight, same guy",
        # a code word for danger at home
        "code red here, cant talk",
        # smashing heard at home now, someone frightened
        "can hear plates smashing in the kitchen and my little sister screaming, im upstairs",
        # a child taken off in a car to run drugs, phone now off
        "they took her in a car to run a package up north, phone off since yesterday",
    ],
)
def test_immediate_classes(text):
    assert rules(text).grade == "immediate", text


@pytest.mark.parametrize(
    "text",
    [
        # a parent hitting another family member
        "my dad hits my little sister",
    ],
)
def test_high_classes(text):
    assert rules(text).grade in ("high", "immediate"), text


@pytest.mark.parametrize(
    "text",
    [
        # cutting something, not oneself
        "the hairdresser was cutting my hair and wouldnt stop talking",
        "shes cutting the cake now, come down",
        "he is cutting the grass and it wont stop raining",
        # "kill me" for a trivial reason
        "my coach is gonna kill me for being late to practice",
        # "shoot your shot"
        "just shoot your shot with her, worst case she says no",
        # a last message before an ordinary break
        "this is my last msg before my exams, wish me luck",
        # sorry to everyone for something small, at the beach
        "sorry everyone im late, the bus was slow, at the beach now",
        # red from something that is not blood
        "my towel went red from the new hair dye lol",
        # rivals in a game
        "the opps are about in fortnite, my squad is dead",
        # "going for" something ordinary, a knife in a kitchen
        "my brother is going for the win at boxing, he brought a knife to cut the cake",
        # smashing heard, an accident, resolved
        "can hear glass smashing downstairs, mum dropped the tray, my baby brother crying lol its fine",
        # the same car, a known neighbour
        "same car drove past, its just my neighbour, third time today haha",
        # "code red" as a joke or a school drill
        "code red in the group chat, someone ate my cookies",
        "we did a drill called code red at school today",
        # touching told as a habit in the past
        "my uncle used to hug me and touching me when no one is around when i was little",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)

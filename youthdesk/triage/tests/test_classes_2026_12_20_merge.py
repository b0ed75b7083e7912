"""Round 2026.12.20, merge: classes found while probing the six parts together, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # someone at home or here now with a weapon who says they will use it
        "my stepdad has a knife in the kitchen and says hes going to use it on me",
        "mums boyfriend has got a hammer in the front room and says hes gonna use it on us",
        # a goodbye a friend sent to others
        "my mate sent a goodbye and left the gc",
        "my cousin posted a goodbye on her story an hour ago",
    ],
)
def test_danger_now_is_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a cooking joke is still one
        "my brother is killing it in the kitchen tonight, best lasagne ever",
        # play and garden jobs
        "my little brother is outside with a bat and ball",
        "my dad is outside with the shears trimming the hedge",
        # leaving a chat
        "leaving the group chat cos its too noisy, bye everyone x",
        "logging off now lads, bye everyone x",
        # an ordinary decision made firm, and coming out
        "im dyeing my hair blue tonight, dont try and talk me out of it",
        "im scared to come out to my mum, shes home now",
        # a goodbye sent for a move
        "my mate sent a goodbye message to the gc cos shes moving to spain tomorrow",
        # a threat that keeps being made at school, not a weapon here now
        "a lad at school keeps saying hes gonna slash my face and he has a blade in his bag",
        # a harmless fright at home
        "my brother ran off screaming from a spider in the kitchen, grown man",
        # a thing sent off that never came back
        "sent my headphones off to be fixed and they never came back",
        "my parcel never came back after i returned it",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_a_harmless_fright_at_home_is_neither_abuse_at_home_nor_sexual_abuse_to_the_rules():
    # the learned model still raises it to high (its words: screaming, grown man); the rules no longer do
    assert_grade("my brother ran off screaming from a spider in the kitchen, grown man", "standard")


def test_a_child_who_never_came_back_is_still_missing():
    # the lost-order context is about things: a person who never came back from the shop is still missing
    assert_grade(
        "my little brother went to the shop two hours ago and never came back and his phone is off",
        "immediate",
    )

"""Lexicon 2026.12.25: suicidal thoughts with a farewell, in one message or across a conversation, found by probing
conversations; phrasings written for these tests."""

import pytest

from youthdesk.triage import assess_conversation
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about ending it. love you all",
        "ive been thinking about killing myself for weeks, bye x",
        "i dont want to live anymore, thank you for everything",
    ],
)
def test_suicidal_thoughts_with_a_farewell_are_immediate(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a loose kms, a wish told as over, hyperbole about homework, ending a relationship
        "kms lol love you all",
        "i used to want to die but im better now, love you all for the help",
        "i keep thinking about ending it with my boyfriend, love you all for the advice",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_the_thoughts_alone_are_high_and_with_a_later_farewell_the_conversation_is_immediate():
    assert_grade("i keep thinking about ending it", "high")
    assert assess_conversation(["i keep thinking about ending it", "love you all"]).grade == "immediate"

"""Round 2026.12.27, merge: what probing the four parts together found, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, rules


@pytest.mark.parametrize(
    "text",
    [
        "some man i dont know is banging on the window and my parents are away",
        "i dont know why hes hitting my mum right now",
    ],
)
def test_not_knowing_does_not_negate_what_follows(text):
    # rules alone: the negation of "know" used to cancel the danger named after it
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "im not going to hurt myself",
        "i wont do anything stupid i promise",
        "i dont want to die, i just want help",
    ],
)
def test_a_real_negation_still_negates(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary box
        "my little brother took a whole box of felt tips to nursery",
        "the dog got in the cupboard and took the whole box of biscuits",
        # an alarm set for revision
        "alarm set for 5am, thats when im doing it, only telling you, revision all day for my mocks",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize("text", ["took a whole box of sleeping tablets", "necked the whole box"])
def test_a_box_of_tablets_is_still_immediate(text):
    assert_grade(text, "immediate")


def test_a_friend_going_through_something_is_a_vague_worry():
    text = "i think my friend is going through something, hes been quiet. idk if i should say something"
    assert rules(text).grade == "standard"
    assert_below(text, "high")

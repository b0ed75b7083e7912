"""Round 2026.12.28, merge: what probing the four parts together found, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # "done" with an ordinary thing
        "finally done with school for today, so tired",
        "done with my homework, off to bed",
        # a chat left with a phone to charge
        "bye all, phones dead, talk tomorrow x",
        "gtg phone on 2% bye",
        # a demand refused
        "the olders want me to do a run tonight but i said no",
        # a note saying when the writer will be back
        "left mum a note saying ill be back by 9, gone to my mates, bye",
        # a weapon kept in a car
        "my uncle keeps a machete in his car",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_an_ordinary_day_done_is_standard():
    assert_below("im done with school for the day, so glad", "medium")


def test_a_goodbye_with_everything_done_is_immediate_by_the_rules():
    assert_grade("im done with everything, goodbye everyone", "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "bye everyone. phone goes off now and im not turning it back on. sorry for everything",
        "he wanted me in his car tonight, i told him no and now hes parked outside my house",
    ],
)
def test_the_real_thing_stays_immediate(text):
    # the whole engine: the holds added here must not stop the learned models where the rules find nothing
    assert full(text).grade == "immediate", text

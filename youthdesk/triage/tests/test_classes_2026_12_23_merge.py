"""Round 2026.12.23, merge: false alarms the readers found in the rules as they were, in phrasings written for
these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # basketball
        "shot some hoops with the lads after school",
        "we were shooting hoops in the park till it got dark",
        # a pet is why
        "my brother is sat on my bed and im too scared to move cos the cat is on my lap",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_basketball_is_no_shooting_to_the_rules():
    assert_below("shot some hoops with the lads after school", "medium")

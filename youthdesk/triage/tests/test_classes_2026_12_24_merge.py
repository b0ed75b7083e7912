"""Round 2026.12.24, merge: what probing the four parts together found, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a pet that swallowed a poison
        "my cat drank some antifreeze off the drive",
        # a goodbye to a game server
        "goodbye everyone, been a good run on this server, new game tomorrow",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)
    assert_below(text, "high")


def test_a_repair_job_is_not_a_goodbye_with_means():
    assert_not_immediate("got the stuff from my dads shed to fix my bike, love you all for the help")


@pytest.mark.parametrize(
    "text",
    [
        "my little brother drank some bleach from under the sink",
        "goodbye everyone on this server, i cant do this anymore",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")

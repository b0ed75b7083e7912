"""Round 2026.12.32, merge: luggage tied on and a call for tea, in phrasings written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        "dad tied it to the roof bars and we set off for cornwall",
        "soz bye all, dinners ready",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_a_ligature_tied_with_finality_is_still_immediate():
    assert_grade("ive tied it to the banister, im done", "immediate")

"""Round 2026.12.21, merge: false alarms found while probing the four parts together, in phrasings written for
these tests, beside the real things that must stay immediate."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a parent's house rule
        "my dad wont let me leave the house till ive done my homework",
        "mum wont let me out tonight cos im grounded lol",
        "not allowed out on a school night, my mum wont let me leave",
        # something kept under a bed
        "i keep my old hair straighteners under my bed just in case",
        # outdoor play with a rope
        "in the woods building a den with rope, sorry cant reply",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # held by someone who threatens, or hiding now: still danger now
        "my stepdad wont let me leave the house, hes locked the door and says ill regret it",
        "im hiding under my bed, hes downstairs smashing things",
        "hes kept me in his flat since yesterday and wont let me leave",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")

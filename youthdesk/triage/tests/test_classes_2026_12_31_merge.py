"""Round 2026.12.31, merge: kept in by a house rule is not a missing child, in phrasings written for these tests."""

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


def test_grounded_is_not_a_child_who_cannot_go_home():
    assert_not_immediate("cant go home yet, my dad says im grounded till friday lol")


def test_a_child_who_cannot_go_home_for_fear_is_still_immediate():
    assert_grade("i cant go home, hes there drunk and he said hed kill me", "immediate")

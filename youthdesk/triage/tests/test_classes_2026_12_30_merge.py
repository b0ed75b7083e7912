"""Round 2026.12.30, merge: a note about a shift is not a last note, in phrasings written for these tests."""

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate


def test_a_note_about_being_at_work_is_not_a_goodbye():
    assert_not_immediate("by the time you read this ill be gone to school, dinner is in the fridge")


def test_a_note_that_the_writer_will_be_gone_is_still_immediate():
    assert_grade("by the time you read this ill be gone. love you all", "immediate")

"""Round 2026.12.29, merge: found when the retrained immediacy part moved a labelled message, in new phrasings."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full


def test_abuse_for_where_a_parent_is_from_is_a_hate_incident():
    text = "a lad outside the chippy called my mum foreign scum right in front of me"
    assert_grade(text, "medium")
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "he punched my brother right in front of me and hes still got the knife",
        "she swallowed the whole bottle right in front of me and now shes not waking up",
    ],
)
def test_seen_in_front_of_me_is_still_immediate(text):
    assert full(text).grade == "immediate", text

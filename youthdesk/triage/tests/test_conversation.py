"""Conversations: risk split across messages is seen, and the grade is the highest of the messages."""

from youthdesk.triage import assess_conversation


def test_risk_split_across_messages_is_immediate():
    result = assess_conversation(["i dont want to be here anymore", "i have the pills", "tonight"])
    assert result.grade == "immediate"
    assert "suicide_self_harm" in result.categories


def test_conversation_grade_is_the_highest_message():
    result = assess_conversation(["hi", "someone stole my phone", "thanks"])
    assert result.grade == "medium"
    assert result.categories == ("crime_report",)


def test_empty_conversation_is_standard():
    assert assess_conversation([]).grade == "standard"

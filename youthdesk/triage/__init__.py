"""Threat, harm and risk triage for messages from young people. Pure Python, no Django.

`assess(text)` grades one message; `assess_conversation(texts)` grades a conversation's recent messages.
"""

from youthdesk.triage.types import GRADE_RANK, GRADES, Assessment, Cue, PlaceMatch, max_grade


def assess(text: str, **options) -> Assessment:
    """Grade one message (options: model=False for rules only, places=False to skip the gazetteer)."""
    from youthdesk.triage.engine import assess as _assess

    return _assess(text, **options)


def assess_conversation(texts: list[str]) -> Assessment:
    """Grade a conversation's recent messages: each on its own, and the last few read together."""
    from youthdesk.triage.engine import assess_conversation as _assess_conversation

    return _assess_conversation(texts)


def assess_together(texts: list[str]) -> Assessment:
    """Only the last few messages read together (each message already graded on its own by the caller)."""
    from youthdesk.triage.engine import assess_together as _assess_together

    return _assess_together(texts)


__all__ = [
    "GRADES",
    "GRADE_RANK",
    "Assessment",
    "Cue",
    "PlaceMatch",
    "assess",
    "assess_conversation",
    "assess_together",
    "max_grade",
]

"""Threat, harm and risk triage for messages from young people. Pure Python, no Django.

`assess(text)` grades one message; `assess_conversation(texts)` grades a conversation's recent messages.
"""

from youthdesk.triage.types import GRADE_RANK, GRADES, Assessment, Cue, PlaceMatch, max_grade


def assess(text: str, **options) -> Assessment:
    """Grade one message (options: model=False for rules only, places=False to skip the gazetteer)."""
    from youthdesk.triage.engine import assess as _assess

    return _assess(text, **options)


def assess_conversation(texts: list[str]) -> Assessment:
    from youthdesk.triage.engine import assess_conversation as _assess_conversation

    return _assess_conversation(texts)


__all__ = [
    "GRADES",
    "GRADE_RANK",
    "Assessment",
    "Cue",
    "PlaceMatch",
    "assess",
    "assess_conversation",
    "max_grade",
]

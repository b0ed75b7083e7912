"""Placeholder wiring until the full engine lands: grades with the keyword baseline only."""

from youthdesk.triage.baseline import baseline_assess
from youthdesk.triage.types import Assessment, max_grade


def assess(text: str) -> Assessment:
    return baseline_assess(text)


def assess_conversation(texts: list[str]) -> Assessment:
    parts = [assess(t) for t in texts]
    if not parts:
        return Assessment()
    top = max(parts, key=lambda a: a.rank)
    return Assessment(grade=max_grade(*(a.grade for a in parts)), categories=top.categories, cues=top.cues)

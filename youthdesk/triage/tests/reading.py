"""How the class tests read a message: with the rules alone, with the rules and the model, or as the normaliser's words."""

from youthdesk.triage import assess
from youthdesk.triage.normalise import BOUNDARY, normaliser


def rules(text: str):
    return assess(text, model=False, places=False)


def full(text: str):
    return assess(text, places=False)


def words(text: str) -> list[str]:
    return [t for t in normaliser().tokens(text) if t != BOUNDARY]

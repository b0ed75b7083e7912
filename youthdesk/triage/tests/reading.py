"""How the class tests read a message: with the rules alone, with the rules and the model, or as the normaliser's words."""

from youthdesk.triage import assess
from youthdesk.triage.normalise import BOUNDARY, normaliser


def rules(text: str):
    return assess(text, model=False, places=False)


def full(text: str):
    return assess(text, places=False)


def words(text: str) -> list[str]:
    return [t for t in normaliser().tokens(text) if t != BOUNDARY]


def at_least(version: str, wanted: str) -> bool:
    """'lex-2026.12.10' is later than 'lex-2026.12.9': versions compare by their numbers, not as text."""

    def numbers(v: str) -> tuple[int, ...]:
        return tuple(int(part) for part in v.split("-", 1)[1].split("."))

    return numbers(version) >= numbers(wanted)

"""How the class tests read a message: with the rules alone, with the rules and the model, or as the normaliser's words."""

from youthdesk.triage import assess
from youthdesk.triage.normalise import BOUNDARY, normaliser
from youthdesk.triage.types import GRADE_RANK


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


def assert_grade(text: str, grade: str, read=rules) -> None:
    result = read(text)
    assert result.grade == grade, (text, result.grade, result.cues)


def assert_not_immediate(text: str, *reads) -> None:
    """Neither the rules alone nor the rules with the model (or only the readers given) make it immediate."""
    for read in reads or (rules, full):
        result = read(text)
        assert result.grade != "immediate", (text, result.grade, result.cues)


def assert_below(text: str, grade: str, read=rules) -> None:
    result = read(text)
    assert GRADE_RANK[result.grade] < GRADE_RANK[grade], (text, result.grade, result.cues)

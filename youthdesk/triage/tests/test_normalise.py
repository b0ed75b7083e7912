"""Normalisation undoes the ways teenagers write and the ways people dodge keyword filters."""

import pytest

from youthdesk.triage.normalise import BOUNDARY, normaliser
from youthdesk.triage.tests.reading import words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("k!ll mys3lf", ["kill", "myself"]),
        ("s u i c i d e", ["suicide"]),
        ("s.u.i.c.i.d.e", ["suicide"]),
        ("k i l l m y s e l f", ["kill", "myself"]),
        ("suiiiicide", ["suicide"]),
        ("s*icide", ["suicide"]),
        ("sucide", ["suicide"]),
        ("sui\u200bcide", ["suicide"]),
        ("SUICIDE", ["suicide"]),
        ("ѕuicide", ["suicide"]),  # Cyrillic dze for the s
        ("im ok rn", ["im", "ok", "right", "now"]),
        ("I’m", ["im"]),
        ("💊", ["emo_pills"]),
        ("he's 24yo", ["hes", "24", "year", "old"]),
        ("pay £200", ["pay", "money"]),
        ("at 9pm", ["at", "clocktime"]),
    ],
)
def test_evasions_and_habits_normalise(raw, expected):
    assert words(raw) == expected


def test_ordinary_words_are_not_corrected_into_risk_words():
    assert words("i stubbed my toe on the stairs") == ["i", "stubbed", "my", "toe", "on", "the", "stairs"]


def test_numbers_alone_are_not_leetspeak():
    assert words("took 30 at 4") == ["took", "30", "at", "4"]


def test_clause_breaks_are_kept():
    assert normaliser().tokens("no. i want") == ["no", BOUNDARY, "i", "want"]

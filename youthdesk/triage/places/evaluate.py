"""Measure locate() on the labelled set: place-to-force accuracy and no-place silence.

.venv/bin/python -m youthdesk.triage.places.evaluate [FILE]   # prints the figures and any misses
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from youthdesk.triage.places.locate import locate

LABELLED = Path(__file__).parent / "data" / "labelled_places.jsonl"


@dataclass
class PlaceScores:
    """Accuracy on messages that name a place, and the share of no-place messages given no force."""

    place_total: int = 0
    place_correct: int = 0
    none_total: int = 0
    none_silent: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.place_correct / self.place_total if self.place_total else 0.0

    @property
    def no_place_silence(self) -> float:
        return self.none_silent / self.none_total if self.none_total else 0.0


def labelled_read(path: Path = LABELLED) -> list[dict]:
    """The labelled rows: text, force (exact name or null), place (names a place?), note."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def places_evaluate(rows: list[dict]) -> PlaceScores:
    """Score locate() against labelled rows; a row naming a place is right when its force is exactly right."""
    scores = PlaceScores()
    for row in rows:
        _, place, force = locate(row["text"])
        if row["place"]:
            scores.place_total += 1
            ok = force == row["force"]
            scores.place_correct += ok
        else:
            scores.none_total += 1
            ok = force is None
            scores.none_silent += ok
        if not ok:
            scores.misses.append({**row, "got_place": place, "got_force": force})
    return scores


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    scores = places_evaluate(labelled_read(Path(argv[0]) if argv else LABELLED))
    print(f"place-to-force accuracy: {scores.place_correct}/{scores.place_total} = {scores.accuracy:.3f}")
    print(
        f"no-place messages given no force: {scores.none_silent}/{scores.none_total} = {scores.no_place_silence:.3f}"
    )
    for miss in scores.misses:
        print(
            f"  miss: {miss['text']!r} expected {miss['force']!r} got {miss['got_force']!r} ({miss['got_place']!r})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

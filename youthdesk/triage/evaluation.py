"""Measure a grader on labelled messages: per-grade precision and recall, confusion, categories, forces.

Pure Python. `evaluate(rows, grader)` takes rows with `text`, `grade`, `categories` and optionally `force`
(rows without a `force` key are left out of force accuracy), and any function text -> Assessment.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from youthdesk.triage.types import CATEGORIES, GRADES, Assessment

LABELLED = Path(__file__).parent / "data" / "labelled"
URGENT = ("immediate", "high")


@dataclass
class Report:
    """The figures for one grader on one set of messages."""

    n: int = 0
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {g: dict.fromkeys(GRADES, 0) for g in GRADES}
    )
    category_hits: dict[str, list[int]] = field(default_factory=lambda: {c: [0, 0] for c in CATEGORIES})
    force_right: int = 0
    force_total: int = 0
    no_place_rows: int = 0
    no_place_forced: int = 0
    subject_right: int = 0
    subject_total: int = 0
    misses: list[dict] = field(default_factory=list)

    def precision(self, grades: tuple[str, ...]) -> float:
        predicted = sum(self.confusion[t][p] for t in GRADES for p in grades)
        right = sum(self.confusion[t][p] for t in grades for p in grades)
        return right / predicted if predicted else 1.0

    def recall(self, grades: tuple[str, ...]) -> float:
        actual = sum(self.confusion[t][p] for t in grades for p in GRADES)
        right = sum(self.confusion[t][p] for t in grades for p in grades)
        return right / actual if actual else 1.0

    def standard_as_immediate(self) -> float:
        row = self.confusion["standard"]
        total = sum(row.values())
        return row["immediate"] / total if total else 0.0

    def accuracy(self) -> float:
        return sum(self.confusion[g][g] for g in GRADES) / self.n if self.n else 1.0

    def headline(self) -> dict[str, float]:
        """The figures the targets are stated in."""
        return {
            "recall_immediate": self.recall(("immediate",)),
            "precision_immediate": self.precision(("immediate",)),
            "recall_immediate_high": self.recall(URGENT),
            "precision_immediate_high": self.precision(URGENT),
            "standard_graded_immediate": self.standard_as_immediate(),
            "accuracy": self.accuracy(),
        }

    def as_dict(self) -> dict:
        return {
            "n": self.n,
            **self.headline(),
            "per_grade": {
                g: {"precision": self.precision((g,)), "recall": self.recall((g,))} for g in GRADES
            },
            "confusion": self.confusion,
            "category_recall": {c: (h / t if t else None) for c, (h, t) in self.category_hits.items()},
            "force_accuracy": self.force_right / self.force_total if self.force_total else None,
            "force_rows": self.force_total,
            "subject_accuracy": self.subject_right / self.subject_total if self.subject_total else None,
            "no_place_given_force": self.no_place_forced / self.no_place_rows if self.no_place_rows else None,
        }


def evaluate(
    rows: Iterable[dict], grader: Callable[[str], Assessment], keep_misses: bool = False, forces: bool = True
) -> Report:
    """Grade every row and tally the results against its labels (forces only when the grader finds places)."""
    report = Report()
    for row in rows:
        got = grader(row["text"])
        report.n += 1
        report.confusion[row["grade"]][got.grade] += 1
        if row.get("subject") in ("self", "other") and got.grade != "standard":
            report.subject_total += 1
            report.subject_right += got.subject == row["subject"]
        for cat in row.get("categories") or ():
            report.category_hits[cat][1] += 1
            report.category_hits[cat][0] += cat in got.categories
        if forces and "force" in row:
            if row["force"]:
                report.force_total += 1
                report.force_right += got.force == row["force"]
            else:
                report.no_place_rows += 1
                report.no_place_forced += got.force is not None
        if keep_misses and got.grade != row["grade"]:
            report.misses.append(
                {"id": row.get("id"), "text": row["text"], "want": row["grade"], "got": got.grade}
            )
    return report


def report_format(report: Report, title: str = "") -> str:
    """A plain-text table of the report for the terminal."""
    d = report.as_dict()
    lines = [f"{title} ({report.n} messages)" if title else f"{report.n} messages"]
    lines.append("grade        precision  recall")
    for g in GRADES:
        lines.append(f"{g:<12} {d['per_grade'][g]['precision']:>9.3f}  {d['per_grade'][g]['recall']:>6.3f}")
    lines.append(
        f"immediate+high precision {d['precision_immediate_high']:.3f}  recall {d['recall_immediate_high']:.3f}"
    )
    lines.append(
        f"standard graded immediate {d['standard_graded_immediate']:.3%}   accuracy {d['accuracy']:.3f}"
    )
    lines.append("confusion (rows: labelled, columns: graded)")
    lines.append(" " * 12 + "".join(f"{g[:9]:>10}" for g in GRADES))
    for g in GRADES:
        lines.append(f"{g:<12}" + "".join(f"{report.confusion[g][p]:>10}" for p in GRADES))
    lines.append("category recall")
    for cat, value in d["category_recall"].items():
        total = report.category_hits[cat][1]
        if total:
            lines.append(f"  {cat:<28} {value:.3f}  (n={total})")
    if d["subject_accuracy"] is not None:
        lines.append(
            f"subject (self/other) accuracy {d['subject_accuracy']:.3f} (n={report.subject_total} graded above standard)"
        )
    if d["force_accuracy"] is not None:
        lines.append(f"force accuracy {d['force_accuracy']:.3f} (n={d['force_rows']})")
    if d["no_place_given_force"] is not None:
        lines.append(f"force given with no place named {d['no_place_given_force']:.3%}")
    return "\n".join(lines)


def labelled_load(split: str | None = None, directory: Path = LABELLED) -> list[dict]:
    """The project's labelled messages, optionally only one split (train or heldout)."""
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        rows.extend(jsonl_read(path))
    return [r for r in rows if split is None or r.get("split") == split]


def jsonl_read(path: Path) -> list[dict]:
    """Read JSON lines, naming the line of any bad row."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
    return rows

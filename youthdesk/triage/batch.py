"""The review command line, without Django: grade JSON lines from a stream, or evaluate a labelled file."""

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from youthdesk.triage.baseline import baseline_assess
from youthdesk.triage.engine import assess
from youthdesk.triage.evaluation import evaluate, jsonl_read, report_format
from youthdesk.triage.types import CATEGORIES, GRADES, Assessment


class InputError(ValueError):
    """A line of input that cannot be graded or evaluated, named by its line number."""


def output_row(row_id, result: Assessment) -> dict:
    """The documented output line: id, grade, categories, subject, place, force, cues."""
    return {
        "id": row_id,
        "grade": result.grade,
        "categories": list(result.categories),
        "subject": result.subject,
        "place": result.place,
        "force": result.force,
        "cues": [{"reason": c.reason, "words": list(c.words), "grade": c.grade} for c in result.cues],
    }


def lines_grade(lines: Iterable[str], out: TextIO, grader: Callable[[str], Assessment] = assess) -> int:
    """Grade each JSON line {"id", "text"} and write one JSON line per input, in order. Returns the count.

    A bad line stops the run with InputError before anything is written for it; lines already
    written stay written, so a reviewer can see how far the run got.
    """
    count = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "text" not in row:
            raise InputError(f'line {n}: expected an object with "id" and "text"')
        text = row["text"]
        if text is not None and not isinstance(text, str):
            raise InputError(f'line {n}: "text" must be a string')
        out.write(json.dumps(output_row(row.get("id"), grader(text or "")), ensure_ascii=False) + "\n")
        count += 1
    return count


def labelled_check(rows: list[dict], source: str) -> None:
    """Refuse a labelled file whose rows lack a text, a known grade, or known categories."""
    for n, row in enumerate(rows, 1):
        if not isinstance(row.get("text"), str):
            raise InputError(f'{source} row {n}: "text" must be a string')
        if row.get("grade") not in GRADES:
            raise InputError(f'{source} row {n}: "grade" must be one of {", ".join(GRADES)}')
        unknown = set(row.get("categories") or ()) - set(CATEGORIES)
        if unknown:
            raise InputError(f"{source} row {n}: unknown categories {sorted(unknown)}")


def file_evaluate(path: Path, *, baseline: bool = True, as_json: bool = False) -> str:
    """Metrics for the engine (and the keyword baseline) on a labelled JSON-lines file, as text or JSON."""
    try:
        rows = jsonl_read(path)
    except (OSError, ValueError) as exc:
        raise InputError(str(exc)) from None
    labelled_check(rows, str(path))
    engine_report = evaluate(rows, assess)
    reports = {"engine": engine_report}
    if baseline:
        reports["baseline"] = evaluate(rows, baseline_assess)
    if as_json:
        return json.dumps({name: r.as_dict() for name, r in reports.items()}, indent=1)
    return "\n\n".join(report_format(r, name) for name, r in reports.items())

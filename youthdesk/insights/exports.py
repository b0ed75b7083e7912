"""Exports: the anonymised dataset (staff) and the aggregates (partners, disclosure-controlled), CSV or Parquet."""

import csv
import io
import json
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from django.db.models import Sum
from django.db.models.functions import TruncMonth

from youthdesk.insights import sdc
from youthdesk.insights.filters import Filters, InsightQueryError
from youthdesk.insights.scope import Viewer
from youthdesk.insights.selectors import anon_rows_for, cells_for

MAX_EXPORT_ROWS = 1_000_000  # a larger selection is refused: narrow the dates or filters
AGGREGATE_MEASURES = ("engagements", "improved", "same", "worse", "crime_reports", "escalations")
NATIONAL_LABEL = "All areas"


@cache
def dictionary() -> dict:
    return json.loads((Path(__file__).parent / "data" / "dictionary.json").read_text())


def dataset_columns() -> list[str]:
    return [row[0] for row in dictionary()["dataset"]]


def aggregate_columns(kind: str) -> list[str]:
    dims = ["month", "force_name", "channel", "contact_type"] + (["theme"] if kind == "themes" else [])
    return dims + list(AGGREGATE_MEASURES)


def dataset_rows(*, filters: Filters) -> list[list]:
    """The record-level anonymised rows in the selection (staff with the raw-export capability only)."""
    qs = anon_rows_for(filters)
    if qs.count() > MAX_EXPORT_ROWS:
        raise InsightQueryError(
            f"The selection is over {MAX_EXPORT_ROWS:,} rows: narrow the dates or filters."
        )
    rows = []
    for anon in qs.prefetch_related("themes").order_by("day", "pk"):
        rows.append(
            [
                anon.day,
                anon.force_name,
                anon.channel,
                anon.contact_type,
                ";".join(sorted(t.theme for t in anon.themes.all())),
                anon.grade,
                ";".join(anon.categories),
                anon.sentiment_start,
                anon.sentiment_end,
                anon.outcome,
                anon.first_response_seconds,
                anon.resolution_seconds,
                anon.contact_key,
            ]
        )
    return rows


def aggregate_rows(*, viewer: Viewer, filters: Filters, kind: str = "totals") -> list[list]:
    """Monthly aggregates; for a partner, only national or own-area cells, each count disclosure-controlled."""
    if kind not in ("totals", "themes"):
        raise InsightQueryError("The aggregate kind must be 'totals' or 'themes'.")
    dims = ["channel", "contact_type"] + (["theme"] if kind == "themes" else [])
    national = viewer.controlled and not filters.force
    group = ["month"] + ([] if national else ["force_name"]) + dims
    qs = (
        cells_for(filters, by_theme=kind == "themes")
        .annotate(month=TruncMonth("day"))
        .values(*group)
        .annotate(**{m: Sum(m) for m in AGGREGATE_MEASURES})
        .order_by(*group)
    )
    rows = []
    for r in qs:
        counts = [int(r[m] or 0) for m in AGGREGATE_MEASURES]
        if viewer.controlled:
            counts = [sdc.count_publish(c) for c in counts]
        force = NATIONAL_LABEL if national else r["force_name"]
        rows.append([r["month"], force, *(r[d] for d in dims), *counts])
    return rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def _text(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _cell(value) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula is prefixed with a quote."""
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_bytes(columns: list[str], rows: list[list]) -> bytes:
    """CSV with a header row (an empty selection gives the header alone)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode()


def parquet_bytes(columns: list[str], rows: list[list]) -> bytes:
    """Parquet with every column as text, so suppressed counts ("<10") sit beside numbers without loss."""
    data = {
        name: [None if row[i] is None else _text(row[i]) for row in rows] for i, name in enumerate(columns)
    }
    table = pa.table({name: pa.array(values, type=pa.string()) for name, values in data.items()})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def dictionary_csv() -> bytes:
    rows = [["dataset", *row] for row in dictionary()["dataset"]]
    rows += [["aggregates", *row] for row in dictionary()["aggregates"]]
    return csv_bytes(["file", "column", "type", "meaning"], rows)

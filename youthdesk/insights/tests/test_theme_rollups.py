"""The weekly theme roll-ups (national and force-keyed) give exactly the record-level counts, for ranges of every
shape, and the theme trend ranks and draws from one pass without changing what anyone sees."""

import datetime as dt
import importlib
from collections import Counter
from dataclasses import replace
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from youthdesk.insights import sdc
from youthdesk.insights.charts import TREND_THEMES, chart_build
from youthdesk.insights.filters import Filters
from youthdesk.insights.models import AnonEngagement, AnonEngagementTheme, WeeklyForceTheme
from youthdesk.insights.scope import Viewer
from youthdesk.insights.selectors import anon_rows_for, by_dimension
from youthdesk.insights.services import weekly_rollups_rebuild
from youthdesk.insights.synth import insights_synth

END = dt.date(2026, 10, 31)  # a Saturday: ranges ending here have a partial last week
STAFF = Viewer(controlled=False)
PARTNER = Viewer(controlled=True, force_scope="Kent Police")
MET = "Metropolitan Police Service"
KENT = "Kent Police"


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _filters(days: int, *, ending: dt.date = END, **kw) -> Filters:
    return Filters(ending - dt.timedelta(days=days - 1), ending, **kw)


# Whole weeks only, partial weeks at both ends, under a week, one exact Monday-Sunday week; nationally, for a
# force (the force-keyed roll-up), a force with a channel or contact type (daily cells), with a theme.
SHAPES = [
    _filters(56),
    _filters(120),
    _filters(91, channel="instagram"),
    _filters(60, contact_type="question"),
    _filters(64, force=KENT),
    _filters(56, force=MET),
    _filters(7, ending=dt.date(2026, 10, 25), force=MET),
    _filters(5, force=MET),
    _filters(40, force=MET, channel="webchat"),
    _filters(28, force=KENT, contact_type="crime_report"),
    _filters(100, force=MET, theme="knife-crime"),
    _filters(30, theme="knife-crime", channel="instagram"),
]


def _raw_theme_rows(filters: Filters) -> list[tuple[str, dt.date, int, int]]:
    """(theme, day, sentiment start, end) for every theme of every record-level row in the selection."""
    rows = AnonEngagementTheme.objects.filter(engagement__in=anon_rows_for(replace(filters, theme="")))
    if filters.theme:
        rows = rows.filter(theme=filters.theme)
    return list(
        rows.values_list(
            "theme", "engagement__day", "engagement__sentiment_start", "engagement__sentiment_end"
        )
    )


@pytest.fixture
def synthetic(db, themes):
    insights_synth(count=1500, days=120, end=END)
    assert AnonEngagement.objects.filter(force_name=MET).count() > 50  # the shapes have something to count


def test_theme_trend_equals_the_record_level_truth_for_every_shape(synthetic):
    for filters in SHAPES:
        raw = _raw_theme_rows(filters)
        totals = Counter(theme for theme, *_ in raw)
        weekly = Counter((theme, _monday(day)) for theme, day, *_ in raw)
        top = [t for t, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TREND_THEMES]]
        weeks = []
        week = _monday(filters.date_from)
        while week <= filters.date_to:
            weeks.append(week)
            week += dt.timedelta(days=7)

        chart = chart_build(name="theme_trend", viewer=STAFF, filters=filters)

        assert chart["columns"] == ["week_start", *top], filters
        assert chart["rows"] == [[w.isoformat(), *(weekly[(t, w)] for t in top)] for w in weeks], filters
        assert sum(sum(row[1:]) for row in chart["rows"]) == sum(totals[t] for t in top) > 0, filters


def test_theme_measures_equal_the_record_level_truth_for_every_shape(synthetic):
    for filters in SHAPES:
        expected: dict[str, dict[str, int]] = {}
        for theme, _day, start, end in _raw_theme_rows(filters):
            cell = expected.setdefault(theme, dict.fromkeys(("engagements", "improved", "same", "worse"), 0))
            cell["engagements"] += 1
            cell["improved" if end > start else "same" if end == start else "worse"] += 1

        got = by_dimension(
            filters=filters, dimension="theme", measures=("engagements", "improved", "same", "worse")
        )

        assert got == expected, filters


def test_partner_theme_trend_is_the_staff_series_after_disclosure_control(synthetic):
    for filters in (
        _filters(56),
        _filters(64, force=KENT),
        _filters(28, force=KENT, contact_type="crime_report"),
    ):
        true = chart_build(name="theme_trend", viewer=STAFF, filters=filters)
        shown = chart_build(name="theme_trend", viewer=PARTNER, filters=filters)

        assert shown["columns"] == true["columns"]
        for i in range(1, len(true["columns"])):
            published, _ = sdc.group_publish([row[i] for row in true["rows"]], total=None)
            assert [row[i] for row in shown["rows"]] == published
            assert all(sdc.is_safe(value) for value in published)


def _tables_read(filters: Filters) -> str:
    with CaptureQueriesContext(connection) as queries:
        chart_build(name="theme_trend", viewer=STAFF, filters=filters)
    return " ".join(q["sql"] for q in queries.captured_queries)


def test_only_a_force_question_reads_the_force_keyed_roll_up(synthetic):
    force_table, national_table = WeeklyForceTheme._meta.db_table, "insights_weeklytheme"

    assert force_table in _tables_read(_filters(56, force=MET))
    national = _tables_read(_filters(56))
    assert national_table in national and force_table not in national
    assert force_table not in _tables_read(_filters(56, force=MET, channel="instagram"))


def test_migration_fills_the_force_keyed_roll_up_as_the_rebuild_does(synthetic):
    fields = ("week_start", "force_name", "theme", "engagements", "improved", "same", "worse")
    rebuilt = sorted(WeeklyForceTheme.objects.values_list(*fields))
    WeeklyForceTheme.objects.all().delete()

    migration = importlib.import_module("youthdesk.insights.migrations.0004_weeklyforcetheme")
    migration.fill(None, SimpleNamespace(connection=connection))

    assert sorted(WeeklyForceTheme.objects.values_list(*fields)) == rebuilt != []
    weekly_rollups_rebuild()
    assert sorted(WeeklyForceTheme.objects.values_list(*fields)) == rebuilt

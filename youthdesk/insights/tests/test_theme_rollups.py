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
from youthdesk.insights.models import (
    AnonEngagement,
    AnonEngagementTheme,
    DailyNationalTheme,
    WeeklyForceTheme,
    WeeklyTheme,
    WeeklyThemeTotal,
)
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


def shapes(theme: str) -> list[Filters]:
    """Whole weeks only, partial weeks at both ends, under a week, one exact Monday-Sunday week; nationally, for
    a force (the force-keyed roll-up), a force with a channel or contact type (daily cells), with a theme."""
    return [
        _filters(56),
        _filters(120),
        _filters(91, channel="instagram"),
        _filters(60, contact_type="question"),
        _filters(64, force=KENT),
        _filters(56, force=MET),
        _filters(7, ending=dt.date(2026, 10, 25), force=MET),
        _filters(5, force=MET),
        _filters(40, force=MET, channel="webchat"),
        _filters(56, force=KENT, contact_type="question"),
        _filters(100, force=MET, theme=theme),
        _filters(30, theme=theme, channel="instagram"),
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
def synthetic(db, themes) -> list[Filters]:
    """1,500 synthetic engagements (generated in the database on PostgreSQL) and the shapes to ask of them."""
    insights_synth(count=1500, days=120, end=END)
    assert AnonEngagement.objects.filter(force_name=MET).count() > 50  # the shapes have something to count
    commonest = Counter(AnonEngagementTheme.objects.values_list("theme", flat=True)).most_common(1)[0][0]
    return shapes(commonest)


def test_theme_trend_equals_the_record_level_truth_for_every_shape(synthetic):
    for filters in synthetic:
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
    for filters in synthetic:
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
    seen = set()
    for filters in (
        _filters(56),
        _filters(64, force=KENT),
        _filters(56, force=KENT, contact_type="question"),
    ):
        true = chart_build(name="theme_trend", viewer=STAFF, filters=filters)
        shown = chart_build(name="theme_trend", viewer=PARTNER, filters=filters)

        assert shown["columns"] == true["columns"]
        for i in range(1, len(true["columns"])):
            published, _ = sdc.group_publish([row[i] for row in true["rows"]], total=None)
            assert [row[i] for row in shown["rows"]] == published
            assert all(sdc.is_safe(value) for value in published)
            seen |= {type(value) for value in published if value != 0}
    assert seen == {int, str}  # both rounded counts and suppressed small ones were checked


def _tables_read(filters: Filters) -> str:
    with CaptureQueriesContext(connection) as queries:
        chart_build(name="theme_trend", viewer=STAFF, filters=filters)
    return " ".join(q["sql"] for q in queries.captured_queries)


def test_each_question_reads_the_roll_up_made_for_it(synthetic):
    force_weekly, national_weekly = WeeklyForceTheme._meta.db_table, WeeklyThemeTotal._meta.db_table
    by_channel, national_daily = WeeklyTheme._meta.db_table, DailyNationalTheme._meta.db_table

    force = _tables_read(_filters(60, force=MET))
    assert force_weekly in force and national_weekly not in force and national_daily not in force
    national = _tables_read(_filters(60))
    assert national_weekly in national and national_daily in national
    assert force_weekly not in national and by_channel + '"' not in national
    assert by_channel in _tables_read(_filters(60, channel="instagram"))
    assert force_weekly not in _tables_read(_filters(60, force=MET, channel="instagram"))


FILLS = {
    "0004_weeklyforcetheme": (
        WeeklyForceTheme,
        ("week_start", "force_name", "theme", "engagements", "improved", "same", "worse"),
    ),
    "0005_weekly_theme_total_covering_force_index": (
        WeeklyThemeTotal,
        ("week_start", "theme", "engagements", "improved", "same", "worse"),
    ),
    "0006_dailynationaltheme": (
        DailyNationalTheme,
        ("day", "channel", "contact_type", "theme", "engagements", "improved", "same", "worse"),
    ),
}


@pytest.mark.parametrize("name", FILLS)
def test_migration_fills_its_roll_up_as_the_rebuild_does(synthetic, name):
    model, fields = FILLS[name]
    rebuilt = sorted(model.objects.values_list(*fields))
    model.objects.all().delete()

    migration = importlib.import_module(f"youthdesk.insights.migrations.{name}")
    migration.fill(None, SimpleNamespace(connection=connection))

    assert sorted(model.objects.values_list(*fields)) == rebuilt != []
    weekly_rollups_rebuild()
    assert sorted(model.objects.values_list(*fields)) == rebuilt

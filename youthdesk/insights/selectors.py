"""Reading the daily aggregates (never the record-level rows) for the dashboards, API and report."""

import datetime as dt
import math
from collections import defaultdict
from dataclasses import replace

from django.db.models import QuerySet, Sum

from youthdesk.insights.filters import Filters
from youthdesk.insights.models import (
    AnonEngagement,
    DailyNationalTheme,
    DailyTheme,
    DailyTotal,
    WeeklyForceTheme,
    WeeklyTheme,
    WeeklyThemeTotal,
)

MEASURES = (
    "engagements",
    "improved",
    "same",
    "worse",
    "crime_reports",
    "escalations",
    "response_n",
    "response_sum",
    "response_in_target",
    "resolution_n",
    "resolution_sum",
    "resolution_in_target",
)


def _filtered(qs: QuerySet, filters: Filters, *, theme_field: str, dates: bool = True) -> QuerySet:
    """Apply the dashboard filters to aggregate cells or record-level rows (their theme lives in different fields)."""
    if dates:
        qs = qs.filter(day__gte=filters.date_from, day__lte=filters.date_to)
    for field, value in (
        ("force_name", filters.force),
        ("channel", filters.channel),
        ("contact_type", filters.contact_type),
        (theme_field, filters.theme),
    ):
        if value:
            qs = qs.filter(**{field: value})
    return qs


def cells_for(filters: Filters, *, by_theme: bool = False, dates: bool = True) -> QuerySet:
    """The aggregate cells in the selection: the theme table when a theme is asked for or needed."""
    qs = DailyTheme.objects.all() if (by_theme or filters.theme) else DailyTotal.objects.all()
    return _filtered(qs, filters, theme_field="theme", dates=dates)


def anon_rows_for(filters: Filters) -> QuerySet:
    """The record-level anonymised rows in the selection (exports, contact counts, the bench's slow path)."""
    return _filtered(AnonEngagement.objects.all(), filters, theme_field="themes__theme")


def _sums(*names: str) -> dict:
    return {name: Sum(name) for name in names}


def totals_get(*, filters: Filters) -> dict[str, int]:
    """Every measure summed over the selection."""
    row = cells_for(filters).aggregate(**_sums(*MEASURES))
    return {k: int(v or 0) for k, v in row.items()}


def granularity_for(filters: Filters) -> str:
    if filters.days <= 92:
        return "day"
    if filters.days <= 731:
        return "week"
    return "month"


def period_start(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def periods(filters: Filters, granularity: str) -> list[dt.date]:
    """Every period start in the range, so empty periods show as zero rather than vanish."""
    out, day = [], period_start(filters.date_from, granularity)
    while day <= filters.date_to:
        out.append(day)
        if granularity == "day":
            day += dt.timedelta(days=1)
        elif granularity == "week":
            day += dt.timedelta(days=7)
        else:
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def series_by_period(*, filters: Filters, measures: tuple[str, ...] = ("engagements",)) -> dict:
    """Measures per period (day, week or month by range length)."""
    granularity = granularity_for(filters)
    rows = cells_for(filters).values("day").annotate(**_sums(*measures)).order_by("day")
    buckets: dict[dt.date, dict[str, int]] = {
        p: dict.fromkeys(measures, 0) for p in periods(filters, granularity)
    }
    for row in rows:
        bucket = buckets[period_start(row["day"], granularity)]
        for m in measures:
            bucket[m] += int(row[m] or 0)
    return {"granularity": granularity, "periods": buckets}


THEME_MEASURES = ("engagements", "improved", "same", "worse")


def by_dimension(*, filters: Filters, dimension: str, measures: tuple[str, ...] = ("engagements",)) -> dict:
    """Measures grouped by one dimension (force_name, contact_type, channel or theme)."""
    if dimension == "theme" and set(measures) <= set(THEME_MEASURES):
        out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(measures, 0))
        for (slug, _week), values in theme_rollup(filters=filters, measures=measures).items():
            for m in measures:
                out[slug][m] += values[m]
        return dict(sorted(out.items()))
    rows = (
        cells_for(filters, by_theme=dimension == "theme")
        .values(dimension)
        .annotate(**_sums(*measures))
        .order_by(dimension)
    )
    return {row[dimension]: {m: int(row[m] or 0) for m in measures} for row in rows}


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _weekly_rollup(filters: Filters) -> QuerySet | None:
    """The weekly roll-up rows that answer this selection's whole weeks, or None when only daily cells can."""
    if filters.force:
        if filters.channel or filters.contact_type:
            return None
        qs = WeeklyForceTheme.objects.filter(force_name=filters.force)
    elif filters.channel or filters.contact_type:
        # National questions keep to the national roll-ups: summing the force-keyed rows over every force made
        # national charts slower when they read it.
        qs = WeeklyTheme.objects.all()
        for field in ("channel", "contact_type"):
            if getattr(filters, field):
                qs = qs.filter(**{field: getattr(filters, field)})
    else:
        qs = WeeklyThemeTotal.objects.all()
    return qs.filter(theme=filters.theme) if filters.theme else qs


def theme_rollup(
    *, filters: Filters, measures: tuple[str, ...] = ("engagements",), themes: list[str] | None = None
) -> dict[tuple[str, dt.date], dict[str, int]]:
    """Theme measures per (theme, ISO week start) over the range, counting only days inside it.

    Whole weeks come from a weekly roll-up and the partial weeks at either end from a daily one, so a long range
    reads a small fraction of the rows: for a national question, week x theme (week x channel x contact type x
    theme when it names either) and the national daily roll-up; for a force's own, week x force x theme and the
    daily cells. A force asked for with a channel or contact type reads only the daily cells (through a
    covering index on PostgreSQL)."""
    first_full = _monday(filters.date_from + dt.timedelta(days=6))
    last_full_end = _monday(filters.date_to + dt.timedelta(days=1)) - dt.timedelta(days=1)
    weekly = _weekly_rollup(filters) if first_full + dt.timedelta(days=6) <= last_full_end else None
    out: dict[tuple[str, dt.date], dict[str, int]] = defaultdict(lambda: dict.fromkeys(measures, 0))

    def add(rows, week_of):
        for row in rows:
            bucket = out[(row["theme"], week_of(row))]
            for m in measures:
                bucket[m] += int(row[m] or 0)

    if filters.force:
        daily = cells_for(filters, by_theme=True, dates=False)
    else:
        # A national question's days come from the national daily roll-up: the daily cells hold a row per force
        # for each of its rows, and adding them up was most of a national chart's time.
        daily = _filtered(DailyNationalTheme.objects.all(), filters, theme_field="theme", dates=False)
    if themes is not None:
        daily = daily.filter(theme__in=themes)
    if weekly is not None:
        weekly = weekly.filter(week_start__gte=first_full, week_start__lte=last_full_end)
        if themes is not None:
            weekly = weekly.filter(theme__in=themes)
        add(weekly.values("theme", "week_start").annotate(**_sums(*measures)), lambda r: r["week_start"])
        edges = daily.filter(day__gte=filters.date_from, day__lt=first_full) | daily.filter(
            day__gt=last_full_end, day__lte=filters.date_to
        )
    else:
        edges = daily.filter(day__gte=filters.date_from, day__lte=filters.date_to)
    add(edges.values("theme", "day").annotate(**_sums(*measures)), lambda r: _monday(r["day"]))
    return out


def theme_weeks(*, filters: Filters, themes: list[str] | None = None, weeks: int | None = None) -> dict:
    """Engagements per theme per ISO week (Monday to Sunday).

    With `weeks`, the last `weeks` complete weeks ending on or before the range's last day (for the emerging
    test); without, every week overlapping the range, counting only days inside it (for trends)."""
    if weeks:
        end = _monday(filters.date_to + dt.timedelta(days=1)) - dt.timedelta(days=1)
        start = end - dt.timedelta(days=7 * weeks - 1)
        filters = replace(filters, date_from=start, date_to=end)
    starts = []
    day = _monday(filters.date_from)
    while day <= filters.date_to:
        starts.append(day)
        day += dt.timedelta(days=7)
    index = {d: i for i, d in enumerate(starts)}
    out: dict[str, list[int]] = defaultdict(lambda: [0] * len(starts))
    for (slug, week), values in theme_rollup(filters=filters, themes=themes).items():
        out[slug][index[week]] += values["engagements"]
    return {"week_starts": starts, "themes": dict(out)}


def poisson_upper_tail(x: int, mean: float) -> float:
    """P(X >= x) for X ~ Poisson(mean), summed in log space so large means neither overflow nor underflow."""
    if x <= 0:
        return 1.0

    def pmf(k: int) -> float:
        return math.exp(k * math.log(mean) - mean - math.lgamma(k + 1))

    if x <= mean:
        return max(0.0, 1.0 - sum(pmf(k) for k in range(x)))
    total, k = 0.0, x
    while True:
        term = pmf(k)
        total += term
        if term <= total * 1e-16 or term == 0.0:
            return min(1.0, total)
        k += 1

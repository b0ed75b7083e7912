"""Reading the daily aggregates (never the record-level rows) for the dashboards, API and report."""

import datetime as dt
import math
from collections import defaultdict

from django.db.models import QuerySet, Sum

from youthdesk.insights.filters import Filters
from youthdesk.insights.models import DailyTheme, DailyTotal

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


def cells_for(filters: Filters, *, by_theme: bool = False, dates: bool = True) -> QuerySet:
    """The aggregate cells in the selection: the theme table when a theme is asked for or needed."""
    qs = DailyTheme.objects.all() if (by_theme or filters.theme) else DailyTotal.objects.all()
    if dates:
        qs = qs.filter(day__gte=filters.date_from, day__lte=filters.date_to)
    if filters.force:
        qs = qs.filter(force_name=filters.force)
    if filters.channel:
        qs = qs.filter(channel=filters.channel)
    if filters.contact_type:
        qs = qs.filter(contact_type=filters.contact_type)
    if filters.theme:
        qs = qs.filter(theme=filters.theme)
    return qs


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


def by_dimension(*, filters: Filters, dimension: str, measures: tuple[str, ...] = ("engagements",)) -> dict:
    """Measures grouped by one dimension (force_name, contact_type, channel or theme)."""
    rows = (
        cells_for(filters, by_theme=dimension == "theme")
        .values(dimension)
        .annotate(**_sums(*measures))
        .order_by(dimension)
    )
    return {row[dimension]: {m: int(row[m] or 0) for m in measures} for row in rows}


def theme_weeks(*, filters: Filters, themes: list[str] | None = None, weeks: int | None = None) -> dict:
    """Engagements per theme per week (weeks ending on the range's last day)."""
    end = filters.date_to
    start = end - dt.timedelta(days=7 * weeks - 1) if weeks else filters.date_from
    qs = cells_for(filters, by_theme=True, dates=False).filter(day__gte=start, day__lte=end)
    if themes is not None:
        qs = qs.filter(theme__in=themes)
    n_weeks = weeks or math.ceil(((end - start).days + 1) / 7)
    out: dict[str, list[int]] = defaultdict(lambda: [0] * n_weeks)
    for row in qs.values("theme", "day").annotate(n=Sum("engagements")):
        index = n_weeks - 1 - (end - row["day"]).days // 7
        if 0 <= index < n_weeks:
            out[row["theme"]][index] += int(row["n"] or 0)
    starts = [end - dt.timedelta(days=7 * (n_weeks - i) - 1) for i in range(n_weeks)]
    return {"week_starts": starts, "themes": dict(out)}


def poisson_upper_tail(x: int, mean: float) -> float:
    """P(X >= x) for X ~ Poisson(mean), computed stably for large means."""
    from scipy.stats import poisson

    return 1.0 if x <= 0 else float(poisson.sf(x - 1, mean))

"""Measuring the insight read side: each dashboard endpoint's server time over typical filters, the report
build, and the same figures from a plain ORM aggregate over the record-level table for comparison."""

import datetime as dt
import statistics
import time
from dataclasses import replace

from django.db.models import Case, Count, IntegerField, Q, Sum, When
from django.test import RequestFactory

from youthdesk.insights import views
from youthdesk.insights.charts import CHARTS
from youthdesk.insights.filters import Filters
from youthdesk.insights.models import AnonEngagement, AnonEngagementTheme
from youthdesk.insights.selectors import anon_rows_for


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def filter_sets(end: dt.date, theme: str) -> list[Filters]:
    """Typical questions: the last 8 weeks, a quarter, a year; nationally, for a force, a channel, a theme."""
    eight = end - dt.timedelta(days=55)
    return [
        Filters(eight, end),
        Filters(eight, end, force="Metropolitan Police Service"),
        Filters(eight, end, force="Kent Police"),
        Filters(end - dt.timedelta(days=90), end, channel="instagram"),
        Filters(end - dt.timedelta(days=364), end),
        Filters(eight, end, theme=theme),
        Filters(end - dt.timedelta(days=27), end, force="Kent Police", contact_type="crime_report"),
    ]


def users():
    from youthdesk.accounts.models import Organisation, User
    from youthdesk.accounts.services import organisations_ensure, user_create

    organisations_ensure()
    staff = User.objects.filter(username="bench-lead").first() or user_create(
        username="bench-lead",
        password="bench-password-long-1",
        role="lead",
        organisation=Organisation.objects.get(slug="national"),
    )
    org, _ = Organisation.objects.get_or_create(
        slug="bench-partner-kent",
        defaults={"name": "Bench partner (Kent)", "kind": "partner", "force_name": "Kent Police"},
    )
    partner = User.objects.filter(username="bench-analyst").first() or user_create(
        username="bench-analyst", password="bench-password-long-1", role="analyst", organisation=org
    )
    return staff, partner


def filters_label(filters: Filters) -> str:
    """A short name for one filter combination in the per-combination breakdown."""
    parts = [f"{filters.days} days"]
    parts += [
        getattr(filters, k) for k in ("force", "channel", "theme", "contact_type") if getattr(filters, k)
    ]
    return ", ".join(parts) if len(parts) > 1 else f"{parts[0]}, national"


def endpoint_times_by_combination(
    *, filters_list: list[Filters], repeats: int
) -> dict[str, dict[tuple[str, str], list[float]]]:
    """Server time per chart endpoint (the view: parse, authorise, query, disclosure control, JSON), kept per
    filter combination and user kind so the slowest question can be found."""
    staff, partner = users()
    factory = RequestFactory()
    out: dict[str, dict[tuple[str, str], list[float]]] = {name: {} for name in CHARTS}
    for name in CHARTS:
        for filters in filters_list:
            for user in (staff, partner):
                if user is partner and filters.force not in ("", "Kent Police"):
                    continue
                key = (filters_label(filters), "partner" if user is partner else "staff")
                samples = out[name].setdefault(key, [])
                for _ in range(repeats):
                    request = factory.get(f"/insights/data/{name}.json", filters.as_query())
                    request.user = user
                    started = time.perf_counter()
                    response = views.chart_data(request, name=name, fmt="json")
                    samples.append(time.perf_counter() - started)
                    assert response.status_code == 200, (name, response.content[:200])
    return out


def endpoint_times(*, filters_list: list[Filters], repeats: int) -> dict[str, list[float]]:
    """Server time per chart endpoint over every filter combination and user."""
    by_combination = endpoint_times_by_combination(filters_list=filters_list, repeats=repeats)
    return {
        name: [t for samples in combos.values() for t in samples] for name, combos in by_combination.items()
    }


# The same figures straight from the record-level rows with plain ORM aggregates (the slow way).
def _raw(filters: Filters):
    return anon_rows_for(filters)


def raw_volume(filters):
    return dict(_raw(filters).values_list("day").annotate(n=Count("id")).order_by())


def raw_themes(filters):
    qs = AnonEngagementTheme.objects.filter(engagement__in=_raw(filters))
    if filters.theme:
        qs = qs.filter(theme=filters.theme)
    return dict(qs.values_list("theme").annotate(n=Count("id")).order_by())


def raw_contact_types(filters):
    return dict(_raw(filters).values_list("contact_type").annotate(n=Count("id")).order_by())


def raw_forces(filters):
    crime = Case(
        When(Q(contact_type="crime_report") | Q(outcome="crime_report_passed"), then=1),
        default=0,
        output_field=IntegerField(),
    )
    esc = Case(When(outcome="escalated", then=1), default=0, output_field=IntegerField())
    rows = (
        _raw(replace(filters, force=""))
        .values("force_name")
        .annotate(n=Count("id"), c=Sum(crime), e=Sum(esc))
        .order_by()
    )
    return {r["force_name"]: (r["n"], r["c"], r["e"]) for r in rows}


def raw_times(filters):
    return dict(
        _raw(filters)
        .values_list("day")
        .annotate(n=Count("first_response_seconds"), s=Sum("first_response_seconds"))
        .order_by()
        .values_list("day", "s")
    )


RAW = {
    "volume": raw_volume,
    "themes": raw_themes,
    "contact_types": raw_contact_types,
    "forces": raw_forces,
    "times": raw_times,
}


def raw_times_measure(*, filters_list: list[Filters], repeats: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {name: [] for name in RAW}
    for name, fn in RAW.items():
        for filters in filters_list:
            for _ in range(repeats):
                started = time.perf_counter()
                fn(filters)
                out[name].append(time.perf_counter() - started)
    return out


def check_same_figures(filters: Filters) -> None:
    """The aggregates answer exactly what the raw rows answer (a guard on the benchmark itself)."""
    from youthdesk.insights.selectors import by_dimension, series_by_period

    assert {
        k: v["engagements"] for k, v in by_dimension(filters=filters, dimension="theme").items()
    } == raw_themes(filters)
    assert {
        k: v["engagements"] for k, v in by_dimension(filters=filters, dimension="contact_type").items()
    } == raw_contact_types(filters)
    if filters.days <= 92:
        series = {
            d: b["engagements"]
            for d, b in series_by_period(filters=filters)["periods"].items()
            if b["engagements"]
        }
        assert series == raw_volume(filters)


def report_time(*, end: dt.date) -> tuple[float, float]:
    from youthdesk.insights.report import report_html, report_pdf

    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    filters = Filters(start, end)
    started = time.perf_counter()
    report_html(filters=filters)
    html_s = time.perf_counter() - started
    started = time.perf_counter()
    report_pdf(filters=filters)
    return html_s, time.perf_counter() - started


# Every endpoint's time is also shown per filter combination: the slowest questions are where to look first.
BREAKDOWN = tuple(CHARTS)


def run(*, repeats: int = 5, write=print) -> int:
    """Run every measurement and print the table; returns 1 when a target is missed."""
    last = AnonEngagement.objects.order_by("-day").values_list("day", flat=True).first()
    if last is None:
        write("no anonymised data: run `youthdesk insights_synth` first")
        return 1
    theme = AnonEngagementTheme.objects.values_list("theme", flat=True).first()
    filters_list = filter_sets(last, theme)
    check_same_figures(filters_list[0])
    check_same_figures(filters_list[5])
    rows = AnonEngagement.objects.count()
    write(f"record-level rows: {rows:,}; filter combinations: {len(filters_list)}; repeats: {repeats}")
    by_combination = endpoint_times_by_combination(filters_list=filters_list, repeats=repeats)
    agg = {
        name: [t for samples in combos.values() for t in samples] for name, combos in by_combination.items()
    }
    raw = raw_times_measure(filters_list=filters_list, repeats=max(1, repeats // 2))
    failed = 0
    write(
        f"{'endpoint':<16}{'p95 ms':>10}{'median ms':>11}{'raw ORM p95 ms':>16}{'ratio':>8}  target < 300 ms"
    )
    for name, samples in agg.items():
        p95 = _p95(samples) * 1000
        raw_p95 = _p95(raw[name]) * 1000 if name in raw else None
        ok = p95 < 300
        failed += not ok
        ratio = f"{raw_p95 / p95:7.1f}x" if raw_p95 else "       -"
        raw_text = f"{raw_p95:16.0f}" if raw_p95 else f"{'-':>16}"
        write(
            f"{name:<16}{p95:10.1f}{statistics.median(samples) * 1000:11.1f}{raw_text}{ratio}  {'ok' if ok else 'MISSED'}"
        )
    for name in BREAKDOWN:
        write(f"{name} by filter combination:")
        write(f"  {'combination':<44}{'user':<9}{'max ms':>8}{'median ms':>11}")
        for (label, who), samples in by_combination[name].items():
            write(f"  {label:<44}{who:<9}{max(samples) * 1000:8.1f}{statistics.median(samples) * 1000:11.1f}")
    html_s, pdf_s = report_time(end=last)
    total = html_s + pdf_s
    write(
        f"two-month report: HTML {html_s:.2f} s + PDF {pdf_s:.2f} s = {total:.2f} s (target < 30 s) {'ok' if total < 30 else 'MISSED'}"
    )
    return 1 if failed or total >= 30 else 0

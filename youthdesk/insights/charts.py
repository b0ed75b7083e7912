"""The dashboard charts as tables: true figures for staff, disclosure-controlled figures for partners.

Each chart is a dict {"chart", "title", "columns", "rows", "meta"}; the browser draws it with Chart.js and the
same table is the chart's CSV, so what can be downloaded is exactly what was shown.
"""

import json
from functools import cache
from pathlib import Path

from youthdesk.engagements.models import ContactType, Theme
from youthdesk.insights import sdc
from youthdesk.insights.filters import Filters, InsightQueryError
from youthdesk.insights.scope import Viewer
from youthdesk.insights.selectors import (
    by_dimension,
    poisson_upper_tail,
    series_by_period,
    theme_weeks,
)
from youthdesk.triage.forces import all_forces

TOP_THEMES = 10
TREND_THEMES = 5
EMERGING_P = 0.01
EMERGING_MIN_COUNT = 10
EMERGING_BASELINE_WEEKS = 8
MINIMUM_BASELINE = 0.5  # a theme never seen before is tested against half a contact a week, not zero


def _chart(name: str, title: str, columns: list[str], rows: list[list], **meta) -> dict:
    return {"chart": name, "title": title, "columns": columns, "rows": rows, "meta": meta}


def _theme_names() -> dict[str, str]:
    return {t.slug: t.name for t in Theme.objects.only("slug", "name")}


def _counts(viewer: Viewer, values: list[int], total: int | None = None):
    """Counts as this viewer may see them (and the total when the group has one)."""
    if not viewer.controlled:
        return list(values), total
    return sdc.group_publish(values, total=total)


def chart_volume(*, viewer: Viewer, filters: Filters) -> dict:
    """Contacts over time."""
    series = series_by_period(filters=filters)
    labels = [p.isoformat() for p in series["periods"]]
    values = [b["engagements"] for b in series["periods"].values()]
    shown, total = _counts(viewer, values, sum(values))
    return _chart(
        "volume",
        "Contacts over time",
        ["period", "engagements"],
        [[label, value] for label, value in zip(labels, shown, strict=True)],
        granularity=series["granularity"],
        total=total,
    )


def chart_themes(*, viewer: Viewer, filters: Filters) -> dict:
    """Top themes in the range and their weekly trend."""
    names = _theme_names()
    counts = by_dimension(filters=filters, dimension="theme")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1]["engagements"], kv[0]))[:TOP_THEMES]
    shown, _ = _counts(viewer, [v["engagements"] for _, v in ranked])
    return _chart(
        "themes",
        "Top themes",
        ["theme", "name", "engagements"],
        [[slug, names.get(slug, slug), value] for (slug, _), value in zip(ranked, shown, strict=True)],
    )


def chart_theme_trend(*, viewer: Viewer, filters: Filters) -> dict:
    """Weekly engagements for the top themes (weeks end on the range's last day)."""
    names = _theme_names()
    # One pass: every theme's weeks, ranked by their sum (the weeks count only days inside the range, so the
    # sum is the range's total). A separate ranking query would read the same cells twice.
    weeks = theme_weeks(filters=filters)
    totals = {slug: sum(counts) for slug, counts in weeks["themes"].items()}
    top = [slug for slug, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TREND_THEMES]]
    series = {
        slug: _counts(viewer, weeks["themes"].get(slug, [0] * len(weeks["week_starts"])))[0] for slug in top
    }
    rows = [
        [start.isoformat(), *(series[slug][i] for slug in top)]
        for i, start in enumerate(weeks["week_starts"])
    ]
    return _chart(
        "theme_trend",
        "Top themes, week by week",
        ["week_start", *top],
        rows,
        names=[names.get(s, s) for s in top],
    )


def chart_emerging(*, viewer: Viewer, filters: Filters) -> dict:
    """Themes whose last week is far above their own previous eight weeks (Poisson upper tail)."""
    names = _theme_names()
    weeks = theme_weeks(filters=filters, weeks=EMERGING_BASELINE_WEEKS + 1)
    rows = []
    for slug, counts in weeks["themes"].items():
        last, baseline = counts[-1], counts[:-1]
        mean = max(sum(baseline) / EMERGING_BASELINE_WEEKS, MINIMUM_BASELINE)
        p = poisson_upper_tail(last, mean)
        if last < EMERGING_MIN_COUNT or p >= EMERGING_P:
            continue
        if viewer.controlled:
            # Partners see rounded counts and a ratio worked from them, never the exact figures.
            shown_last, shown_base = sdc.count_publish(last), sdc.count_publish(sum(baseline))
            shown_p = "<0.01"
            ratio = shown_last / max(
                (shown_base if isinstance(shown_base, int) else 0) / EMERGING_BASELINE_WEEKS, MINIMUM_BASELINE
            )
        else:
            shown_last, shown_base, shown_p, ratio = last, sum(baseline), float(f"{p:.2g}"), last / mean
        rows.append(
            [
                slug,
                names.get(slug, slug),
                shown_last,
                shown_base,
                shown_p,
                f"{ratio:.1f}x its weekly mean over the previous {EMERGING_BASELINE_WEEKS} weeks",
            ]
        )
    rows.sort(key=lambda r: r[0])
    return _chart(
        "emerging",
        "Emerging themes",
        ["theme", "name", "last_week", "previous_8_weeks", "p_value", "why"],
        rows,
        test=(
            f"Flagged when the last 7 days' count is at least {EMERGING_MIN_COUNT} and P(X >= count) < "
            f"{EMERGING_P} for X ~ Poisson(mean of the previous {EMERGING_BASELINE_WEEKS} weeks, at least "
            f"{MINIMUM_BASELINE})."
        ),
        last_week_start=weeks["week_starts"][-1].isoformat(),
    )


def chart_sentiment(*, viewer: Viewer, filters: Filters) -> dict:
    """How many engagements improved, stayed the same or worsened from start to end, by theme."""
    names = _theme_names()
    keys = ("improved", "same", "worse")
    counts = by_dimension(filters=filters, dimension="theme", measures=keys + ("engagements",))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1]["engagements"], kv[0]))[:TOP_THEMES]
    rows = []
    for slug, v in ranked:
        shown, total = _counts(viewer, [v[k] for k in keys], v["engagements"])
        rows.append([slug, names.get(slug, slug), *shown, total])
    return _chart(
        "sentiment",
        "Sentiment shift, start to end",
        ["theme", "name", "improved", "same", "worse", "engagements"],
        rows,
    )


def chart_times(*, viewer: Viewer, filters: Filters) -> dict:
    """Mean first-response and resolution times and the share within the desk's targets, per period."""
    from youthdesk.insights.services import targets_load

    measures = (
        "response_n",
        "response_sum",
        "response_in_target",
        "resolution_n",
        "resolution_sum",
        "resolution_in_target",
    )
    series = series_by_period(filters=filters, measures=measures)
    rows = []
    for start, b in series["periods"].items():
        rows.append(
            [
                start.isoformat(),
                _mean_minutes(viewer, b["response_sum"], b["response_n"]),
                _percent(viewer, b["response_in_target"], b["response_n"]),
                _mean_minutes(viewer, b["resolution_sum"], b["resolution_n"]),
                _percent(viewer, b["resolution_in_target"], b["resolution_n"]),
            ]
        )
    targets = targets_load()
    return _chart(
        "times",
        "Response and resolution times against target",
        [
            "period",
            "mean_first_response_min",
            "first_response_in_target_pct",
            "mean_resolution_min",
            "resolution_in_target_pct",
        ],
        rows,
        granularity=series["granularity"],
        response_target_min=targets.response_seconds // 60,
        resolution_target_min=targets.resolution_seconds // 60,
    )


def _mean_minutes(viewer: Viewer, total_seconds: int, n: int):
    if viewer.controlled:
        return sdc.ratio_publish(total_seconds / 60, n)
    return round(total_seconds / 60 / n, 1) if n else None


def _percent(viewer: Viewer, hits: int, n: int):
    if viewer.controlled:
        return sdc.ratio_publish(100 * hits, n)
    return round(100 * hits / n, 1) if n else None


def _by_force(filters: Filters, measures: tuple[str, ...]) -> dict:
    from dataclasses import replace

    return by_dimension(filters=replace(filters, force=""), dimension="force_name", measures=measures)


def chart_forces(*, viewer: Viewer, filters: Filters) -> dict:
    """Crime reports and escalations by force area (a partner sees the nation and their own area)."""
    keys = ("engagements", "crime_reports", "escalations")
    counts = _by_force(filters, keys)
    national = {k: sum(v[k] for v in counts.values()) for k in keys}
    rows = [["All areas", *(national[k] for k in keys)]]
    if viewer.controlled:
        rows = [["All areas", *(sdc.count_publish(national[k]) for k in keys)]]
        if viewer.force_scope:
            own = counts.get(viewer.force_scope, dict.fromkeys(keys, 0))
            rows.append([viewer.force_scope, *(sdc.count_publish(own[k]) for k in keys)])
    else:
        for force, v in sorted(counts.items(), key=lambda kv: (-kv[1]["engagements"], kv[0])):
            rows.append([force or "Unknown area", *(v[k] for k in keys)])
    return _chart("forces", "Crime reports and escalations by force area", ["force", *keys], rows)


def chart_contact_types(*, viewer: Viewer, filters: Filters) -> dict:
    """Engagements by contact type, with the total."""
    counts = by_dimension(filters=filters, dimension="contact_type")
    labels = dict(ContactType.choices)
    values = [counts.get(k, {"engagements": 0})["engagements"] for k in labels]
    shown, total = _counts(viewer, values, sum(values))
    rows = [[k, labels[k], v] for k, v in zip(labels, shown, strict=True)]
    return _chart(
        "contact_types", "Contact types", ["contact_type", "name", "engagements"], rows, total=total
    )


@cache
def tile_positions() -> dict[str, dict]:
    data = json.loads((Path(__file__).parent / "data" / "tilemap.json").read_text())
    return {row["slug"]: row for row in data["tiles"]}


def chart_tilemap(*, viewer: Viewer, filters: Filters) -> dict:
    """One tile per force area, laid out roughly as the map, coloured by volume."""
    counts = _by_force(filters, ("engagements",))
    positions = tile_positions()
    rows = []
    for force in all_forces():
        tile = positions[force.slug]
        value = counts.get(force.name, {"engagements": 0})["engagements"]
        if viewer.controlled:
            value = sdc.count_publish(value) if force.name == viewer.force_scope else None
        rows.append([force.slug, force.name, tile["label"], tile["row"], tile["col"], value])
    national = sum(v["engagements"] for v in counts.values())
    return _chart(
        "tilemap",
        "Contacts by force area",
        ["slug", "force", "label", "row", "col", "engagements"],
        rows,
        national=sdc.count_publish(national) if viewer.controlled else national,
    )


def chart_ask_vs_post(*, viewer: Viewer, filters: Filters) -> dict:
    """Each theme's share of inbound contact beside its share of our posts: most asked, least covered first."""
    from django.db.models import Count

    from youthdesk.insights.models import Post

    names = _theme_names()
    inbound = {k: v["engagements"] for k, v in by_dimension(filters=filters, dimension="theme").items()}
    posts_qs = Post.themes.through.objects.filter(
        post__published_on__gte=filters.date_from, post__published_on__lte=filters.date_to
    )
    if filters.channel:
        posts_qs = posts_qs.filter(post__channel=filters.channel)
    posted = {r["theme__slug"]: r["n"] for r in posts_qs.values("theme__slug").annotate(n=Count("id"))}
    if viewer.controlled:
        # Shares come from the published (rounded) counts so they cannot be used to undo the rounding.
        inbound = {
            k: (v if isinstance(v, int) else 0)
            for k, v in ((k, sdc.count_publish(v)) for k, v in inbound.items())
        }
    inbound_total, post_total = sum(inbound.values()), sum(posted.values())
    rows = []
    for slug in sorted(set(inbound) | set(posted)):
        ask = 100 * inbound.get(slug, 0) / inbound_total if inbound_total else 0.0
        post = 100 * posted.get(slug, 0) / post_total if post_total else 0.0
        rows.append([slug, names.get(slug, slug), round(ask, 1), round(post, 1), round(ask - post, 1)])
    rows.sort(key=lambda r: (-r[4], r[0]))
    return _chart(
        "ask_vs_post",
        "What young people ask vs what we post",
        ["theme", "name", "inbound_share_pct", "post_share_pct", "gap_pct"],
        rows,
        posts=post_total,
    )


CHARTS = {
    "volume": chart_volume,
    "themes": chart_themes,
    "theme_trend": chart_theme_trend,
    "emerging": chart_emerging,
    "sentiment": chart_sentiment,
    "times": chart_times,
    "forces": chart_forces,
    "contact_types": chart_contact_types,
    "tilemap": chart_tilemap,
    "ask_vs_post": chart_ask_vs_post,
}


def chart_build(*, name: str, viewer: Viewer, filters: Filters) -> dict:
    """One chart by name for this viewer."""
    if name not in CHARTS:
        raise InsightQueryError(f"Unknown chart: {name[:40]!r}.")
    return CHARTS[name](viewer=viewer, filters=filters)

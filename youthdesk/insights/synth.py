"""A realistic synthetic anonymised dataset for the read-side benchmark (and demos): skewed force areas,
Zipf-like themes, repeat contacts, one theme surging in the final week. Generated inside PostgreSQL with
generate_series (millions of rows a minute), or in Python on other databases (small counts)."""

import datetime as dt
import random

from django.db import connection, transaction
from django.utils import timezone

from youthdesk.engagements.models import ContactType, Outcome, Theme
from youthdesk.insights.models import (
    AnonEngagement,
    AnonEngagementTheme,
    DailyNationalTheme,
    DailyTheme,
    DailyTotal,
    WeeklyForceTheme,
    WeeklyTheme,
    WeeklyThemeTotal,
)
from youthdesk.insights.services import aggregates_rebuild, contact_key_make, source_key_make
from youthdesk.triage.forces import all_forces

# Largest areas first: the SQL below picks low indexes more often (a power-law draw).
BIG_FIRST = [
    "Metropolitan Police Service",
    "West Midlands Police",
    "Greater Manchester Police",
    "Police Scotland",
    "West Yorkshire Police",
    "Thames Valley Police",
    "Kent Police",
    "Hampshire Constabulary",
]
CONTACT_TYPES = [
    ContactType.QUESTION,
    ContactType.QUESTION,
    ContactType.QUESTION,
    ContactType.CRIME_REPORT,
    ContactType.DISCLOSURE,
    ContactType.FEEDBACK,
    ContactType.MISINFORMATION,
    ContactType.COMPLAINT,
    ContactType.OTHER,
]
OUTCOMES = [
    Outcome.ANSWERED,
    Outcome.ANSWERED,
    Outcome.ANSWERED,
    Outcome.SIGNPOSTED,
    Outcome.SIGNPOSTED,
    Outcome.REFERRED,
    Outcome.CRIME_REPORT_PASSED,
    Outcome.ESCALATED,
]


def _forces() -> list[str]:
    names = [f.name for f in all_forces()]
    return [n for n in BIG_FIRST if n in names] + [n for n in names if n not in BIG_FIRST]


def _themes() -> list[str]:
    slugs = list(
        Theme.objects.filter(parent__isnull=False, active=True)
        .order_by("order", "pk")
        .values_list("slug", flat=True)
    )
    return slugs or ["general"]


def _array(values: list[str]) -> str:
    return "ARRAY[" + ",".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


# Every table the synthetic dataset replaces, children first.
STORE = (
    AnonEngagementTheme,
    AnonEngagement,
    DailyTheme,
    DailyTotal,
    DailyNationalTheme,
    WeeklyTheme,
    WeeklyForceTheme,
    WeeklyThemeTotal,
)


def insights_synth(*, count: int, days: int = 730, end: dt.date | None = None, replace: bool = True) -> dict:
    """Generate `count` anonymised engagements over `days` days ending `end`, then rebuild the aggregates."""
    end = end or timezone.localdate()
    if replace:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                tables = ", ".join(m._meta.db_table for m in STORE)
                cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY")  # noqa: S608 -- model table names only
            else:
                for model in STORE:
                    model.objects.all().delete()
    if connection.vendor == "postgresql":
        _synth_postgres(count=count, days=days, end=end)
    else:
        _synth_python(count=count, days=days, end=end)
    totals, themes = aggregates_rebuild()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # VACUUM marks the new pages all-visible, so the covering index answers without visiting the table
            # (autovacuum would, later); it cannot run inside a transaction, where ANALYZE alone is done.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return {"engagements": count, "daily_totals": totals, "daily_themes": themes}


def _synth_postgres(*, count: int, days: int, end: dt.date) -> None:
    anon, anon_theme = AnonEngagement._meta.db_table, AnonEngagementTheme._meta.db_table
    forces, themes = _forces(), _themes()
    start = end - dt.timedelta(days=days - 1)
    surge = themes[min(7, len(themes) - 1)]  # a mid-ranked theme surges in the final week: an emerging theme
    year = end.year
    params = {
        "count": count,
        "days": days,
        "start": start,
        "nforces": len(forces),
        "nthemes": len(themes),
        "contacts": max(count * 6 // 10, 1),
        "year": year,
        "surge_from": end - dt.timedelta(days=6),
    }
    sql_anon = f"""
    INSERT INTO {anon} (source_key, day, force_name, channel, contact_type, grade, categories,
        sentiment_start, sentiment_end, outcome, first_response_seconds, resolution_seconds, contact_key)
    SELECT encode(sha256(('synth-e-' || g)::bytea), 'hex'),
        %(start)s::date + LEAST(floor(%(days)s * sqrt(random()))::int, %(days)s - 1),
        ({_array(forces)})[1 + floor(%(nforces)s * power(random(), 1.6))::int],
        CASE WHEN random() < 0.72 THEN 'instagram' ELSE 'webchat' END,
        ({_array([str(c) for c in CONTACT_TYPES])})[1 + floor(random() * {len(CONTACT_TYPES)})::int],
        CASE WHEN random() < 0.93 THEN 'standard' WHEN random() < 0.8 THEN 'priority' ELSE 'urgent' END,
        '[]'::jsonb,
        s1, LEAST(5, GREATEST(1, s1 + floor(random() * 4)::int - 1)),
        ({_array([str(o) for o in OUTCOMES])})[1 + floor(random() * {len(OUTCOMES)})::int],
        CASE WHEN random() < 0.97 THEN floor(60 + 5400 * power(random(), 2))::int END,
        CASE WHEN random() < 0.95 THEN floor(600 + 172800 * power(random(), 3))::int END,
        encode(sha256(('synth-c-{year}-' || floor(random() * %(contacts)s)::int)::bytea), 'hex')
    FROM (SELECT g, 1 + floor(random() * 5)::int AS s1 FROM generate_series(1, %(count)s) g) src
    """  # noqa: S608 -- table names from models, literals from our own lists, values bound
    sql_first_theme = f"""
    INSERT INTO {anon_theme} (engagement_id, theme)
    SELECT id, ({_array(themes)})[1 + floor(%(nthemes)s * power(random(), 2.2))::int] FROM {anon}
    """  # noqa: S608
    sql_second_theme = f"""
    INSERT INTO {anon_theme} (engagement_id, theme)
    SELECT id, t FROM (
        SELECT id, ({_array(themes)})[1 + floor(%(nthemes)s * power(random(), 1.5))::int] AS t
        FROM {anon} WHERE random() < 0.35) x
    ON CONFLICT DO NOTHING
    """  # noqa: S608
    sql_surge = f"""
    INSERT INTO {anon_theme} (engagement_id, theme)
    SELECT id, %(surge)s FROM {anon} WHERE day >= %(surge_from)s AND random() < 0.04
    ON CONFLICT DO NOTHING
    """  # noqa: S608
    with transaction.atomic(), connection.cursor() as cursor:
        # A fixed seed: the same dataset on every run, so figures from two runs compare like with like.
        cursor.execute("SELECT setseed(0.20261122)")
        cursor.execute(sql_anon, params)
        cursor.execute(sql_first_theme, params)
        cursor.execute(sql_second_theme, params)
        cursor.execute(sql_surge, {**params, "surge": surge})


def _synth_python(*, count: int, days: int, end: dt.date) -> None:
    rng = random.Random(20261122)  # noqa: S311 -- synthetic data, not security
    forces, themes = _forces(), _themes()
    start = end - dt.timedelta(days=days - 1)
    rows, theme_sets = [], []
    for i in range(count):
        s1 = rng.randint(1, 5)
        rows.append(
            AnonEngagement(
                source_key=source_key_make(engagement_id=-(i + 1)),
                day=start + dt.timedelta(days=min(int(days * rng.random() ** 0.5), days - 1)),
                force_name=forces[int(len(forces) * rng.random() ** 1.6)],
                channel="instagram" if rng.random() < 0.72 else "webchat",
                contact_type=rng.choice(CONTACT_TYPES),
                grade="standard",
                categories=[],
                sentiment_start=s1,
                sentiment_end=max(1, min(5, s1 + rng.randint(-1, 2))),
                outcome=rng.choice(OUTCOMES),
                first_response_seconds=int(60 + 5400 * rng.random() ** 2),
                resolution_seconds=int(600 + 172800 * rng.random() ** 3),
                contact_key=contact_key_make(
                    channel="synthetic",
                    external_id=str(rng.randrange(max(count * 6 // 10, 1))),
                    year=end.year,
                ),
            )
        )
        picked = {themes[int(len(themes) * rng.random() ** 2.2)]}
        if rng.random() < 0.35:
            picked.add(themes[int(len(themes) * rng.random() ** 1.5)])
        theme_sets.append(picked)
    with transaction.atomic():
        AnonEngagement.objects.bulk_create(rows, batch_size=2000)
        AnonEngagementTheme.objects.bulk_create(
            [
                AnonEngagementTheme(engagement=r, theme=t)
                for r, ts in zip(rows, theme_sets, strict=True)
                for t in ts
            ],
            batch_size=5000,
        )

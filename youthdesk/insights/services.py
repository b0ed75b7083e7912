"""Writing the anonymised store: the incremental copy of a closed engagement, and the exact rebuild."""

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from youthdesk.engagements.models import ContactType, Engagement, Outcome
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


def _hmac(message: str) -> str:
    return hmac.new(settings.INSIGHTS_PSEUDONYM_SECRET.encode(), message.encode(), hashlib.sha256).hexdigest()


def contact_key_make(*, channel: str, external_id: str, year: int) -> str:
    """The pseudonymous contact key: keyed hash of the contact and the year, so it rotates each year."""
    return _hmac(f"contact|{year}|{channel}|{external_id}")


def source_key_make(*, engagement_id: int) -> str:
    """A keyed hash of the source engagement id, so the copy is idempotent without holding the desk's id."""
    return _hmac(f"engagement|{engagement_id}")


@dataclass(frozen=True)
class Targets:
    response_seconds: int
    resolution_seconds: int


def targets_load() -> Targets:
    """The desk's response and resolution targets (DeskSettings), in seconds."""
    from youthdesk.conversations.models import DeskSettings

    desk = DeskSettings.load()
    return Targets(desk.first_response_target_minutes * 60, desk.resolution_target_minutes * 60)


def _anon_from(engagement: Engagement) -> tuple[AnonEngagement, list[str]]:
    contact = engagement.conversation.contact
    closed_local = timezone.localtime(engagement.closed_at)
    anon = AnonEngagement(
        source_key=source_key_make(engagement_id=engagement.pk),
        day=closed_local.date(),
        force_name=engagement.force_name or "",
        channel=engagement.channel,
        contact_type=engagement.contact_type,
        grade=engagement.grade,
        categories=sorted(str(c) for c in (engagement.categories or [])),
        sentiment_start=engagement.sentiment_start,
        sentiment_end=engagement.sentiment_end,
        outcome=engagement.outcome,
        first_response_seconds=engagement.first_response_seconds,
        resolution_seconds=engagement.resolution_seconds,
        contact_key=contact_key_make(
            channel=contact.channel, external_id=contact.external_id, year=closed_local.year
        ),
    )
    return anon, sorted({t.slug for t in engagement.themes.all()})


def _measures(anon: AnonEngagement, targets: Targets) -> dict[str, int]:
    fr, rs = anon.first_response_seconds, anon.resolution_seconds
    return {
        "engagements": 1,
        "improved": int(anon.sentiment_end > anon.sentiment_start),
        "same": int(anon.sentiment_end == anon.sentiment_start),
        "worse": int(anon.sentiment_end < anon.sentiment_start),
        "crime_reports": int(
            anon.contact_type == ContactType.CRIME_REPORT or anon.outcome == Outcome.CRIME_REPORT_PASSED
        ),
        "escalations": int(anon.outcome == Outcome.ESCALATED),
        "response_n": int(fr is not None),
        "response_sum": fr or 0,
        "response_in_target": int(fr is not None and fr <= targets.response_seconds),
        "resolution_n": int(rs is not None),
        "resolution_sum": rs or 0,
        "resolution_in_target": int(rs is not None and rs <= targets.resolution_seconds),
    }


def _bump(model, key: dict, measures: dict[str, int]) -> None:
    # F() increments so concurrent copies cannot lose counts; create on first sight, retry if another won.
    increments = {name: F(name) + value for name, value in measures.items()}
    if model.objects.filter(**key).update(**increments):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **measures)
    except IntegrityError:
        model.objects.filter(**key).update(**increments)


def aggregates_add(*, anon: AnonEngagement, themes: Iterable[str], targets: Targets) -> None:
    """Add one anonymised engagement to the daily aggregates (call inside the copy's transaction)."""
    cell = {
        "day": anon.day,
        "force_name": anon.force_name,
        "channel": anon.channel,
        "contact_type": anon.contact_type,
    }
    measures = _measures(anon, targets)
    _bump(DailyTotal, cell, measures)
    weekly = {k: measures[k] for k in ("engagements", "improved", "same", "worse")}
    week_start = anon.day - dt.timedelta(days=anon.day.weekday())
    for slug in themes:
        _bump(DailyTheme, {**cell, "theme": slug}, measures)
        _bump(
            DailyNationalTheme,
            {"day": anon.day, "channel": anon.channel, "contact_type": anon.contact_type, "theme": slug},
            weekly,
        )
        _bump(
            WeeklyTheme,
            {
                "week_start": week_start,
                "channel": anon.channel,
                "contact_type": anon.contact_type,
                "theme": slug,
            },
            weekly,
        )
        _bump(
            WeeklyForceTheme,
            {"week_start": week_start, "force_name": anon.force_name, "theme": slug},
            weekly,
        )
        _bump(WeeklyThemeTotal, {"week_start": week_start, "theme": slug}, weekly)


def engagement_copy(*, engagement_id: int) -> AnonEngagement | None:
    """Copy one closed engagement into the anonymised store and its aggregates; a second call does nothing."""
    engagement = (
        Engagement.objects.select_related("conversation__contact")
        .prefetch_related("themes")
        .filter(pk=engagement_id)
        .first()
    )
    if engagement is None:
        return None
    anon, themes = _anon_from(engagement)
    targets = targets_load()
    with transaction.atomic():
        if AnonEngagement.objects.filter(source_key=anon.source_key).exists():
            return None
        try:
            with transaction.atomic():
                anon.save()
        except IntegrityError:
            return None  # a concurrent copy of the same engagement won
        AnonEngagementTheme.objects.bulk_create(
            [AnonEngagementTheme(engagement=anon, theme=slug) for slug in themes]
        )
        aggregates_add(anon=anon, themes=themes, targets=targets)
    return anon


_MEASURES = """COUNT(*),
    SUM(CASE WHEN a.sentiment_end > a.sentiment_start THEN 1 ELSE 0 END),
    SUM(CASE WHEN a.sentiment_end = a.sentiment_start THEN 1 ELSE 0 END),
    SUM(CASE WHEN a.sentiment_end < a.sentiment_start THEN 1 ELSE 0 END),
    SUM(CASE WHEN a.contact_type = %s OR a.outcome = %s THEN 1 ELSE 0 END),
    SUM(CASE WHEN a.outcome = %s THEN 1 ELSE 0 END),
    COUNT(a.first_response_seconds), COALESCE(SUM(a.first_response_seconds), 0),
    SUM(CASE WHEN a.first_response_seconds <= %s THEN 1 ELSE 0 END),
    COUNT(a.resolution_seconds), COALESCE(SUM(a.resolution_seconds), 0),
    SUM(CASE WHEN a.resolution_seconds <= %s THEN 1 ELSE 0 END)"""
_MEASURE_COLUMNS = """engagements, improved, same, worse, crime_reports, escalations,
    response_n, response_sum, response_in_target, resolution_n, resolution_sum, resolution_in_target"""

# Table names come from model metadata, values are bound parameters: nothing here comes from a request.
_TOTALS_SQL = (
    "INSERT INTO {total} (day, force_name, channel, contact_type, " + _MEASURE_COLUMNS + ")"  # noqa: S608
    " SELECT a.day, a.force_name, a.channel, a.contact_type, " + _MEASURES + " FROM {anon} a"
    " GROUP BY a.day, a.force_name, a.channel, a.contact_type"
)
_THEMES_SQL = (
    "INSERT INTO {theme_table} (day, force_name, channel, contact_type, theme, " + _MEASURE_COLUMNS + ")"  # noqa: S608
    " SELECT a.day, a.force_name, a.channel, a.contact_type, t.theme, " + _MEASURES + " FROM {anon} a"
    " JOIN {anon_theme} t ON t.engagement_id = a.id"
    " GROUP BY a.day, a.force_name, a.channel, a.contact_type, t.theme"
)


def aggregates_rebuild() -> tuple[int, int]:
    """Recompute both daily aggregate tables from the anonymised rows in one statement each."""
    targets = targets_load()
    names = {
        "total": DailyTotal._meta.db_table,
        "theme_table": DailyTheme._meta.db_table,
        "anon": AnonEngagement._meta.db_table,
        "anon_theme": AnonEngagementTheme._meta.db_table,
    }
    with transaction.atomic(), connection.cursor() as cursor:
        DailyTotal.objects.all().delete()
        DailyTheme.objects.all().delete()
        params = [
            ContactType.CRIME_REPORT.value,
            Outcome.CRIME_REPORT_PASSED.value,
            Outcome.ESCALATED.value,
            targets.response_seconds,
            targets.resolution_seconds,
        ]
        cursor.execute(_TOTALS_SQL.format(**names), params)
        cursor.execute(_THEMES_SQL.format(**names), params)
        weekly_rollups_rebuild()
    return DailyTotal.objects.count(), DailyTheme.objects.count()


def _week_sql() -> str:
    """The ISO week's Monday of the `day` column, in this database's SQL."""
    if connection.vendor == "postgresql":
        return "CAST(date_trunc('week', CAST(day AS timestamp)) AS date)"
    return "date(day, '-' || ((CAST(strftime('%%w', day) AS integer) + 6) %% 7) || ' days')"


def weekly_rollups_rebuild() -> None:
    """Recompute the theme roll-ups (national daily, national weekly by channel and contact type, national
    weekly, weekly by force) from the daily theme cells."""
    week, daily = _week_sql(), DailyTheme._meta.db_table
    sums = "SUM(engagements), SUM(improved), SUM(same), SUM(worse)"
    # Table names come from model metadata; nothing here comes from a request.
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (DailyNationalTheme, WeeklyTheme, WeeklyForceTheme, WeeklyThemeTotal):
            model.objects.all().delete()
        cursor.execute(
            f"INSERT INTO {DailyNationalTheme._meta.db_table} (day, channel, contact_type, theme,"  # noqa: S608
            f" engagements, improved, same, worse) SELECT day, channel, contact_type, theme, {sums}"
            f" FROM {daily} GROUP BY day, channel, contact_type, theme",
            [],
        )
        # Each coarser roll-up is summed from the finest one that holds its cells: fewer rows to read.
        cursor.execute(
            f"INSERT INTO {WeeklyTheme._meta.db_table} (week_start, channel, contact_type, theme,"  # noqa: S608
            f" engagements, improved, same, worse) SELECT {week}, channel, contact_type, theme, {sums}"
            f" FROM {DailyNationalTheme._meta.db_table} GROUP BY {week}, channel, contact_type, theme",
            [],
        )
        cursor.execute(
            f"INSERT INTO {WeeklyForceTheme._meta.db_table} (week_start, force_name, theme,"  # noqa: S608
            f" engagements, improved, same, worse) SELECT {week}, force_name, theme, {sums}"
            f" FROM {daily} GROUP BY {week}, force_name, theme",
            [],
        )
        cursor.execute(
            f"INSERT INTO {WeeklyThemeTotal._meta.db_table} (week_start, theme,"  # noqa: S608
            f" engagements, improved, same, worse) SELECT week_start, theme, {sums}"
            f" FROM {WeeklyTheme._meta.db_table} GROUP BY week_start, theme",
            [],
        )


def anon_rebuild(*, batch: int = 2000, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the anonymised store exactly from the closing log, then the aggregates from it."""
    query = (
        Engagement.objects.select_related("conversation__contact").prefetch_related("themes").order_by("pk")
    )
    copied = 0
    with transaction.atomic():
        AnonEngagementTheme.objects.all().delete()
        AnonEngagement.objects.all().delete()
        last_pk = 0
        while True:
            chunk = list(query.filter(pk__gt=last_pk)[:batch])
            if not chunk:
                break
            last_pk = chunk[-1].pk
            pairs = [_anon_from(e) for e in chunk]
            AnonEngagement.objects.bulk_create([anon for anon, _ in pairs])
            AnonEngagementTheme.objects.bulk_create(
                [
                    AnonEngagementTheme(engagement=anon, theme=slug)
                    for anon, themes in pairs
                    for slug in themes
                ]
            )
            copied += len(chunk)
            if progress:
                progress(len(chunk))
        aggregates_rebuild()
    return copied


def post_create(*, actor, title: str, channel: str, published_on, themes, url: str = ""):
    """Record a published post with its themes."""
    from youthdesk.audit.services import audit_record
    from youthdesk.insights.models import Post

    with transaction.atomic():
        post = Post.objects.create(title=title, channel=channel, published_on=published_on, url=url)
        post.themes.set(themes)
        audit_record(actor=actor, action="insights.post_created", target=post, detail={"title": title})
    return post


def stakeholder_add(*, actor, name: str, email: str, organisation: str = "", force_name: str = ""):
    """Put someone on the report mailing list (or back on it)."""
    from youthdesk.audit.services import audit_record
    from youthdesk.insights.models import Stakeholder

    with transaction.atomic():
        stakeholder, _ = Stakeholder.objects.update_or_create(
            email=email.lower(),
            defaults={"name": name, "organisation": organisation, "force_name": force_name, "active": True},
        )
        audit_record(actor=actor, action="insights.stakeholder_added", target=stakeholder)
    return stakeholder


def stakeholder_deactivate(*, actor, stakeholder) -> None:
    """Take someone off the report mailing list (kept, inactive, so the audit trail still names them)."""
    from youthdesk.audit.services import audit_record

    with transaction.atomic():
        stakeholder.active = False
        stakeholder.save(update_fields=["active"])
        audit_record(actor=actor, action="insights.stakeholder_removed", target=stakeholder)

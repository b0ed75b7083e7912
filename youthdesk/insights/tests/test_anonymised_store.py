"""The anonymised copy: no identifying fields, idempotent, pseudonymous keys, and an exact rebuild."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import transaction

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
from youthdesk.insights.services import anon_rebuild, contact_key_make, engagement_copy
from youthdesk.insights.tasks import engagement_copy as engagement_copy_task

from .conftest import ESSEX, KENT

DAY = dt.date(2026, 9, 14)


def _aggregate_snapshot():
    fields = [f.name for f in DailyTotal._meta.fields if f.name != "id"]
    totals = sorted(tuple(r) for r in DailyTotal.objects.values_list(*fields))
    theme_fields = [f.name for f in DailyTheme._meta.fields if f.name != "id"]
    theme_rows = sorted(tuple(r) for r in DailyTheme.objects.values_list(*theme_fields))
    weekly = sorted(
        WeeklyTheme.objects.values_list(
            "week_start", "channel", "contact_type", "theme", "engagements", "improved", "same", "worse"
        )
    )
    by_force = sorted(
        WeeklyForceTheme.objects.values_list(
            "week_start", "force_name", "theme", "engagements", "improved", "same", "worse"
        )
    )
    national_daily = sorted(
        DailyNationalTheme.objects.values_list(
            "day", "channel", "contact_type", "theme", "engagements", "improved", "same", "worse"
        )
    )
    national_weekly = sorted(
        WeeklyThemeTotal.objects.values_list(
            "week_start", "theme", "engagements", "improved", "same", "worse"
        )
    )
    return totals, theme_rows, weekly, by_force, national_daily, national_weekly


def test_copy_holds_no_text_handles_or_platform_ids(make_engagement):
    engagement = make_engagement(day=DAY, theme_slugs=("knife-crime", "drugs"), contact_id="igsid-SECRET-123")

    anon = engagement_copy(engagement_id=engagement.pk)

    row = AnonEngagement.objects.filter(pk=anon.pk).values().get()
    flat = repr(row) + repr(list(AnonEngagementTheme.objects.values_list("theme", flat=True)))
    assert "igsid-SECRET-123" not in flat
    assert engagement.conversation.contact.handle not in flat
    assert row["day"] == DAY  # a date, never a time
    assert row["force_name"] == KENT
    assert sorted(AnonEngagementTheme.objects.values_list("theme", flat=True)) == ["drugs", "knife-crime"]
    assert row["contact_key"] == contact_key_make(
        channel="instagram", external_id="igsid-SECRET-123", year=2026
    )
    assert len(row["contact_key"]) == 64


def test_contact_key_counts_repeats_within_a_year_and_rotates_each_year(make_engagement):
    a = engagement_copy(engagement_id=make_engagement(day=DAY, contact_id="same-child").pk)
    b = engagement_copy(
        engagement_id=make_engagement(day=DAY + dt.timedelta(days=3), contact_id="same-child").pk
    )
    c = engagement_copy(engagement_id=make_engagement(day=dt.date(2027, 1, 5), contact_id="same-child").pk)
    other = engagement_copy(engagement_id=make_engagement(day=DAY, contact_id="another-child").pk)

    assert a.contact_key == b.contact_key
    assert c.contact_key != a.contact_key
    assert other.contact_key != a.contact_key


def test_copy_is_idempotent_and_updates_aggregates_once(make_engagement, django_capture_on_commit_callbacks):
    engagement = make_engagement(
        day=DAY, theme_slugs=("knife-crime", "drugs"), start=2, end=4, first_response=120
    )

    # The task backend enqueues on commit; a second run (a retry) must change nothing.
    with django_capture_on_commit_callbacks(execute=True):
        engagement_copy_task.enqueue(engagement_id=engagement.pk)
    with django_capture_on_commit_callbacks(execute=True):
        engagement_copy_task.enqueue(engagement_id=engagement.pk)

    assert AnonEngagement.objects.count() == 1
    total = DailyTotal.objects.get()
    assert (total.engagements, total.improved, total.same, total.worse) == (1, 1, 0, 0)
    assert (total.response_n, total.response_sum, total.response_in_target) == (1, 120, 1)
    assert sorted(DailyTheme.objects.values_list("theme", "engagements")) == [
        ("drugs", 1),
        ("knife-crime", 1),
    ]
    assert sorted(WeeklyForceTheme.objects.values_list("force_name", "theme", "engagements", "improved")) == [
        (KENT, "drugs", 1, 1),
        (KENT, "knife-crime", 1, 1),
    ]


def test_copy_of_a_missing_engagement_writes_nothing(db):
    assert engagement_copy(engagement_id=999_999) is None
    assert AnonEngagement.objects.count() == DailyTotal.objects.count() == 0


def test_task_enqueued_on_commit_copies_after_the_close_commits(
    make_engagement, django_capture_on_commit_callbacks
):
    engagement = make_engagement(day=DAY)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            transaction.on_commit(lambda: engagement_copy_task.enqueue(engagement_id=engagement.pk))
        assert AnonEngagement.objects.count() == 0
    assert AnonEngagement.objects.count() == 1


def test_incremental_aggregates_equal_the_rebuild_exactly(make_engagement):
    specs = [
        dict(day=DAY, force=KENT, contact_type="question", start=2, end=4),
        dict(day=DAY, force=KENT, contact_type="question", start=4, end=2, first_response=None),
        dict(
            day=DAY,
            force=ESSEX,
            contact_type="crime_report",
            outcome="crime_report_passed",
            theme_slugs=("drugs",),
        ),
        dict(
            day=DAY + dt.timedelta(days=1), force=KENT, outcome="escalated", start=3, end=3, resolution=None
        ),
        dict(
            day=DAY,
            force="",
            channel="webchat",
            theme_slugs=("online-safety", "drugs"),
            first_response=99_999,
        ),
    ]
    for spec in specs:
        engagement_copy(engagement_id=make_engagement(**spec).pk)
    incremental = _aggregate_snapshot()
    keys = sorted(AnonEngagement.objects.values_list("source_key", "contact_key"))

    copied = anon_rebuild()

    assert copied == len(specs)
    assert _aggregate_snapshot() == incremental
    assert sorted(AnonEngagement.objects.values_list("source_key", "contact_key")) == keys
    kent = DailyTotal.objects.get(day=DAY, force_name=KENT, contact_type="question")
    assert (kent.engagements, kent.improved, kent.worse, kent.response_n) == (2, 1, 1, 1)
    essex = DailyTotal.objects.get(force_name=ESSEX)
    assert essex.crime_reports == 1
    assert DailyTotal.objects.get(day=DAY + dt.timedelta(days=1)).escalations == 1
    assert (
        WeeklyTheme.objects.get(
            week_start=dt.date(2026, 9, 14), channel="instagram", contact_type="question", theme="knife-crime"
        ).engagements
        == 3
    )
    kent_week = WeeklyForceTheme.objects.get(
        week_start=dt.date(2026, 9, 14), force_name=KENT, theme="knife-crime"
    )
    assert (kent_week.engagements, kent_week.improved, kent_week.same, kent_week.worse) == (3, 1, 1, 1)
    assert WeeklyForceTheme.objects.get(force_name="", theme="drugs").engagements == 1
    # Drugs: Essex's crime report and the unknown area's web chat; knife crime: Kent's three over two days.
    assert WeeklyThemeTotal.objects.get(theme="drugs").engagements == 2
    assert WeeklyThemeTotal.objects.get(theme="knife-crime").engagements == 3
    assert (
        DailyNationalTheme.objects.get(day=DAY, contact_type="question", theme="knife-crime").engagements == 2
    )


def test_rebuild_command_drops_stale_rows_and_shows_progress(make_engagement, capsys):
    engagement_copy(engagement_id=make_engagement(day=DAY).pk)
    AnonEngagement.objects.create(
        source_key="stale",
        day=DAY,
        channel="instagram",
        contact_type="question",
        grade="standard",
        sentiment_start=3,
        sentiment_end=3,
        outcome="answered",
        contact_key="x",
    )
    make_engagement(day=DAY)  # closed but never copied

    call_command("insights_rebuild")

    out = capsys.readouterr()
    assert "Rebuilt the anonymised store from 2 engagements" in out.out
    assert "engagement" in out.err and "2/2" in out.err  # the tqdm bar
    assert AnonEngagement.objects.count() == 2
    assert not AnonEngagement.objects.filter(source_key="stale").exists()
    assert DailyTotal.objects.get().engagements == 2


@pytest.mark.parametrize("secret", ["one-secret", "another-secret"])
def test_contact_key_depends_on_the_secret(settings, secret):
    settings.INSIGHTS_PSEUDONYM_SECRET = secret
    key = contact_key_make(channel="instagram", external_id="abc", year=2026)
    settings.INSIGHTS_PSEUDONYM_SECRET = secret + "-rotated"
    assert contact_key_make(channel="instagram", external_id="abc", year=2026) != key

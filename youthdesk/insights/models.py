"""The anonymised insight store: no text, no handles, no platform ids; plus daily aggregates the dashboards read."""

from django.db import models

from youthdesk.engagements.models import ContactType, Outcome


class AnonEngagement(models.Model):
    """One closed engagement with everything identifying removed: the record-level analytic dataset."""

    # HMAC of the source engagement id: makes the copy idempotent without storing the desk's own id.
    source_key = models.CharField(max_length=64, unique=True)
    day = models.DateField(db_index=True)
    force_name = models.CharField(max_length=120, blank=True)
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20, choices=ContactType.choices)
    grade = models.CharField(max_length=10)
    categories = models.JSONField(default=list, blank=True)
    sentiment_start = models.PositiveSmallIntegerField()
    sentiment_end = models.PositiveSmallIntegerField()
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    first_response_seconds = models.PositiveIntegerField(null=True, blank=True)
    resolution_seconds = models.PositiveIntegerField(null=True, blank=True)
    # HMAC-SHA256 of the contact with the secret and the year: repeat contact is countable within a year.
    contact_key = models.CharField(max_length=64, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["force_name", "day"], name="anon_force_day")]


class AnonEngagementTheme(models.Model):
    """A theme (by slug) of one anonymised engagement; a child table so it works on SQLite and PostgreSQL."""

    engagement = models.ForeignKey(AnonEngagement, on_delete=models.CASCADE, related_name="themes")
    theme = models.SlugField(max_length=120)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["engagement", "theme"], name="anon_theme_once")]
        indexes = [models.Index(fields=["theme"], name="anon_theme_slug")]


class DailyMeasures(models.Model):
    """The counts and sums kept for every daily aggregate cell."""

    engagements = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    same = models.PositiveIntegerField(default=0)
    worse = models.PositiveIntegerField(default=0)
    crime_reports = models.PositiveIntegerField(default=0)
    escalations = models.PositiveIntegerField(default=0)
    response_n = models.PositiveIntegerField(default=0)
    response_sum = models.BigIntegerField(default=0)
    response_in_target = models.PositiveIntegerField(default=0)
    resolution_n = models.PositiveIntegerField(default=0)
    resolution_sum = models.BigIntegerField(default=0)
    resolution_in_target = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True


class DailyTotal(DailyMeasures):
    """Per day x force x channel x contact type, maintained with each anonymised copy."""

    day = models.DateField()
    force_name = models.CharField(max_length=120, blank=True)
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "force_name", "channel", "contact_type"], name="daily_total_cell"
            )
        ]
        indexes = [models.Index(fields=["force_name", "day"], name="daily_total_force_day")]


class DailyTheme(DailyMeasures):
    """Per day x force x channel x contact type x theme (an engagement counts once under each theme)."""

    day = models.DateField()
    force_name = models.CharField(max_length=120, blank=True)
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20)
    theme = models.SlugField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "force_name", "channel", "contact_type", "theme"], name="daily_theme_cell"
            )
        ]
        indexes = [
            models.Index(fields=["day"], name="daily_theme_day"),
            # Covering (PostgreSQL): a force's question with a channel or contact type is answered from the
            # index alone, instead of visiting every cell of every force on each day in the range.
            models.Index(
                fields=["force_name", "day"],
                include=["channel", "contact_type", "theme", "engagements", "improved", "same", "worse"],
                name="daily_theme_force_day_cov",
            ),
            models.Index(fields=["theme", "day"], name="daily_theme_theme_day"),
        ]


class DailyNationalTheme(models.Model):
    """Per day x channel x contact type x theme over every force: the days at either end of a national theme
    question that do not fill a whole week (a tenth of the daily theme cells)."""

    day = models.DateField()
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20)
    theme = models.SlugField(max_length=120, db_index=False)  # the cell constraint (day first) is the index
    engagements = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    same = models.PositiveIntegerField(default=0)
    worse = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "channel", "contact_type", "theme"], name="daily_national_theme_cell"
            )
        ]


class WeeklyTheme(models.Model):
    """National roll-up per ISO week (Monday) x channel x contact type x theme: keeps national theme charts fast
    over long ranges (a force's own figures read the daily cells through the force index)."""

    week_start = models.DateField()
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20)
    theme = models.SlugField(max_length=120)
    engagements = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    same = models.PositiveIntegerField(default=0)
    worse = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["week_start", "channel", "contact_type", "theme"], name="weekly_theme_cell"
            )
        ]
        indexes = [models.Index(fields=["week_start"], name="weekly_theme_week")]


class WeeklyThemeTotal(models.Model):
    """Per ISO week (Monday) x theme over every force, channel and contact type: a national theme question
    without a channel or contact type reads one row per theme per week."""

    week_start = models.DateField()
    theme = models.SlugField(max_length=120, db_index=False)  # the cell constraint is the index
    engagements = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    same = models.PositiveIntegerField(default=0)
    worse = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["week_start", "theme"], name="weekly_theme_total_cell")
        ]


class WeeklyForceTheme(models.Model):
    """Per ISO week (Monday) x force x theme: keeps a force's theme charts fast (read only when a force is asked
    for without a channel or contact type; national questions keep reading the national roll-up)."""

    week_start = models.DateField()
    force_name = models.CharField(max_length=120, blank=True)
    theme = models.SlugField(max_length=120, db_index=False)  # the cell constraint is the index
    engagements = models.PositiveIntegerField(default=0)
    improved = models.PositiveIntegerField(default=0)
    same = models.PositiveIntegerField(default=0)
    worse = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            # Force first: every read names one force and a run of weeks, so this one index serves them all.
            models.UniqueConstraint(
                fields=["force_name", "week_start", "theme"], name="weekly_force_theme_cell"
            )
        ]


class Post(models.Model):
    """A post the team published, with its themes: the seed of the content library."""

    title = models.CharField(max_length=200)
    channel = models.CharField(max_length=20)
    published_on = models.DateField(db_index=True)
    themes = models.ManyToManyField("engagements.Theme", related_name="posts")
    url = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_on", "-pk"]


class Stakeholder(models.Model):
    """Someone on the insight report mailing list, optionally for one force area."""

    name = models.CharField(max_length=200)
    email = models.EmailField(unique=True)
    organisation = models.CharField(max_length=200, blank=True)
    force_name = models.CharField(max_length=120, blank=True)
    active = models.BooleanField(default=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

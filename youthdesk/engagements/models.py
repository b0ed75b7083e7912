"""The closing log: what each engagement was about and how it ended."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class ContactType(models.TextChoices):
    QUESTION = "question", "Question"
    CRIME_REPORT = "crime_report", "Crime report"
    DISCLOSURE = "disclosure", "Disclosure of harm"
    FEEDBACK = "feedback", "Feedback"
    COMPLAINT = "complaint", "Complaint"
    MISINFORMATION = "misinformation", "Misinformation correction"
    OTHER = "other", "Other"


class Outcome(models.TextChoices):
    ANSWERED = "answered", "Answered"
    SIGNPOSTED = "signposted", "Signposted"
    REFERRED = "referred", "Referred to a support service"
    CRIME_REPORT_PASSED = "crime_report_passed", "Crime report passed to force"
    ESCALATED = "escalated", "Escalated to contact centre"


SENTIMENT_SCALE = {1: "Very negative", 2: "Negative", 3: "Neutral", 4: "Positive", 5: "Very positive"}


class Theme(models.Model):
    """A theme in the two-level taxonomy (a top-level group or a theme under it), edited by supervisors."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    active = models.BooleanField(default=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="theme_unique_name_in_group")]

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name


class Engagement(models.Model):
    """The log written when a conversation closes: one per closing (a reopened conversation closes again)."""

    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.PROTECT, related_name="engagements"
    )
    channel = models.CharField(max_length=20)
    contact_type = models.CharField(max_length=20, choices=ContactType.choices)
    themes = models.ManyToManyField(Theme, related_name="engagements")
    sentiment_start = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    sentiment_end = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    sentiment_start_suggested = models.PositiveSmallIntegerField(null=True, blank=True)
    sentiment_end_suggested = models.PositiveSmallIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    force_name = models.CharField(max_length=120, blank=True)
    grade = models.CharField(max_length=10, default="standard")
    categories = models.JSONField(default=list, blank=True)
    opened_at = models.DateTimeField()
    closed_at = models.DateTimeField(db_index=True)
    first_response_seconds = models.PositiveIntegerField(null=True, blank=True)
    resolution_seconds = models.PositiveIntegerField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-closed_at"]

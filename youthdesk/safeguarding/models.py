"""Safeguarding records: assessments, escalations to the 24/7 contact centre, the outbox that delivers them,
crime reports to forces, grade corrections and the support-services directory."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q


class MessageAssessment(models.Model):
    """The triage engine's grade of one inbound message, with the model version that made it."""

    message = models.OneToOneField(
        "conversations.Message", on_delete=models.CASCADE, related_name="assessment"
    )
    grade = models.CharField(max_length=10)  # not indexed: nothing looks assessments up by grade
    categories = models.JSONField(default=list)
    subject = models.CharField(max_length=8, default="none")
    cues = models.JSONField(default=list)  # [{"reason", "words", "grade", "category"}]
    place = models.CharField(max_length=200, blank=True)
    force_name = models.CharField(max_length=120, blank=True)
    place_candidates = models.JSONField(default=list, blank=True)
    model_version = models.CharField(max_length=60)
    created_at = models.DateTimeField(auto_now_add=True)


class Escalation(models.Model):
    """A hand-over of a child at risk to the 24/7 contact centre; one per conversation episode."""

    class Trigger(models.TextChoices):
        AUTOMATIC = "automatic", "Graded immediate"
        OFFICER = "officer", "Escalated by an officer"

    class Status(models.TextChoices):
        PENDING = "pending", "Sending"
        DELIVERED = "delivered", "Delivered, awaiting acknowledgement"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        CLOSED = "closed", "Outcome recorded"
        DEAD = "dead", "Delivery refused: needs attention"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.PROTECT, related_name="escalations"
    )
    # The conversation's episode (its opened_at) keeps a redelivered or re-processed message from escalating twice.
    episode_opened_at = models.DateTimeField()
    message = models.ForeignKey(
        "conversations.Message", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    trigger = models.CharField(max_length=10, choices=Trigger.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    grade = models.CharField(max_length=10)
    categories = models.JSONField(default=list, blank=True)
    force_name = models.CharField(max_length=120, blank=True)
    payload = models.JSONField(default=dict)  # the hand-over exactly as sent
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ack_reference = models.CharField(max_length=120, blank=True)  # the contact centre's own log number
    outcome = models.CharField(max_length=40, blank=True)
    outcome_note = models.TextField(blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "episode_opened_at"], name="escalation_one_per_episode"
            )
        ]

    def __str__(self) -> str:
        return f"Escalation {self.reference}"

    @property
    def reference(self) -> str:
        return f"YD-{self.pk:06d}" if self.pk else "YD-new"

    @property
    def awaiting_ack(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.DELIVERED, self.Status.DEAD)


class EscalationEvent(models.Model):
    """Something that happened to an escalation (created, delivered, acknowledged, alerted), with who."""

    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


class ForceRoute(models.Model):
    """How a police force takes crime reports from the desk: a signed HTTPS endpoint, or email."""

    force_name = models.CharField(max_length=120, unique=True)
    endpoint_url = models.URLField(blank=True)
    secret = models.CharField(max_length=200, blank=True)  # HMAC key agreed with the force
    email = models.EmailField(blank=True)
    active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["force_name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(endpoint_url="") | ~Q(email=""), name="force_route_has_a_destination"
            )
        ]

    def __str__(self) -> str:
        return self.force_name


class CrimeReport(models.Model):
    """A crime disclosed to the desk and passed to the force for the place it happened."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.PROTECT, related_name="crime_reports"
    )
    route = models.ForeignKey(ForceRoute, on_delete=models.PROTECT, related_name="reports")
    force_name = models.CharField(max_length=120)
    summary = models.TextField()
    payload = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class OutboxItem(models.Model):
    """One outbound delivery (HTTP POST or email), kept until it succeeds; the row is the truth, tasks a trigger."""

    class Kind(models.TextChoices):
        ESCALATION = "escalation", "Escalation"
        CRIME_REPORT = "crime_report", "Crime report"

    class Transport(models.TextChoices):
        HTTP = "http", "HTTPS endpoint"
        EMAIL = "email", "Email"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to send"
        DELIVERED = "delivered", "Delivered"
        DEAD = "dead", "Refused by the receiver"

    kind = models.CharField(max_length=14, choices=Kind.choices)
    transport = models.CharField(max_length=6, choices=Transport.choices)
    escalation = models.ForeignKey(
        Escalation, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    crime_report = models.ForeignKey(
        CrimeReport, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    # Blank for escalations over HTTP: the contact centre's URL is read from settings when sending.
    target = models.CharField(max_length=500, blank=True)
    idempotency_key = models.UUIDField()
    body = models.TextField()  # exact bytes sent (UTF-8 JSON), so every retry carries the same signature
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)  # lease: a killed worker's claim runs out
    lease = models.UUIDField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["idempotency_key", "transport"], name="outbox_one_per_transport"),
            models.CheckConstraint(
                condition=Q(escalation__isnull=False) | Q(crime_report__isnull=False),
                name="outbox_has_a_subject",
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]


class DeliveryAttempt(models.Model):
    """One try at delivering an outbox item, with its answer; the attempt log shown on the escalation."""

    item = models.ForeignKey(OutboxItem, on_delete=models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(auto_now_add=True)
    ok = models.BooleanField()
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["at", "id"]


class Alert(models.Model):
    """An on-screen alert to supervisors about an escalation; raised once per kind per escalation."""

    class Kind(models.TextChoices):
        NEW_IMMEDIATE = "new_immediate", "New life-at-risk escalation"
        UNACKNOWLEDGED = "unacknowledged", "Not acknowledged in time"
        UNDELIVERED = "undelivered", "Not yet delivered"
        DEAD = "dead", "Delivery refused"

    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    raised_at = models.DateTimeField(auto_now_add=True)
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["escalation", "kind"], name="alert_once_per_kind")]


class GradeCorrection(models.Model):
    """An officer's change of a conversation's grade: audit evidence and training data for the triage model."""

    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.CASCADE, related_name="grade_corrections"
    )
    text = models.TextField()  # the conversation's recent inbound messages, as the model will read them
    old_grade = models.CharField(max_length=10)
    new_grade = models.CharField(max_length=10)
    categories = models.JSONField(default=list, blank=True)
    reason = models.TextField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


class SupportService(models.Model):
    """A service young people can be signposted to: national ones seeded from data, regional ones added."""

    class Region(models.TextChoices):
        NATIONAL = "national", "UK-wide"
        NATION = "nation", "One nation"
        FORCE = "force", "One force area"

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=160)
    description = models.TextField(blank=True)
    categories = models.JSONField(default=list, blank=True)  # triage categories it helps with
    themes = models.JSONField(default=list, blank=True)
    min_age = models.PositiveSmallIntegerField(null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(null=True, blank=True)
    hours = models.CharField(max_length=160, blank=True)
    phone = models.CharField(max_length=60, blank=True)
    text_number = models.CharField(max_length=60, blank=True)
    url = models.URLField(blank=True)
    how_to_contact = models.CharField(max_length=300, blank=True)
    region = models.CharField(max_length=10, choices=Region.choices, default=Region.NATIONAL)
    region_name = models.CharField(max_length=120, blank=True)  # a nation or a force name
    seeded = models.BooleanField(default=False)  # came from data/services.json
    active = models.BooleanField(default=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

"""The inbox: young people (contacts), their conversations per channel, messages, notes and templates."""

import datetime
import time

from django.conf import settings
from django.db import models
from django.db.models import Q


class Channel(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    WEBCHAT = "webchat", "Web chat"


class Contact(models.Model):
    """A young person as one platform knows them (an Instagram-scoped id, a web-chat session)."""

    channel = models.CharField(max_length=20, choices=Channel.choices)
    external_id = models.CharField(max_length=128)
    handle = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["channel", "external_id"], name="contact_unique_per_channel")
        ]

    def __str__(self) -> str:
        return self.handle or f"{self.get_channel_display()} user {self.external_id[-6:]}"


class Conversation(models.Model):
    """Everything one young person has said to us on one channel; reopens when they write again."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    contact = models.OneToOneField(Contact, on_delete=models.PROTECT, related_name="conversation")
    channel = models.CharField(max_length=20, choices=Channel.choices)
    # status and assigned_to are indexed by the composite indexes below (they lead them), not on their own:
    # every new message updates its conversation, and each extra index is more work on that update.
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_conversations",
        db_index=False,
    )
    # Risk: the highest grade among open (not yet answered) inbound messages; rank orders the queue.
    grade = models.CharField(max_length=10, default="standard")
    grade_rank = models.PositiveSmallIntegerField(default=0)
    categories = models.JSONField(default=list, blank=True)
    force_name = models.CharField(max_length=120, blank=True)
    # Set when the young person is waiting for us (first unanswered inbound); cleared when we reply.
    waiting_since = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField()  # start of the current episode (first contact or reopening)
    first_response_at = models.DateTimeField(null=True, blank=True)
    last_message_at = models.DateTimeField()
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # The closed period (e.g. "2026-11-21T21:00") in which the out-of-hours reply was last sent.
    out_of_hours_period = models.CharField(max_length=40, blank=True)
    safety_reply_period = models.CharField(max_length=40, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "-grade_rank", "waiting_since"], name="conv_queue_idx"),
            models.Index(fields=["assigned_to", "status"]),
        ]

    def __str__(self) -> str:
        return f"Conversation {self.pk} with {self.contact}"


class Message(models.Model):
    """One thing said, by the young person (inbound) or by us (outbound). Text is untrusted, shown only as text."""

    class Direction(models.TextChoices):
        INBOUND = "in", "From the young person"
        OUTBOUND = "out", "From the team"

    class Kind(models.TextChoices):
        TEXT = "text", "Message"
        COMMENT = "comment", "Comment"
        ATTACHMENT = "attachment", "Attachment"
        REACTION = "reaction", "Reaction"
        AUTO = "auto", "Automatic reply"

    class Delivery(models.TextChoices):
        NONE = "", "—"
        QUEUED = "queued", "Sending"
        SENT = "sent", "Sent"
        RETRYING = "retrying", "Retrying"
        FAILED = "failed", "Failed"

    # Indexed by (conversation, sent_at) below, which serves every lookup by conversation.
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages", db_index=False
    )
    channel = models.CharField(max_length=20, choices=Channel.choices)
    direction = models.CharField(max_length=3, choices=Direction.choices)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.TEXT)
    text = models.TextField(blank=True)
    # The platform's id (Instagram mid or comment id): unique per channel so a redelivery is stored once.
    external_id = models.CharField(max_length=200, null=True, blank=True)
    sent_at = models.DateTimeField(db_index=True)  # the platform's timestamp; the thread is ordered by it
    created_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attachments = models.JSONField(default=list, blank=True)  # [{"type", "url", "size", "mime"}]
    meta = models.JSONField(default=dict, blank=True)  # comment/media ids, reply-to, reactions, read receipts
    deleted_at = models.DateTimeField(null=True, blank=True)  # the young person unsent it
    answered = models.BooleanField(default=False)  # inbound: a reply has gone out after it
    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.NONE, blank=True)
    delivery_attempts = models.PositiveSmallIntegerField(default=0)
    delivery_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["sent_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "external_id"],
                condition=Q(external_id__isnull=False),
                name="message_unique_external_id",
            ),
        ]
        indexes = [
            models.Index(fields=["conversation", "sent_at"]),
            models.Index(fields=["delivery", "next_attempt_at"]),
        ]


class Note(models.Model):
    """An internal note on a conversation; never sent to the young person."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class ReplyTemplate(models.Model):
    """An approved answer, managed by supervisors; {handle} and similar variables are filled in."""

    title = models.CharField(max_length=120, unique=True)
    body = models.TextField()
    categories = models.JSONField(default=list, blank=True)  # triage categories it suits (signposting)
    themes = models.JSONField(default=list, blank=True)  # theme slugs it suits
    is_signposting = models.BooleanField(default=False)
    active = models.BooleanField(default=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class ConversationEvent(models.Model):
    """A state change on a conversation (claim, assign, reply, grade change, close, reopen), with who and why."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=40)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


class DeskSettings(models.Model):
    """Staffed hours and response targets, set by supervisors. One row."""

    opens_at = models.TimeField(default=datetime.time(9, 0))
    closes_at = models.TimeField(default=datetime.time(21, 0))
    timezone = models.CharField(max_length=60, default="Europe/London")
    open_days = models.CharField(max_length=20, default="0123456", help_text="Weekdays open, Monday=0")
    first_response_target_minutes = models.PositiveIntegerField(default=60)
    resolution_target_minutes = models.PositiveIntegerField(default=24 * 60)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        DeskSettings.cache_clear()

    @classmethod
    def load(cls) -> "DeskSettings":
        obj, _ = cls.objects.get_or_create(pk=1)
        return obj

    # The inbound path asks for the hours on every message; a worker reads them at most every few seconds.
    # A save in this process is seen at once, another process's within CACHE_SECONDS.
    CACHE_SECONDS = 5.0
    _cached: tuple[float, "DeskSettings"] | None = None

    @classmethod
    def current(cls) -> "DeskSettings":
        """The settings as this process last read them, if that was under CACHE_SECONDS ago. Read-only use."""
        now = time.monotonic()
        cached = DeskSettings._cached
        if cached is None or now - cached[0] > cls.CACHE_SECONDS:
            cached = DeskSettings._cached = (now, cls.load())
        return cached[1]

    @classmethod
    def cache_clear(cls) -> None:
        DeskSettings._cached = None

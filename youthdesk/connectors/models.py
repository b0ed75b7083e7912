"""Raw deliveries from platforms, stored durably before we answer, then processed by the worker."""

from django.db import models


class InboundEvent(models.Model):
    """One item of a platform delivery (a DM, a comment, a read receipt...), saved before the 200 answer."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        DONE = "done", "Processed"
        IGNORED = "ignored", "Kept, not understood"
        FAILED = "failed", "Failed"

    channel = models.CharField(max_length=20)
    # e.g. "ig:m:<mid>" / "ig:c:<comment id>" / "ig:read:<recipient>:<watermark>": a redelivery is dropped here.
    dedup_key = models.CharField(max_length=255)
    event_type = models.CharField(max_length=40)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # Few indexes on purpose: every delivery inserts a row and every processing updates its status.
        # A unique constraint, not unique=True, so PostgreSQL builds no second (LIKE) index for the key.
        indexes = [models.Index(fields=["status", "id"])]
        constraints = [models.UniqueConstraint(fields=["dedup_key"], name="inboundevent_dedup_key_unique")]

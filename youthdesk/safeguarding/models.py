"""Safeguarding records: each message's risk assessment (escalations, referrals and routes join here)."""

from django.db import models


class MessageAssessment(models.Model):
    """The triage engine's grade of one inbound message, with the model version that made it."""

    message = models.OneToOneField(
        "conversations.Message", on_delete=models.CASCADE, related_name="assessment"
    )
    grade = models.CharField(max_length=10, db_index=True)
    categories = models.JSONField(default=list)
    subject = models.CharField(max_length=8, default="none")
    cues = models.JSONField(default=list)  # [{"reason", "words", "grade", "category"}]
    place = models.CharField(max_length=200, blank=True)
    force_name = models.CharField(max_length=120, blank=True)
    place_candidates = models.JSONField(default=list, blank=True)
    model_version = models.CharField(max_length=60)
    created_at = models.DateTimeField(auto_now_add=True)

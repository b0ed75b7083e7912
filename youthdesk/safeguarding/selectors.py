"""Reading safeguarding records. Every query that serves a user starts from `escalations_for(user)`."""

import json
from functools import cache
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from youthdesk.accounts.permissions import ESCALATIONS_VIEW, INBOX_VIEW, can
from youthdesk.safeguarding.models import Alert, Escalation, GradeCorrection

OUTCOMES = Path(__file__).parent / "data" / "outcomes.json"
AWAITING = [Escalation.Status.PENDING, Escalation.Status.DELIVERED, Escalation.Status.DEAD]


@cache
def escalation_outcomes() -> tuple[tuple[str, str], ...]:
    """The contact centre's outcome choices (slug, label), from data/outcomes.json."""
    return tuple((o["slug"], o["label"]) for o in json.loads(OUTCOMES.read_text())["outcomes"])


def escalations_for(user) -> QuerySet[Escalation]:
    """Escalations this user may see: desk and contact-centre roles see them all, others none."""
    if not can(user, ESCALATIONS_VIEW):
        return Escalation.objects.none()
    return Escalation.objects.all()


def escalation_get(*, user, uuid) -> Escalation:
    """One escalation by its uuid, if this user may see it (PermissionDenied otherwise)."""
    escalation = (
        escalations_for(user)
        .select_related("conversation__contact", "acknowledged_by")
        .filter(uuid=uuid)
        .first()
    )
    if escalation is None:
        raise PermissionDenied("no such escalation for this user")
    return escalation


def escalation_list(*, user, view: str = "open") -> QuerySet[Escalation]:
    """Waiting ones first (oldest first: the longest unacknowledged is the most urgent), or all recent ones."""
    qs = escalations_for(user).select_related("conversation__contact", "acknowledged_by")
    if view == "open":
        return qs.filter(status__in=AWAITING).order_by("created_at", "id")
    return qs.order_by("-created_at", "-id")[:200]


def alerts_for(*, user) -> list[Escalation]:
    """Escalations to put in front of desk and contact-centre staff: not yet acknowledged, with their alerts."""
    if not (can(user, ESCALATIONS_VIEW) or can(user, INBOX_VIEW)):
        return []
    escalations = list(
        Escalation.objects.filter(status__in=AWAITING)
        .select_related("conversation__contact")
        .order_by("created_at", "id")[:50]
    )
    kinds: dict[int, set[str]] = {}
    for escalation_id, kind in Alert.objects.filter(
        escalation__in=escalations, cleared_at__isnull=True
    ).values_list("escalation_id", "kind"):
        kinds.setdefault(escalation_id, set()).add(kind)
    for escalation in escalations:
        escalation.alert_kinds = kinds.get(escalation.pk, set())
    return escalations


def grade_corrections_for_training() -> list[dict]:
    """Officers' corrections as labelled examples for the triage model: [{"text", "grade", "categories"}].

    When a conversation was corrected more than once, only the latest correction counts.
    """
    latest: dict[int, GradeCorrection] = {}
    for correction in GradeCorrection.objects.order_by("at", "id"):
        latest[correction.conversation_id] = correction
    return [
        {"text": c.text, "grade": c.new_grade, "categories": list(c.categories)}
        for c in latest.values()
        if c.text.strip()
    ]

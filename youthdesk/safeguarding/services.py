"""Grading messages as they arrive, escalating life-at-risk contact, and the officer's grade corrections.

Crime reports and the support directory live in routing.py and directory.py.
"""

import logging
from dataclasses import asdict, replace
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from youthdesk.accounts.permissions import ESCALATIONS_ACK, GRADE_CHANGE, INBOX_REPLY, INBOX_VIEW, check
from youthdesk.audit.services import audit_record
from youthdesk.conversations.hours import desk_closed_period
from youthdesk.conversations.models import Conversation, DeskSettings, Message
from youthdesk.conversations.services import DeskError, event_record, reply_send
from youthdesk.safeguarding.models import (
    Alert,
    Escalation,
    EscalationEvent,
    GradeCorrection,
    MessageAssessment,
    OutboxItem,
)
from youthdesk.safeguarding.outbox import outbox_add, outbox_enqueue_on_commit
from youthdesk.safeguarding.payloads import body_encode, handover_build
from youthdesk.triage import GRADE_RANK, GRADES, assess, assess_together
from youthdesk.triage.engine import CONVERSATION_TAIL
from youthdesk.triage.types import CATEGORIES

log = logging.getLogger(__name__)

SAFETY_REPLY = (
    "We have read your message and we are worried about you. Our team is offline right now, "
    "but we have passed your message to police colleagues who work 24 hours a day. "
    "If you are in danger or someone is hurt, call 999 now. "
    "You can talk to Childline any time on 0800 1111, or text SHOUT to 85258."
)
CORRECTION_MESSAGES = 5  # recent inbound messages kept as the training text of a correction


def message_assess(*, message: Message, conversation: Conversation | None = None) -> MessageAssessment:
    """Assess one inbound message and raise its conversation's grade if needed. Runs inside the ingest transaction.

    `conversation`, if given, is the message's conversation already locked in this transaction (ingest has it),
    which spares reading it again. An `immediate` grade escalates at once, day or night, and out of hours sends
    the safety reply.
    """
    result = assess(message.text)
    assessment = MessageAssessment.objects.create(
        message=message,
        grade=result.grade,
        categories=list(result.categories),
        subject=result.subject,
        cues=[asdict(c) for c in result.cues],
        place=result.place or "",
        force_name=result.force or "",
        place_candidates=[list(p.candidates) for p in result.places if p.candidates],
        model_version=result.model_version,
    )
    if conversation is None or conversation.pk != message.conversation_id:
        conversation = Conversation.objects.select_for_update().get(pk=message.conversation_id)
    result = _with_earlier_messages(result, conversation=conversation)
    fields = []
    if GRADE_RANK[result.grade] > conversation.grade_rank:
        conversation.grade, conversation.grade_rank = result.grade, GRADE_RANK[result.grade]
        fields += ["grade", "grade_rank"]
    merged = sorted(set(conversation.categories) | set(result.categories))
    if merged != sorted(conversation.categories):
        conversation.categories = merged
        fields.append("categories")
    if result.force and not conversation.force_name:
        conversation.force_name = result.force
        fields.append("force_name")
    if fields:
        conversation.save(update_fields=fields)
    if result.grade == "immediate":
        escalation_create(conversation=conversation, actor=None, message=message)
        safety_reply(conversation=conversation)
    return assessment


def _with_earlier_messages(result, *, conversation: Conversation):
    """Risk split over several messages ("i have the pills" … "tonight") is graded on the episode's tail read together.

    The message keeps its own assessment; only the conversation's grade (and escalation) can rise.
    """
    recent = list(
        conversation.messages.filter(direction=Message.Direction.INBOUND, sent_at__gte=conversation.opened_at)
        .exclude(kind=Message.Kind.REACTION)
        .order_by("-sent_at", "-id")
        .values_list("text", flat=True)[:CONVERSATION_TAIL]
    )[::-1]
    if len(recent) < 2:
        return result
    # Each earlier message was graded, and raised the conversation, when it came: only the reading together is new.
    together = assess_together(recent)
    if GRADE_RANK[together.grade] <= GRADE_RANK[result.grade]:
        return result
    categories = tuple(c for c in CATEGORIES if c in {*together.categories, *result.categories})
    return replace(
        together, categories=categories, places=result.places, place=result.place, force=result.force
    )


def safety_reply(*, conversation: Conversation) -> Message | None:
    """Out of hours, tell a child at risk where help is now; once per conversation per closed period."""
    period = desk_closed_period(timezone.now(), DeskSettings.current())
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if not period or conversation.safety_reply_period == period:
        return None
    conversation.safety_reply_period = period
    conversation.save(update_fields=["safety_reply_period"])
    try:
        return reply_send(conversation=conversation, author=None, text=SAFETY_REPLY, kind=Message.Kind.AUTO)
    except DeskError as exc:
        # The platform will not let us answer (e.g. outside its reply window); the escalation still goes.
        event_record(conversation=conversation, actor=None, kind="safety_reply_refused", reason=str(exc))
        return None


def escalation_event(*, escalation: Escalation, kind: str, actor=None, **detail) -> EscalationEvent:
    """Record something that happened to an escalation."""
    return EscalationEvent.objects.create(
        escalation=escalation, kind=kind, actor=actor if getattr(actor, "pk", None) else None, detail=detail
    )


def escalation_create(*, conversation: Conversation, actor, message: Message | None = None) -> Escalation:
    """Hand a conversation over to the 24/7 contact centre; returns the episode's existing one if there is one.

    With no actor it is the automatic escalation of an `immediate` message; with an officer, their one click.
    The hand-over and its HTTP and email deliveries are written in the same transaction and sent on commit.
    """
    from youthdesk.safeguarding.tasks import escalation_deliver

    if actor is not None:
        check(actor, INBOX_REPLY)
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        existing = Escalation.objects.filter(
            conversation=conversation, episode_opened_at=conversation.opened_at
        ).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                escalation = Escalation.objects.create(
                    conversation=conversation,
                    episode_opened_at=conversation.opened_at,
                    message=message,
                    trigger=Escalation.Trigger.OFFICER if actor else Escalation.Trigger.AUTOMATIC,
                    created_by=actor,
                    grade=conversation.grade,
                    categories=list(conversation.categories),
                    force_name=conversation.force_name,
                )
        except IntegrityError:
            # Another worker escalated the same episode first; theirs stands.
            return Escalation.objects.get(conversation=conversation, episode_opened_at=conversation.opened_at)
        escalation.payload = handover_build(escalation=escalation)
        escalation.force_name = escalation.payload["force"] or ""  # where the hand-over says to send help
        escalation.save(update_fields=["payload", "force_name"])
        body = body_encode(escalation.payload)
        outbox_add(
            kind=OutboxItem.Kind.ESCALATION,
            transport=OutboxItem.Transport.HTTP,
            body=body,
            key=escalation.uuid,
            escalation=escalation,
        )
        if settings.CONTACT_CENTRE_EMAIL:
            outbox_add(
                kind=OutboxItem.Kind.ESCALATION,
                transport=OutboxItem.Transport.EMAIL,
                body=body,
                key=escalation.uuid,
                target=settings.CONTACT_CENTRE_EMAIL,
                escalation=escalation,
            )
        escalation_event(escalation=escalation, kind="created", actor=actor, trigger=escalation.trigger)
        if escalation.grade == "immediate":
            Alert.objects.create(escalation=escalation, kind=Alert.Kind.NEW_IMMEDIATE)
        event_record(
            conversation=conversation,
            actor=actor,
            kind="escalated",
            after={"escalation": str(escalation.uuid), "grade": escalation.grade},
        )
        audit_record(
            actor=actor,
            action="escalation.create",
            target=escalation,
            detail={
                "conversation": conversation.pk,
                "trigger": escalation.trigger,
                "grade": escalation.grade,
            },
        )
        outbox_enqueue_on_commit(task=escalation_deliver, escalation_id=escalation.pk)
    log.warning(
        "escalation created",
        extra={"escalation": escalation.pk, "grade": escalation.grade, "trigger": escalation.trigger},
    )
    return escalation


def delivery_recorded(*, item: OutboxItem, outcome: str) -> None:
    """Reflect an outbox result on its subject (called inside the outbox's transaction)."""
    now = timezone.now()
    if item.escalation_id is not None:
        escalation = Escalation.objects.select_for_update().get(pk=item.escalation_id)
        escalation_event(escalation=escalation, kind=f"{item.transport}_{outcome}", attempts=item.attempts)
        if item.transport != OutboxItem.Transport.HTTP:
            return
        if outcome == "delivered" and escalation.status in (
            Escalation.Status.PENDING,
            Escalation.Status.DEAD,
        ):
            escalation.status, escalation.delivered_at = Escalation.Status.DELIVERED, now
            escalation.save(update_fields=["status", "delivered_at"])
            Alert.objects.filter(
                escalation=escalation,
                kind__in=[Alert.Kind.UNDELIVERED, Alert.Kind.DEAD],
                cleared_at__isnull=True,
            ).update(cleared_at=now)
        elif outcome == "dead" and escalation.status == Escalation.Status.PENDING:
            escalation.status = Escalation.Status.DEAD
            escalation.save(update_fields=["status"])
            alert_raise(escalation=escalation, kind=Alert.Kind.DEAD)
    elif item.crime_report_id is not None and outcome == "delivered":
        from youthdesk.safeguarding.models import CrimeReport

        CrimeReport.objects.filter(pk=item.crime_report_id, delivered_at__isnull=True).update(
            delivered_at=now
        )


def alert_raise(*, escalation: Escalation, kind: str) -> Alert | None:
    """Raise an on-screen alert to supervisors once per kind per escalation."""
    try:
        with transaction.atomic():
            alert = Alert.objects.create(escalation=escalation, kind=kind)
    except IntegrityError:
        return None
    escalation_event(escalation=escalation, kind=f"alert_{kind}")
    log.error("safeguarding alert", extra={"escalation": escalation.pk, "alert": kind})
    return alert


@transaction.atomic
def escalation_acknowledge(
    *, escalation: Escalation, actor=None, reference: str = "", via: str = "app"
) -> Escalation:
    """The contact centre has the hand-over; idempotent (a second acknowledgement changes nothing)."""
    if actor is not None:
        check(actor, ESCALATIONS_ACK)
    escalation = Escalation.objects.select_for_update().get(pk=escalation.pk)
    if escalation.acknowledged_at is not None:
        return escalation
    now = timezone.now()
    escalation.status = Escalation.Status.ACKNOWLEDGED
    escalation.acknowledged_at, escalation.acknowledged_by = now, actor
    escalation.ack_reference = (reference or "")[:120]
    escalation.delivered_at = escalation.delivered_at or now
    escalation.save(
        update_fields=["status", "acknowledged_at", "acknowledged_by", "ack_reference", "delivered_at"]
    )
    escalation.alerts.filter(cleared_at__isnull=True).update(cleared_at=now)
    escalation_event(escalation=escalation, kind="acknowledged", actor=actor, via=via, reference=reference)
    audit_record(actor=actor, action="escalation.acknowledge", target=escalation, detail={"via": via})
    return escalation


@transaction.atomic
def escalation_outcome_record(*, escalation: Escalation, actor, outcome: str, note: str = "") -> Escalation:
    """The contact centre records what was done; acknowledges first if that was skipped."""
    from youthdesk.safeguarding.selectors import escalation_outcomes

    if actor is not None:
        check(actor, ESCALATIONS_ACK)
    if outcome not in dict(escalation_outcomes()):
        raise DeskError("Choose an outcome from the list.")
    if escalation.acknowledged_at is None:
        escalation_acknowledge(escalation=escalation, actor=actor, via="outcome")
    escalation = Escalation.objects.select_for_update().get(pk=escalation.pk)
    before = escalation.outcome or None
    escalation.outcome, escalation.outcome_note = outcome, (note or "").strip()[:5000]
    escalation.outcome_at, escalation.status = timezone.now(), Escalation.Status.CLOSED
    escalation.save(update_fields=["outcome", "outcome_note", "outcome_at", "status"])
    escalation_event(escalation=escalation, kind="outcome", actor=actor, before=before, after=outcome)
    audit_record(actor=actor, action="escalation.outcome", target=escalation, detail={"outcome": outcome})
    return escalation


@transaction.atomic
def escalation_resend(*, escalation: Escalation, actor) -> int:
    """A supervisor sends a refused hand-over again (after the endpoint is fixed); same Idempotency-Key."""
    from youthdesk.accounts.permissions import INBOX_ASSIGN
    from youthdesk.safeguarding.tasks import escalation_deliver

    check(actor, INBOX_ASSIGN)
    count = escalation.deliveries.filter(status=OutboxItem.Status.DEAD).update(
        status=OutboxItem.Status.PENDING, next_attempt_at=timezone.now(), locked_until=None, lease=None
    )
    if count:
        Escalation.objects.filter(pk=escalation.pk, status=Escalation.Status.DEAD).update(
            status=Escalation.Status.PENDING
        )
        escalation_event(escalation=escalation, kind="resent", actor=actor)
        audit_record(actor=actor, action="escalation.resend", target=escalation)
        outbox_enqueue_on_commit(task=escalation_deliver, escalation_id=escalation.pk)
    return count


def escalation_alerts_raise(*, now=None) -> int:
    """Raise alerts for escalations not acknowledged in time, or not delivered within a minute."""
    now = now or timezone.now()
    raised = 0
    ack_deadline = now - timedelta(minutes=float(settings.ESCALATION_ACK_MINUTES))
    for escalation in Escalation.objects.filter(
        acknowledged_at__isnull=True,
        status__in=[Escalation.Status.PENDING, Escalation.Status.DELIVERED, Escalation.Status.DEAD],
        created_at__lte=ack_deadline,
    ).exclude(alerts__kind=Alert.Kind.UNACKNOWLEDGED):
        raised += alert_raise(escalation=escalation, kind=Alert.Kind.UNACKNOWLEDGED) is not None
    undelivered_deadline = now - timedelta(
        seconds=float(getattr(settings, "ESCALATION_UNDELIVERED_ALERT_SECONDS", 60))
    )
    for escalation in Escalation.objects.filter(
        status=Escalation.Status.PENDING, created_at__lte=undelivered_deadline
    ).exclude(alerts__kind=Alert.Kind.UNDELIVERED):
        raised += alert_raise(escalation=escalation, kind=Alert.Kind.UNDELIVERED) is not None
    return raised


def conversation_grade_change(*, conversation: Conversation, grade: str, reason: str, actor) -> Conversation:
    """An officer sets the conversation's grade, with a reason; audited, evented, and kept as training data.

    Raising a grade to `immediate` escalates the conversation, as an `immediate` message would.
    """
    check(actor, GRADE_CHANGE)
    check(actor, INBOX_VIEW)
    reason = (reason or "").strip()
    if grade not in GRADES:
        raise DeskError(f"Unknown grade {grade!r}.")
    if not reason:
        raise DeskError("Give a reason for changing the grade.")
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        old = conversation.grade
        if old == grade:
            raise DeskError(f"The conversation is already graded {grade}.")
        texts = list(
            conversation.messages.filter(
                direction=Message.Direction.INBOUND, sent_at__gte=conversation.opened_at
            )
            .order_by("-sent_at", "-id")
            .values_list("text", flat=True)[:CORRECTION_MESSAGES]
        )
        texts.reverse()
        conversation.grade, conversation.grade_rank = grade, GRADE_RANK[grade]
        conversation.save(update_fields=["grade", "grade_rank"])
        GradeCorrection.objects.create(
            conversation=conversation,
            text="\n".join(t for t in texts if t),
            old_grade=old,
            new_grade=grade,
            categories=list(conversation.categories),
            reason=reason[:2000],
            actor=actor,
        )
        event_record(
            conversation=conversation,
            actor=actor,
            kind="grade_changed",
            before=old,
            after=grade,
            reason=reason,
        )
        audit_record(
            actor=actor,
            action="conversation.grade_change",
            target=conversation,
            detail={"before": old, "after": grade, "reason": reason},
        )
        if grade == "immediate":
            escalation_create(conversation=conversation, actor=actor)
    return conversation

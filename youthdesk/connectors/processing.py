"""Turning stored deliveries into messages; failures are recorded, not dropped.

A few events share one transaction when the database allows it (settings.INBOUND_BATCH): the per-event
bookkeeping (begin, lock, mark done, commit) is then paid once. If anything in a batch fails, nothing of it is
kept and each event goes again alone, in a transaction of its own, which is where errors are recorded.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from youthdesk.connectors.models import InboundEvent

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


class RetryLater(Exception):
    """Not an error: the event depends on something still in flight; the sweeper tries it again."""


HANDLERS = {"instagram": "youthdesk.connectors.instagram.events.event_handle"}
# Who an event is about, so a batch takes its conversations' locks in one order for every worker (no deadlock).
PEOPLE = {"instagram": "youthdesk.connectors.instagram.events.event_person"}


def inbound_events_process(*, event_ids: list[int]) -> dict[str, int]:
    """Process pending events (those another worker holds are skipped); returns how many had each outcome."""
    size = max(1, int(getattr(settings, "INBOUND_BATCH", 1)))
    outcomes: dict[str, int] = {}
    for start in range(0, len(event_ids), size):
        chunk = event_ids[start : start + size]
        done = _batch_apply(chunk) if len(chunk) > 1 else None
        if done is None:
            done = [inbound_event_process(event_id=pk) for pk in chunk]
        for outcome in done:
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def _batch_apply(event_ids: list[int]) -> list[str] | None:
    """All of these events in one transaction, or None (and nothing kept) if any of them fails."""
    try:
        with transaction.atomic():
            events = list(
                InboundEvent.objects.select_for_update(skip_locked=True).filter(
                    pk__in=event_ids, status=InboundEvent.Status.PENDING
                )
            )
            people = {channel: import_string(PEOPLE[channel]) for channel in {e.channel for e in events}}
            handlers = {channel: import_string(HANDLERS[channel]) for channel in people}
            events.sort(key=lambda e: (people[e.channel](e), e.pk))
            outcomes = [handlers[event.channel](event) for event in events]
            now = timezone.now()
            for status, wanted in ((InboundEvent.Status.DONE, False), (InboundEvent.Status.IGNORED, True)):
                ids = [e.pk for e, o in zip(events, outcomes, strict=True) if (o == "ignored") == wanted]
                if ids:
                    InboundEvent.objects.filter(pk__in=ids).update(
                        status=status, processed_at=now, attempts=F("attempts") + 1
                    )
    except Exception as exc:
        log.info("inbound batch handed to one-by-one processing: %s", type(exc).__name__)
        return None
    return outcomes + ["skipped"] * (len(event_ids) - len(events))


def inbound_event_process(*, event_id: int) -> str:
    """Process one pending event exactly once; a poison event ends FAILED (shown to supervisors)."""
    try:
        return _event_apply(event_id)
    except IntegrityError:
        # Another worker stored the same message or sender first (a redelivery in flight). Nothing of ours was
        # kept; once more at once, and this time the stored row is found. Cheaper than a savepoint per insert.
        pass
    except Exception as exc:
        return _event_failed(event_id, exc)
    try:
        return _event_apply(event_id)
    except Exception as exc:
        return _event_failed(event_id, exc)


def _event_apply(event_id: int) -> str:
    with transaction.atomic():
        event = (
            InboundEvent.objects.select_for_update(skip_locked=True)
            .filter(pk=event_id, status=InboundEvent.Status.PENDING)
            .first()
        )
        if event is None:
            return "skipped"
        outcome = import_string(HANDLERS[event.channel])(event)
        event.status = InboundEvent.Status.IGNORED if outcome == "ignored" else InboundEvent.Status.DONE
        event.processed_at = timezone.now()
        event.attempts += 1
        event.save(update_fields=["status", "processed_at", "attempts"])
        return outcome


def _event_failed(event_id: int, exc: Exception) -> str:
    if isinstance(exc, RetryLater):
        log.info("inbound event deferred: %s", exc, extra={"event_id": event_id})
    else:
        log.exception("inbound event failed", extra={"event_id": event_id}, exc_info=exc)
    with transaction.atomic():
        event = InboundEvent.objects.select_for_update().get(pk=event_id)
        event.attempts += 1
        event.error = f"{type(exc).__name__}: {exc}"[:2000]
        if event.attempts >= MAX_ATTEMPTS:
            event.status = InboundEvent.Status.FAILED
            log.error("inbound event failed for good", extra={"event_id": event_id, "error": event.error})
        event.save(update_fields=["attempts", "error", "status"])
    return "error"


def pending_events_process(*, older_than_seconds: float = 0, limit: int = 1000) -> int:
    """Process events still waiting after `older_than_seconds` (their task was lost); returns how many were tried."""
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    ids = list(
        InboundEvent.objects.filter(status=InboundEvent.Status.PENDING, received_at__lte=cutoff)
        .order_by("id")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in ids:
        inbound_event_process(event_id=pk)
    return len(ids)


def inbound_events_retry(*, event_ids: list[int], actor) -> int:
    """A supervisor sends failed deliveries back through processing (after a fix); audited. Returns how many."""
    from youthdesk.accounts.permissions import INBOX_ASSIGN, check
    from youthdesk.audit.services import audit_record
    from youthdesk.connectors.tasks import events_process

    check(actor, INBOX_ASSIGN)
    with transaction.atomic():
        ids = list(
            InboundEvent.objects.select_for_update()
            .filter(pk__in=event_ids, status=InboundEvent.Status.FAILED)
            .values_list("pk", flat=True)
        )
        InboundEvent.objects.filter(pk__in=ids).update(status=InboundEvent.Status.PENDING, attempts=0)
        audit_record(actor=actor, action="inbound_events.retry", detail={"events": ids})
        if ids:
            transaction.on_commit(lambda: events_process.enqueue(event_ids=ids), robust=True)
    return len(ids)

"""The durable outbox: escalations and crime reports leave the desk only through these rows.

A delivery is claimed with a lease (an atomic conditional UPDATE, so it works the same on SQLite and
PostgreSQL), sent outside any transaction, then recorded. A worker killed mid-delivery leaves a lease that
runs out; the sweep then sends again with the same Idempotency-Key, so the receiver can drop the repeat.
Retryable failures back off (capped, jittered) for ever: a hand-over is never dropped. A refusal (4xx)
marks the row dead, which stays on screen until a supervisor sends it again.
"""

import logging
import os
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from youthdesk.core.http import FinalError, RetryableError, backoff_seconds, post_json
from youthdesk.safeguarding.models import DeliveryAttempt, OutboxItem
from youthdesk.safeguarding.signing import SIGNATURE_HEADER, signature_make

log = logging.getLogger(__name__)


def lease_seconds() -> float:
    """How long a worker's claim on a row lasts before another may take it over."""
    # Longer than the HTTP client's worst case (3 s connect + 10 s read) so a live worker never loses its claim.
    configured = getattr(settings, "OUTBOX_LEASE_SECONDS", None)
    return float(configured or os.environ.get("YOUTHDESK_OUTBOX_LEASE_SECONDS", "30"))


@dataclass
class Sent:
    """The outcome of one attempt."""

    ok: bool
    error: str = ""
    final: bool = False


def outbox_add(
    *,
    kind: str,
    transport: str,
    body: str,
    key: uuid.UUID,
    target: str = "",
    escalation=None,
    crime_report=None,
) -> OutboxItem:
    """Queue one delivery (inside the caller's transaction); it is due at once."""
    return OutboxItem.objects.create(
        kind=kind,
        transport=transport,
        body=body,
        idempotency_key=key,
        target=target,
        escalation=escalation,
        crime_report=crime_report,
        next_attempt_at=timezone.now(),
    )


def _secret_and_url(item: OutboxItem) -> tuple[str, str]:
    if item.kind == OutboxItem.Kind.ESCALATION:
        return settings.CONTACT_CENTRE_SECRET, item.target or settings.CONTACT_CENTRE_URL
    route = item.crime_report.route
    return route.secret, item.target or route.endpoint_url


def _subject(item: OutboxItem) -> str:
    if item.kind == OutboxItem.Kind.ESCALATION:
        return f"YouthDesk escalation {item.escalation.reference}: {item.escalation.grade.upper()}"
    return f"YouthDesk crime report for {item.crime_report.force_name}"


def _send(item: OutboxItem) -> Sent:
    """One attempt over the item's transport; never raises."""
    if item.transport == OutboxItem.Transport.EMAIL:
        try:
            EmailMessage(
                subject=_subject(item),
                body=item.body,
                to=[item.target],
                headers={"Idempotency-Key": str(item.idempotency_key)},
            ).send(fail_silently=False)
        except Exception as exc:  # SMTP and socket errors alike: the mail server may take it later
            return Sent(ok=False, error=f"{type(exc).__name__}: {exc}")
        return Sent(ok=True)
    secret, url = _secret_and_url(item)
    if not url:
        return Sent(
            ok=False, error="No endpoint is configured (YOUTHDESK_CONTACT_CENTRE_URL or the force route)."
        )
    body = item.body.encode()
    try:
        post_json(
            url,
            content=body,
            headers={
                "Idempotency-Key": str(item.idempotency_key),
                SIGNATURE_HEADER: signature_make(body=body, secret=secret),
            },
        )
    except RetryableError as exc:
        return Sent(ok=False, error=str(exc))
    except FinalError as exc:
        return Sent(ok=False, error=str(exc), final=True)
    return Sent(ok=True)


def outbox_claim(*, item_id: int, now: datetime | None = None) -> tuple[OutboxItem, uuid.UUID] | None:
    """Take a due item for one attempt; None if it is delivered, not due, or leased by a live worker."""
    now = now or timezone.now()
    lease = uuid.uuid4()
    claimed = (
        OutboxItem.objects.filter(pk=item_id, status=OutboxItem.Status.PENDING, next_attempt_at__lte=now)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now))
        .update(
            locked_until=now + timedelta(seconds=lease_seconds()), lease=lease, attempts=F("attempts") + 1
        )
    )
    if not claimed:
        return None
    item = OutboxItem.objects.select_related("escalation", "crime_report__route").get(pk=item_id)
    return item, lease


def outbox_record(
    *, item: OutboxItem, lease: uuid.UUID, sent: Sent, duration_ms: int, now: datetime | None = None
) -> str:
    """Write the attempt's result; a success always counts, a failure only if we still hold the lease."""
    from youthdesk.safeguarding.services import delivery_recorded

    now = now or timezone.now()
    with transaction.atomic():
        row = OutboxItem.objects.select_for_update().filter(pk=item.pk).first()
        if row is None or row.status != OutboxItem.Status.PENDING:
            return "already settled"
        DeliveryAttempt.objects.create(item=row, ok=sent.ok, error=sent.error[:2000], duration_ms=duration_ms)
        if sent.ok:
            row.status, row.delivered_at, row.last_error = OutboxItem.Status.DELIVERED, now, ""
            row.locked_until = row.lease = None
            row.save(update_fields=["status", "delivered_at", "last_error", "locked_until", "lease"])
            delivery_recorded(item=row, outcome="delivered")
            return "delivered"
        if row.lease != lease:
            return "lease lost"  # another worker has taken over; its result will be recorded
        row.last_error = sent.error[:2000]
        row.locked_until = row.lease = None
        if sent.final:
            row.status = OutboxItem.Status.DEAD
            row.save(update_fields=["status", "last_error", "locked_until", "lease"])
            delivery_recorded(item=row, outcome="dead")
            log.error("outbox delivery refused", extra={"item": row.pk, "error": row.last_error})
            return "dead"
        wait = backoff_seconds(
            row.attempts, base=float(settings.OUTBOX_BACKOFF_BASE), cap=float(settings.OUTBOX_BACKOFF_CAP)
        )
        row.next_attempt_at = now + timedelta(seconds=wait)
        row.save(update_fields=["last_error", "locked_until", "lease", "next_attempt_at"])
        log.warning(
            "outbox delivery failed", extra={"item": row.pk, "error": row.last_error, "retry_in": wait}
        )
        return "retrying"


def outbox_deliver(*, item_id: int, now: datetime | None = None) -> str:
    """Claim, send and record one item: the only path by which anything leaves the outbox."""
    claim = outbox_claim(item_id=item_id, now=now)
    if claim is None:
        return "skipped"
    item, lease = claim
    started = time.monotonic()
    sent = _send(item)
    return outbox_record(
        item=item, lease=lease, sent=sent, duration_ms=int((time.monotonic() - started) * 1000), now=now
    )


def outbox_due(*, now: datetime | None = None, limit: int = 200) -> list[int]:
    """Ids of items that are due and not held by a live lease, oldest first."""
    now = now or timezone.now()
    return list(
        OutboxItem.objects.filter(status=OutboxItem.Status.PENDING, next_attempt_at__lte=now)
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lte=now))
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )


def outbox_deliver_due(*, now: datetime | None = None, limit: int = 200, budget_seconds: float = 20) -> int:
    """Deliver what is due (the sweep's safety net); stops after the time budget so other sweeps still run."""
    if not connection.in_atomic_block:
        # A long-running sweeper must drop a connection the database restart broke, then reconnect.
        close_old_connections()
    started = time.monotonic()
    done = 0
    for pk in outbox_due(now=now, limit=limit):
        if time.monotonic() - started > budget_seconds:
            break
        if outbox_deliver(item_id=pk, now=now) != "skipped":
            done += 1
    return done


def outbox_enqueue_on_commit(*, task, **ids) -> None:
    """Trigger the worker after the rows are committed; the sweep covers a lost trigger."""
    transaction.on_commit(lambda: _enqueue(task, ids))


def _enqueue(task, ids: dict) -> None:
    try:
        task.enqueue(**ids)
    except Exception:  # a queue outage must not fail the request that committed the outbox row
        log.exception("could not enqueue outbox delivery; the sweep will send it", extra=ids)

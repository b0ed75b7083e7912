"""`/webhooks/instagram`: Meta's handshake, then signed deliveries saved durably before the 200 answer.

Order matters: size, then signature over the raw bytes, then shape; only then one transaction writes.
Processing happens in the worker (youthdesk.connectors.tasks), so the answer stays fast.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from youthdesk.connectors.instagram.payloads import PayloadError, delivery_parse, signature_for  # noqa: F401
from youthdesk.connectors.models import InboundEvent

log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024  # Meta batches up to 1000 updates; anything over 1 MB is refused


def signature_valid(raw_body: bytes, header: str | None) -> bool:
    """X-Hub-Signature-256 is "sha256=" + HMAC-SHA256(raw body, app secret); compared in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    received = header[len("sha256=") :].strip().lower()
    secrets = [settings.INSTAGRAM_APP_SECRET, *getattr(settings, "INSTAGRAM_EXTRA_APP_SECRETS", [])]
    ok = False
    for secret in secrets:
        if secret:
            expected = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
            ok |= hmac.compare_digest(expected, received)
    return ok


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _body(request: HttpRequest) -> bytes | None:
    """The raw body, or None if it is over the limit (judged by header and by what actually arrived)."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY:
        return None
    try:
        body = request.body
    except RequestDataTooBig:
        return None
    return None if len(body) > MAX_BODY else body


def _handshake(request: HttpRequest) -> HttpResponse:
    mode = request.GET.get("hub.mode")
    token = request.GET.get("hub.verify_token", "")
    challenge = request.GET.get("hub.challenge", "")
    expected = settings.INSTAGRAM_VERIFY_TOKEN
    if mode == "subscribe" and expected and hmac.compare_digest(token.encode(), expected.encode()):
        return HttpResponse(challenge, content_type="text/plain; charset=utf-8")
    log.warning("instagram handshake refused", extra={"mode": mode})
    return HttpResponse("verification failed", status=403, content_type="text/plain; charset=utf-8")


@csrf_exempt
def instagram_webhook(request: HttpRequest) -> HttpResponse:
    """Meta's subscription handshake (GET) and event deliveries (POST)."""
    if request.method == "GET":
        return _handshake(request)
    if request.method != "POST":
        return _error(405, "use GET for the handshake or POST for deliveries")
    body = _body(request)
    if body is None:
        log.warning("instagram delivery refused: over 1 MB")
        return _error(400, "body is over the 1 MB limit")
    if not signature_valid(body, request.headers.get("X-Hub-Signature-256")):
        log.warning("instagram delivery refused: bad signature", extra={"bytes": len(body)})
        return _error(403, "missing or invalid X-Hub-Signature-256")
    try:
        items = delivery_parse(body)
    except PayloadError as exc:
        log.warning("instagram delivery refused: %s", exc, extra={"bytes": len(body)})
        return _error(400, str(exc))
    try:
        pending = events_store(items=items)
    except DatabaseError:
        # Meta retries anything but a 200: better a retry than a lost message.
        log.exception("instagram delivery not stored")
        return _error(503, "could not store the delivery; please retry")
    return JsonResponse({"received": len(items), "new": len(pending)})


def events_store(*, items) -> list[int]:
    """Save a delivery's items in one transaction (a redelivered item is dropped) and queue processing on commit."""
    from youthdesk.connectors.tasks import events_process

    now = timezone.now()
    rows = [
        (
            "instagram",
            item.dedup_key,
            item.event_type,
            item.payload,
            now,
            InboundEvent.Status.PENDING if item.understood else InboundEvent.Status.IGNORED,
            0,
            "",
            None if item.understood else now,
        )
        for item in items
    ]
    with transaction.atomic():
        pending = _events_insert(rows)
        if pending and _queue_shares_the_database():
            # The task row commits with the events or not at all, and the delivery costs one write, not two.
            events_process.enqueue(event_ids=pending)
        elif pending:
            # robust: if queueing fails the rows are still pending and the sweeper picks them up.
            transaction.on_commit(lambda: events_process.enqueue(event_ids=pending), robust=True)
    return pending


_COLUMNS = (
    "channel",
    "dedup_key",
    "event_type",
    "payload",
    "received_at",
    "status",
    "attempts",
    "error",
    "processed_at",
)
_CHUNK = 500  # rows per statement: 4,500 parameters, well inside SQLite's and PostgreSQL's limits


def _events_insert(rows: list[tuple]) -> list[int]:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING: one round trip stores the new items and names the pending ones.

    An item already stored (a redelivery) returns nothing, so it is neither stored twice nor queued twice; an
    earlier copy that is still pending already has its task (or the sweeper).
    """
    if not connection.features.can_return_rows_from_bulk_insert:
        return _events_insert_then_select(rows)  # SQLite before 3.35 has no RETURNING
    fields = [InboundEvent._meta.get_field(name) for name in _COLUMNS]
    quote = connection.ops.quote_name
    table = quote(InboundEvent._meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    pending = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            values = ", ".join(["(" + ", ".join(["%s"] * len(fields)) + ")"] * len(chunk))
            params = [
                field.get_db_prep_save(value, connection)
                for row in chunk
                for field, value in zip(fields, row, strict=True)
            ]
            # Only quoted model identifiers and placeholders are formatted in; every value is a parameter.
            sql = (
                f"INSERT INTO {table} ({columns}) VALUES {values} "  # noqa: S608
                f"ON CONFLICT ({quote('dedup_key')}) DO NOTHING RETURNING {quote('id')}, {quote('status')}"
            )
            cursor.execute(sql, params)
            pending += [pk for pk, status in cursor.fetchall() if status == InboundEvent.Status.PENDING]
    return sorted(pending)


def _queue_shares_the_database() -> bool:
    return settings.TASKS.get("default", {}).get("BACKEND") == "django_tasks_db.DatabaseBackend"


def _events_insert_then_select(rows: list[tuple]) -> list[int]:
    """The same outcome in more statements, for databases without INSERT ... RETURNING.

    Two racing copies of one new item may both queue it; processing is idempotent, so it is stored once.
    """
    stored = set(
        InboundEvent.objects.filter(dedup_key__in=[row[1] for row in rows]).values_list(
            "dedup_key", flat=True
        )
    )
    new = [InboundEvent(**dict(zip(_COLUMNS, row, strict=True))) for row in rows if row[1] not in stored]
    InboundEvent.objects.bulk_create(new, ignore_conflicts=True)
    keys = {event.dedup_key for event in new if event.status == InboundEvent.Status.PENDING}
    return sorted(
        InboundEvent.objects.filter(dedup_key__in=keys, status=InboundEvent.Status.PENDING).values_list(
            "pk", flat=True
        )
    )

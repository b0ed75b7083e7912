"""Background work for the inbox: delivering replies, with retries that are shown, never dropped."""

import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from youthdesk.core.http import FinalError, RetryableError, backoff_seconds

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


@task()
def message_deliver(message_id: int) -> str:
    """Send one outbound message through its channel. Idempotent: a sent message is not sent again."""
    from youthdesk.connectors.registry import connector_for
    from youthdesk.conversations.models import Message

    with transaction.atomic():
        message = Message.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.delivery in (Message.Delivery.SENT, Message.Delivery.FAILED):
            return "skipped"
        message.delivery_attempts += 1
        message.save(update_fields=["delivery_attempts"])
    try:
        external_id = connector_for(message.channel).send(message=message)
    except RetryableError as exc:
        return _delivery_failed(message, str(exc), retry=message.delivery_attempts < MAX_ATTEMPTS)
    except FinalError as exc:
        return _delivery_failed(message, str(exc), retry=False)
    sent = {"delivery": Message.Delivery.SENT, "delivery_error": "", "next_attempt_at": None}
    try:
        with transaction.atomic():
            Message.objects.filter(pk=message.pk).update(external_id=external_id or None, **sent)
    except IntegrityError:
        # The platform's echo of this reply was stored first under the same id: it was sent all the same.
        Message.objects.filter(pk=message.pk).update(**sent)
    return "sent"


def _delivery_failed(message, error: str, *, retry: bool) -> str:
    from youthdesk.conversations.models import Message

    log.warning("reply delivery failed", extra={"message_id": message.pk, "error": error, "retry": retry})
    if retry:
        when = timezone.now() + timedelta(seconds=backoff_seconds(message.delivery_attempts, base=2, cap=300))
        Message.objects.filter(pk=message.pk).update(
            delivery=Message.Delivery.RETRYING, delivery_error=error, next_attempt_at=when
        )
        message_deliver.using(run_after=when).enqueue(message_id=message.pk)
        return "retrying"
    Message.objects.filter(pk=message.pk).update(
        delivery=Message.Delivery.FAILED, delivery_error=error, next_attempt_at=None
    )
    return "failed"


def message_retry(*, message) -> None:
    """An officer asks to send a failed reply again."""
    from youthdesk.conversations.models import Message

    Message.objects.filter(pk=message.pk, delivery=Message.Delivery.FAILED).update(
        delivery=Message.Delivery.QUEUED, delivery_error=""
    )
    transaction.on_commit(lambda: message_deliver.enqueue(message_id=message.pk))

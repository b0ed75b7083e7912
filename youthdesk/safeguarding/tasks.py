"""Background triggers for the outbox. They take ids and are idempotent: the outbox rows are the truth."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from youthdesk.core.workers import priority
from youthdesk.safeguarding.models import OutboxItem
from youthdesk.safeguarding.outbox import outbox_deliver

log = logging.getLogger(__name__)


def _deliver_pending(task_obj, items, ids: dict) -> str:
    results = [outbox_deliver(item_id=pk) for pk in items.values_list("pk", flat=True)]
    # A failed attempt is retried by a deferred task where the queue supports it; the sweep does it otherwise.
    waiting = items.filter(status=OutboxItem.Status.PENDING).order_by("next_attempt_at").first()
    if waiting is not None and task_obj.get_backend().supports_defer:
        try:
            now = timezone.now()
            # Never sooner than a second, nor while another worker's lease is live: no busy loop.
            when = max(waiting.next_attempt_at, waiting.locked_until or now, now + timedelta(seconds=1))
            task_obj.using(run_after=when).enqueue(**ids)
        except Exception:
            log.exception("could not defer the retry; the sweep will send it", extra=ids)
    return ",".join(results) or "nothing to send"


# A child at risk goes ahead of everything else queued (replies, inbound events, insights).
@task(**priority(100))
def escalation_deliver(escalation_id: int) -> str:
    """Send an escalation's hand-over (HTTP and email) if it is still waiting. Safe to run any number of times."""
    items = OutboxItem.objects.filter(escalation_id=escalation_id, status=OutboxItem.Status.PENDING)
    return _deliver_pending(escalation_deliver, items, {"escalation_id": escalation_id})


@task()
def crime_report_deliver(crime_report_id: int) -> str:
    """Send a crime report to its force if it is still waiting. Safe to run any number of times."""
    items = OutboxItem.objects.filter(crime_report_id=crime_report_id, status=OutboxItem.Status.PENDING)
    return _deliver_pending(crime_report_deliver, items, {"crime_report_id": crime_report_id})

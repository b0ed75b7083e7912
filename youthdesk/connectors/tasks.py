"""Processing stored deliveries. The InboundEvent row is the truth; the task is only a trigger."""

import time

from django.db import transaction
from django_tasks import task


@task()
def event_process(event_id: int) -> str:
    """Process one stored event (idempotent: a processed event is skipped)."""
    from youthdesk.connectors.processing import inbound_event_process

    return inbound_event_process(event_id=event_id)


# In a burst the webhook queues one trigger per delivery, and the database queue's own cost per task (claim,
# result) is about a fifth of processing a message. So a worker that finishes its delivery takes over the
# events of a few more still queued, for a moment only: an escalation queued meanwhile still goes next.
TAKE_OVER_BATCH = 20
TAKE_OVER_SECONDS = 0.25


@task()
def events_process(event_ids: list[int]) -> dict[str, int]:
    """Process the events of one delivery in order (and of other deliveries still queued, see above)."""
    outcomes: dict[str, int] = {}
    _events_run(event_ids, outcomes)
    deadline = time.monotonic() + TAKE_OVER_SECONDS
    while time.monotonic() < deadline:
        waiting = _queued_deliveries_take(limit=TAKE_OVER_BATCH)
        if not waiting:
            break
        _events_run(waiting, outcomes)
    return outcomes


def _events_run(event_ids: list[int], outcomes: dict[str, int]) -> None:
    from youthdesk.connectors.processing import inbound_events_process

    for outcome, count in inbound_events_process(event_ids=event_ids).items():
        outcomes[outcome] = outcomes.get(outcome, 0) + count


def _queued_deliveries_take(*, limit: int) -> list[int]:
    """Remove up to `limit` queued events_process triggers (oldest first) and return their event ids.

    Only the database queue allows this. The events stay pending until processed, so if this worker dies
    first the sweeper finds them, as it finds any event whose trigger was lost.
    """
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = events_process.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return []
    with transaction.atomic():
        taken = list(
            DBTaskResult.objects.ready()
            .filter(backend_name=backend.alias, task_path=events_process.module_path)
            .select_for_update(skip_locked=True)
            .values_list("id", "args_kwargs")[:limit]
        )
        DBTaskResult.objects.filter(id__in=[pk for pk, _ in taken]).delete()
    return [event_id for _, call in taken for event_id in call["kwargs"]["event_ids"]]


def sweep_pending_events() -> int:
    """Process events whose task was lost (worker killed, queue flushed)."""
    from django.conf import settings

    from youthdesk.connectors.processing import pending_events_process

    return pending_events_process(older_than_seconds=getattr(settings, "INBOUND_SWEEP_AFTER_SECONDS", 10))

"""Processing stored deliveries. The InboundEvent row is the truth; the task is only a trigger."""

from django_tasks import task


@task()
def event_process(event_id: int) -> str:
    """Process one stored event (idempotent: a processed event is skipped)."""
    from youthdesk.connectors.processing import inbound_event_process

    return inbound_event_process(event_id=event_id)


@task()
def events_process(event_ids: list[int]) -> dict[str, int]:
    """Process the events of one delivery in order; one task per delivery keeps the queue short."""
    from youthdesk.connectors.processing import inbound_event_process

    outcomes: dict[str, int] = {}
    for event_id in event_ids:
        outcome = inbound_event_process(event_id=event_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def sweep_pending_events() -> int:
    """Process events whose task was lost (worker killed, queue flushed)."""
    from django.conf import settings

    from youthdesk.connectors.processing import pending_events_process

    return pending_events_process(older_than_seconds=getattr(settings, "INBOUND_SWEEP_AFTER_SECONDS", 10))

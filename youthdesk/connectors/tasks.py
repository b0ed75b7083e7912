"""Processing stored deliveries. The InboundEvent row is the truth; the task is only a trigger."""

from django_tasks import task


@task()
def event_process(event_id: int) -> str:
    from youthdesk.connectors.processing import inbound_event_process

    return inbound_event_process(event_id=event_id)


def sweep_pending_events() -> int:
    """Process events whose task was lost (worker killed, queue flushed)."""
    from youthdesk.connectors.processing import pending_events_process

    return pending_events_process(older_than_seconds=10)

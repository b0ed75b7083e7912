"""The safeguarding safety net, run by `youthdesk sweeper`: send what is due, raise what is late."""

from youthdesk.safeguarding.outbox import outbox_deliver_due
from youthdesk.safeguarding.services import escalation_alerts_raise


def sweep_outbox(now=None) -> int:
    """Deliver due outbox rows (retries and lost triggers) and raise unacknowledged/undelivered alerts."""
    return outbox_deliver_due(now=now) + escalation_alerts_raise(now=now)

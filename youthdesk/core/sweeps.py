"""Periodic safety nets run by `youthdesk sweeper`: the database rows are the truth, tasks only a trigger.

Each entry is a dotted path to a function taking no arguments and returning a count of things it acted on.
"""

import logging

from django.utils.module_loading import import_string

log = logging.getLogger(__name__)

SWEEPS: list[str] = [
    "youthdesk.connectors.tasks.sweep_pending_events",
    "youthdesk.conversations.sweeps.sweep_stuck_deliveries",
    "youthdesk.safeguarding.sweeps.sweep_outbox",
    "youthdesk.core.jobs.jobs_sweep_stale",
    "youthdesk.core.queue_statistics.sweep_queue_statistics",
]


def sweep_all() -> dict[str, int]:
    results = {}
    for path in SWEEPS:
        try:
            results[path] = import_string(path)()
        except Exception:  # one failing sweep must not stop the others
            log.exception("sweep failed", extra={"sweep": path})
            results[path] = -1
    return results

"""The background worker command for the configured task backend (used by `serve` and its tests)."""

from django.conf import settings

# django-tasks-rq needs its own job class; the scheduler runs retries queued for later (run_after).
RQ_WORKER = ["rqworker", "default", "--job-class", "django_tasks_rq.backend.Job", "--with-scheduler"]
DB_WORKER = ["db_worker", "--interval", "0.2"]


def worker_command() -> list[str]:
    """`youthdesk` arguments that run one task worker for this deployment."""
    return RQ_WORKER if settings.REDIS_URL else DB_WORKER

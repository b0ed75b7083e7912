"""Task-queue specifics: the worker command for the configured backend (used by `serve` and its tests), and
priorities, which only the database queue has.

The database queue takes the highest priority first (a child at risk ahead of routine work). Redis/RQ runs a
queue in arrival order and refuses a task that names a priority, so there a task is queued without one.
"""

from django.conf import settings

# django-tasks-rq needs its own job class; the scheduler runs retries queued for later (run_after).
RQ_WORKER = ["rqworker", "default", "--job-class", "django_tasks_rq.backend.Job", "--with-scheduler"]
DB_WORKER = ["db_worker", "--interval", "0.2"]


def worker_command() -> list[str]:
    """`youthdesk` arguments that run one task worker for this deployment."""
    return RQ_WORKER if settings.REDIS_URL else DB_WORKER


def priority(value: int) -> dict:
    """`@task(**priority(100))`: the priority where the configured backend orders by it, else nothing."""
    from django_tasks import default_task_backend

    return {"priority": value} if default_task_backend.supports_priority else {}


def at_priority(task, value: int):
    """The task to enqueue at `value` where its backend orders by priority; the task as it is elsewhere."""
    return task.using(priority=value) if value and task.get_backend().supports_priority else task

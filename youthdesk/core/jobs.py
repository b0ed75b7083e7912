"""Long jobs started from the product: start, report progress, finish or fail, and who may see them.

A job is a Job row (the truth) plus one task that runs it (only a trigger). Progress is written in its own
short autocommitted statements so that the page polling the row sees it while the job runs, on SQLite (WAL)
and PostgreSQL alike. Each kind of job names the function that runs it and the check of who may see it, by
dotted path, so this base app does not import the apps that use it.
"""

import datetime as dt
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import QuerySet
from django.db.models.sql.subqueries import UpdateQuery
from django.http import Http404
from django.utils import timezone
from django.utils.module_loading import import_string

from youthdesk.accounts.permissions import AUDIT_VIEW, can
from youthdesk.audit.services import audit_record
from youthdesk.core.models import Job

log = logging.getLogger(__name__)

# Supervisors, the programme lead and administrators oversee everyone's work (they hold audit.view); everyone
# else sees only the jobs they started.
SEES_ALL_JOBS = AUDIT_VIEW
MESSAGE_MAX = 200
ERROR_MAX = 2000
# Progress writes are throttled so a tight loop does not turn into a write per row.
PROGRESS_EVERY_SECONDS = 0.2


@dataclass(frozen=True)
class JobKind:
    """What a kind of job runs and who may see one (both dotted paths, resolved when used)."""

    run: str  # (*, job: Job, progress: Progress) -> dict, the job's result
    may_view: str  # (*, user, job: Job) -> bool, on top of "own job, or a supervisor"
    label: str


KINDS: dict[str, JobKind] = {
    "insights.report": JobKind(
        run="youthdesk.insights.report.report_job_run",
        may_view="youthdesk.insights.report.report_job_may_view",
        label="Insight report",
    ),
    "insights.rebuild": JobKind(
        run="youthdesk.insights.tasks.rebuild_job_run",
        may_view="youthdesk.insights.tasks.rebuild_job_may_view",
        label="Rebuild of the anonymised store",
    ),
}


class JobError(Exception):
    """A job that cannot start (unknown kind, bad parameters): shown to the person who asked."""


def stale_after() -> float:
    """Seconds without a heartbeat after which a running job is taken to have lost its worker."""
    return float(getattr(settings, "YOUTHDESK_JOB_STALE_SECONDS", 600))


def job_dir(job: Job) -> Path:
    """Where a job's result files live (the var dir, never a public static or media path)."""
    return Path(settings.VAR_DIR) / "jobs" / str(job.pk)


def job_file_write(*, job: Job, name: str, content: bytes) -> Path:
    """Write one result file atomically, so a repeated run replaces it and a crash leaves no half file."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise JobError(f"Not a plain file name: {name!r}")
    folder = job_dir(job)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    partial = folder / f".{name}.partial"
    partial.write_bytes(content)
    os.replace(partial, final)
    return final


def job_start(*, kind: str, actor, title: str, params: dict, scope: str = "", total: int = 0) -> Job:
    """Create the job row and queue the task that runs it once this transaction commits."""
    from youthdesk.core.tasks import job_run_task

    if kind not in KINDS:
        raise JobError(f"Unknown kind of job: {kind}")
    with transaction.atomic():
        job = Job.objects.create(
            kind=kind,
            title=title[:200],
            params=params,
            started_by=actor if getattr(actor, "pk", None) else None,
            organisation=getattr(actor, "organisation", None),
            scope=scope,
            total=total,
            message="Waiting for a worker",
        )
        audit_record(actor=actor, action="job.started", target=job, detail={"kind": kind, **params})
        job_id = str(job.pk)
        transaction.on_commit(lambda: job_run_task.enqueue(job_id=job_id))
    return job


def _in_real_transaction() -> bool:
    # A test case's own wrapping transaction does not count: in production it does not exist.
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def _progress_file(job_id) -> Path:
    return Path(settings.VAR_DIR) / "jobs" / str(job_id) / "progress.json"


def _write_progress_file(job_id, fields: dict) -> None:
    path = _progress_file(job_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(".progress.json.partial")
    record = {k: v for k, v in fields.items() if k in ("done", "total", "message")}
    partial.write_text(json.dumps({**record, "at": fields["heartbeat_at"].isoformat()}))
    os.replace(partial, path)


def job_live(job: Job) -> Job:
    """The job with the progress a running job could not write to the database yet (SQLite, see _write)."""
    if not job.is_active:
        return job
    try:
        record = json.loads(_progress_file(job.pk).read_text())
    except (OSError, ValueError):
        return job
    at = dt.datetime.fromisoformat(record.pop("at"))
    if job.heartbeat_at is None or at > job.heartbeat_at:
        for key, value in record.items():
            setattr(job, key, value)
        job.heartbeat_at = at
    return job


def _write(job_id, **fields) -> int:
    """Update the job row so other connections see it now, even when called inside a long transaction."""
    if not _in_real_transaction():
        return Job.objects.filter(pk=job_id).update(**fields)
    # Inside a transaction (e.g. a rebuild that must stay atomic) a write on this connection would stay
    # invisible until the end. SQLite has one writer, and the outer transaction holds it: the progress goes
    # to a small file in the var dir instead (SQLite means one machine, so the web process reads it there).
    if connection.vendor == "sqlite":
        try:
            _write_progress_file(job_id, fields)
        except OSError:
            log.warning("job progress file not written", extra={"job": str(job_id)}, exc_info=True)
        return 0
    # PostgreSQL: write on a connection of its own, committed at once. Should the job's own transaction have
    # locked its Job row, the write gives up after a moment instead of waiting on it for ever.
    side = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        query = UpdateQuery(Job)
        query.add_filter("pk", job_id)
        query.add_update_values(fields)
        sql, params = query.get_compiler(connection=side).as_sql()
        with side.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
            cursor.execute(sql, params)
            return cursor.rowcount
    except Exception:  # progress is a courtesy: the job's own outcome is written by job_finish/job_fail
        log.warning("job progress not written", extra={"job": str(job_id)}, exc_info=True)
        return 0
    finally:
        side.close()


def job_progress(
    *, job_id, done: int | None = None, total: int | None = None, message: str | None = None
) -> int:
    """Record how far a running job has got (its own short write, visible at once to the polling page)."""
    fields: dict[str, Any] = {"heartbeat_at": timezone.now()}
    if done is not None:
        fields["done"] = max(0, int(done))
    if total is not None:
        fields["total"] = max(0, int(total))
    if message is not None:
        fields["message"] = message[:MESSAGE_MAX]
    return _write(job_id, **fields)


class Progress:
    """The callable a job's code reports through: progress(done, total, message); throttled, never raises."""

    def __init__(self, job_id):
        self.job_id = job_id
        self._last = 0.0
        self._last_step: str | None = None

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        # A new kind of step is always written ("HTML" after "drawing charts"); a count moving within one
        # ("copying 4,000/90,000") at most every PROGRESS_EVERY_SECONDS, and always at its end.
        step = re.sub(r"[\d,./%]+", "", message)
        if step == self._last_step and now - self._last < PROGRESS_EVERY_SECONDS and done < total:
            return
        self._last, self._last_step = now, step
        job_progress(job_id=self.job_id, done=done, total=total, message=message)


def _claim(job_id) -> bool:
    """Move a queued job to running; False when another run already took it (so a repeat does nothing)."""
    now = timezone.now()
    with transaction.atomic():
        claimed = Job.objects.filter(pk=job_id, state=Job.State.QUEUED).update(
            state=Job.State.RUNNING, started_at=now, heartbeat_at=now, message="Starting", attempts=1
        )
        if claimed:
            job = Job.objects.get(pk=job_id)
            audit_record(actor=None, action="job.running", target=job, detail={"kind": job.kind})
    return bool(claimed)


def job_finish(*, job_id, result: dict) -> bool:
    """Mark a running job done with its result; False when it was no longer running (nothing changes)."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id, state=Job.State.RUNNING).first()
        if job is None:
            return False
        job.state, job.result, job.finished_at = Job.State.DONE, result, timezone.now()
        job.done = job.total = max(job.total, job.done, 1)
        job.message = result.get("summary", "Done")[:MESSAGE_MAX]
        job.save(update_fields=["state", "result", "finished_at", "done", "total", "message"])
        audit_record(actor=None, action="job.done", target=job, detail={"kind": job.kind})
    return True


def job_fail(*, job_id, error: str, message: str = "Failed") -> bool:
    """Mark an unfinished job failed with the reason; False when it had already finished."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id, state__in=Job.ACTIVE).first()
        if job is None:
            return False
        job.state, job.error, job.finished_at = Job.State.FAILED, error[:ERROR_MAX], timezone.now()
        job.message = message[:MESSAGE_MAX]
        job.save(update_fields=["state", "error", "finished_at", "message"])
        audit_record(
            actor=None, action="job.failed", target=job, detail={"kind": job.kind, "error": job.error}
        )
    return True


def job_run(*, job_id) -> str:
    """Run one job by id: claim it, run its kind's code with a Progress, record done or failed. Idempotent."""
    if not _claim(job_id):
        return "skipped"
    job = Job.objects.select_related("started_by", "organisation").get(pk=job_id)
    try:
        run: Callable[..., dict] = import_string(KINDS[job.kind].run)
        result = run(job=job, progress=Progress(job.pk))
    except Exception as exc:
        log.exception("job failed", extra={"job": str(job_id), "kind": job.kind})
        job_fail(job_id=job_id, error=f"{type(exc).__name__}: {exc}")
        return "failed"
    return "done" if job_finish(job_id=job_id, result=result or {}) else "skipped"


def jobs_sweep_stale() -> int:
    """Mark failed the running jobs whose worker stopped (no heartbeat for a while); for the sweeper."""
    cutoff = timezone.now() - timezone.timedelta(seconds=stale_after())
    failed = 0
    for job in Job.objects.filter(state=Job.State.RUNNING, heartbeat_at__lt=cutoff):
        # A job inside a long SQLite transaction beats in its progress file, not in the row.
        if job_live(job).heartbeat_at >= cutoff:
            continue
        failed += job_fail(
            job_id=job.pk,
            error="The worker running this job stopped before it finished.",
            message="Stopped: start it again",
        )
    return failed


# Selectors


def jobs_visible(*, user, kind: str | None = None) -> QuerySet[Job]:
    """The jobs a user may see: their own, or everyone's for supervisors (each kind's check still applies)."""
    if not getattr(user, "is_authenticated", False):
        return Job.objects.none()
    qs = Job.objects.select_related("started_by")
    if kind:
        qs = qs.filter(kind=kind)
    if not can(user, SEES_ALL_JOBS):
        qs = qs.filter(started_by=user)
    return qs


def job_may_view(*, user, job: Job) -> bool:
    """Whether this user may see this job: own (or supervising) and allowed by the job's kind."""
    if not getattr(user, "is_authenticated", False):
        return False
    if job.started_by_id != user.pk and not can(user, SEES_ALL_JOBS):
        return False
    kind = KINDS.get(job.kind)
    return kind is not None and bool(import_string(kind.may_view)(user=user, job=job))


def job_get_for(*, user, job_id) -> Job:
    """One job for a request: 404 when it does not exist, 403 when this user may not see it."""
    job = Job.objects.select_related("started_by").filter(pk=job_id).first()
    if job is None:
        raise Http404("job")
    if not job_may_view(user=user, job=job):
        raise PermissionDenied("job")
    return job_live(job)


def jobs_recent_for(*, user, kind: str | None = None, limit: int = 10) -> list[Job]:
    """A user's recent jobs that they may see, newest first."""
    jobs = jobs_visible(user=user, kind=kind)[: limit * 3]
    return [job_live(job) for job in jobs if job_may_view(user=user, job=job)][:limit]


def job_file_get(*, job: Job, name: str) -> tuple[Path, dict]:
    """One of a finished job's result files, by its listed name only (never a path from the request)."""
    for entry in job.files:
        if entry.get("name") == name:
            path = job_dir(job) / entry["name"]
            if path.is_file():
                return path, entry
            break
    raise Http404("file")

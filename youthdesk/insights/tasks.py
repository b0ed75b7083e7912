"""Background work for insights: copying each closed engagement into the anonymised store."""

from django_tasks import task

from youthdesk.accounts.permissions import INSIGHTS_EXPORT_RAW


@task()
def engagement_copy(engagement_id: int) -> str:
    """Copy one closed engagement (by id) into the anonymised store; idempotent, so a retry is harmless."""
    from youthdesk.insights.services import engagement_copy as copy

    return "copied" if copy(engagement_id=engagement_id) is not None else "skipped"


# The rebuild of the anonymised store as a job started from the page (`youthdesk insights_rebuild` runs the
# same service with a progress bar). The rebuild stays one transaction, so its exactness holds; the job's
# progress is written around it (see youthdesk.core.jobs._write).
REBUILD_JOB = "insights.rebuild"
# Who may rebuild: the people trusted with the whole record-level anonymised store (supervisors, lead, admin).
REBUILD_CAPABILITY = INSIGHTS_EXPORT_RAW


def rebuild_job_start(*, actor):
    """Start rebuilding the anonymised store in the background; one rebuild at a time (a running one is reused)."""
    from youthdesk.accounts.permissions import check
    from youthdesk.core.jobs import job_start
    from youthdesk.core.models import Job
    from youthdesk.engagements.models import Engagement

    check(actor, REBUILD_CAPABILITY)
    running = Job.objects.filter(kind=REBUILD_JOB, state__in=Job.ACTIVE).first()
    if running is not None:
        return running
    return job_start(
        kind=REBUILD_JOB,
        actor=actor,
        title="Rebuild of the anonymised store from the closing log",
        params={},
        total=Engagement.objects.count(),
    )


def rebuild_job_run(*, job, progress) -> dict:
    """Rebuild the store, reporting each chunk of engagements copied; the job's result."""
    from youthdesk.audit.services import audit_record
    from youthdesk.engagements.models import Engagement
    from youthdesk.insights.services import anon_rebuild

    total = Engagement.objects.count()
    copied = 0
    progress(0, total, f"copying engagements 0/{total:,}")

    def chunk_done(n: int) -> None:
        nonlocal copied
        copied += n
        if copied >= total:
            # The last chunk is in: what remains is the aggregates, rebuilt from the copy in one go.
            progress(copied, max(total, copied), "rebuilding the aggregates")
        else:
            progress(copied, total, f"copying engagements {copied:,}/{total:,}")

    rebuilt = anon_rebuild(progress=chunk_done)
    audit_record(actor=job.started_by, action="insights.rebuilt", target=job, detail={"engagements": rebuilt})
    return {"summary": f"Rebuilt the anonymised store from {rebuilt:,} engagements"}


def rebuild_job_may_view(*, user, job) -> bool:
    """A rebuild's status is for the people who may start one."""
    from youthdesk.accounts.permissions import can

    return can(user, REBUILD_CAPABILITY)

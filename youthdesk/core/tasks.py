"""Background work for the shared base: running a long job by its id."""

from django_tasks import task


@task()
def job_run_task(job_id: str) -> str:
    """Run one job (by id); a repeated run of the same job does nothing, so a retry is harmless."""
    from youthdesk.core.jobs import job_run

    return job_run(job_id=job_id)

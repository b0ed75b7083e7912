"""Pages for long jobs: the list of a person's jobs, one job's live status, and its result files."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from youthdesk.accounts.permissions import can
from youthdesk.audit.services import audit_record
from youthdesk.core.htmx import render_page_or_fragment
from youthdesk.core.jobs import SEES_ALL_JOBS, job_file_get, job_get_for, jobs_recent_for


@require_GET
@login_required
def jobs(request):
    """My jobs (everyone's for supervisors), newest first, each with its live status."""
    return render(
        request,
        "core/jobs.html",
        {"jobs": jobs_recent_for(user=request.user, limit=50), "sees_all": can(request.user, SEES_ALL_JOBS)},
    )


@require_GET
@login_required
def job_status(request, pk):
    """One job's status: the whole page, or the fragment the page polls every second while it runs."""
    job = job_get_for(user=request.user, job_id=pk)
    return render_page_or_fragment(request, "core/job_page.html", "core/job_status.html", {"job": job})


@require_GET
@login_required
def job_file(request, pk, name: str):
    """A finished job's result file, as a download, to someone allowed to see that job."""
    job = job_get_for(user=request.user, job_id=pk)
    path, entry = job_file_get(job=job, name=name)
    audit_record(actor=request.user, action="job.file_downloaded", target=job, detail={"file": name})
    content_type = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}.get(
        path.suffix.lstrip("."), "application/octet-stream"
    )
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=entry.get("download_as") or path.name,
        content_type=content_type,
    )

"""Insight pages and their JSON/CSV endpoints: parse, authorise, call one builder, render."""

import uuid
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from youthdesk.accounts.decorators import requires
from youthdesk.accounts.permissions import CONTENT_MANAGE, INSIGHTS_EXPORT_RAW, REPORTS_SEND, can
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import Channel
from youthdesk.core.jobs import job_get_for, jobs_recent_for
from youthdesk.engagements.models import ContactType, Theme
from youthdesk.insights import exports
from youthdesk.insights.charts import CHARTS, chart_build
from youthdesk.insights.filters import InsightQueryError, filters_parse
from youthdesk.insights.forms import PostForm, StakeholderForm
from youthdesk.insights.models import Post, Stakeholder
from youthdesk.insights.report import REPORT_JOB, default_period, report_html, report_job_start, report_pdf
from youthdesk.insights.scope import viewer_check, viewer_for
from youthdesk.insights.services import post_create, stakeholder_add, stakeholder_deactivate
from youthdesk.insights.tasks import rebuild_job_start
from youthdesk.triage.forces import all_forces


def insight_view(view):
    """Log in, resolve what this user may see, turn bad filters into a 400 JSON error."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        viewer = viewer_for(request.user)
        try:
            filters = filters_parse(request.GET)
        except InsightQueryError as exc:
            return JsonResponse({"detail": str(exc)}, status=400)
        viewer_check(viewer, filters)
        try:
            return view(request, viewer, filters, *args, **kwargs)
        except InsightQueryError as exc:
            return JsonResponse({"detail": str(exc)}, status=400)

    return wrapped


def _attachment(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@login_required
def index(request):
    """The dashboard page; the charts fetch their data from chart_data."""
    viewer = viewer_for(request.user)
    try:
        filters = filters_parse(request.GET)
    except InsightQueryError as exc:
        messages.error(request, str(exc))
        filters = filters_parse({})
    if not viewer.may_see_force(filters.force):
        raise PermissionDenied("force")
    forces = [f.name for f in all_forces()]
    if viewer.controlled:
        forces = [viewer.force_scope] if viewer.force_scope else []
    return render(
        request,
        "insights/index.html",
        {
            "filters": filters,
            "viewer": viewer,
            "forces": forces,
            "channels": Channel.choices,
            "contact_types": ContactType.choices,
            "themes": Theme.objects.filter(parent__isnull=False).order_by("name")
            or Theme.objects.order_by("name"),
            "charts": list(CHARTS),
            "can_export_raw": can(request.user, INSIGHTS_EXPORT_RAW),
            "can_send": can(request.user, REPORTS_SEND),
            "query": urlencode(filters.as_query()),
        },
    )


@require_GET
@insight_view
def chart_data(request, viewer, filters, name: str, fmt: str):
    """One chart's table as JSON (for Chart.js) or CSV (the download)."""
    if fmt not in ("json", "csv"):
        raise Http404("format")
    chart = chart_build(name=name, viewer=viewer, filters=filters)
    if fmt == "csv":
        audit_record(
            actor=request.user, action="insights.export_chart", detail={"chart": name, **filters.as_query()}
        )
        return _attachment(
            exports.csv_bytes(chart["columns"], chart["rows"]),
            f"youthdesk-{name}-{filters.date_from}-{filters.date_to}.csv",
            "text/csv",
        )
    return JsonResponse(chart)


def _export(request, filters, *, what: str, fmt: str, columns: list[str], rows: list[list]) -> HttpResponse:
    if fmt not in ("csv", "parquet"):
        raise Http404("format")
    audit_record(
        actor=request.user,
        action=f"insights.export_{what}",
        detail={"format": fmt, "rows": len(rows), **filters.as_query()},
    )
    name = f"youthdesk-{what}-{filters.date_from}-{filters.date_to}.{fmt}"
    if fmt == "parquet":
        return _attachment(exports.parquet_bytes(columns, rows), name, "application/vnd.apache.parquet")
    return _attachment(exports.csv_bytes(columns, rows), name, "text/csv")


@require_GET
@insight_view
def export_dataset(request, viewer, filters, fmt: str):
    """The record-level anonymised dataset (staff with the raw-export capability)."""
    if viewer.controlled or not can(request.user, INSIGHTS_EXPORT_RAW):
        raise PermissionDenied(INSIGHTS_EXPORT_RAW)
    rows = exports.dataset_rows(filters=filters)
    return _export(request, filters, what="dataset", fmt=fmt, columns=exports.dataset_columns(), rows=rows)


@require_GET
@insight_view
def export_aggregates(request, viewer, filters, fmt: str):
    """Monthly aggregates; disclosure-controlled for partners."""
    kind = request.GET.get("kind", "totals")
    rows = exports.aggregate_rows(viewer=viewer, filters=filters, kind=kind)
    return _export(
        request,
        filters,
        what=f"aggregates-{kind}",
        fmt=fmt,
        columns=exports.aggregate_columns(kind),
        rows=rows,
    )


@require_GET
@login_required
def data_dictionary(request):
    viewer_for(request.user)
    return _attachment(exports.dictionary_csv(), "youthdesk-data-dictionary.csv", "text/csv")


def _report_filters(request):
    params = request.GET.copy() if request.method == "GET" else request.POST.copy()
    if not params.get("from") and not params.get("to"):
        start, end = default_period()
        params["from"], params["to"] = start.isoformat(), end.isoformat()
    return filters_parse(params)


@require_GET
@login_required
def report(request):
    """The report as a page (or a PDF with ?format=pdf); always disclosure-controlled."""
    viewer = viewer_for(request.user)
    try:
        filters = _report_filters(request)
    except InsightQueryError as exc:
        return JsonResponse({"detail": str(exc)}, status=400)
    viewer_check(viewer, filters)
    audit_record(actor=request.user, action="insights.report_viewed", detail=filters.as_query())
    if request.GET.get("format") == "pdf":
        return _attachment(
            report_pdf(filters=filters),
            f"youthdesk-insights-{filters.date_from}-{filters.date_to}.pdf",
            "application/pdf",
        )
    return HttpResponse(report_html(filters=filters, standalone=False))


def _reports_page(request, viewer, filters, *, job=None, status: int = 200):
    forces = [f.name for f in all_forces()]
    if viewer.controlled:
        forces = [viewer.force_scope] if viewer.force_scope else []
    return render(
        request,
        "insights/reports.html",
        {
            "filters": filters,
            "forces": forces,
            "job": job,
            "jobs": [j for j in jobs_recent_for(user=request.user, kind=REPORT_JOB) if j != job],
            "can_send": can(request.user, REPORTS_SEND),
            "can_rebuild": can(request.user, INSIGHTS_EXPORT_RAW),
        },
        status=status,
    )


@require_GET
@login_required
def reports(request):
    """The report page: pick the period and area, start the report, watch it build, download it."""
    viewer = viewer_for(request.user)
    job = None
    if request.GET.get("job"):
        try:
            job = job_get_for(user=request.user, job_id=uuid.UUID(request.GET["job"]))
        except ValueError:
            raise Http404("job")
    try:
        filters = _report_filters(request)
    except InsightQueryError as exc:
        messages.error(request, str(exc))
        start, end = default_period()
        filters = filters_parse({"from": start.isoformat(), "to": end.isoformat()})
    return _reports_page(request, viewer, filters, job=job)


def _start(request, *, email: bool):
    viewer = viewer_for(request.user)
    try:
        filters = _report_filters(request)
    except InsightQueryError as exc:
        messages.error(request, str(exc))
        start, end = default_period()
        return _reports_page(
            request, viewer, filters_parse({"from": start.isoformat(), "to": end.isoformat()}), status=400
        )
    job = report_job_start(actor=request.user, filters=filters, email=email)
    return redirect(f"{reverse('insights_reports')}?{urlencode({**filters.as_query(), 'job': job.pk})}")


@require_POST
@login_required
def report_start(request):
    """Start building the report (HTML and PDF) in the background and show its progress."""
    return _start(request, email=False)


@require_POST
@requires(REPORTS_SEND)
def report_send(request):
    """Start building the report and emailing it to the mailing list, and show its progress."""
    return _start(request, email=True)


@require_POST
@requires(INSIGHTS_EXPORT_RAW)
def rebuild_start(request):
    """Start rebuilding the anonymised store from the closing log, and show its progress."""
    job = rebuild_job_start(actor=request.user)
    return redirect("job_status", pk=job.pk)


@require_http_methods(["GET", "POST"])
@requires(REPORTS_SEND)
def stakeholders(request):
    """The managed mailing list for the report."""
    form = StakeholderForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        stakeholder_add(actor=request.user, **form.cleaned_data)
        messages.success(request, "Stakeholder added.")
        return redirect("insights_stakeholders")
    start, end = default_period()
    return render(
        request,
        "insights/stakeholders.html",
        {
            "form": form,
            "stakeholders": Stakeholder.objects.all(),
            "period": (start, end),
            "forces": [f.name for f in all_forces()],
        },
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@requires(REPORTS_SEND)
def stakeholder_remove(request, pk: int):
    stakeholder = Stakeholder.objects.filter(pk=pk, active=True).first()
    if stakeholder is not None:
        stakeholder_deactivate(actor=request.user, stakeholder=stakeholder)
        messages.success(request, "Stakeholder removed from the list.")
    return redirect("insights_stakeholders")


@require_http_methods(["GET", "POST"])
@login_required
def posts(request):
    """Published posts and their themes; content officers add them, insight users read them."""
    viewer_for(request.user)
    manage = can(request.user, CONTENT_MANAGE)
    if request.method == "POST" and not manage:
        raise PermissionDenied(CONTENT_MANAGE)
    form = PostForm(request.POST or None) if manage else None
    if request.method == "POST" and form.is_valid():
        post_create(actor=request.user, **form.cleaned_data)
        messages.success(request, "Post recorded.")
        return redirect("insights_posts")
    return render(
        request,
        "insights/posts.html",
        {
            "form": form,
            "posts": Post.objects.prefetch_related("themes")[:200],
            "today": timezone.localdate(),
        },
        status=400 if request.method == "POST" else 200,
    )

"""The bi-monthly insight report: headline figures, charts, themes, sentiment and changes, always
disclosure-controlled because it is written to be shared with partners."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify

from youthdesk.insights import sdc
from youthdesk.insights.charts import (
    chart_contact_types,
    chart_emerging,
    chart_sentiment,
    chart_themes,
    chart_volume,
)
from youthdesk.insights.filters import Filters
from youthdesk.insights.models import Stakeholder
from youthdesk.insights.scope import Viewer
from youthdesk.insights.selectors import anon_rows_for, by_dimension, totals_get
from youthdesk.insights.svg import bars_svg, columns_svg
from youthdesk.triage.forces import all_forces

CSS = Path(__file__).parent / "static" / "insights" / "report.css"
NOTABLE_CHANGES = 6
FIGURES = 9  # the figure-gathering steps in report_build, each one query or a few

# progress(done, total, message): called as each step of the report begins.
Progress = Callable[[int, int, str], None]


def _headline(filters: Filters) -> dict[str, int]:
    t = totals_get(filters=filters)
    contacts = _contacts(filters)
    return {
        "engagements": t["engagements"],
        "young_people": contacts["young_people"],
        "repeat_contacts": contacts["repeat"],
        "crime_reports": t["crime_reports"],
        "escalations": t["escalations"],
        "improved": t["improved"],
        "worse": t["worse"],
        "response_n": t["response_n"],
        "response_sum": t["response_sum"],
        "response_in_target": t["response_in_target"],
    }


def _contacts(filters: Filters) -> dict[str, int]:
    """Distinct pseudonymous contacts and how many wrote more than once (needs the record-level keys)."""
    qs = anon_rows_for(filters)
    per_contact = qs.values("contact_key").annotate(n=Count("id")).values_list("n", flat=True)
    counts = list(per_contact)
    return {"young_people": len(counts), "repeat": sum(1 for n in counts if n > 1)}


def _shown(value: int) -> sdc.Published:
    return sdc.count_publish(value)


def _change(now: int, before: int) -> str:
    """A change between two published counts; withheld when either side is suppressed."""
    a, b = _shown(now), _shown(before)
    if not isinstance(a, int) or not isinstance(b, int):
        return "not shown (small numbers)"
    if b == 0:
        return "new" if a else "no change"
    pct = round(100 * (a - b) / b)
    return f"{pct:+d}%"


def _nations(filters: Filters) -> list[list]:
    counts = by_dimension(filters=replace(filters, force=""), dimension="force_name")
    nation_of = {f.name: f.nation for f in all_forces()}
    totals: dict[str, int] = {}
    for force, v in counts.items():
        nation = nation_of.get(force, "Unknown")
        totals[nation] = totals.get(nation, 0) + v["engagements"]
    return [[nation, _shown(n)] for nation, n in sorted(totals.items())]


class Steps:
    """Counts the report's steps and tells a progress callback: tqdm on the command line, the Job on the page.

    `progress(done, total, message)` is called as each step begins, with the number of steps already done.
    """

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done, self._open = progress, total, 0, False

    def step(self, message: str) -> None:
        """The previous step (if any) is done; this one begins."""
        if self._open:
            self.done += 1
        self._open = True
        self._tell(message)

    def finish(self, message: str = "Done") -> None:
        if self._open:
            self.done += 1
            self._open = False
        self._tell(message)

    def _tell(self, message: str) -> None:
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, message)


def report_steps(*, pdf: bool = True, html: bool = True, email: bool = False) -> int:
    """How many steps a report takes with these outputs (the figures, the charts, then each output)."""
    return FIGURES + 1 + int(html or pdf or email) + int(pdf or email) + int(email)


def report_build(*, filters: Filters, steps: Steps | None = None) -> dict:
    """Everything the report shows, for the nation or (when filters.force is set) one force area."""
    steps = steps or Steps(None, FIGURES + 1)
    n = iter(range(1, FIGURES + 1))

    def figures() -> None:
        steps.step(f"figures {next(n)}/{FIGURES}")

    viewer = Viewer(controlled=True, force_scope=filters.force or None, username="report")
    previous = filters.previous()
    figures()
    now = _headline(filters)
    figures()
    before = _headline(previous)
    headline = [
        ("Engagements", _shown(now["engagements"]), _change(now["engagements"], before["engagements"])),
        (
            "Young people (distinct)",
            _shown(now["young_people"]),
            _change(now["young_people"], before["young_people"]),
        ),
        (
            "Wrote more than once",
            _shown(now["repeat_contacts"]),
            _change(now["repeat_contacts"], before["repeat_contacts"]),
        ),
        (
            "Crime reports",
            _shown(now["crime_reports"]),
            _change(now["crime_reports"], before["crime_reports"]),
        ),
        (
            "Escalations to the contact centre",
            _shown(now["escalations"]),
            _change(now["escalations"], before["escalations"]),
        ),
        ("Ended feeling better", _shown(now["improved"]), _change(now["improved"], before["improved"])),
    ]
    mean_response = sdc.ratio_publish(now["response_sum"] / 60, now["response_n"])
    in_target = sdc.ratio_publish(100 * now["response_in_target"], now["response_n"])
    figures()
    volume = chart_volume(viewer=viewer, filters=filters)
    figures()
    themes = chart_themes(viewer=viewer, filters=filters)
    figures()
    themes_now = by_dimension(filters=filters, dimension="theme")
    themes_before = by_dimension(filters=previous, dimension="theme")
    changes = []
    for slug in set(themes_now) | set(themes_before):
        a = themes_now.get(slug, {"engagements": 0})["engagements"]
        b = themes_before.get(slug, {"engagements": 0})["engagements"]
        pa, pb = _shown(a), _shown(b)
        if isinstance(pa, int) and isinstance(pb, int) and (pa or pb):
            changes.append((abs(pa - pb), slug, pb, pa, _change(a, b)))
    changes.sort(key=lambda c: (-c[0], c[1]))
    names = {row[0]: row[1] for row in themes["rows"]}
    from youthdesk.engagements.models import Theme

    names.update(
        {t.slug: t.name for t in Theme.objects.filter(slug__in=[c[1] for c in changes[:NOTABLE_CHANGES]])}
    )
    figures()
    emerging = chart_emerging(viewer=viewer, filters=filters)
    figures()
    sentiment = chart_sentiment(viewer=viewer, filters=filters)
    figures()
    contact_types = chart_contact_types(viewer=viewer, filters=filters)
    figures()
    nations = _nations(filters)
    steps.step("drawing charts")
    volume_svg = columns_svg([r[0] for r in volume["rows"]], [r[1] for r in volume["rows"]])
    themes_svg = bars_svg([r[1] for r in themes["rows"]], [r[2] for r in themes["rows"]])
    return {
        "filters": filters,
        "previous": previous,
        "area": filters.force or "All areas (national)",
        "generated_at": timezone.now(),
        "threshold": sdc.threshold(),
        "headline": headline,
        "mean_response": mean_response,
        "in_target": in_target,
        "volume": volume,
        "volume_svg": volume_svg,
        "themes": themes,
        "themes_svg": themes_svg,
        "emerging": emerging,
        "sentiment": sentiment,
        "contact_types": contact_types,
        "nations": nations,
        "changes": [(names.get(c[1], c[1]), c[2], c[3], c[4]) for c in changes[:NOTABLE_CHANGES]],
    }


def report_render(*, context: dict, standalone: bool = True) -> str:
    """One built report as HTML; standalone copies (files, PDF, email) carry their stylesheet inline."""
    return render_to_string(
        "insights/report.html", {**context, "inline_css": CSS.read_text() if standalone else ""}
    )


def report_html(*, filters: Filters, standalone: bool = True, progress: Progress | None = None) -> str:
    """The report as HTML."""
    steps = Steps(progress, report_steps(pdf=False))
    context = report_build(filters=filters, steps=steps)
    steps.step("HTML")
    html = report_render(context=context, standalone=standalone)
    steps.finish()
    return html


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def report_pdf(*, filters: Filters, progress: Progress | None = None) -> bytes:
    """The report as PDF, drawn by WeasyPrint from the same HTML."""
    steps = Steps(progress, report_steps(pdf=True))
    context = report_build(filters=filters, steps=steps)
    steps.step("HTML")
    html = report_render(context=context)
    steps.step("PDF")
    pdf = _pdf(html)
    steps.finish()
    return pdf


def report_files(*, filters: Filters, steps: Steps, pdf: bool = True) -> tuple[str, bytes]:
    """The report built once, as standalone HTML and (unless pdf=False: then b"") as PDF."""
    context = report_build(filters=filters, steps=steps)
    steps.step("HTML")
    html = report_render(context=context)
    if not pdf:
        return html, b""
    steps.step("PDF")
    return html, _pdf(html)


def report_recipients(*, filters: Filters) -> list[str]:
    """The active stakeholders for this report's area (the national list, plus the force's own)."""
    return list(
        Stakeholder.objects.filter(active=True, force_name__in=["", filters.force]).values_list(
            "email", flat=True
        )
    )


def report_email(
    *, filters: Filters, actor, html: str | None = None, pdf: bytes | None = None, steps: Steps | None = None
) -> int:
    """Email the report (HTML body, PDF attached) to each active stakeholder for this area; returns how many."""
    from youthdesk.audit.services import audit_record

    recipients = report_recipients(filters=filters)
    if not recipients:
        if steps is not None:
            steps.step("email")  # nobody to send to: the step is still done, so the bar ends full
        return 0
    if html is None or pdf is None:
        html, pdf = report_files(filters=filters, steps=steps or Steps(None, report_steps(email=True)))
    if steps is not None:
        steps.step("email")
    subject = f"YouthDesk insight report {filters.date_from:%d %b %Y} to {filters.date_to:%d %b %Y}"
    if filters.force:
        subject += f" — {filters.force}"
    for address in recipients:
        message = EmailMultiAlternatives(
            subject=subject,
            body="The insight report is attached as a PDF, and below as HTML.",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address],
        )
        message.attach_alternative(html, "text/html")
        message.attach(
            f"youthdesk-insights-{filters.date_from}-{filters.date_to}.pdf", pdf, "application/pdf"
        )
        message.send()
    audit_record(
        actor=actor,
        action="insights.report_emailed",
        detail={**filters.as_query(), "recipients": len(recipients)},
    )
    return len(recipients)


REPORT_JOB = "insights.report"


def report_job_start(*, actor, filters: Filters, email: bool = False):
    """Start building the report (and emailing it, when asked) in the background; returns the Job to watch.

    Who may ask is checked here as on the report page: insight capability, a partner only for national or
    their own area, and the mailing-list capability to email it. A second click while the same report is
    still being built gives back that job, not a second one.
    """
    from youthdesk.accounts.permissions import REPORTS_SEND, check
    from youthdesk.core.jobs import job_start, jobs_visible
    from youthdesk.insights.scope import viewer_check, viewer_for

    viewer_check(viewer_for(actor), filters)
    if email:
        check(actor, REPORTS_SEND)
    params = {**filters.as_query(), "email": bool(email)}
    for job in jobs_visible(user=actor, kind=REPORT_JOB).filter(
        started_by=actor, state__in=("queued", "running")
    ):
        if job.params == params:
            return job
    start, end = filters.date_from, filters.date_to
    title = f"Insight report {start.day} {start:%b %Y} to {end.day} {end:%b %Y}"
    title += f" · {filters.force}" if filters.force else " · national"
    if email:
        title += " · emailed to the mailing list"
    return job_start(
        kind=REPORT_JOB,
        actor=actor,
        title=title,
        params=params,
        scope=filters.force,
        total=report_steps(email=email),
    )


def report_job_run(*, job, progress: Progress) -> dict:
    """Build one report job's HTML and PDF into its folder (and email them when asked); the job's result."""
    from youthdesk.audit.services import audit_record
    from youthdesk.core.jobs import job_file_write
    from youthdesk.insights.filters import filters_parse

    filters = filters_parse({k: v for k, v in job.params.items() if k != "email"})
    email = bool(job.params.get("email"))
    steps = Steps(progress, report_steps(email=email))
    html, pdf = report_files(filters=filters, steps=steps)
    stem = f"youthdesk-insights-{filters.date_from}-{filters.date_to}" + (
        f"-{slugify(filters.force)}" if filters.force else ""
    )
    job_file_write(job=job, name="report.html", content=html.encode())
    job_file_write(job=job, name="report.pdf", content=pdf)
    summary = "Report ready"
    if email:
        sent = report_email(filters=filters, actor=job.started_by, html=html, pdf=pdf, steps=steps)
        summary = f"Report ready and emailed to {sent} stakeholder(s)"
    steps.finish(summary)
    audit_record(
        actor=job.started_by,
        action="insights.report_built",
        target=job,
        detail={**filters.as_query(), "pdf": True, "html": True, "email": email},
    )
    return {
        "summary": summary,
        "files": [
            {"name": "report.html", "label": "HTML", "download_as": f"{stem}.html"},
            {"name": "report.pdf", "label": "PDF", "download_as": f"{stem}.pdf"},
        ],
    }


def report_job_may_view(*, user, job) -> bool:
    """A report job (its status and files) is for insight users allowed to see its area, as the report is."""
    from django.core.exceptions import PermissionDenied

    from youthdesk.insights.scope import viewer_for

    try:
        viewer = viewer_for(user)
    except PermissionDenied:
        return False
    return viewer.may_see_force(job.scope)


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last two whole calendar months."""
    today = today or timezone.localdate()
    end = today.replace(day=1) - dt.timedelta(days=1)
    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return start, end

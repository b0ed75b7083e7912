"""The bi-monthly insight report: headline figures, charts, themes, sentiment and changes, always
disclosure-controlled because it is written to be shared with partners."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone

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


def report_build(*, filters: Filters) -> dict:
    """Everything the report shows, for the nation or (when filters.force is set) one force area."""
    viewer = Viewer(controlled=True, force_scope=filters.force or None, username="report")
    previous = filters.previous()
    now, before = _headline(filters), _headline(previous)
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
    volume = chart_volume(viewer=viewer, filters=filters)
    themes = chart_themes(viewer=viewer, filters=filters)
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
        "volume_svg": columns_svg([r[0] for r in volume["rows"]], [r[1] for r in volume["rows"]]),
        "themes": themes,
        "themes_svg": bars_svg([r[1] for r in themes["rows"]], [r[2] for r in themes["rows"]]),
        "emerging": chart_emerging(viewer=viewer, filters=filters),
        "sentiment": chart_sentiment(viewer=viewer, filters=filters),
        "contact_types": chart_contact_types(viewer=viewer, filters=filters),
        "nations": _nations(filters),
        "changes": [(names.get(c[1], c[1]), c[2], c[3], c[4]) for c in changes[:NOTABLE_CHANGES]],
    }


def report_html(*, filters: Filters, standalone: bool = True) -> str:
    """The report as HTML; standalone copies (files, PDF, email) carry their stylesheet inline."""
    context = report_build(filters=filters)
    context["inline_css"] = CSS.read_text() if standalone else ""
    return render_to_string("insights/report.html", context)


def report_pdf(*, filters: Filters) -> bytes:
    """The report as PDF, drawn by WeasyPrint from the same HTML."""
    from weasyprint import HTML

    return HTML(string=report_html(filters=filters)).write_pdf()


def report_email(*, filters: Filters, actor) -> int:
    """Email the report (HTML body, PDF attached) to each active stakeholder for this area; returns how many."""
    from youthdesk.audit.services import audit_record

    recipients = list(
        Stakeholder.objects.filter(active=True, force_name__in=["", filters.force]).values_list(
            "email", flat=True
        )
    )
    if not recipients:
        return 0
    html = report_html(filters=filters)
    pdf = report_pdf(filters=filters)
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


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last two whole calendar months."""
    today = today or timezone.localdate()
    end = today.replace(day=1) - dt.timedelta(days=1)
    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    return start, end

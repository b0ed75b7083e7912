"""`youthdesk report --from DATE --to DATE [--force NAME] [--pdf PATH] [--html PATH] [--email]`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from youthdesk.audit.services import audit_record
from youthdesk.insights.filters import InsightQueryError, filters_parse
from youthdesk.insights.report import default_period, report_email, report_html, report_pdf


class Command(BaseCommand):
    help = "Build the insight report (disclosure-controlled) as HTML and/or PDF, and optionally email it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--from", dest="date_from", help="First day, YYYY-MM-DD (default: two months ago)"
        )
        parser.add_argument("--to", dest="date_to", help="Last day, YYYY-MM-DD")
        parser.add_argument("--force", default="", help="One force area's report instead of the national one")
        parser.add_argument("--pdf", help="Write the PDF here")
        parser.add_argument("--html", help="Write the HTML here")
        parser.add_argument("--email", action="store_true", help="Email it to the stakeholder mailing list")

    def handle(self, *args, date_from, date_to, force, pdf, html, email, **options):
        if not date_from and not date_to:
            start, end = default_period()
            date_from, date_to = start.isoformat(), end.isoformat()
        try:
            filters = filters_parse({"from": date_from or "", "to": date_to or "", "force": force})
        except InsightQueryError as exc:
            raise CommandError(str(exc))
        if not (pdf or html or email):
            raise CommandError("Say where the report goes: --pdf PATH, --html PATH and/or --email.")
        if html:
            Path(html).write_text(report_html(filters=filters))
            self.stdout.write(f"HTML written to {html}")
        if pdf:
            Path(pdf).write_bytes(report_pdf(filters=filters))
            self.stdout.write(f"PDF written to {pdf}")
        if html or pdf:
            audit_record(
                actor=None,
                action="insights.report_built",
                detail={**filters.as_query(), "pdf": bool(pdf), "html": bool(html)},
            )
        if email:
            sent = report_email(filters=filters, actor=None)
            self.stdout.write(f"Emailed to {sent} stakeholder(s).")

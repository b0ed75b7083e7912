"""`youthdesk report --from DATE --to DATE [--force NAME] [--pdf PATH] [--html PATH] [--email]`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from youthdesk.audit.services import audit_record
from youthdesk.insights.filters import InsightQueryError, filters_parse
from youthdesk.insights.report import Steps, default_period, report_email, report_files, report_steps


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
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, date_from, date_to, force, pdf, html, email, no_progress, **options):
        if not date_from and not date_to:
            start, end = default_period()
            date_from, date_to = start.isoformat(), end.isoformat()
        try:
            filters = filters_parse({"from": date_from or "", "to": date_to or "", "force": force})
        except InsightQueryError as exc:
            raise CommandError(str(exc))
        if not (pdf or html or email):
            raise CommandError("Say where the report goes: --pdf PATH, --html PATH and/or --email.")
        # The same steps the page's report job shows, drawn as a bar here; the figures are built once.
        need_pdf = bool(pdf or email)
        total = report_steps(pdf=need_pdf, email=email)
        with tqdm(total=total, unit="step", disable=no_progress, file=self.stderr) as bar:

            def progress(done: int, total: int, message: str) -> None:
                bar.set_description_str(message)
                bar.update(done - bar.n)

            steps = Steps(progress, bar.total)
            built_html, built_pdf = report_files(filters=filters, steps=steps, pdf=need_pdf)
            if html:
                Path(html).write_text(built_html)
            if pdf:
                Path(pdf).write_bytes(built_pdf)
            sent = (
                report_email(filters=filters, actor=None, html=built_html, pdf=built_pdf, steps=steps)
                if email
                else 0
            )
            steps.finish()
        if html:
            self.stdout.write(f"HTML written to {html}")
        if pdf:
            self.stdout.write(f"PDF written to {pdf}")
        if html or pdf:
            audit_record(
                actor=None,
                action="insights.report_built",
                detail={**filters.as_query(), "pdf": bool(pdf), "html": bool(html)},
            )
        if email:
            self.stdout.write(f"Emailed to {sent} stakeholder(s).")

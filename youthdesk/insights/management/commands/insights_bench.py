"""`youthdesk insights_bench`: time the dashboards and report on the current anonymised store (see bench/insights.py)."""

from django.core.management.base import BaseCommand, CommandError

from youthdesk.insights.benchmark import run


class Command(BaseCommand):
    help = "Measure dashboard endpoint p95, the two-month report build, and the raw ORM comparison."

    def add_arguments(self, parser):
        parser.add_argument("--repeats", type=int, default=5)

    def handle(self, *args, repeats: int, **options):
        if run(repeats=repeats, write=self.stdout.write):
            raise CommandError("A target was missed (see above).")

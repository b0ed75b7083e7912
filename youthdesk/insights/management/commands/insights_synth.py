"""`youthdesk insights_synth --count 5000000`: a synthetic anonymised dataset for benchmarks and demos."""

import time

from django.core.management.base import BaseCommand

from youthdesk.insights.synth import insights_synth


class Command(BaseCommand):
    help = "Replace the anonymised insight store with COUNT synthetic engagements (PostgreSQL: in-database)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100_000)
        parser.add_argument("--days", type=int, default=730)

    def handle(self, *args, count: int, days: int, **options):
        started = time.perf_counter()
        result = insights_synth(count=count, days=days)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Generated {result['engagements']:,} engagements, {result['daily_totals']:,} daily total cells and "
            f"{result['daily_themes']:,} daily theme cells in {seconds:.1f} s."
        )

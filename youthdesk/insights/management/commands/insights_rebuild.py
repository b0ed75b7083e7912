"""`youthdesk insights_rebuild`: rebuild the anonymised store and its aggregates exactly from the closing log."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from youthdesk.audit.services import audit_record
from youthdesk.engagements.models import Engagement
from youthdesk.insights.services import anon_rebuild


class Command(BaseCommand):
    help = "Rebuild the anonymised insight store and its daily aggregates from the engagements log."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, batch: int, no_progress: bool, **options):
        with tqdm(
            total=Engagement.objects.count(), unit="engagement", disable=no_progress, file=self.stderr
        ) as bar:
            copied = anon_rebuild(batch=batch, progress=bar.update)
        audit_record(actor=None, action="insights.rebuilt", detail={"engagements": copied})
        self.stdout.write(f"Rebuilt the anonymised store from {copied} engagements.")

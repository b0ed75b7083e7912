"""`youthdesk retrain_triage`: retrain the learned triage model, evaluate on the held-out split, adopt if no worse."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from tqdm import tqdm

from youthdesk.triage.evaluation import report_format
from youthdesk.triage.training import model_retrain


def _corrections() -> list[dict]:
    # Officers' grade corrections, once the desk records them; without that selector, train on the set alone.
    try:
        from youthdesk.safeguarding.selectors import grade_corrections_for_training
    except (ImportError, AttributeError):
        return []
    return list(grade_corrections_for_training())


class Command(BaseCommand):
    help = (
        "Retrain the triage model from the labelled set and officers' corrections; adopt it only if no worse."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="adopt the new model even if it scores worse"
        )
        parser.add_argument("--no-corrections", action="store_true", help="train on the labelled set alone")

    def handle(self, *args, **options):
        try:
            corrections = [] if options["no_corrections"] else _corrections()
        except DatabaseError as exc:
            raise CommandError(
                f"cannot read officers' corrections ({exc}); run `youthdesk migrate` or pass --no-corrections"
            ) from None

        def progress(items):
            return tqdm(items, desc="training", unit="item", file=self.stderr._out, leave=False)

        outcome = model_retrain(corrections=corrections, progress=progress, force=options["force"])
        self.stdout.write(f"train examples: {outcome.train_size}, officer corrections: {outcome.corrections}")
        self.stdout.write(
            report_format(outcome.current, f"current model {outcome.current_version or '(rules only)'}")
        )
        what = "" if outcome.whole else " (the current grade model with a retrained immediacy part)"
        self.stdout.write(
            report_format(outcome.candidate, f"candidate model {outcome.candidate_version}{what}")
        )
        if outcome.adopted:
            self.stdout.write(
                self.style.SUCCESS(f"adopted {outcome.candidate_version}{what} -> {outcome.path}")
            )
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"kept {outcome.current_version or 'rules only'}: the candidate scored worse"
                )
            )

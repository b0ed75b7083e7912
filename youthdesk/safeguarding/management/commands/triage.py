"""`youthdesk triage`: grade JSON lines from stdin, or `--eval FILE` to measure the engine on labelled lines."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from youthdesk.triage.batch import InputError, file_evaluate, lines_grade


class Command(BaseCommand):
    help = 'Read {"id","text"} JSON lines on stdin and write one graded JSON line per input; or --eval FILE.'

    def add_arguments(self, parser):
        parser.add_argument(
            "--eval", metavar="FILE", help="labelled JSON lines (text, grade, categories, force)"
        )
        parser.add_argument("--json", action="store_true", help="with --eval: print the metrics as JSON")
        parser.add_argument(
            "--no-baseline", action="store_true", help="with --eval: skip the keyword baseline"
        )

    def handle(self, *args, **options):
        try:
            if options["eval"]:
                self.stdout.write(
                    file_evaluate(
                        Path(options["eval"]), baseline=not options["no_baseline"], as_json=options["json"]
                    )
                )
                return
            lines_grade(sys.stdin, self.stdout)
        except InputError as exc:
            raise CommandError(str(exc)) from None

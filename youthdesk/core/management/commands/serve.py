"""`youthdesk serve --port N`: the web server, the background worker and the sweeper, in the foreground."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from youthdesk.core.workers import worker_command


class Command(BaseCommand):
    help = "Run the web server (gunicorn), a background worker and the sweeper together until interrupted."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument(
            "--web-workers", type=int, default=int(os.environ.get("YOUTHDESK_WEB_WORKERS", "3"))
        )
        parser.add_argument(
            "--task-workers", type=int, default=int(os.environ.get("YOUTHDESK_TASK_WORKERS", "1"))
        )
        parser.add_argument(
            "--no-worker", action="store_true", help="web server only (workers run elsewhere)"
        )
        parser.add_argument(
            "--worker-nice",
            type=int,
            default=int(os.environ.get("YOUTHDESK_WORKER_NICE", "0")),
            help="run task workers and the sweeper this much nicer than the web server (0-19): when the cores "
            "are short, webhook answers come first and processing catches up after",
        )
        parser.add_argument(
            "--demo",
            action="store_true",
            help="also run a fake Graph API and a contact-centre receiver on loopback for replies and hand-overs",
        )

    def handle(self, *args, port, host, web_workers, task_workers, no_worker, worker_nice, demo, **options):
        nicer = _nicer(worker_nice)  # refuse a bad value before anything starts
        call_command("collectstatic", interactive=False, verbosity=0)
        exe = [sys.executable, "-m", "youthdesk.cli"]
        procs = []
        if demo:
            procs += self._demo_peers(exe)
        procs += [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "youthdesk.wsgi",
                    "--bind",
                    f"{host}:{port}",
                    "--workers",
                    str(web_workers),
                    "--threads",
                    "4",
                    "--worker-class",
                    "gthread",
                    "--graceful-timeout",
                    "5",
                    # No access log outside DEBUG: formatting a line per webhook costs CPU the desk needs.
                    *(["--access-logfile", "-"] if settings.DEBUG else []),
                ]
            ),
        ]
        if not no_worker:
            worker = worker_command()
            procs += [subprocess.Popen(exe + worker, preexec_fn=nicer) for _ in range(task_workers)]
            procs.append(subprocess.Popen(exe + ["sweeper"], preexec_fn=nicer))
        if demo:
            self.stdout.write(
                "Demo peers: fake Graph API on 127.0.0.1:8765 (Instagram replies), "
                "contact-centre receiver on 127.0.0.1:8899 (hand-overs)"
            )
        mfa = (
            "required for staff roles"
            if settings.YOUTHDESK_REQUIRE_MFA
            else "OFF (demo setting YOUTHDESK_REQUIRE_MFA=0)"
        )
        self.stdout.write(
            f"YouthDesk on http://{host}:{port}/  (two-factor authentication {mfa}; Ctrl+C stops)"
        )
        stop = {"now": False}

        def _stop(*_):
            stop["now"] = True

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        try:
            while not stop["now"]:
                for p in procs:
                    if p.poll() is not None:
                        self.stderr.write(f"a process stopped (exit {p.returncode}); stopping the desk")
                        stop["now"] = True
                time.sleep(0.5)
        finally:
            for p in procs:
                if p.poll() is None:
                    p.terminate()
            for p in procs:
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()

    def _demo_peers(self, exe: list[str]) -> list:
        """Loopback stand-ins for Meta and the contact centre; children inherit the URLs through the environment."""
        os.environ.setdefault("YOUTHDESK_GRAPH_API_URL", "http://127.0.0.1:8765/v21.0")
        os.environ.setdefault("YOUTHDESK_CONTACT_CENTRE_URL", "http://127.0.0.1:8899/handover")
        secret = os.environ.get("YOUTHDESK_CONTACT_CENTRE_SECRET", settings.CONTACT_CENTRE_SECRET)
        return [
            subprocess.Popen(exe + ["fakegraph", "--port", "8765"]),
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "youthdesk.safeguarding.receiver",
                    "--port",
                    "8899",
                    "--secret",
                    secret,
                ],
                stdout=subprocess.DEVNULL,
            ),
        ]


def _nicer(increment: int):
    """A preexec_fn lowering a child's CPU priority by `increment` (none when 0)."""
    if not increment:
        return None
    if not 0 < increment < 20:
        raise CommandError("--worker-nice must be between 0 and 19")
    return lambda: os.nice(increment)

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from youthdesk.core.sweeps import sweep_all


class Command(BaseCommand):
    help = "Run the periodic safety nets (lost tasks, due retries, unacknowledged escalations) every few seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=5.0)
        parser.add_argument("--once", action="store_true")

    def handle(self, *args, interval, once, **options):
        while True:
            close_old_connections()  # survive a database restart between sweeps
            sweep_all()
            if once:
                return
            time.sleep(interval)

"""Real processes: a `youthdesk db_worker` killed mid-delivery, and a PostgreSQL crash-restart mid-run."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db import DatabaseError, connection
from django.utils import timezone

from youthdesk.safeguarding.models import Escalation, OutboxItem
from youthdesk.safeguarding.sweeps import sweep_outbox
from youthdesk.safeguarding.tests.conftest import IMMEDIATE_TEXT, SECRET

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _database_url() -> str:
    db = django_settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_worker_killed_mid_delivery_hands_over_exactly_once(receiver, send_in, desk_open, settings):
    # Given the work goes through the database queue to a real worker process with a 2-second lease
    settings.TASKS = DB_QUEUE
    settings.OUTBOX_LEASE_SECONDS = 2
    settings.CONTACT_CENTRE_EMAIL = ""  # the email copy is proven elsewhere; here only the HTTP hand-over
    receiver.state.hang_seconds = 20
    receiver.set_mode("hang")  # the contact centre takes it in, but the answer comes too late
    send_in(IMMEDIATE_TEXT)
    item = OutboxItem.objects.get(transport="http")
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "YOUTHDESK_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
        "YOUTHDESK_CONTACT_CENTRE_URL": receiver.url,
        "YOUTHDESK_CONTACT_CENTRE_SECRET": SECRET,
        "YOUTHDESK_CONTACT_CENTRE_EMAIL": "",
        "YOUTHDESK_OUTBOX_LEASE_SECONDS": "2",
        "YOUTHDESK_LOG_LEVEL": "ERROR",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "youthdesk.cli", "db_worker", "--interval", "0.1", "--no-startup-delay"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # When the worker has posted the hand-over and is waiting for the answer, it is killed
        assert _wait_for(lambda: len(receiver.requests) == 1, 60), "the worker never posted"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    item.refresh_from_db()
    assert item.status == "pending" and item.locked_until is not None and item.attempts == 1
    receiver.set_mode("ok")
    # Then, once the dead worker's lease has run out, the sweep sends it again with the same key
    assert _wait_for(lambda: timezone.now() > item.locked_until, 5)
    sweep_outbox()
    item.refresh_from_db()
    assert item.status == "delivered" and item.attempts == 2
    keys = [r.key for r in receiver.requests]
    assert keys == [str(item.idempotency_key)] * 2
    assert len(receiver.accepted) == 1 and receiver.seen_twice() == 0 and receiver.repeats_dropped() == 1
    assert Escalation.objects.get().status == Escalation.Status.DELIVERED


@pytest.mark.skipif(
    not (os.environ.get("YOUTHDESK_PG_BIN") and os.environ.get("YOUTHDESK_PG_DATA")),
    reason="needs a PostgreSQL server this test may restart (YOUTHDESK_PG_BIN and YOUTHDESK_PG_DATA, as .ci/run sets)",
)
def test_database_restart_mid_run_loses_no_handover(receiver, send_in, desk_open, settings):
    if connection.vendor != "postgresql":
        pytest.skip("the database restart test runs on PostgreSQL; SQLite has no server to restart")
    settings.CONTACT_CENTRE_EMAIL = ""
    # Given a hand-over waiting because the contact centre is down
    receiver.down()
    send_in(IMMEDIATE_TEXT)
    item = OutboxItem.objects.get(transport="http")
    assert item.status == "pending"
    # When the database crashes and restarts (immediate mode: no clean shutdown)
    pg_bin, pg_data = os.environ["YOUTHDESK_PG_BIN"], os.environ["YOUTHDESK_PG_DATA"]
    # Recovery replays the write-ahead log since the last checkpoint, which on a busy machine late in the suite can
    # take over a minute: allow five, and keep the server's log in the file it was started with.
    restart = f"{pg_bin}/pg_ctl -D {pg_data} -l {pg_data}/log -m immediate -w -t 300 restart"
    command = ["su", "postgres", "-c", restart] if os.geteuid() == 0 else ["sh", "-c", restart]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=330)
    receiver.up()
    # Then the sweep reconnects and the hand-over arrives once
    delivered = False
    for _ in range(40):
        try:
            sweep_outbox(now=timezone.now() + timedelta(seconds=60))
            item.refresh_from_db()
            delivered = item.status == "delivered"
        except DatabaseError:
            pass  # the first query on the broken connection fails; the next sweep reconnects
        if delivered:
            break
        time.sleep(0.25)
    assert delivered
    assert len(receiver.requests) == 1 and receiver.seen_twice() == 0

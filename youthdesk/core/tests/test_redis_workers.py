"""Several machines: with YOUTHDESK_REDIS_URL set, tasks go through Redis to RQ workers and still get done.

Runs the real commands in subprocesses against a real redis-server on loopback (Debian's package).
"""

import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

from youthdesk.core.workers import RQ_WORKER

REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(
    REDIS is None, reason="Debian's redis-server is not installed (make test installs it as root)"
)

CLI = [sys.executable, "-m", "youthdesk.cli"]

SEND = """
import django; django.setup()
from django.utils import timezone
from django.db import transaction
from youthdesk.connectors.ingest import message_ingest
from youthdesk.conversations.services import InboundMessage, reply_send
from youthdesk.demo.users import demo_users_ensure
officer = [u for u in demo_users_ensure() if u.username == "officer"][0]
message, _ = message_ingest(inbound=InboundMessage(channel="webchat", contact_external_id="rq-1",
    external_id="rq-msg-1", text="how old do you have to be to join the police", sent_at=timezone.now()))
with transaction.atomic():
    reply = reply_send(conversation=message.conversation, author=officer, text="From 18 in most forces.")
print(reply.pk, reply.delivery)
"""

CHECK = """
import django, sys; django.setup()
from youthdesk.conversations.models import Message
print(Message.objects.get(pk=int(sys.argv[1])).delivery)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_env(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "YOUTHDESK_REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "YOUTHDESK_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "youthdesk.settings",
    }
    env.pop("DATABASE_URL", None)  # its own SQLite file: the test database belongs to the other tests
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield env
    server.terminate()
    server.wait(timeout=10)


def _run(args, env, timeout=120):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, check=True).stdout


def test_a_reply_queued_through_redis_is_sent_by_an_rq_worker(redis_env):
    _run([*CLI, "migrate", "-v0"], redis_env)
    reply_id, status = _run([sys.executable, "-c", SEND], redis_env).split()[-2:]
    assert status == "queued"  # nothing has run it yet: the task waits in Redis
    assert _run([sys.executable, "-c", CHECK, reply_id], redis_env).strip() == "queued"
    _run([*CLI, *RQ_WORKER, "--burst"], redis_env)
    assert _run([sys.executable, "-c", CHECK, reply_id], redis_env).strip() == "sent"


LIFE_AT_RISK = """
import django; django.setup()
from django.utils import timezone
from youthdesk.connectors.ingest import message_ingest
from youthdesk.conversations.services import InboundMessage
from youthdesk.safeguarding.models import Escalation
message_ingest(inbound=InboundMessage(channel="webchat", contact_external_id="rq-2", external_id="rq-msg-2",
    text="ive got the pills in my hand and im taking them all tonight, goodbye", sent_at=timezone.now()))
print(Escalation.objects.get().status)
"""


def test_a_life_at_risk_message_is_handed_over_through_redis_workers(redis_env):
    from youthdesk.safeguarding.receiver import Receiver

    # Redis/RQ has no task priorities: the hand-over task must still be queued, not refused
    receiver = Receiver(secret="rq-contact-centre-secret").start()
    env = {
        **redis_env,
        "YOUTHDESK_CONTACT_CENTRE_URL": receiver.url,
        "YOUTHDESK_CONTACT_CENTRE_SECRET": "rq-contact-centre-secret",
        "YOUTHDESK_CONTACT_CENTRE_EMAIL": "",
    }
    try:
        _run([*CLI, "migrate", "-v0"], env)
        assert _run([sys.executable, "-c", LIFE_AT_RISK], env).split()[-1] == "pending"
        assert receiver.requests == []  # waiting in Redis until a worker runs it
        _run([*CLI, *RQ_WORKER, "--burst"], env)
        assert len(receiver.accepted) == 1
        assert receiver.requests[0].json["grade"] == "immediate"
    finally:
        receiver.stop()

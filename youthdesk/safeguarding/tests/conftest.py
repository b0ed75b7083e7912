"""Fixtures for safeguarding tests: a real contact-centre receiver on 127.0.0.1 and a way to send messages in."""

import datetime
import itertools

import pytest
from django.utils import timezone

from youthdesk.safeguarding.receiver import Receiver

SECRET = "test-contact-centre-secret"
IMMEDIATE_TEXT = "im going to kill myself tonight i have the pills ready"
_ids = itertools.count(1)


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Tasks run in the test's own thread at commit (the worker-process tests use the database queue).

    Two-factor sign-in is covered by the accounts tests; here pages are reached with force_login.
    """
    settings.YOUTHDESK_REQUIRE_MFA = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # test speed only
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}
    }


@pytest.fixture
def receiver(settings):
    """A contact-centre endpoint on loopback that the desk is configured to hand over to."""
    settings.CONTACT_CENTRE_SECRET = SECRET
    with Receiver(secret=SECRET) as r:
        settings.CONTACT_CENTRE_URL = r.url
        yield r


@pytest.fixture
def desk_open(db):
    from youthdesk.conversations.models import DeskSettings

    desk = DeskSettings.load()
    desk.opens_at, desk.closes_at, desk.open_days = (
        datetime.time(0, 0),
        datetime.time(23, 59, 59, 999999),
        "0123456",
    )
    desk.save()
    return desk


@pytest.fixture
def desk_closed(db):
    from youthdesk.conversations.models import DeskSettings

    desk = DeskSettings.load()
    # Opening and closing at the same moment: never open, next opening tomorrow at midnight.
    desk.opens_at, desk.closes_at, desk.open_days = datetime.time(0, 0), datetime.time(0, 0), "0123456"
    desk.save()
    return desk


@pytest.fixture
def send_in(django_capture_on_commit_callbacks):
    """Ingest a web-chat message as the connectors do, running the on-commit triggers (the worker)."""
    from youthdesk.connectors.ingest import message_ingest
    from youthdesk.conversations.services import InboundMessage

    def _send(text: str, *, contact: str = "child-1", external_id: str | None = None, handle: str = "sky_14"):
        inbound = InboundMessage(
            channel="webchat",
            contact_external_id=contact,
            external_id=external_id or f"wc-{next(_ids)}",
            text=text,
            sent_at=timezone.now(),
            handle=handle,
        )
        with django_capture_on_commit_callbacks(execute=True):
            message, _ = message_ingest(inbound=inbound)
        return message

    return _send

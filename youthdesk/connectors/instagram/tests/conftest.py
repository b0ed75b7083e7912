"""Instagram test kit: the real webhook over HTTP, signed like Meta signs, and a fake Graph API on loopback."""

import datetime
import json
from pathlib import Path

import httpx
import pytest

from youthdesk.connectors.instagram.fakegraph import FakeGraphServer
from youthdesk.connectors.instagram.webhooks import signature_for

FIXTURES = Path(__file__).parent / "fixtures"
SECRET = "test-app-secret-0123456789"
IG_ID = "17841400000000001"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


def meta_bytes(obj) -> bytes:
    """Serialise like Meta: compact, non-ASCII escaped as \\uXXXX."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=True).encode()


@pytest.fixture(autouse=True)
def instagram_settings(settings):
    settings.INSTAGRAM_APP_SECRET = SECRET
    settings.INSTAGRAM_VERIFY_TOKEN = "test-verify-token"
    settings.INSTAGRAM_PAGE_TOKEN = "test-page-token"
    settings.INSTAGRAM_ACCOUNT_ID = IG_ID
    # Tasks run inline unless a test asks for the database queue (db_queue).
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return settings


@pytest.fixture
def fake_graph(settings):
    """A fake Graph API on a free loopback port; settings.GRAPH_API_URL points at it."""
    server = FakeGraphServer(token="test-page-token").start()
    settings.GRAPH_API_URL = server.url
    yield server.state
    server.stop()


@pytest.fixture
def webhook(live_server):
    """POST bytes to the real /webhooks/instagram over HTTP, signed with the app secret unless told otherwise."""
    url = f"{live_server.url}/webhooks/instagram"

    def post(
        body: bytes, *, signature: str | None = "sign", secret: str = SECRET, **headers
    ) -> httpx.Response:
        sent = {"Content-Type": "application/json", **headers}
        if signature == "sign":
            sent["X-Hub-Signature-256"] = signature_for(body, secret)
        elif signature is not None:
            sent["X-Hub-Signature-256"] = signature
        return httpx.post(url, content=body, headers=sent, timeout=60)

    post.url = url
    return post


@pytest.fixture
def desk_open(db):
    """Staffed all day, so no out-of-hours reply joins the conversation under test."""
    from youthdesk.conversations.models import DeskSettings

    desk = DeskSettings.load()
    desk.opens_at, desk.closes_at = datetime.time(0, 0), datetime.time(23, 59, 59, 999999)
    desk.open_days = "0123456"
    desk.save()
    return desk


@pytest.fixture
def desk_closed(db):
    from youthdesk.conversations.models import DeskSettings

    desk = DeskSettings.load()
    desk.opens_at = desk.closes_at = datetime.time(0, 0)  # never open; next opening is tomorrow midnight
    desk.save()
    return desk


@pytest.fixture
def db_queue(settings):
    """The real database task queue instead of running tasks inline: the webhook only stores and queues."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    return settings

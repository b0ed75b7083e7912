"""The webhook's front door: handshake, signature, size and shape checks, durable storage before the 200."""

import json

import pytest
from django.db import OperationalError, connection

from youthdesk.connectors.instagram.webhooks import signature_for
from youthdesk.connectors.models import InboundEvent
from youthdesk.conversations.models import Message

from .conftest import SECRET, fixture_bytes, meta_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def _nothing_written():
    assert InboundEvent.objects.count() == 0
    assert Message.objects.count() == 0


def test_handshake_echoes_the_challenge_as_plain_text(webhook, live_server):
    import httpx

    response = httpx.get(
        webhook.url,
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": "test-verify-token",
            "hub.challenge": "1158201444",
        },
    )
    assert response.status_code == 200
    assert response.text == "1158201444"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": "test-verify-token", "hub.challenge": "1"},
        {"hub.challenge": "1"},
    ],
)
def test_handshake_with_a_wrong_token_or_mode_is_refused(webhook, params):
    import httpx

    response = httpx.get(webhook.url, params=params)
    assert response.status_code == 403
    assert "1" not in response.text


@pytest.mark.parametrize(
    "signature",
    [None, "", "sha256=", "sha256=" + "0" * 64, "sha1=abc", signature_for(b"other body", SECRET)],
)
def test_a_missing_or_wrong_signature_gets_403_and_writes_nothing(webhook, signature):
    response = webhook(fixture_bytes("dm_text"), signature=signature)
    assert response.status_code == 403
    assert response.json() == {"error": "missing or invalid X-Hub-Signature-256"}
    _nothing_written()


def test_a_signature_made_with_another_secret_is_refused(webhook):
    response = webhook(fixture_bytes("dm_text"), secret="not-the-app-secret")
    assert response.status_code == 403
    _nothing_written()


def test_the_signature_covers_the_raw_bytes_not_reparsed_json(webhook):
    body = fixture_bytes("dm_hostile_text")
    reserialised = json.dumps(json.loads(body), ensure_ascii=False).encode()
    assert reserialised != body
    response = webhook(reserialised, signature=signature_for(body, SECRET))
    assert response.status_code == 403
    _nothing_written()


def test_a_body_over_1_mb_gets_a_400_json_error_and_writes_nothing(webhook):
    item = json.loads(fixture_bytes("dm_text"))
    item["entry"][0]["messaging"][0]["message"]["text"] = "x" * (1024 * 1024)
    body = meta_bytes(item)
    response = webhook(body)
    assert response.status_code == 400
    assert response.json() == {"error": "body is over the 1 MB limit"}
    _nothing_written()


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"not json at all", "body is not JSON"),
        (b"\xff\xfe\x00", "body is not JSON"),
        (b"[1, 2]", "body is not a JSON object"),
        (b'{"object": "page", "entry": []}', "unexpected object 'page'; expected 'instagram'"),
        (b'{"object": "instagram"}', "'entry' must be a non-empty list"),
        (b'{"object": "instagram", "entry": ["x"]}', "each entry must be an object"),
        (
            b'{"object": "instagram", "entry": [{"id": "1"}]}',
            "an entry has neither messaging[] nor changes[]",
        ),
        (b'{"object": "instagram", "entry": [{"messaging": {"a": 1}}]}', "entry.messaging must be a list"),
    ],
)
def test_not_json_or_an_unknown_shape_gets_a_400_json_error_and_writes_nothing(webhook, body, error):
    response = webhook(body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(error)
    _nothing_written()


def test_a_valid_delivery_is_stored_before_the_answer(webhook, db_queue):
    """With the real queue the webhook only stores: the event row and its task exist when 200 comes back."""
    from django_tasks_db.models import DBTaskResult

    response = webhook(fixture_bytes("dm_text"))
    assert response.status_code == 200
    assert response.json() == {"received": 1, "new": 1}
    event = InboundEvent.objects.get()
    assert (event.channel, event.event_type, event.status) == ("instagram", "message", "pending")
    assert event.dedup_key.startswith("ig:m:")
    assert Message.objects.count() == 0  # processing is the worker's job
    task = DBTaskResult.objects.get()
    assert task.task_path == "youthdesk.connectors.tasks.events_process"
    assert task.args_kwargs["kwargs"] == {"event_ids": [event.pk]}


def test_unknown_event_types_are_kept_and_ignored(webhook, db_queue):
    from django_tasks_db.models import DBTaskResult

    response = webhook(fixture_bytes("mention"))
    assert response.status_code == 200
    event = InboundEvent.objects.get()
    assert (event.event_type, event.status) == ("mentions", "ignored")
    assert event.processed_at is not None
    assert DBTaskResult.objects.count() == 0


@pytest.mark.django_db
def test_a_database_error_answers_503_so_meta_retries(client, settings):
    body = fixture_bytes("dm_text")

    def refuse_inbound_inserts(execute, sql, params, many, context):
        if sql.startswith("INSERT") and "connectors_inboundevent" in sql:
            raise OperationalError("database is locked")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_inbound_inserts):
        response = client.post(
            "/webhooks/instagram",
            data=body,
            content_type="application/json",
            headers={"X-Hub-Signature-256": signature_for(body, SECRET)},
        )
    assert response.status_code == 503
    assert response.json() == {"error": "could not store the delivery; please retry"}
    assert InboundEvent.objects.count() == 0


def test_other_methods_are_refused(webhook):
    import httpx

    response = httpx.put(webhook.url, content=b"{}")
    assert response.status_code == 405
    _nothing_written()

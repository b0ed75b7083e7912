"""The webhook's lean path: answered before the page middleware, stored and queued in one short transaction."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from youthdesk.connectors.instagram.webhooks import signature_for
from youthdesk.connectors.models import InboundEvent
from youthdesk.conversations.models import Message

from .conftest import IG_ID, SECRET, fixture_bytes, meta_bytes

pytestmark = pytest.mark.django_db(transaction=True)
T = 1763805600000


def dm(n: int) -> dict:
    return {
        "sender": {"id": f"91000000{n:08d}"},
        "recipient": {"id": IG_ID},
        "timestamp": T + n,
        "message": {"mid": f"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjLean{n:08d}", "text": f"hello {n}"},
    }


def delivery(*items) -> bytes:
    return meta_bytes({"object": "instagram", "entry": [{"id": IG_ID, "time": T, "messaging": list(items)}]})


def _post(client, body: bytes):
    return client.post(
        "/webhooks/instagram",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": signature_for(body, SECRET)},
    )


def test_the_answer_skips_sessions_and_users_but_forbids_framing_and_content(webhook):
    response = webhook(fixture_bytes("dm_text"))
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    assert "cookie" not in response.headers.get("vary", "").lower()
    assert (
        response.headers["content-security-policy"]
        == "default-src 'none'; object-src 'none'; frame-ancestors 'none'"
    )
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"  # SecurityMiddleware still runs first
    # A plain length, not a chunked answer: what Meta's client and load balancers expect.
    assert response.headers["content-length"] == str(len(response.content))
    assert "transfer-encoding" not in response.headers


def test_a_refused_delivery_also_gets_the_headers_and_writes_nothing(webhook):
    response = webhook(fixture_bytes("dm_text"), signature="sha256=" + "0" * 64)
    assert response.status_code == 403
    assert (
        response.headers["content-security-policy"]
        == "default-src 'none'; object-src 'none'; frame-ancestors 'none'"
    )
    assert InboundEvent.objects.count() == 0


def test_an_unknown_webhook_path_is_a_404_not_a_page(client):
    response = client.post("/webhooks/nowhere", data=b"{}", content_type="application/json")
    assert response.status_code == 404
    assert InboundEvent.objects.count() == 0


def test_pages_still_get_the_page_middleware(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_delivery_is_one_transaction_with_one_insert_for_its_items_and_one_for_its_task(client, db_queue):
    """Given a delivery of three new items, when it arrives, then storing and queueing take four statements."""
    from django_tasks_db.models import DBTaskResult

    body = delivery(dm(1), dm(2), dm(3))
    with CaptureQueriesContext(connection) as queries:
        response = _post(client, body)
    assert response.status_code == 200
    assert response.json() == {"received": 3, "new": 3}
    statements = [q["sql"].split(" ", 1)[0].upper() for q in queries.captured_queries]
    inserts = [q["sql"] for q in queries.captured_queries if q["sql"].upper().startswith("INSERT")]
    assert len(inserts) == 2, statements
    assert "connectors_inboundevent" in inserts[0] and "ON CONFLICT" in inserts[0].upper()
    assert "dbtaskresult" in inserts[1]
    assert not any(s == "SELECT" for s in statements), statements
    (task,) = DBTaskResult.objects.all()
    ids = list(InboundEvent.objects.order_by("pk").values_list("pk", flat=True))
    assert task.args_kwargs["kwargs"] == {"event_ids": ids}
    assert Message.objects.count() == 0


def test_a_redelivery_of_a_still_pending_item_is_neither_stored_nor_queued_again(client, db_queue):
    from django_tasks_db.models import DBTaskResult

    assert _post(client, delivery(dm(1))).json() == {"received": 1, "new": 1}
    assert _post(client, delivery(dm(1), dm(2))).json() == {"received": 2, "new": 1}
    assert InboundEvent.objects.count() == 2
    first, second = DBTaskResult.objects.order_by("enqueued_at")
    assert len(first.args_kwargs["kwargs"]["event_ids"]) == 1
    new = InboundEvent.objects.get(dedup_key__endswith="Lean00000002")
    assert second.args_kwargs["kwargs"]["event_ids"] == [new.pk]
    assert _post(client, delivery(dm(2), dm(1))).json() == {"received": 2, "new": 0}
    assert DBTaskResult.objects.count() == 2


def test_the_same_item_twice_in_one_delivery_is_stored_once(client):
    response = _post(client, delivery(dm(5), dm(5), dm(6)))
    assert response.status_code == 200
    assert response.json()["new"] == 2
    assert InboundEvent.objects.count() == 2
    assert sorted(Message.objects.values_list("text", flat=True)) == ["hello 5", "hello 6"]


def test_an_ignored_item_is_stored_done_and_not_queued(client, db_queue):
    from django_tasks_db.models import DBTaskResult

    response = _post(client, fixture_bytes("mention"))
    assert response.status_code == 200
    assert response.json()["new"] == 0
    event = InboundEvent.objects.get()
    assert event.status == "ignored" and event.processed_at is not None
    assert DBTaskResult.objects.count() == 0


def test_a_failed_task_insert_rolls_the_items_back_and_answers_503(client, db_queue):
    """The items and their task commit together or not at all, so Meta's retry finds nothing half-stored."""

    def refuse_task_inserts(execute, sql, params, many, context):
        if sql.startswith("INSERT") and "dbtaskresult" in sql:
            from django.db import OperationalError

            raise OperationalError("disk full")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_task_inserts):
        response = _post(client, delivery(dm(7)))
    assert response.status_code == 503
    assert InboundEvent.objects.count() == 0
    assert _post(client, delivery(dm(7))).json() == {"received": 1, "new": 1}


def test_without_insert_returning_the_outcome_is_the_same(client, db_queue, monkeypatch):
    """Given a database without INSERT ... RETURNING, new items are still stored once and queued once."""
    from django_tasks_db.models import DBTaskResult

    monkeypatch.setattr(
        type(connection.features), "can_return_rows_from_bulk_insert", property(lambda _: False)
    )
    assert _post(client, delivery(dm(8), dm(8), dm(9))).json()["new"] == 2
    assert _post(client, delivery(dm(9), dm(10))).json() == {"received": 2, "new": 1}
    assert InboundEvent.objects.filter(status="pending").count() == 3
    queued = sorted(i for t in DBTaskResult.objects.all() for i in t.args_kwargs["kwargs"]["event_ids"])
    assert queued == sorted(InboundEvent.objects.values_list("pk", flat=True))

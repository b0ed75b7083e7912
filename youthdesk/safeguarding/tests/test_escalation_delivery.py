"""An immediate message reaches the contact centre once, signed, whatever goes wrong on the way."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from youthdesk.safeguarding.models import Alert, Escalation, OutboxItem
from youthdesk.safeguarding.outbox import _send, lease_seconds, outbox_claim, outbox_deliver
from youthdesk.safeguarding.signing import signature_make
from youthdesk.safeguarding.sweeps import sweep_outbox
from youthdesk.safeguarding.tasks import escalation_deliver
from youthdesk.safeguarding.tests.conftest import IMMEDIATE_TEXT, SECRET

pytestmark = pytest.mark.django_db


def test_immediate_message_is_handed_over_at_once_signed_with_the_transcript(receiver, send_in, desk_open):
    # Given the desk is open and a child writes that they will end their life tonight
    send_in("hi is anyone there")
    message = send_in(IMMEDIATE_TEXT)

    # Then one escalation exists, delivered to the contact centre in the ingest's own commit
    escalation = Escalation.objects.get()
    assert escalation.trigger == Escalation.Trigger.AUTOMATIC
    assert escalation.message == message
    assert escalation.status == Escalation.Status.DELIVERED
    [received] = receiver.requests
    assert received.status == 200 and not received.duplicate
    assert received.key == str(escalation.uuid)
    assert received.headers["X-YouthDesk-Signature"] == signature_make(body=received.body, secret=SECRET)
    assert received.headers["Content-Type"] == "application/json"
    body = received.json
    assert body["grade"] == "immediate"
    assert body["categories"] == escalation.categories
    assert "force" in body and body["platform"] == "webchat" and body["handle"] == "sky_14"
    assert [m["text"] for m in body["transcript"]] == ["hi is anyone there", IMMEDIATE_TEXT]
    assert all(m["sent_at"].endswith("+00:00") for m in body["transcript"])
    assert body["cues"], "the officer-facing reasons travel with the hand-over"
    # And one email copy went to the contact centre's address
    assert len(mail.outbox) == 1
    assert json.loads(mail.outbox[0].body)["escalation_id"] == str(escalation.uuid)
    # And supervisors get an on-screen alert
    assert list(escalation.alerts.values_list("kind", flat=True)) == [Alert.Kind.NEW_IMMEDIATE]


def test_the_handover_names_the_force_of_the_place_the_flagged_message_names(receiver, send_in, desk_open):
    # Given a young person who first asked about the law in Scotland, then says where they are now
    send_in("is this true for scotland too?")
    send_in("im on the bridge in leeds and im going to jump tonight")
    # Then the hand-over sends help to Leeds's force, and lists every place named, in order
    body = receiver.requests[0].json
    assert (body["place"], body["force"]) == ("leeds", "West Yorkshire Police")
    assert [(p["place"], p["force"]) for p in body["places_named"]] == [
        ("scotland", "Police Scotland"),
        ("leeds", "West Yorkshire Police"),
    ]
    assert Escalation.objects.get().force_name == "West Yorkshire Police"


def test_a_handover_whose_flagged_message_names_no_place_uses_the_latest_place_named(
    receiver, send_in, desk_open
):
    send_in("hiya im from bradford")
    send_in("i have the pills in my hand and im taking them all tonight, goodbye")
    body = receiver.requests[0].json
    assert body["force"] == "West Yorkshire Police" and body["place"] == "bradford"


def test_standard_message_is_not_escalated(receiver, send_in, desk_open):
    send_in("what age can you get a tattoo")
    assert Escalation.objects.count() == 0
    assert OutboxItem.objects.count() == 0
    assert receiver.requests == []


def test_duplicate_processing_reaches_the_receiver_once(receiver, send_in, desk_open):
    # Given the same delivery processed twice, and a second immediate message in the same episode
    send_in(IMMEDIATE_TEXT, external_id="mid-1")
    send_in(IMMEDIATE_TEXT, external_id="mid-1")
    send_in("i mean it im going to kill myself tonight", external_id="mid-2")
    escalation = Escalation.objects.get()
    # When the task and the sweep run again, as a lost-acknowledgement queue would do
    escalation_deliver.call(escalation_id=escalation.pk)
    sweep_outbox()
    # Then the receiver was posted to exactly once, and the email copy went once
    assert [r.key for r in receiver.requests] == [str(escalation.uuid)]
    assert len(mail.outbox) == 1
    # And even a forced resend (the desk lost its record of success) is dropped by key at the receiver
    item = escalation.deliveries.get(transport="http")
    OutboxItem.objects.filter(pk=item.pk).update(status="pending", next_attempt_at=timezone.now())
    assert outbox_deliver(item_id=item.pk) == "delivered"
    assert len(receiver.requests) == 2
    assert receiver.requests[1].duplicate and receiver.requests[1].body == receiver.requests[0].body
    assert len(receiver.accepted) == 1 and receiver.seen_twice() == 0


def test_worker_killed_after_posting_is_retried_when_its_lease_runs_out(receiver, send_in, desk_open):
    # Given no worker runs (the trigger was lost) and a worker claims the hand-over, posts it, and is killed
    receiver.down()
    send_in(IMMEDIATE_TEXT)
    receiver.up()
    item = OutboxItem.objects.get(transport="http")
    now = timezone.now() + timedelta(seconds=60)  # past the back-off of the failed first try
    claimed = outbox_claim(item_id=item.pk, now=now)
    assert claimed is not None
    assert _send(claimed[0]).ok  # the POST happened; the worker dies before recording it
    item.refresh_from_db()
    assert item.status == "pending" and item.locked_until is not None
    # When the sweep runs while the dead worker's lease is still live, nothing is sent
    sweep_outbox(now=now + timedelta(seconds=1))
    assert len(receiver.requests) == 1
    # And when the lease has run out, the sweep sends it again with the same key
    sweep_outbox(now=now + timedelta(seconds=lease_seconds() + 1))
    item.refresh_from_db()
    assert item.status == "delivered"
    assert [r.key for r in receiver.requests] == [str(item.idempotency_key)] * 2
    assert len(receiver.accepted) == 1 and receiver.seen_twice() == 0
    assert Escalation.objects.get().status == Escalation.Status.DELIVERED


def test_five_minute_outage_then_delivery_within_the_backoff_cap(receiver, send_in, desk_open, settings):
    # Given the contact centre refuses connections for five minutes (time driven through next_attempt_at)
    settings.OUTBOX_BACKOFF_CAP = 30
    receiver.down()
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    item = escalation.deliveries.get(transport="http")
    start = timezone.now()
    end_of_outage = start + timedelta(seconds=300)
    clock = start
    while clock < end_of_outage:
        # Jump to the next moment the sweep would find the row due (never backwards, never past the outage).
        clock = min(max(clock + timedelta(milliseconds=500), item.next_attempt_at), end_of_outage)
        sweep_outbox(now=clock)
        item.refresh_from_db()
        assert item.next_attempt_at - clock <= timedelta(seconds=30), "back-off is capped at 30 s"
    assert item.status == "pending" and item.attempts >= 8
    assert "ConnectError" in item.last_error
    # Then supervisors were alerted that it is not delivered
    assert escalation.alerts.filter(kind=Alert.Kind.UNDELIVERED).exists()
    # When the endpoint comes back it is delivered at the next due attempt, within the 30 s cap, once
    receiver.up()
    attempts_before = item.attempts
    clock = max(end_of_outage, item.next_attempt_at)
    sweep_outbox(now=clock)
    item.refresh_from_db()
    assert item.status == "delivered" and item.attempts == attempts_before + 1
    assert clock - end_of_outage <= timedelta(seconds=30)
    assert len(receiver.requests) == 1 and receiver.seen_twice() == 0
    assert item.attempt_log.filter(ok=False).count() == item.attempts - 1
    escalation.refresh_from_db()
    assert escalation.status == Escalation.Status.DELIVERED
    assert not escalation.alerts.filter(kind=Alert.Kind.UNDELIVERED, cleared_at__isnull=True).exists()


def test_503_answers_are_retried_not_dropped(receiver, send_in, desk_open):
    receiver.set_mode("503")
    send_in(IMMEDIATE_TEXT)
    item = OutboxItem.objects.get(transport="http")
    assert item.status == "pending" and "HTTP 503" in item.last_error
    receiver.set_mode("ok")
    sweep_outbox(now=timezone.now() + timedelta(seconds=31))
    item.refresh_from_db()
    assert item.status == "delivered"
    assert [r.status for r in receiver.requests] == [503, 200]


def test_a_refusal_marks_the_escalation_dead_and_visible_until_resent(
    receiver, send_in, desk_open, settings, make_user
):
    # Given the desk signs with a key the contact centre does not accept
    settings.CONTACT_CENTRE_SECRET = "a-wrong-key"
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    assert escalation.status == Escalation.Status.DEAD
    assert escalation.alerts.filter(kind=Alert.Kind.DEAD).exists()
    item = escalation.deliveries.get(transport="http")
    assert item.status == "dead" and "HTTP 401" in item.last_error
    # When the key is fixed and a supervisor sends it again, it arrives
    settings.CONTACT_CENTRE_SECRET = SECRET
    from youthdesk.safeguarding.services import escalation_resend

    supervisor = make_user("sup1", role="supervisor")
    assert escalation_resend(escalation=escalation, actor=supervisor) == 1
    escalation_deliver.call(escalation_id=escalation.pk)
    escalation.refresh_from_db()
    assert escalation.status == Escalation.Status.DELIVERED
    assert [r.status for r in receiver.requests] == [401, 200]


def test_no_endpoint_configured_keeps_the_handover_waiting_with_a_clear_error(settings, send_in, desk_open):
    settings.CONTACT_CENTRE_URL = ""
    send_in(IMMEDIATE_TEXT)
    item = OutboxItem.objects.get(transport="http")
    assert item.status == "pending"
    assert "YOUTHDESK_CONTACT_CENTRE_URL" in item.last_error

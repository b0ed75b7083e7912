"""The contact centre acknowledges and records outcomes; late acknowledgements alert supervisors."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from youthdesk.audit.models import AuditEvent
from youthdesk.safeguarding.models import Alert, Escalation
from youthdesk.safeguarding.services import escalation_alerts_raise
from youthdesk.safeguarding.signing import signature_make
from youthdesk.safeguarding.tests.conftest import IMMEDIATE_TEXT, SECRET

pytestmark = pytest.mark.django_db


def _signed_post(client, escalation, payload: dict, secret: str = SECRET):
    body = json.dumps(payload).encode()
    return client.post(
        reverse("escalation_ack_endpoint", args=[escalation.uuid]),
        data=body,
        content_type="application/json",
        headers={"X-YouthDesk-Signature": signature_make(body=body, secret=secret)},
    )


def test_signed_acknowledgement_from_the_contact_centre_system(client, receiver, send_in, desk_open):
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    response = _signed_post(client, escalation, {"reference": "CC-2026-0042"})
    assert response.status_code == 200
    assert response.json() == {"status": "acknowledged", "reference": escalation.reference}
    escalation.refresh_from_db()
    assert escalation.status == Escalation.Status.ACKNOWLEDGED
    assert escalation.ack_reference == "CC-2026-0042"
    assert not escalation.alerts.filter(cleared_at__isnull=True).exists()
    # A repeat acknowledgement changes nothing
    first_at = escalation.acknowledged_at
    assert _signed_post(client, escalation, {"reference": "other"}).status_code == 200
    escalation.refresh_from_db()
    assert escalation.acknowledged_at == first_at and escalation.ack_reference == "CC-2026-0042"
    # And an outcome can come the same way
    response = _signed_post(client, escalation, {"outcome": "welfare_check", "note": "officers attending"})
    escalation.refresh_from_db()
    assert escalation.status == Escalation.Status.CLOSED and escalation.outcome == "welfare_check"


def test_acknowledgement_refused_without_a_valid_signature(client, receiver, send_in, desk_open):
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    assert _signed_post(client, escalation, {}, secret="wrong").status_code == 401
    body = b"{}"
    no_sig = client.post(
        reverse("escalation_ack_endpoint", args=[escalation.uuid]), data=body, content_type="application/json"
    )
    assert no_sig.status_code == 401
    escalation.refresh_from_db()
    assert escalation.acknowledged_at is None and escalation.status == Escalation.Status.DELIVERED
    assert _signed_post(client, escalation, {"outcome": "not-a-thing"}).status_code == 400
    escalation.refresh_from_db()
    assert escalation.acknowledged_at is None, "a bad outcome must leave no half-written acknowledgement"


def test_unknown_escalation_and_bad_json(client, receiver, send_in, desk_open):
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    escalation.uuid = "00000000-0000-4000-8000-000000000000"
    assert _signed_post(client, escalation, {}).status_code == 404
    body = b"not json"
    response = client.post(
        reverse("escalation_ack_endpoint", args=[Escalation.objects.get().uuid]),
        data=body,
        content_type="application/json",
        headers={"X-YouthDesk-Signature": signature_make(body=body, secret=SECRET)},
    )
    assert response.status_code == 400


def test_contact_centre_handler_acknowledges_and_records_outcome_on_the_page(
    client, receiver, send_in, desk_open, make_user
):
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    handler = make_user("cc1", role="contactcentre")
    client.force_login(handler)
    page = client.get(reverse("escalations"))
    assert page.status_code == 200 and escalation.reference in page.content.decode()
    detail = client.get(reverse("escalation_detail", args=[escalation.uuid]))
    html = detail.content.decode()
    assert 'id="ack-button"' in html and IMMEDIATE_TEXT in html
    response = client.post(reverse("escalation_ack", args=[escalation.uuid]), {"reference": "CC-7"})
    assert response.status_code == 302
    escalation.refresh_from_db()
    assert escalation.status == "acknowledged" and escalation.acknowledged_by == handler
    client.post(
        reverse("escalation_outcome", args=[escalation.uuid]), {"outcome": "located_safe", "note": "ok"}
    )
    escalation.refresh_from_db()
    assert escalation.outcome == "located_safe" and escalation.status == "closed"
    actions = set(AuditEvent.objects.filter(target_id=str(escalation.pk)).values_list("action", flat=True))
    assert {"escalation.create", "escalation.view", "escalation.acknowledge", "escalation.outcome"} <= actions
    assert list(escalation.events.values_list("kind", flat=True))[-2:] == ["acknowledged", "outcome"]


def test_officer_cannot_acknowledge(client, receiver, send_in, desk_open, make_user):
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    client.force_login(make_user("off1", role="officer"))
    assert client.post(reverse("escalation_ack", args=[escalation.uuid])).status_code == 403
    escalation.refresh_from_db()
    assert escalation.acknowledged_at is None


def test_unacknowledged_escalation_alerts_supervisors(
    client, receiver, send_in, desk_open, make_user, settings
):
    settings.ESCALATION_ACK_MINUTES = 10
    send_in(IMMEDIATE_TEXT)
    escalation = Escalation.objects.get()
    # Nine minutes on: no alert yet
    assert escalation_alerts_raise(now=escalation.created_at + timedelta(minutes=9)) == 0
    # Ten minutes on: one alert, raised once however often the sweep runs
    later = escalation.created_at + timedelta(minutes=10, seconds=1)
    assert escalation_alerts_raise(now=later) == 1
    assert escalation_alerts_raise(now=later) == 0
    assert escalation.alerts.filter(kind=Alert.Kind.UNACKNOWLEDGED).count() == 1
    # And the on-screen strip shows it to a supervisor
    client.force_login(make_user("sup1", role="supervisor"))
    strip = client.get(reverse("safeguarding_alerts"), headers={"HX-Request": "true"}).content.decode()
    assert escalation.reference in strip and "NOT ACKNOWLEDGED IN TIME" in strip
    # Once acknowledged the strip is empty
    from youthdesk.safeguarding.services import escalation_acknowledge

    escalation_acknowledge(escalation=escalation, actor=None, via="endpoint")
    assert client.get(reverse("safeguarding_alerts")).content == b""


def test_alert_strip_is_polled_from_every_desk_page(client, make_user):
    client.force_login(make_user("off1", role="officer"))
    html = client.get(reverse("escalations")).content.decode()
    assert 'hx-get="/safeguarding/alerts/"' in html and 'hx-trigger="load, every 3s"' in html
    client.force_login(make_user("an1", role="analyst", force_name="Kent Police"))
    assert client.get(reverse("safeguarding_alerts")).status_code == 403


def test_out_of_hours_immediate_gets_one_safety_reply_per_closed_period(receiver, send_in, desk_closed):
    from youthdesk.conversations.models import Message

    send_in(IMMEDIATE_TEXT)
    send_in("im still here")
    send_in("i have the pills and im going to kill myself tonight")
    auto = Message.objects.filter(direction="out", kind="auto").values_list("text", flat=True)
    safety = [t for t in auto if "999" in t and "0800 1111" in t and "85258" in t and "passed" in t]
    assert len(safety) == 1
    assert Escalation.objects.count() == 1


def test_in_hours_immediate_gets_no_automatic_safety_reply(receiver, send_in, desk_open):
    from youthdesk.conversations.models import Message

    send_in(IMMEDIATE_TEXT)
    assert not Message.objects.filter(direction="out").exists()
    assert Escalation.objects.get().created_at <= timezone.now()

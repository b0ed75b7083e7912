"""Button taps (messaging_postbacks) and message edits (message_edit) through the real signed webhook."""

import json

import pytest
from django.urls import reverse

from youthdesk.connectors.instagram.payloads import delivery_parse
from youthdesk.connectors.instagram.traffic import (
    deliveries_make,
    deliveries_play,
    edit_delivery,
    postback_delivery,
)
from youthdesk.connectors.models import InboundEvent
from youthdesk.conversations.models import Conversation, ConversationEvent, Message
from youthdesk.safeguarding.models import MessageAssessment

from .conftest import IG_ID, SECRET, fixture_bytes, meta_bytes

pytestmark = pytest.mark.django_db(transaction=True)

DM_MID = (
    "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk2NTA5NjY0"
)
PERSON = "6543210987654321"
ORIGINAL = "hi, how old do you have to be to join the police cadets?"
THREAT = "someone is threatening to share my nudes unless i pay"


def _post(webhook, *bodies):
    for body in bodies:
        response = webhook(body)
        assert response.status_code == 200, response.text


def _edit(text, number, *, mid=DM_MID, at_ms=1763805900000):
    return edit_delivery(account_id=IG_ID, sender=PERSON, mid=mid, text=text, number=number, at_ms=at_ms)


# ---- postbacks ------------------------------------------------------------------------------------


def test_a_button_tap_is_the_young_persons_message_tapped_title(webhook, desk_open):
    _post(webhook, fixture_bytes("postback"))
    message = Message.objects.get()
    assert (message.direction, message.kind, message.text) == ("in", "text", "[tapped: Talk to the team]")
    assert message.meta["postback"] == {"title": "Talk to the team", "payload": "ICEBREAKER_TEAM"}
    assert message.external_id == "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjPostback0001"
    assert message.sent_at.isoformat() == "2025-11-22T10:06:00+00:00"
    assert message.conversation.waiting_since == message.sent_at  # in the queue, waiting for us
    assert MessageAssessment.objects.filter(message=message).count() == 1  # graded like any message
    assert InboundEvent.objects.get().status == "done"


def test_a_button_tap_delivered_again_is_stored_once(webhook, desk_open):
    body = fixture_bytes("postback")
    no_mid = json.loads(body)
    del no_mid["entry"][0]["messaging"][0]["postback"]["mid"]
    _post(webhook, body, body, meta_bytes(no_mid), meta_bytes(no_mid))
    assert Message.objects.count() == 2  # with and without a mid: two taps, each once
    assert InboundEvent.objects.count() == 2
    assert Conversation.objects.count() == 1


def test_a_tap_is_stored_before_the_answer_and_processed_by_the_worker(webhook, db_queue):
    _post(webhook, fixture_bytes("postback"))
    event = InboundEvent.objects.get()
    assert (event.event_type, event.status) == ("postback", "pending")
    assert event.dedup_key == "ig:pb:aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjPostback0001"
    assert Message.objects.count() == 0  # the worker's job, from the stored row


def test_the_officer_sees_the_tap_as_text(webhook, desk_open, client, make_user, settings):
    settings.YOUTHDESK_REQUIRE_MFA = False
    body = postback_delivery(
        account_id=IG_ID, sender=PERSON, mid="pb-hostile", title="<b>Help</b>", at_ms=1763805960000
    )
    _post(webhook, body)
    client.force_login(make_user("officer1", "officer"))
    html = client.get(reverse("conversation", args=[Conversation.objects.get().pk])).content.decode()
    assert "[tapped: &lt;b&gt;Help&lt;/b&gt;]" in html and "<b>Help</b>" not in html
    assert "Tapped a button" in html


# ---- edits ----------------------------------------------------------------------------------------


def test_an_edit_that_adds_a_threat_is_graded_and_keeps_the_old_text(webhook, desk_open):
    _post(webhook, fixture_bytes("dm_text"))
    message = Message.objects.get()
    assert message.assessment.grade == "standard"
    Conversation.objects.filter(pk=message.conversation_id).update(waiting_since=None)  # we had answered
    _post(webhook, fixture_bytes("message_edit"))
    message = Message.objects.get()
    assert message.text == THREAT
    assert message.meta["num_edit"] == 1
    assert message.meta["edits"] == [
        {"text": ORIGINAL, "until": "2025-11-22T10:05:00+00:00", "grade": "standard", "categories": []}
    ]
    assessment = MessageAssessment.objects.get(message=message)  # one assessment, of the current text
    assert assessment.grade == "high" and "sextortion_image_abuse" in assessment.categories
    conversation = message.conversation
    assert (conversation.grade, conversation.grade_rank) == ("high", 2)
    assert conversation.waiting_since is not None  # back in front of the team
    event = ConversationEvent.objects.get(kind="message_edited")
    assert event.after == {"message": message.pk, "num_edit": 1}
    assert InboundEvent.objects.get(event_type="message_edit").status == "done"


def test_an_edit_delivered_again_or_out_of_order_changes_nothing_more(webhook, desk_open):
    _post(webhook, fixture_bytes("dm_text"), _edit("second version", 2, at_ms=1763805990000))
    _post(webhook, _edit("second version", 2, at_ms=1763805990000), _edit("first version", 1))
    message = Message.objects.get()
    assert message.text == "second version"
    assert [e["text"] for e in message.meta["edits"]] == [ORIGINAL]
    assert ConversationEvent.objects.filter(kind="message_edited").count() == 1
    assert InboundEvent.objects.filter(event_type="message_edit").count() == 2  # edit 2 once, edit 1 once
    assert MessageAssessment.objects.filter(message=message).count() == 1


def test_an_edit_that_overtakes_its_message_is_kept_and_the_original_joins_its_history(webhook, desk_open):
    _post(webhook, fixture_bytes("message_edit"))
    message = Message.objects.get()
    assert message.text == THREAT and message.meta["original_pending"] is True
    assert message.conversation.grade == "high"
    _post(webhook, fixture_bytes("dm_text"))
    message = Message.objects.get()
    assert message.text == THREAT
    assert "original_pending" not in message.meta
    assert message.meta["edits"][0]["text"] == ORIGINAL and message.meta["edits"][0]["until"] is None
    assert message.sent_at.isoformat() == "2025-11-22T10:00:00+00:00"  # the original's own time
    assert MessageAssessment.objects.get(message=message).grade == "high"


def test_an_edit_reopens_a_closed_conversation(webhook, desk_open):
    _post(webhook, fixture_bytes("dm_text"))
    conversation = Conversation.objects.get()
    Conversation.objects.filter(pk=conversation.pk).update(status="closed", waiting_since=None)
    _post(webhook, fixture_bytes("message_edit"))
    conversation.refresh_from_db()
    assert conversation.status == "open"
    assert conversation.grade == "high"
    assert list(conversation.events.values_list("kind", flat=True).order_by("id"))[-2:] == [
        "reopened",
        "message_edited",
    ]


def test_an_edit_of_our_own_unknown_message_never_becomes_the_young_persons(webhook, desk_open):
    body = edit_delivery(account_id=IG_ID, sender=IG_ID, mid="ours-1", text="typo fixed", number=1, at_ms=1)
    _post(webhook, body)
    assert InboundEvent.objects.get().status == "ignored"
    assert Message.objects.count() == 0 and Conversation.objects.count() == 0


def test_a_malformed_edit_is_kept_and_not_applied(webhook, desk_open):
    _post(webhook, fixture_bytes("dm_text"))
    bad = json.loads(fixture_bytes("message_edit"))
    bad["entry"][0]["messaging"][0]["message_edit"]["text"] = 5
    _post(webhook, meta_bytes(bad))
    assert InboundEvent.objects.get(event_type="malformed").status == "ignored"
    assert Message.objects.get().text == ORIGINAL


def test_the_officer_sees_the_edit_and_the_earlier_text_as_text(
    webhook, desk_open, client, make_user, settings
):
    settings.YOUTHDESK_REQUIRE_MFA = False
    _post(webhook, fixture_bytes("dm_text"), _edit("<script>window.__pwned=1</script>", 1))
    _post(webhook, _edit(THREAT, 2, at_ms=1763805990000))
    client.force_login(make_user("officer1", "officer"))
    conversation = Conversation.objects.get()
    html = client.get(reverse("conversation", args=[conversation.pk])).content.decode()
    assert "Edited" in html and "Earlier text (2 versions before this)" in html
    assert ORIGINAL in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html and "<script>window.__pwned" not in html
    # The thread's poll notices an edit: the fingerprint changes.
    thread_url = reverse("conversation_thread", args=[conversation.pk])
    version = client.get(thread_url).context["version"]
    _post(webhook, _edit("third", 3, at_ms=1763806000000))
    assert client.get(thread_url + f"?v={version}").status_code == 200


# ---- the traffic player ---------------------------------------------------------------------------


def test_the_traffic_player_sends_taps_and_edits_that_are_stored_once(live_server, desk_open):
    bodies, ids = deliveries_make(
        count=60,
        account_id=IG_ID,
        duplicates=0.2,
        postback_share=0.2,
        edit_share=0.2,
        seed=3,
        comment_share=0,
    )
    kinds = [item.event_type for body in bodies for item in delivery_parse(body)]
    assert {"message", "postback", "message_edit"} <= set(kinds)
    result = deliveries_play(url=f"{live_server.url}/webhooks/instagram", bodies=bodies, secret=SECRET)
    assert result.accepted == 60
    stored = set(Message.objects.filter(direction="in").values_list("external_id", flat=True))
    assert stored == ids  # taps became messages; edits changed messages and added none
    taps = {body for body in bodies if b'"postback"' in body}
    edited = {
        json.loads(b)["entry"][0]["messaging"][0]["message_edit"]["mid"]
        for b in bodies
        if b"message_edit" in b
    }
    assert Message.objects.filter(text__startswith="[tapped: ").count() == len(taps)
    assert (
        set(Message.objects.filter(meta__has_key="num_edit").values_list("external_id", flat=True)) == edited
    )

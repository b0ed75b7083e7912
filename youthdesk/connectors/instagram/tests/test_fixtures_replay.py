"""Every fixture, replayed through the real webhook over HTTP, ends as the right inbox state."""

import json
import random

import pytest

from youthdesk.connectors.models import InboundEvent
from youthdesk.conversations.models import Contact, Conversation, Message
from youthdesk.safeguarding.models import MessageAssessment

from .conftest import IG_ID, fixture_bytes, meta_bytes

pytestmark = pytest.mark.django_db(transaction=True)

DM_MID = (
    "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAxOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTk2NTA5NjY0"
)
ECHO_MID = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjEchoFromApp01"


def _replay(webhook, *names):
    for name in names:
        response = webhook(fixture_bytes(name))
        assert response.status_code == 200, (name, response.text)


def test_a_direct_message_is_stored_graded_and_queued(webhook):
    _replay(webhook, "dm_text")
    message = Message.objects.get()
    assert (message.channel, message.direction, message.kind) == ("instagram", "in", "text")
    assert message.text == "hi, how old do you have to be to join the police cadets?"
    assert message.external_id == DM_MID
    assert message.sent_at.isoformat() == "2025-11-22T10:00:00+00:00"
    assert message.conversation.contact.external_id == "6543210987654321"
    assert message.conversation.status == "open"
    assert message.conversation.waiting_since == message.sent_at
    assert MessageAssessment.objects.filter(message=message).count() == 1  # graded in the same transaction
    assert InboundEvent.objects.get().status == "done"


def test_attachments_are_recorded_checked_and_never_fetched(webhook):
    _replay(webhook, "dm_attachments")
    message = Message.objects.get()
    assert message.kind == "attachment"
    assert message.text == ""
    image, video, unknown = message.attachments
    assert image["type"] == "image" and image["blocked"] is False
    assert image["url"].startswith("https://lookaside.fbsbx.com/")
    assert video == {**video, "type": "video", "url": "", "blocked": True, "problems": ["link is not https"]}
    assert unknown["type"] == "unsupported" and unknown["blocked"] is True


def test_a_story_mention_is_an_attachment(webhook):
    _replay(webhook, "dm_story_mention")
    assert Message.objects.get().attachments[0]["type"] == "story_mention"


def test_an_inline_reply_keeps_what_it_answers(webhook):
    _replay(webhook, "dm_text", "dm_reply_to")
    reply = Message.objects.get(text="sorry I meant the ones at school")
    assert reply.meta["reply_to"] == {"mid": DM_MID}
    assert Conversation.objects.count() == 1


def test_hostile_text_is_stored_exactly_as_sent(webhook):
    _replay(webhook, "dm_hostile_text")
    expected = json.loads(fixture_bytes("dm_hostile_text"))["entry"][0]["messaging"][0]["message"]["text"]
    assert Message.objects.get().text == expected
    assert "\u200b" in expected and "\u202e" in expected and "\U0001f52a" in expected


def test_an_echo_from_the_instagram_app_is_kept_as_an_outbound_message(webhook):
    _replay(webhook, "dm_text", "echo")
    echo = Message.objects.get(external_id=ECHO_MID)
    assert (echo.direction, echo.delivery) == ("out", "sent")
    assert echo.conversation == Message.objects.get(external_id=DM_MID).conversation
    assert echo.meta == {"source": "sent outside YouthDesk"}
    assert echo.conversation.events.filter(kind="reply_elsewhere").count() == 1


def test_an_echo_of_our_own_reply_is_matched_not_duplicated(webhook, desk_open):
    _replay(webhook, "dm_text")
    conversation = Conversation.objects.get()
    ours = Message.objects.create(
        conversation=conversation,
        channel="instagram",
        direction="out",
        text="Hi! You can join cadets from 13. Here is more: https://example.police.uk/cadets",
        sent_at=conversation.last_message_at,
        delivery="queued",
    )
    _replay(webhook, "echo")
    ours.refresh_from_db()
    assert (ours.external_id, ours.delivery) == (ECHO_MID, "sent")
    assert Message.objects.filter(direction="out").count() == 1


def test_reactions_are_recorded_on_the_target_message_and_can_be_taken_back(webhook):
    _replay(webhook, "dm_text", "echo", "reaction")
    target = Message.objects.get(external_id=ECHO_MID)
    assert target.meta["reactions"] == [
        {
            "by": "6543210987654321",
            "reaction": "love",
            "emoji": "\u2764\ufe0f",
            "at": "2025-11-22T10:03:00+00:00",
        }
    ]
    assert Message.objects.count() == 2  # a reaction is not a message
    _replay(webhook, "unreact")
    target.refresh_from_db()
    assert target.meta["reactions"] == []


def test_a_read_receipt_marks_our_message_read(webhook):
    _replay(webhook, "dm_text", "echo", "read")
    assert Message.objects.get(external_id=ECHO_MID).meta["read_at"] == "2025-11-22T10:02:30+00:00"


def test_an_unsent_message_is_marked_deleted_and_its_text_kept(webhook):
    _replay(webhook, "dm_text", "unsend")
    message = Message.objects.get()
    assert message.deleted_at.isoformat() == "2025-11-22T10:05:00+00:00"
    assert message.text == "hi, how old do you have to be to join the police cadets?"
    assert message.conversation.events.filter(kind="message_unsent").count() == 1


def test_a_comment_on_our_post_is_stored_with_its_media_and_author(webhook):
    _replay(webhook, "comment")
    comment = Message.objects.get()
    assert (comment.kind, comment.external_id) == ("comment", "17865799348089039")
    assert comment.text == "is it illegal to ride an e-scooter on the pavement??"
    assert comment.meta["media_id"] == "18050310947722369"
    assert comment.meta["comment_id"] == "17865799348089039"
    assert comment.conversation.contact.handle == "skater_girl_example"
    assert comment.sent_at.isoformat() == "2025-11-22T10:05:00+00:00"  # seconds, not milliseconds


def test_the_flat_comment_shape_from_the_docs_is_understood(webhook):
    _replay(webhook, "comment", "comment_flat")
    reply = Message.objects.get(external_id="17865799348089040")
    assert reply.meta["parent_id"] == "17865799348089039"
    assert reply.text == "asking for a friend \U0001f605"
    assert Conversation.objects.count() == 1


def test_events_we_do_not_handle_are_kept_and_ignored(webhook):
    # A mention names only a media and a comment id (no author, no text): kept for the record.
    _replay(webhook, "mention")
    event = InboundEvent.objects.get()
    assert event.status == "ignored"
    assert Message.objects.count() == 0


def test_a_mixed_batch_is_split_into_its_items(webhook):
    _replay(webhook, "batch_mixed")
    assert InboundEvent.objects.count() == 5
    assert sorted(InboundEvent.objects.values_list("event_type", flat=True)) == [
        "comment",
        "message",
        "message",
        "message",
        "message_edit",
    ]
    assert Message.objects.count() == 4
    assert Contact.objects.count() == 3
    first = Contact.objects.get(external_id="1111222233334444").conversation
    assert list(first.messages.values_list("text", flat=True)) == ["first in batch", "second in batch"]
    edited = Message.objects.get(external_id="aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjBatch0000003")
    assert edited.text == "edited" and edited.meta["edits"][0]["text"] == "from someone else"


def test_every_fixture_replayed_twice_in_shuffled_order_is_stored_once(webhook):
    names = [
        p
        for p in (
            "dm_text",
            "dm_attachments",
            "dm_story_mention",
            "dm_hostile_text",
            "comment",
            "comment_flat",
            "batch_mixed",
            "postback",
            "mention",
        )
    ]
    _replay(webhook, *names)
    messages = Message.objects.count()
    events = InboundEvent.objects.count()
    again = names * 2
    random.Random(7).shuffle(again)
    _replay(webhook, *again)
    assert Message.objects.count() == messages == 11  # the postback is a message too
    assert InboundEvent.objects.count() == events


def test_the_same_item_twice_in_one_batch_is_stored_once(webhook):
    delivery = json.loads(fixture_bytes("dm_text"))
    delivery["entry"].append(delivery["entry"][0])
    response = webhook(meta_bytes(delivery))
    assert response.json() == {"received": 1, "new": 1}
    assert Message.objects.count() == 1


def test_our_own_public_comment_reply_coming_back_is_not_a_young_persons_message(webhook):
    delivery = json.loads(fixture_bytes("comment"))
    delivery["entry"][0]["changes"][0]["value"]["from"] = {"id": IG_ID, "username": "youthdesk_team"}
    _replay_bytes = webhook(meta_bytes(delivery))
    assert _replay_bytes.status_code == 200
    assert Message.objects.count() == 0
    assert InboundEvent.objects.get().status == "ignored"


def test_an_unmatched_echo_waits_while_one_of_our_replies_is_still_being_sent(webhook):
    from youthdesk.connectors.instagram.events import ECHO_WAITS
    from youthdesk.connectors.processing import pending_events_process

    _replay(webhook, "dm_text")
    conversation = Conversation.objects.get()
    Message.objects.create(
        conversation=conversation,
        channel="instagram",
        direction="out",
        text="a reply whose text Instagram changed",
        sent_at=conversation.last_message_at,
        delivery="queued",
    )
    _replay(webhook, "echo")
    event = InboundEvent.objects.get(event_type="echo")
    assert (event.status, event.attempts) == ("pending", 1)
    assert event.error.startswith("EchoNotYetMatched")
    assert not Message.objects.filter(external_id=ECHO_MID).exists()
    for _ in range(ECHO_WAITS):  # the sweeper's later passes
        pending_events_process()
    event.refresh_from_db()
    assert event.status == "done"
    assert Message.objects.get(external_id=ECHO_MID).meta == {"source": "sent outside YouthDesk"}


def test_a_very_long_message_with_emoji_rtl_and_zero_width_characters_is_stored_intact(webhook):
    text = ("\u0645\u0631\u062d\u0628\u0627 \U0001f52a zero\u200bwidth \u202eRTL\u202c <b>bold?</b> " * 2000)[
        :60_000
    ]
    delivery = json.loads(fixture_bytes("dm_text"))
    delivery["entry"][0]["messaging"][0]["message"]["text"] = text
    body = meta_bytes(delivery)
    assert 100_000 < len(body) < 1024 * 1024  # escaped like Meta: longer on the wire
    assert webhook(body).status_code == 200
    stored = Message.objects.get()
    assert stored.text == text
    assert len(stored.text) == 60_000

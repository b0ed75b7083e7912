"""Turning one stored Instagram event into inbox state: messages, comments, echoes, reactions, unsends, reads.

Runs inside the worker's transaction for the event (youthdesk.connectors.processing), so a failure leaves nothing.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q

from youthdesk.connectors.ingest import message_ingest
from youthdesk.connectors.instagram.payloads import edit_number, platform_time
from youthdesk.connectors.models import InboundEvent
from youthdesk.connectors.processing import RetryLater
from youthdesk.conversations.models import Channel, Contact, Conversation, Message
from youthdesk.conversations.services import InboundMessage, event_record, inbound_edit_store
from youthdesk.safeguarding.models import MessageAssessment
from youthdesk.safeguarding.services import message_assess

log = logging.getLogger(__name__)
CHANNEL = Channel.INSTAGRAM

# What Meta documents for message attachments; anything else is recorded as unsupported, never fetched.
ATTACHMENT_TYPES = frozenset(
    {"audio", "file", "image", "share", "story_mention", "video", "ig_reel", "reel", "sticker", "fallback"}
)
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # Meta's own cap for audio/video/file
MAX_ATTACHMENTS = 10
ECHO_WAITS = 3  # attempts an unmatched echo waits (sweeper: ~10 s apart) for our in-flight reply


class EchoNotYetMatched(RetryLater):
    """An echo arrived while one of our replies to that person is still being sent; try again shortly."""


def attachments_check(raw) -> list[dict]:
    """Record each attachment's type, link and size as given, flagged if unsafe; nothing is downloaded."""
    checked = []
    for attachment in (raw if isinstance(raw, list) else [])[:MAX_ATTACHMENTS]:
        if not isinstance(attachment, dict):
            continue
        kind = str(attachment.get("type", ""))[:30]
        payload = attachment.get("payload") if isinstance(attachment.get("payload"), dict) else {}
        url = str(payload.get("url") or "")[:2000]
        size = payload.get("size") or attachment.get("size")
        size = int(size) if isinstance(size, int | float) and size >= 0 else None
        problems = []
        if kind not in ATTACHMENT_TYPES:
            problems.append("unsupported type")
        if url and urlsplit(url).scheme != "https":
            problems.append("link is not https")
            url = ""
        if size is not None and size > MAX_ATTACHMENT_BYTES:
            problems.append("over 25 MB")
        checked.append(
            {
                "type": kind if kind in ATTACHMENT_TYPES else "unsupported",
                "url": url,
                "size": size,
                "mime": str(payload.get("mime_type") or "")[:100],
                "title": str(payload.get("title") or "")[:300],
                "blocked": bool(problems),
                "problems": problems,
            }
        )
    return checked


def _message(mid: str) -> Message | None:
    return Message.objects.select_for_update().filter(channel=CHANNEL, external_id=mid).first()


def _dm_handle(event: InboundEvent, item: dict) -> str:
    message = item["message"]
    attachments = attachments_check(message.get("attachments"))
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    meta = {"entry_id": event.payload.get("entry_id", "")}
    if isinstance(message.get("reply_to"), dict):
        meta["reply_to"] = message["reply_to"]
    if message.get("is_unsupported"):
        meta["unsupported"] = True
    if isinstance(message.get("referral"), dict):
        meta["referral"] = {k: message["referral"].get(k) for k in ("ref", "source", "type")}
    stored, created = message_ingest(
        inbound=InboundMessage(
            channel=CHANNEL,
            contact_external_id=str(item["sender"]["id"]),
            external_id=message["mid"],
            text=text,
            sent_at=platform_time(item.get("timestamp") or event.payload.get("entry_time")),
            kind=Message.Kind.ATTACHMENT if attachments and not text else Message.Kind.TEXT,
            attachments=attachments,
            meta=meta,
        )
    )
    if not created and stored.meta.get("original_pending"):
        _original_record(stored, text=text, sent_at=platform_time(item.get("timestamp")))
    return "stored" if created else "duplicate"


def _original_record(message: Message, *, text: str, sent_at) -> None:
    """The original of a message whose edit came first: kept as its earliest version, at its own time, and
    graded too (what a young person wrote first matters even if they changed it)."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    meta = {k: v for k, v in message.meta.items() if k != "original_pending"}
    edited = message.text
    if text != edited:
        message.text = text[:100_000]
        _regrade(message)  # the conversation takes the original's grade if higher
        first = {"text": message.text, "until": None, **_assessment_snapshot(message)}
        meta["edits"] = [first, *(meta.get("edits") or [])]
        message.text = edited
    message.meta = meta
    message.sent_at = min(message.sent_at, sent_at)
    message.save(update_fields=["meta", "sent_at", "text"])
    if text != edited:
        _regrade(message)


def _comment_handle(event: InboundEvent, change: dict) -> str:
    value = change["value"]
    author = value.get("from") or {}
    comment_id = str(value["id"])
    if str(author.get("id")) == str(settings.INSTAGRAM_ACCOUNT_ID):
        # Our own public reply coming back: it is already on the conversation if we sent it from here.
        return (
            "duplicate"
            if Message.objects.filter(channel=CHANNEL, external_id=comment_id).exists()
            else "ignored"
        )
    media = value.get("media") if isinstance(value.get("media"), dict) else {}
    meta = {
        "comment_id": comment_id,
        "media_id": str(media.get("id") or value.get("media_id") or ""),
        "media_product_type": str(media.get("media_product_type") or ""),
        "field": change.get("field"),
    }
    if value.get("parent_id"):
        meta["parent_id"] = str(value["parent_id"])
    _, created = message_ingest(
        inbound=InboundMessage(
            channel=CHANNEL,
            contact_external_id=str(author["id"]),
            handle=str(author.get("username") or "")[:150],
            external_id=comment_id,
            text=value.get("text") if isinstance(value.get("text"), str) else "",
            sent_at=platform_time(value.get("timestamp") or event.payload.get("entry_time")),
            kind=Message.Kind.COMMENT,
            meta=meta,
        )
    )
    return "stored" if created else "duplicate"


def _echo_handle(event: InboundEvent, item: dict) -> str:
    message = item["message"]
    mid = message["mid"]
    if _message(mid) is not None:
        return "duplicate"
    person = str(item.get("recipient", {}).get("id") or "")
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    sent_at = platform_time(item.get("timestamp"))
    # The echo can beat our own send call's answer: claim our unsent reply with the same text.
    ours = (
        Message.objects.select_for_update()
        .filter(
            channel=CHANNEL,
            direction=Message.Direction.OUTBOUND,
            external_id__isnull=True,
            conversation__contact__external_id=person,
            text=text,
        )
        .exclude(delivery=Message.Delivery.FAILED)
        .order_by("sent_at")
        .first()
    )
    if ours is not None:
        ours.external_id = mid
        ours.delivery = Message.Delivery.SENT
        ours.save(update_fields=["external_id", "delivery"])
        return "matched"
    if not person:
        return "ignored"
    in_flight = Message.objects.filter(
        channel=CHANNEL,
        direction=Message.Direction.OUTBOUND,
        external_id__isnull=True,
        conversation__contact__external_id=person,
        delivery__in=[Message.Delivery.QUEUED, Message.Delivery.RETRYING],
    ).exists()
    if in_flight and event.attempts < ECHO_WAITS:
        # Our own send may be about to record this mid; storing a copy now would collide with it.
        raise EchoNotYetMatched(f"echo {mid[:40]} waits for a reply still being sent")
    # Sent from the Instagram app or another tool: keep it so the record of what we said is complete.
    contact, _ = Contact.objects.get_or_create(channel=CHANNEL, external_id=person)
    conversation, created = Conversation.objects.select_for_update().get_or_create(
        contact=contact, defaults={"channel": CHANNEL, "opened_at": sent_at, "last_message_at": sent_at}
    )
    if created:
        event_record(conversation=conversation, actor=None, kind="opened")
    Message.objects.create(
        conversation=conversation,
        channel=CHANNEL,
        direction=Message.Direction.OUTBOUND,
        kind=Message.Kind.ATTACHMENT if not text and message.get("attachments") else Message.Kind.TEXT,
        text=text,
        external_id=mid,
        sent_at=sent_at,
        attachments=attachments_check(message.get("attachments")),
        meta={"source": "sent outside YouthDesk"},
        delivery=Message.Delivery.SENT,
    )
    if sent_at > conversation.last_message_at:
        conversation.last_message_at = sent_at
        conversation.save(update_fields=["last_message_at"])
    event_record(conversation=conversation, actor=None, kind="reply_elsewhere", after={"mid": mid})
    return "stored"


def _reaction_handle(event: InboundEvent, item: dict) -> str:
    reaction = item["reaction"]
    target = _message(reaction["mid"])
    if target is None:
        return "ignored"
    sender = str(item["sender"]["id"])
    reactions = [r for r in target.meta.get("reactions", []) if r.get("by") != sender]
    if reaction.get("action", "react") == "react":
        reactions.append(
            {
                "by": sender,
                "reaction": str(reaction.get("reaction") or "")[:40],
                "emoji": str(reaction.get("emoji") or "")[:16],
                "at": platform_time(item.get("timestamp")).isoformat(),
            }
        )
    target.meta = {**target.meta, "reactions": reactions}
    target.save(update_fields=["meta"])
    return "stored"


def _unsend_handle(event: InboundEvent, item: dict) -> str:
    target = _message(item["message"]["mid"])
    if target is None:
        return "ignored"
    if target.deleted_at is None:
        # The text stays for the safeguarding record; the inbox shows it as withdrawn.
        target.deleted_at = platform_time(item.get("timestamp"))
        target.save(update_fields=["deleted_at"])
        event_record(
            conversation=target.conversation, actor=None, kind="message_unsent", after={"message": target.pk}
        )
    return "stored"


def _read_handle(event: InboundEvent, item: dict) -> str:
    read = item["read"]
    at = platform_time(item.get("timestamp"))
    sender = str(item["sender"]["id"])
    if read.get("mid"):
        target = _message(read["mid"])
        targets = [target] if target is not None and target.direction == Message.Direction.OUTBOUND else []
    else:  # Messenger-style watermark: everything we sent up to that time
        watermark = platform_time(read.get("watermark"))
        targets = list(
            Message.objects.select_for_update().filter(
                Q(conversation__contact__external_id=sender),
                channel=CHANNEL,
                direction=Message.Direction.OUTBOUND,
                sent_at__lte=watermark,
            )
        )
    for target in targets:
        if not target.meta.get("read_at"):
            target.meta = {**target.meta, "read_at": at.isoformat()}
            target.save(update_fields=["meta"])
    return "stored" if targets else "ignored"


def _postback_handle(event: InboundEvent, item: dict) -> str:
    postback = item["postback"]
    title = str(postback.get("title") or "").strip()[:300]
    mid = postback.get("mid") if isinstance(postback.get("mid"), str) and postback.get("mid") else None
    # Shown as what the young person said by tapping; the button's payload is ours, kept for the record.
    _, created = message_ingest(
        inbound=InboundMessage(
            channel=CHANNEL,
            contact_external_id=str(item["sender"]["id"]),
            external_id=mid or event.dedup_key,
            text=f"[tapped: {title}]" if title else "[tapped a button]",
            sent_at=platform_time(item.get("timestamp") or event.payload.get("entry_time")),
            kind=Message.Kind.TEXT,
            meta={
                "entry_id": event.payload.get("entry_id", ""),
                "postback": {"title": title, "payload": str(postback.get("payload") or "")[:1000]},
            },
        )
    )
    return "stored" if created else "duplicate"


def _edit_handle(event: InboundEvent, item: dict) -> str:
    edit = item["message_edit"]
    number = edit_number(edit)
    edited_at = platform_time(item.get("timestamp") or event.payload.get("entry_time"))
    target = _message(edit["mid"])
    if target is None and str(item["sender"]["id"]) == str(settings.INSTAGRAM_ACCOUNT_ID):
        return "ignored"  # our own message edited in the Instagram app: not something a young person said
    if target is None:
        # The edit overtook the message itself: store the edited text now (it is what the young person
        # means); when the original arrives it is recorded as the earlier version (see _dm_handle).
        _, created = message_ingest(
            inbound=InboundMessage(
                channel=CHANNEL,
                contact_external_id=str(item["sender"]["id"]),
                external_id=edit["mid"],
                text=edit["text"],
                sent_at=edited_at,
                meta={
                    "entry_id": event.payload.get("entry_id", ""),
                    "num_edit": number,
                    "edits": [],
                    "original_pending": True,
                },
            )
        )
        if created:
            return "stored"
        # The original was stored by another worker in the meantime: apply the edit to it as usual.
        target = _message(edit["mid"])
    earlier = _assessment_snapshot(target)
    if not inbound_edit_store(
        message=target, text=edit["text"], edited_at=edited_at, number=number, earlier=earlier
    ):
        return "duplicate"
    _regrade(target)
    return "stored"


def _assessment_snapshot(message: Message) -> dict:
    assessment = MessageAssessment.objects.filter(message=message).first()
    if assessment is None:
        return {}
    return {"grade": assessment.grade, "categories": list(assessment.categories or [])}


def _regrade(message: Message) -> None:
    """Grade the edited text through the same path as a new message (the conversation's grade only rises)."""
    # One assessment per message, of its current text; the old grade is kept in the edit history.
    MessageAssessment.objects.filter(message=message).delete()
    message_assess(message=message)


_HANDLERS = {
    "message": _dm_handle,
    "echo": _echo_handle,
    "reaction": _reaction_handle,
    "unsend": _unsend_handle,
    "read": _read_handle,
    "comment": _comment_handle,
    "postback": _postback_handle,
    "message_edit": _edit_handle,
}


def event_handle(event: InboundEvent) -> str:
    """Apply one stored Instagram event; returns "stored", "duplicate", "matched" or "ignored"."""
    handler = _HANDLERS.get(event.event_type)
    if handler is None:
        return "ignored"
    return handler(event, event.payload["item"])


def event_person(event: InboundEvent) -> str:
    """The young person an event is about (whose conversation it touches), or "" if it names none."""
    item = event.payload.get("item") if isinstance(event.payload, dict) else None
    if not isinstance(item, dict):
        return ""
    if event.event_type == "echo":
        who = item.get("recipient")  # our own message, sent to them
    elif isinstance(item.get("value"), dict):
        who = item["value"].get("from")  # a comment
    else:
        who = item.get("sender")
    return str(who.get("id", "")) if isinstance(who, dict) else ""

"""Writing to the inbox: storing inbound messages, replies, claims, notes. Each change writes an event."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.db.models import Subquery
from django.utils import timezone

from youthdesk.accounts.permissions import INBOX_ASSIGN, INBOX_REPLY, TEMPLATES_MANAGE, check
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import (
    Contact,
    Conversation,
    ConversationEvent,
    Message,
    Note,
    ReplyTemplate,
)
from youthdesk.core.workers import at_priority

MAX_TEXT = 100_000  # characters kept of one message; Instagram's own limit is far lower


class DeskError(Exception):
    """A refused desk action, with a message fit to show the officer."""


@dataclass
class InboundMessage:
    """A message normalised by a connector, ready to store."""

    channel: str
    contact_external_id: str
    external_id: str | None
    text: str
    sent_at: datetime
    handle: str = ""
    kind: str = Message.Kind.TEXT
    attachments: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def event_record(
    *, conversation: Conversation, actor, kind: str, before=None, after=None, reason: str = ""
) -> None:
    """Write one ConversationEvent row; callers run it inside the change's own transaction."""
    ConversationEvent.objects.create(
        conversation=conversation,
        actor=actor if getattr(actor, "pk", None) else None,
        kind=kind,
        before=before,
        after=after,
        reason=reason,
    )


def inbound_store(*, inbound: InboundMessage) -> tuple[Message, bool]:
    """Store an inbound message once (a redelivery returns the stored one) and reopen a closed conversation.

    Must run inside a transaction, which an IntegrityError (a race with another worker) aborts: run it again.
    Returns (message, created).
    """
    # Most messages come from someone we know: one locked read finds their contact and conversation, and
    # whether this message is already stored (a message is stored on its sender's conversation).
    lookup = (
        Conversation.objects.select_for_update(of=("self",))
        .select_related("contact")
        .filter(contact__channel=inbound.channel, contact__external_id=inbound.contact_external_id)
    )
    if inbound.external_id:
        stored = Message.objects.filter(channel=inbound.channel, external_id=inbound.external_id)
        lookup = lookup.annotate(stored_id=Subquery(stored.values("pk")[:1]))
    conversation = lookup.first()
    if conversation is not None and getattr(conversation, "stored_id", None):
        return Message.objects.get(pk=conversation.stored_id), False
    if conversation is not None:
        contact = conversation.contact
        new_conversation = False
    else:
        # Someone new (or known only as a contact). No savepoints: a race with another worker on the same
        # person ends in IntegrityError and the caller's retry finds what the other worker stored.
        contact = Contact.objects.filter(
            channel=inbound.channel, external_id=inbound.contact_external_id
        ).first() or Contact.objects.create(
            channel=inbound.channel, external_id=inbound.contact_external_id, handle=inbound.handle[:150]
        )
        conversation = Conversation.objects.create(
            contact=contact,
            channel=inbound.channel,
            opened_at=inbound.sent_at,
            last_message_at=inbound.sent_at,
            last_inbound_at=inbound.sent_at,
            waiting_since=inbound.sent_at,
        )
        event_record(conversation=conversation, actor=None, kind="opened")
        new_conversation = True
    if inbound.handle and contact.handle != inbound.handle[:150]:
        contact.handle = inbound.handle[:150]
        contact.save(update_fields=["handle"])
    # Two workers racing on one message make this insert raise IntegrityError, which aborts the caller's
    # transaction: callers run again and find the stored message (connectors.processing, webchat).
    message = Message.objects.create(
        conversation=conversation,
        channel=inbound.channel,
        direction=Message.Direction.INBOUND,
        kind=inbound.kind,
        text=(inbound.text or "")[:MAX_TEXT],
        external_id=inbound.external_id,
        sent_at=inbound.sent_at,
        attachments=inbound.attachments,
        meta=inbound.meta,
    )
    if new_conversation:
        return message, True  # created with this message's times already

    fields = ["last_message_at", "last_inbound_at"]
    fields += _reopen(conversation=conversation, at=inbound.sent_at)
    conversation.last_message_at = max(conversation.last_message_at, inbound.sent_at)
    conversation.last_inbound_at = max(conversation.last_inbound_at or inbound.sent_at, inbound.sent_at)
    if conversation.waiting_since is None or inbound.sent_at < conversation.waiting_since:
        conversation.waiting_since = inbound.sent_at
        fields.append("waiting_since")
    conversation.save(update_fields=fields)
    return message, True


def _reopen(*, conversation: Conversation, at: datetime) -> list[str]:
    """A closed conversation that hears from the young person again opens a new episode; returns fields changed."""
    if conversation.status != Conversation.Status.CLOSED:
        return []
    conversation.status = Conversation.Status.OPEN
    conversation.opened_at = at
    conversation.closed_at = None
    conversation.first_response_at = None
    conversation.grade, conversation.grade_rank, conversation.categories = "standard", 0, []
    event_record(conversation=conversation, actor=None, kind="reopened")
    return ["status", "opened_at", "closed_at", "first_response_at", "grade", "grade_rank", "categories"]


MAX_EDITS_KEPT = 50  # earlier versions kept per message; a longer edit war keeps its latest versions


def inbound_edit_store(
    *, message: Message, text: str, edited_at: datetime, number: int, earlier: dict | None = None
) -> bool:
    """The young person edited a message: keep the old text in its history, store the new one, and put the
    conversation back in front of the team (reopened if closed, waiting for us). Must run in a transaction.

    `number` is the platform's edit count: an edit already applied (or older than one applied) changes
    nothing and returns False. `earlier` adds what was known about the old text (its grade) to the history.
    """
    applied = message.meta.get("num_edit", 0) if isinstance(message.meta.get("num_edit", 0), int) else 0
    text = (text or "")[:MAX_TEXT]
    if message.direction != Message.Direction.INBOUND or number <= applied or text == message.text:
        return False
    history = list(message.meta.get("edits") or [])
    history.append({"text": message.text, "until": edited_at.isoformat(), **(earlier or {})})
    message.meta = {**message.meta, "edits": history[-MAX_EDITS_KEPT:], "num_edit": number}
    message.text = text
    message.answered = False
    message.save(update_fields=["text", "meta", "answered"])
    conversation = Conversation.objects.select_for_update().get(pk=message.conversation_id)
    fields = _reopen(conversation=conversation, at=edited_at)
    if conversation.waiting_since is None:
        conversation.waiting_since = edited_at
        fields.append("waiting_since")
    if fields:
        conversation.save(update_fields=fields)
    event_record(
        conversation=conversation,
        actor=None,
        kind="message_edited",
        before={"message": message.pk, "num_edit": applied},
        after={"message": message.pk, "num_edit": number},
    )
    return True


def template_render(*, template: ReplyTemplate, conversation: Conversation, officer=None) -> str:
    """Fill a template's variables; unknown variables are left as written rather than failing."""
    values = {
        "handle": conversation.contact.handle or "there",
        "officer": (officer.first_name or officer.username) if officer else "the team",
    }
    text = template.body
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def reply_send(
    *,
    conversation: Conversation,
    author,
    text: str,
    kind: str = Message.Kind.TEXT,
    meta: dict | None = None,
    locked: bool = False,
    priority: int = 0,
) -> Message:
    """Queue a reply through the conversation's own channel; the worker sends it and retries failures.

    `locked`: the caller already holds the conversation's row lock in its transaction (ingest does), so it is
    not read again. `priority` orders the sending task among other work (django-tasks, -100 to 100).
    """
    from youthdesk.connectors.registry import connector_for
    from youthdesk.conversations.tasks import message_deliver

    text = (text or "").strip()
    if not text:
        raise DeskError("A reply cannot be empty.")
    if author is not None:
        check(author, INBOX_REPLY)
    now = timezone.now()
    connector = connector_for(conversation.channel)
    window = connector.reply_window(conversation=conversation, now=now, automated=author is None)
    if not window.allowed:
        raise DeskError(window.reason)
    with transaction.atomic(savepoint=False):
        if not locked:
            conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        message = Message.objects.create(
            conversation=conversation,
            channel=conversation.channel,
            direction=Message.Direction.OUTBOUND,
            kind=kind,
            text=text[:MAX_TEXT],
            sent_at=now,
            author=author if getattr(author, "pk", None) else None,
            meta={**(meta or {}), **({"tag": window.tag} if window.tag else {})},
            delivery=Message.Delivery.QUEUED,
        )
        fields = ["last_message_at"]
        conversation.last_message_at = now
        if author is not None:
            conversation.messages.filter(direction=Message.Direction.INBOUND, answered=False).update(
                answered=True
            )
            conversation.waiting_since = None
            fields.append("waiting_since")
            if conversation.first_response_at is None:
                conversation.first_response_at = now
                fields.append("first_response_at")
        conversation.save(update_fields=fields)
        event_record(
            conversation=conversation,
            actor=author,
            kind="reply" if author else "auto_reply",
            after={"message": message.pk},
        )
        if author is not None:
            audit_record(
                actor=author, action="conversation.reply", target=conversation, detail={"message": message.pk}
            )
        sender = at_priority(message_deliver, priority)
        transaction.on_commit(lambda: sender.enqueue(message_id=message.pk))
    return message


@transaction.atomic
def conversation_claim(*, conversation: Conversation, user, take_over: bool = False) -> Conversation:
    """Take a conversation; refuses one held by someone else unless taking over is asked for (and allowed)."""
    check(user, INBOX_REPLY)
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if conversation.assigned_to_id == user.pk:
        return conversation
    if conversation.assigned_to_id and not take_over:
        raise DeskError(f"{conversation.assigned_to} is already handling this conversation.")
    before = conversation.assigned_to.username if conversation.assigned_to_id else None
    conversation.assigned_to = user
    conversation.save(update_fields=["assigned_to"])
    event_record(conversation=conversation, actor=user, kind="claimed", before=before, after=user.username)
    return conversation


@transaction.atomic
def conversation_assign(*, conversation: Conversation, assignee, actor) -> Conversation:
    """A supervisor gives a conversation to an officer (or back to the queue with assignee=None)."""
    check(actor, INBOX_ASSIGN)
    if assignee is not None:
        check(assignee, INBOX_REPLY)
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    before = conversation.assigned_to.username if conversation.assigned_to_id else None
    conversation.assigned_to = assignee
    conversation.save(update_fields=["assigned_to"])
    event_record(
        conversation=conversation,
        actor=actor,
        kind="assigned",
        before=before,
        after=getattr(assignee, "username", None),
    )
    return conversation


@transaction.atomic
def note_add(*, conversation: Conversation, author, text: str) -> Note:
    """Add an internal note; it is never sent to the young person."""
    check(author, INBOX_REPLY)
    text = (text or "").strip()
    if not text:
        raise DeskError("A note cannot be empty.")
    note = Note.objects.create(conversation=conversation, author=author, text=text[:MAX_TEXT])
    event_record(conversation=conversation, actor=author, kind="note", after={"note": note.pk})
    return note


TEMPLATE_FIELDS = ("title", "body", "categories", "themes", "is_signposting")


def _template_snapshot(template: ReplyTemplate) -> dict:
    return {name: getattr(template, name) for name in (*TEMPLATE_FIELDS, "active")}


@transaction.atomic
def template_save(*, actor, data: dict, template: ReplyTemplate | None = None) -> ReplyTemplate:
    """Create or edit an approved answer; the before/after goes to the audit trail."""
    check(actor, TEMPLATES_MANAGE)
    title = (data.get("title") or "").strip()
    body = (data.get("body") or "").strip()
    if not title or not body:
        raise DeskError("A template needs a title and a body.")
    clash = ReplyTemplate.objects.filter(title=title)
    if template is not None:
        clash = clash.exclude(pk=template.pk)
    if clash.exists():
        raise DeskError(f"A template called {title!r} already exists.")
    before = _template_snapshot(template) if template is not None else None
    template = template or ReplyTemplate()
    template.title = title[:120]
    template.body = body
    template.categories = list(data.get("categories") or [])
    template.themes = list(data.get("themes") or [])
    template.is_signposting = bool(data.get("is_signposting"))
    template.updated_by = actor
    template.save()
    audit_record(
        actor=actor,
        action="template.create" if before is None else "template.update",
        target=template,
        detail={"before": before, "after": _template_snapshot(template)},
    )
    return template


@transaction.atomic
def template_active_set(*, actor, template: ReplyTemplate, active: bool) -> ReplyTemplate:
    """Withdraw an approved answer from the composer (or bring it back); audited."""
    check(actor, TEMPLATES_MANAGE)
    template = ReplyTemplate.objects.select_for_update().get(pk=template.pk)
    if template.active == active:
        return template
    template.active = active
    template.updated_by = actor
    template.save(update_fields=["active", "updated_by", "updated_at"])
    audit_record(
        actor=actor,
        action="template.activate" if active else "template.deactivate",
        target=template,
        detail={"title": template.title},
    )
    return template


@transaction.atomic
def reply_retry(*, message: Message, actor) -> Message:
    """An officer sends a failed reply again; the worker picks it up once this commits."""
    from youthdesk.conversations.tasks import message_retry

    check(actor, INBOX_REPLY)
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.direction != Message.Direction.OUTBOUND or message.delivery != Message.Delivery.FAILED:
        raise DeskError("Only a failed reply can be sent again.")
    message_retry(message=message)
    event_record(
        conversation=message.conversation, actor=actor, kind="reply_retry", after={"message": message.pk}
    )
    audit_record(
        actor=actor,
        action="conversation.reply_retry",
        target=message.conversation,
        detail={"message": message.pk},
    )
    return message

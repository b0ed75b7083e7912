"""Conversations with their messages' text, for desk roles only. Every read of text is audited."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Field, Schema

from youthdesk.accounts.permissions import INBOX_REPLY, INBOX_VIEW, check
from youthdesk.api.api import api
from youthdesk.api.auth import TokenAuth
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import Conversation, Message, Note, ReplyTemplate
from youthdesk.conversations.selectors import conversation_get, conversation_messages, conversations_for
from youthdesk.conversations.services import conversation_claim, note_add, reply_send, template_render


class MessageOut(Schema):
    id: int
    direction: str
    kind: str
    text: str
    sent_at: datetime
    delivery: str


class NoteOut(Schema):
    id: int
    author: str
    text: str
    created_at: datetime


class ConversationOut(Schema):
    id: int
    channel: str
    status: str
    grade: str
    handle: str
    force: str
    assigned_to: str | None
    waiting_since: datetime | None
    messages: list[MessageOut]


class ConversationDetailOut(ConversationOut):
    categories: list[str]
    notes: list[NoteOut]


class ErrorOut(Schema):
    detail: str


class ReplyIn(Schema):
    text: str = Field("", max_length=10_000, description="The reply; may be empty when template_id is given.")
    template_id: int | None = Field(None, description="An approved answer to fill in and send.")


class ClaimIn(Schema):
    take_over: bool = False


class NoteIn(Schema):
    text: str = Field(..., min_length=1, max_length=10_000)


def _message(m: Message) -> dict:
    return {
        "id": m.pk,
        "direction": m.direction,
        "kind": m.kind,
        "text": m.text,
        "sent_at": m.sent_at,
        "delivery": m.delivery,
    }


def _conversation(c: Conversation, messages) -> dict:
    return {
        "id": c.pk,
        "channel": c.channel,
        "status": c.status,
        "grade": c.grade,
        "handle": c.contact.handle,
        "force": c.force_name,
        "assigned_to": c.assigned_to.username if c.assigned_to_id else None,
        "waiting_since": c.waiting_since,
        "messages": [_message(m) for m in messages],
    }


def _note(n: Note) -> dict:
    return {
        "id": n.pk,
        "author": n.author.username if n.author_id else "",
        "text": n.text,
        "created_at": n.created_at,
    }


def _get(request, conversation_id: int) -> Conversation:
    check(request.auth, INBOX_VIEW)
    try:
        return conversation_get(user=request.auth, pk=conversation_id)
    except PermissionDenied:
        # The role may read the inbox, so the only reason left is that there is no such conversation.
        raise Http404("No such conversation.")


ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
READ = TokenAuth(INBOX_VIEW)
WRITE = TokenAuth(INBOX_VIEW, INBOX_REPLY)


@api.get("/conversations", response={200: list[ConversationOut], **ERRORS}, tags=["inbox"], auth=READ)
def conversations_list(request, view: str = "all", channel: str = "", limit: int = 50):
    """Conversations, most dangerous and longest waiting first, with their messages."""
    from youthdesk.conversations.selectors import QUEUE_FILTERS, inbox_queue

    check(request.auth, INBOX_VIEW)
    if view not in QUEUE_FILTERS:
        return 400, {"detail": f"view must be one of: {', '.join(QUEUE_FILTERS)}."}
    limit = max(1, min(limit, 500))
    if view == "all":
        qs = conversations_for(request.auth).select_related("contact", "assigned_to")
        qs = qs.order_by("-grade_rank", "-last_message_at")
        if channel:
            qs = qs.filter(channel=channel)
    else:
        qs = inbox_queue(user=request.auth, view=view, channel=channel)
    rows = list(qs.prefetch_related("messages")[:limit])
    audit_record(
        actor=request.auth,
        action="api.conversations_list",
        detail={"count": len(rows), "view": view, "ids": [c.pk for c in rows]},
    )
    return [_conversation(c, sorted(c.messages.all(), key=lambda m: (m.sent_at, m.pk))) for c in rows]


@api.get(
    "/conversations/{conversation_id}",
    response={200: ConversationDetailOut, **ERRORS},
    tags=["inbox"],
    auth=READ,
)
def conversation_detail(request, conversation_id: int):
    """One conversation with its whole history and internal notes."""
    conversation = _get(request, conversation_id)
    audit_record(actor=request.auth, action="api.conversation_view", target=conversation)
    data = _conversation(conversation, conversation_messages(conversation=conversation))
    data["categories"] = list(conversation.categories or [])
    data["notes"] = [_note(n) for n in conversation.notes.select_related("author")]
    return data


@api.post(
    "/conversations/{conversation_id}/reply", response={201: MessageOut, **ERRORS}, tags=["inbox"], auth=WRITE
)
def conversation_reply(request, conversation_id: int, payload: ReplyIn):
    """Send a reply through the conversation's own channel (queued; the worker delivers and retries)."""
    check(request.auth, INBOX_REPLY)
    conversation = _get(request, conversation_id)
    text = payload.text
    if payload.template_id is not None:
        template = ReplyTemplate.objects.filter(pk=payload.template_id, active=True).first()
        if template is None:
            return 400, {"detail": "No such active reply template."}
        text = template_render(template=template, conversation=conversation, officer=request.auth)
    message = reply_send(conversation=conversation, author=request.auth, text=text)
    return 201, _message(message)


@api.post(
    "/conversations/{conversation_id}/claim",
    response={200: ConversationOut, 409: ErrorOut, **ERRORS},
    tags=["inbox"],
    auth=WRITE,
)
def conversation_claim_endpoint(request, conversation_id: int, payload: ClaimIn | None = None):
    """Take the conversation; 409 if a colleague holds it (send take_over=true to take it over)."""
    from youthdesk.conversations.services import DeskError

    check(request.auth, INBOX_REPLY)
    conversation = _get(request, conversation_id)
    try:
        conversation = conversation_claim(
            conversation=conversation, user=request.auth, take_over=bool(payload and payload.take_over)
        )
    except DeskError as exc:
        return 409, {"detail": str(exc)}
    conversation = conversation_get(user=request.auth, pk=conversation.pk)
    return _conversation(conversation, [])


@api.post(
    "/conversations/{conversation_id}/notes", response={201: NoteOut, **ERRORS}, tags=["inbox"], auth=WRITE
)
def conversation_note_add(request, conversation_id: int, payload: NoteIn):
    """Add an internal note (never sent to the young person)."""
    check(request.auth, INBOX_REPLY)
    conversation = _get(request, conversation_id)
    note = note_add(conversation=conversation, author=request.auth, text=payload.text)
    return 201, _note(note)

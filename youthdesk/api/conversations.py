"""Conversations with their messages' text, for desk roles only."""

from datetime import datetime

from ninja import Schema

from youthdesk.accounts.permissions import INBOX_VIEW, check
from youthdesk.api.api import api
from youthdesk.audit.services import audit_record
from youthdesk.conversations.selectors import inbox_queue


class MessageOut(Schema):
    id: int
    direction: str
    kind: str
    text: str
    sent_at: datetime
    delivery: str


class ConversationOut(Schema):
    id: int
    channel: str
    status: str
    grade: str
    handle: str
    force: str
    waiting_since: datetime | None
    messages: list[MessageOut]


@api.get("/conversations", response=list[ConversationOut], tags=["inbox"])
def conversations_list(request, view: str = "all", channel: str = "", limit: int = 50):
    """Conversations, most dangerous and longest waiting first, with their messages."""
    check(request.auth, INBOX_VIEW)
    limit = max(1, min(limit, 500))
    if view == "all":
        from youthdesk.conversations.selectors import conversations_for

        qs = (
            conversations_for(request.auth)
            .select_related("contact")
            .order_by("-grade_rank", "-last_message_at")
        )
        if channel:
            qs = qs.filter(channel=channel)
    else:
        qs = inbox_queue(user=request.auth, view=view, channel=channel)
    rows = list(qs.prefetch_related("messages")[:limit])
    audit_record(
        actor=request.auth, action="api.conversations_list", detail={"count": len(rows), "view": view}
    )
    return [
        {
            "id": c.pk,
            "channel": c.channel,
            "status": c.status,
            "grade": c.grade,
            "handle": c.contact.handle,
            "force": c.force_name,
            "waiting_since": c.waiting_since,
            "messages": [
                {
                    "id": m.pk,
                    "direction": m.direction,
                    "kind": m.kind,
                    "text": m.text,
                    "sent_at": m.sent_at,
                    "delivery": m.delivery,
                }
                for m in sorted(c.messages.all(), key=lambda m: (m.sent_at, m.pk))
            ],
        }
        for c in rows
    ]

"""Reading one young person's own web chat: only their messages and the team's replies, never notes."""

from django.db.models import QuerySet

from youthdesk.conversations.models import Channel, Message


def chat_thread(*, session_key: str | None, limit: int = 200) -> list[Message]:
    """The latest messages of this chat session, oldest first (an unknown session has none)."""
    if not session_key:
        return []
    qs: QuerySet[Message] = Message.objects.filter(
        conversation__contact__channel=Channel.WEBCHAT,
        conversation__contact__external_id=session_key,
        deleted_at__isnull=True,
    ).exclude(delivery=Message.Delivery.FAILED)
    rows = list(qs.order_by("-sent_at", "-id").only("id", "direction", "kind", "text", "sent_at")[:limit])
    return rows[::-1]

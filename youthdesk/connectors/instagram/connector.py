"""Instagram behind the one connector interface: when we may answer, and sending the answer.

Meta's rules: a DM within 24 h of the young person's last message; from 24 h to 7 days only by a person,
with the HUMAN_AGENT tag; a comment gets one private reply within 7 days, and public replies.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from youthdesk.connectors.base import ReplyWindow
from youthdesk.connectors.instagram import client
from youthdesk.conversations.models import Message
from youthdesk.core.http import FinalError

STANDARD_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
COMMENT_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Route:
    """How one reply goes out: "dm", "private" (to a comment) or "public" (under a comment)."""

    how: str
    target: str
    human_agent: bool = False
    comment_message_id: int | None = None


def _latest(conversation, *, comments: bool) -> Message | None:
    kinds = [Message.Kind.COMMENT] if comments else [Message.Kind.TEXT, Message.Kind.ATTACHMENT]
    return (
        conversation.messages.filter(direction=Message.Direction.INBOUND, kind__in=kinds)
        .order_by("-sent_at", "-id")
        .first()
    )


def route_for(*, conversation, now: datetime, automated: bool, meta: dict | None = None) -> Route | str:
    """The way a reply can go out now, or the reason it cannot (a sentence for the officer)."""
    meta = meta or {}
    if automated and not meta.get("comment_reply"):
        # Automatic replies never use the human-agent tag or spend a comment's one private reply.
        recent_dm = conversation.messages.filter(
            direction=Message.Direction.INBOUND,
            kind__in=[Message.Kind.TEXT, Message.Kind.ATTACHMENT],
            sent_at__gte=now - STANDARD_WINDOW,
        ).exists()
        if recent_dm:
            return Route("dm", conversation.contact.external_id)
        return "Automatic replies are only sent within 24 hours of a direct message."
    comment = _latest(conversation, comments=True)
    if meta.get("comment_reply") in ("public", "private") and meta.get("comment_id"):
        target = conversation.messages.filter(
            external_id=str(meta["comment_id"]), kind=Message.Kind.COMMENT
        ).first()
        if target is None:
            return "That comment is not part of this conversation."
        if now - target.sent_at > COMMENT_WINDOW:
            return "Instagram only allows replies to comments made in the last 7 days."
        if meta["comment_reply"] == "public":
            return Route("public", target.external_id, comment_message_id=target.pk)
        if target.meta.get("private_reply"):
            return "This comment has already had its one private reply."
        return Route("private", target.external_id, comment_message_id=target.pk)

    dm = _latest(conversation, comments=False)
    dm_age = now - dm.sent_at if dm else None
    if dm_age is not None and dm_age <= STANDARD_WINDOW:
        return Route("dm", conversation.contact.external_id)
    comment_open = (
        comment is not None
        and now - comment.sent_at <= COMMENT_WINDOW
        and not comment.meta.get("private_reply")
        and (dm is None or comment.sent_at > dm.sent_at)
    )
    if comment_open:
        return Route("private", comment.external_id, comment_message_id=comment.pk)
    if dm_age is not None and dm_age <= HUMAN_AGENT_WINDOW:
        return Route("dm", conversation.contact.external_id, human_agent=True)
    if comment is not None and now - comment.sent_at <= COMMENT_WINDOW:
        return "This comment has had its one private reply; reply publicly under it or wait for a message."
    return "Instagram does not allow a reply more than 7 days after the young person's last message."


class InstagramConnector:
    """Sends replies through the Graph API (youthdesk.connectors.instagram.client)."""

    channel = "instagram"

    def reply_window(self, *, conversation, now: datetime, automated: bool) -> ReplyWindow:
        route = route_for(conversation=conversation, now=now, automated=automated)
        if isinstance(route, str):
            return ReplyWindow(allowed=False, reason=route)
        return ReplyWindow(allowed=True, tag="HUMAN_AGENT" if route.human_agent else None)

    def send(self, *, message) -> str:
        """Send one outbound Message the way the rules allow at this moment; returns Instagram's id."""
        route = route_for(
            conversation=message.conversation,
            now=timezone.now(),
            automated=message.author_id is None,
            meta=message.meta,
        )
        if isinstance(route, str):
            raise FinalError(route)
        if route.how == "public":
            return client.comment_reply_send(comment_id=route.target, text=message.text)
        if route.how == "private":
            external_id = client.private_reply_send(comment_id=route.target, text=message.text)
            with transaction.atomic():
                comment = Message.objects.select_for_update().get(pk=route.comment_message_id)
                comment.meta = {**comment.meta, "private_reply": message.pk}
                comment.save(update_fields=["meta"])
            return external_id
        return client.message_send(
            recipient_id=route.target, text=message.text, human_agent=route.human_agent
        )

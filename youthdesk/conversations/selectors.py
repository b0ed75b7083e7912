"""Reading the inbox. Every query that serves a user starts from `conversations_for(user)`."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from youthdesk.accounts.permissions import INBOX_VIEW, can
from youthdesk.conversations.models import Conversation, Message


def conversations_for(user) -> QuerySet[Conversation]:
    """The conversations this user may see: the whole inbox for desk roles, nothing for anyone else."""
    if not can(user, INBOX_VIEW):
        return Conversation.objects.none()
    return Conversation.objects.all()


def conversation_get(*, user, pk) -> Conversation:
    conversation = conversations_for(user).select_related("contact", "assigned_to").filter(pk=pk).first()
    if conversation is None:
        raise PermissionDenied("no such conversation for this user")
    return conversation


QUEUE_FILTERS = ("unassigned", "mine", "waiting_us", "waiting_them", "closed", "open", "all")


def inbox_queue(
    *, user, view: str = "open", channel: str = "", force: str = "", search: str = ""
) -> QuerySet[Conversation]:
    """The queue, most dangerous first, then longest waiting."""
    qs = conversations_for(user).select_related("contact", "assigned_to")
    if view == "closed":
        qs = qs.filter(status=Conversation.Status.CLOSED).order_by("-closed_at")
    else:
        qs = qs.filter(status=Conversation.Status.OPEN)
        if view == "unassigned":
            qs = qs.filter(assigned_to__isnull=True)
        elif view == "mine":
            qs = qs.filter(assigned_to=user)
        elif view == "waiting_us":
            qs = qs.filter(waiting_since__isnull=False)
        elif view == "waiting_them":
            qs = qs.filter(waiting_since__isnull=True)
        # Grade first, then who has waited longest; conversations not waiting on us come last.
        from django.db.models import F

        qs = qs.order_by("-grade_rank", F("waiting_since").asc(nulls_last=True), "-last_message_at")
    if channel:
        qs = qs.filter(channel=channel)
    if force:
        qs = qs.filter(force_name=force)
    if search:
        qs = qs.filter(contact__handle__icontains=search)
    return qs


def conversation_messages(*, conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("author").order_by("sent_at", "id")


def contact_history(*, conversation: Conversation):
    """The young person's earlier engagements (closings) on this conversation, newest first."""
    return conversation.engagements.prefetch_related("themes").order_by("-closed_at")

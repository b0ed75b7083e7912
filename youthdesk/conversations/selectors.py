"""Reading the inbox. Every query that serves a user starts from `conversations_for(user)`."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Substr

from youthdesk.accounts.permissions import INBOX_VIEW, can
from youthdesk.conversations.models import Conversation, Message


def conversations_for(user) -> QuerySet[Conversation]:
    """The conversations this user may see: the whole inbox for desk roles, nothing for anyone else."""
    if not can(user, INBOX_VIEW):
        return Conversation.objects.none()
    return Conversation.objects.all()


def conversation_get(*, user, pk) -> Conversation:
    """One conversation the user may see, or PermissionDenied (never a bare get on a request id)."""
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
        qs = qs.order_by("-grade_rank", F("waiting_since").asc(nulls_last=True), "-last_message_at")
    if channel:
        qs = qs.filter(channel=channel)
    if force:
        qs = qs.filter(force_name=force)
    if search:
        qs = qs.filter(contact__handle__icontains=search)
    return qs


PREVIEW_CHARS = 160


def inbox_rows(
    *, user, view: str = "open", channel: str = "", force: str = "", search: str = "", limit: int = 100
) -> list[Conversation]:
    """One page of the queue with each row's last-message preview, in two queries whatever the size.

    The page's ids are chosen first, so the preview subqueries run for the rows shown only (a database
    that sorts after computing columns would otherwise run them for every open conversation).
    """
    ids = list(
        inbox_queue(user=user, view=view, channel=channel, force=force, search=search).values_list(
            "pk", flat=True
        )[:limit]
    )
    if not ids:
        return []
    last = Message.objects.filter(conversation=OuterRef("pk")).order_by("-sent_at", "-id")
    rows = (
        conversations_for(user)
        .filter(pk__in=ids)
        .select_related("contact", "assigned_to")
        .annotate(
            preview=Subquery(last.annotate(short=Substr("text", 1, PREVIEW_CHARS)).values("short")[:1]),
            preview_direction=Subquery(last.values("direction")[:1]),
            preview_kind=Subquery(last.values("kind")[:1]),
        )
    )
    position = {pk: at for at, pk in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row.pk])


def inbox_counts(*, user) -> dict[str, int]:
    """How many conversations each queue view holds, in one query (shown on the view tabs)."""
    is_open = Q(status=Conversation.Status.OPEN)
    return conversations_for(user).aggregate(
        open=Count("pk", filter=is_open),
        unassigned=Count("pk", filter=is_open & Q(assigned_to__isnull=True)),
        mine=Count("pk", filter=is_open & Q(assigned_to=user)),
        waiting_us=Count("pk", filter=is_open & Q(waiting_since__isnull=False)),
        waiting_them=Count("pk", filter=is_open & Q(waiting_since__isnull=True)),
    )


def inbox_force_names(*, user) -> list[str]:
    """Force areas that appear on conversations, for the queue's force filter."""
    return list(
        conversations_for(user)
        .exclude(force_name="")
        .order_by("force_name")
        .values_list("force_name", flat=True)
        .distinct()
    )


def conversation_neighbours(*, user, conversation: Conversation) -> tuple[int | None, int | None]:
    """The previous and next conversation in the open queue, for the keyboard's next/previous."""
    ids = list(inbox_queue(user=user, view="open").values_list("pk", flat=True)[:500])
    if conversation.pk not in ids:
        return None, ids[0] if ids else None
    at = ids.index(conversation.pk)
    previous = ids[at - 1] if at > 0 else None
    following = ids[at + 1] if at + 1 < len(ids) else None
    return previous, following


def conversation_messages(*, conversation: Conversation) -> QuerySet[Message]:
    """The whole thread in platform order, with each message's assessment and author in the same query."""
    return conversation.messages.select_related("author", "assessment").order_by("sent_at", "id")


def conversation_notes(*, conversation: Conversation):
    """Internal notes, oldest first."""
    return conversation.notes.select_related("author").order_by("created_at", "id")


def conversation_events(*, conversation: Conversation, limit: int = 50):
    """Recent state changes on the conversation, newest first."""
    return conversation.events.select_related("actor").order_by("-at", "-id")[:limit]


def templates_active():
    """Approved answers an officer may insert, signposting first."""
    from youthdesk.conversations.models import ReplyTemplate

    return ReplyTemplate.objects.filter(active=True).order_by("-is_signposting", "title")


def contact_history(*, conversation: Conversation):
    """The young person's earlier engagements (closings) on this conversation, newest first."""
    return conversation.engagements.prefetch_related("themes").order_by("-closed_at")

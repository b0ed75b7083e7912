"""Reading the inbox. Every query that serves a user starts from `conversations_for(user)`."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Substr

from youthdesk.accounts.permissions import INBOX_VIEW, can
from youthdesk.conversations.models import Conversation, Message
from youthdesk.conversations.paging import (
    CLOSED_ORDER,
    OPEN_ORDER,
    CursorError,
    SortKey,
    after_position,
    cursor_decode,
    cursor_encode,
    order_expressions,
    row_position,
)


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


def queue_order(view: str) -> tuple[SortKey, ...]:
    """The total order of a queue view: the closed view newest-closed first, every other view grade then waiting."""
    return CLOSED_ORDER if view == "closed" else OPEN_ORDER


def _queue_filtered(
    *, user, view: str = "open", channel: str = "", force: str = "", search: str = ""
) -> QuerySet[Conversation]:
    qs = conversations_for(user)
    if view == "closed":
        qs = qs.filter(status=Conversation.Status.CLOSED)
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
    if channel:
        qs = qs.filter(channel=channel)
    if force:
        qs = qs.filter(force_name=force)
    if search:
        qs = qs.filter(contact__handle__icontains=search)
    return qs


def inbox_queue(
    *, user, view: str = "open", channel: str = "", force: str = "", search: str = ""
) -> QuerySet[Conversation]:
    """The queue, most dangerous first, then longest waiting (id breaks ties, so the order is total)."""
    qs = _queue_filtered(user=user, view=view, channel=channel, force=force, search=search)
    return qs.select_related("contact", "assigned_to").order_by(*order_expressions(queue_order(view)))


PREVIEW_CHARS = 160


def _rows_with_previews(*, user, ids: list[int]) -> list[Conversation]:
    """The conversations with these ids, in this order, each with its last-message preview (one query).

    The page's ids are chosen first, so the preview subqueries run for the rows shown only (a database
    that sorts after computing columns would otherwise run them for every open conversation).
    """
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


def inbox_rows(
    *, user, view: str = "open", channel: str = "", force: str = "", search: str = "", limit: int = 100
) -> list[Conversation]:
    """The first page of the queue with each row's last-message preview, in two queries whatever the size."""
    ids = list(
        inbox_queue(user=user, view=view, channel=channel, force=force, search=search).values_list(
            "pk", flat=True
        )[:limit]
    )
    return _rows_with_previews(user=user, ids=ids)


@dataclass
class QueuePage:
    """One page of the queue: its rows, where it sits among `total`, and the links to the pages around it."""

    rows: list[Conversation]
    total: int
    first_number: int  # 1-based place of the first row in the whole view (0 when the page is empty)
    next_cursor: str | None
    previous_cursor: str | None
    cursor_error: str = ""


def inbox_page(
    *,
    user,
    view: str = "open",
    channel: str = "",
    force: str = "",
    search: str = "",
    after: str = "",
    before: str = "",
    limit: int = 100,
    total: int | None = None,
) -> QueuePage:
    """One page of the queue by keyset: the `limit` rows after the position `after` (or before `before`).

    A fixed number of queries whatever the page or the size of the inbox; a row is on exactly one page
    of a still queue, whatever ties there are in waiting time (the id completes the order).
    """
    keys = queue_order(view)
    base = _queue_filtered(user=user, view=view, channel=channel, force=force, search=search)
    fields = [key.field for key in keys]
    error = ""
    backwards = False
    qs = base
    try:
        if before:
            qs = base.filter(after_position(keys, cursor_decode(keys, before), backwards=True))
            backwards = True
        elif after:
            qs = base.filter(after_position(keys, cursor_decode(keys, after)))
    except CursorError as exc:
        error, qs, backwards = (
            f"That page link could not be used ({exc}); this is the first page.",
            base,
            False,
        )
    found = list(qs.order_by(*order_expressions(keys, backwards=backwards)).values(*fields)[: limit + 1])
    more = len(found) > limit
    found = found[:limit]
    if backwards:
        found.reverse()
        if not more:
            # Nothing before this page any more (rows moved up): show the queue from its start instead.
            found = list(base.order_by(*order_expressions(keys)).values(*fields)[: limit + 1])
            more, found, backwards, after = len(found) > limit, found[:limit], False, ""
    if total is None:  # the caller may already know it from the view tabs' counts (one query fewer)
        total = base.count()
    if not found:
        return QueuePage(
            rows=[], total=total, first_number=0, next_cursor=None, previous_cursor=None, cursor_error=error
        )
    first, last = row_position(keys, found[0]), row_position(keys, found[-1])
    # Forward, the extra row fetched says whether a next page exists; backwards, whether a previous one does.
    before_count = (
        base.filter(after_position(keys, first, backwards=True)).count() if (after or backwards) else 0
    )
    has_next = base.filter(after_position(keys, last)).exists() if backwards else more
    return QueuePage(
        rows=_rows_with_previews(user=user, ids=[row["id"] for row in found]),
        total=total,
        first_number=before_count + 1,
        next_cursor=cursor_encode(keys, last) if has_next else None,
        previous_cursor=cursor_encode(keys, first) if before_count else None,
        cursor_error=error,
    )


def inbox_counts(*, user, channel: str = "", force: str = "", search: str = "") -> dict[str, int]:
    """How many conversations each queue view holds under the current filters (the view tabs), in two queries.

    The open views are counted together over the open rows only (the status index finds them); closed
    conversations, which pile up over the years, are counted apart so they never slow the open counts.
    """
    filters = {"channel": channel, "force": force, "search": search}
    counts = _queue_filtered(user=user, view="open", **filters).aggregate(
        open=Count("pk"),
        unassigned=Count("pk", filter=Q(assigned_to__isnull=True)),
        mine=Count("pk", filter=Q(assigned_to=user)),
        waiting_us=Count("pk", filter=Q(waiting_since__isnull=False)),
        waiting_them=Count("pk", filter=Q(waiting_since__isnull=True)),
    )
    counts["closed"] = _queue_filtered(user=user, view="closed", **filters).count()
    return counts


def inbox_force_names(*, user) -> list[str]:
    """Force areas that appear on conversations, for the queue's force filter."""
    return list(
        conversations_for(user)
        .exclude(force_name="")
        .order_by("force_name")
        .values_list("force_name", flat=True)
        .distinct()
    )


def conversation_neighbours(
    *,
    user,
    conversation: Conversation,
    view: str = "open",
    channel: str = "",
    force: str = "",
    search: str = "",
) -> tuple[int | None, int | None]:
    """The previous and next conversation around this one in a queue view, across every page (two seeks)."""
    keys = queue_order(view)
    base = _queue_filtered(user=user, view=view, channel=channel, force=force, search=search)
    here = row_position(keys, conversation)
    following = (
        base.filter(after_position(keys, here))
        .order_by(*order_expressions(keys))
        .values_list("pk", flat=True)
    )
    previous = (
        base.filter(after_position(keys, here, backwards=True))
        .order_by(*order_expressions(keys, backwards=True))
        .values_list("pk", flat=True)
    )
    return previous.first(), following.first()


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

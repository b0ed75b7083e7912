"""Reading the closing log: the current episode of a conversation, themes to choose from, response metrics."""

import math
import statistics
from datetime import datetime

from django.db.models import Count, Prefetch, QuerySet

from youthdesk.conversations.models import Conversation, DeskSettings, Message
from youthdesk.engagements.models import Engagement, Theme
from youthdesk.engagements.sentiment import sentiment_suggest
from youthdesk.triage import GRADE_RANK

SENTIMENT_WINDOW = 3  # how many inbound messages make "the start" and "the end" of an episode


def episode_inbound(*, conversation: Conversation) -> list[Message]:
    """The young person's messages in the current episode (since it opened or reopened), oldest first."""
    return list(
        conversation.messages.filter(
            direction=Message.Direction.INBOUND, sent_at__gte=conversation.opened_at, deleted_at__isnull=True
        ).order_by("sent_at", "id")
    )


def sentiment_suggestions(*, conversation: Conversation) -> tuple[int, int]:
    """Suggested sentiment at the start (first inbound messages) and the end (last inbound messages)."""
    return sentiment_suggestions_for(texts=[m.text for m in episode_inbound(conversation=conversation)])


def sentiment_suggestions_for(*, texts: list[str]) -> tuple[int, int]:
    """Suggested (start, end) sentiment for an episode's inbound texts, oldest first."""
    texts = [t for t in texts if t]
    # Short episodes split in two, so a change of mood between the first and last message shows.
    window = min(SENTIMENT_WINDOW, max(1, len(texts) // 2))
    return sentiment_suggest(texts[:window]), sentiment_suggest(texts[-window:])


def episode_facts(*, conversation: Conversation) -> dict:
    """The highest grade and all categories of the episode, from the conversation and each assessment."""
    from youthdesk.safeguarding.models import MessageAssessment

    grade = conversation.grade if conversation.grade in GRADE_RANK else "standard"
    categories = set(conversation.categories or [])
    rows = MessageAssessment.objects.filter(
        message__conversation=conversation, message__sent_at__gte=conversation.opened_at
    ).values_list("grade", "categories")
    for row_grade, row_categories in rows:
        if GRADE_RANK.get(row_grade, 0) > GRADE_RANK[grade]:
            grade = row_grade
        categories |= set(row_categories or [])
    return {"grade": grade, "categories": sorted(categories)}


def themes_tree() -> list[Theme]:
    """Every top-level group with its themes (children prefetched) and how often each was logged."""
    children = Theme.objects.annotate(used=Count("engagements")).order_by("order", "name")
    return list(
        Theme.objects.filter(parent__isnull=True)
        .annotate(used=Count("children__engagements", distinct=True))
        .prefetch_related(Prefetch("children", queryset=children))
        .order_by("order", "name")
    )


def themes_choosable() -> QuerySet[Theme]:
    """Themes an officer may log now: active, under an active group."""
    return (
        Theme.objects.filter(active=True, parent__isnull=False, parent__active=True)
        .select_related("parent")
        .order_by("parent__order", "parent__name", "order", "name")
    )


def themes_groups() -> QuerySet[Theme]:
    return Theme.objects.filter(parent__isnull=True).order_by("order", "name")


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100): a value that really occurred, as service-level reports use."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _summary(values: list[int], target_seconds: int) -> dict:
    return {
        "count": len(values),
        "median": statistics.median(values) if values else None,
        "p90": percentile(values, 90),
        "within_target": (sum(1 for v in values if v <= target_seconds) / len(values)) if values else None,
        "target_seconds": target_seconds,
    }


def desk_response_metrics(
    *, since: datetime, until: datetime | None = None, desk: DeskSettings | None = None
) -> dict:
    """First-response and resolution times (seconds) of engagements closed in [since, until).

    Each part gives count, median, p90 (nearest rank) and the share within the desk's target.
    """
    desk = desk or DeskSettings.load()
    rows = Engagement.objects.filter(closed_at__gte=since)
    if until is not None:
        rows = rows.filter(closed_at__lt=until)
    first, resolution = [], []
    pairs = list(rows.values_list("first_response_seconds", "resolution_seconds"))
    for first_seconds, resolution_seconds in pairs:
        if first_seconds is not None:
            first.append(first_seconds)
        if resolution_seconds is not None:
            resolution.append(resolution_seconds)
    return {
        "since": since,
        "until": until,
        "engagements": len(pairs),
        "first_response": _summary(first, desk.first_response_target_minutes * 60),
        "resolution": _summary(resolution, desk.resolution_target_minutes * 60),
    }

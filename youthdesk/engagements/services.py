"""Writing the closing log, the theme taxonomy and the desk's hours and targets. Each change is audited."""

from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from youthdesk.accounts.permissions import HOURS_MANAGE, INBOX_REPLY, TAXONOMY_MANAGE, check
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import Conversation, DeskSettings
from youthdesk.conversations.services import DeskError, event_record
from youthdesk.engagements.models import SENTIMENT_SCALE, ContactType, Engagement, Outcome, Theme
from youthdesk.engagements.selectors import episode_facts, sentiment_suggestions
from youthdesk.engagements.taxonomy import themes_apply
from youthdesk.triage.forces import force_names


class EngagementInvalid(DeskError):
    """A closing log that cannot be saved; `errors` maps each form field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(errors.values()))


class TaxonomyError(DeskError):
    """A refused change to the theme taxonomy."""


class SettingsInvalid(DeskError):
    """Desk settings that cannot be saved; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(" ".join(errors.values()))


# --- closing an engagement -------------------------------------------------------------------------------


def _sentiment_error(value) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SENTIMENT_SCALE:
        return "Choose a sentiment from 1 (very negative) to 5 (very positive)."
    return None


def engagement_validate(
    *, contact_type, theme_ids, sentiment_start, sentiment_end, outcome, force_name
) -> tuple[dict[str, str], list[Theme]]:
    """Check a closing log; returns (errors by field, the chosen themes). Reads only."""
    errors: dict[str, str] = {}
    if contact_type not in ContactType.values:
        errors["contact_type"] = "Choose the contact type."
    if outcome not in Outcome.values:
        errors["outcome"] = "Choose the outcome."
    for field, value in (("sentiment_start", sentiment_start), ("sentiment_end", sentiment_end)):
        problem = _sentiment_error(value)
        if problem:
            errors[field] = problem
    if force_name and force_name not in force_names():
        errors["force_name"] = "Choose a UK police force, or leave the force area empty if it is not known."
    themes: list[Theme] = []
    try:
        ids = sorted({int(t) for t in (theme_ids or [])})
    except (TypeError, ValueError):
        ids = None
    if ids is None:
        errors["themes"] = "Themes must be chosen from the list."
    elif not ids:
        errors["themes"] = "Choose at least one theme."
    else:
        themes = list(Theme.objects.select_related("parent").filter(pk__in=ids))
        usable = [t for t in themes if t.active and t.parent_id and t.parent.active]
        if len(themes) != len(ids):
            errors["themes"] = "One of the chosen themes does not exist."
        elif len(usable) != len(themes):
            names = ", ".join(str(t) for t in themes if t not in usable)
            errors["themes"] = f"These themes are no longer in use or are groups, not themes: {names}."
    return errors, themes


def engagement_build(
    *,
    conversation: Conversation,
    closed_at: datetime,
    actor,
    contact_type: str,
    sentiment_start: int,
    sentiment_end: int,
    outcome: str,
    force_name: str,
    facts: dict | None = None,
    suggestions: tuple[int, int] | None = None,
) -> Engagement:
    """An unsaved Engagement for the conversation's current episode (shared with the demo loader).

    `facts` and `suggestions` may be given by a caller that already holds them (the demo, writing in bulk).
    """
    facts = facts or episode_facts(conversation=conversation)
    suggested_start, suggested_end = suggestions or sentiment_suggestions(conversation=conversation)
    first_response = (
        max(0, int((conversation.first_response_at - conversation.opened_at).total_seconds()))
        if conversation.first_response_at
        else None
    )
    return Engagement(
        conversation=conversation,
        channel=conversation.channel,
        contact_type=contact_type,
        sentiment_start=sentiment_start,
        sentiment_end=sentiment_end,
        sentiment_start_suggested=suggested_start,
        sentiment_end_suggested=suggested_end,
        outcome=outcome,
        force_name=force_name,
        grade=facts["grade"],
        categories=facts["categories"],
        opened_at=conversation.opened_at,
        closed_at=closed_at,
        first_response_seconds=first_response,
        resolution_seconds=max(0, int((closed_at - conversation.opened_at).total_seconds())),
        closed_by=actor if getattr(actor, "pk", None) else None,
    )


def engagement_close(
    *,
    conversation: Conversation,
    actor,
    contact_type: str,
    theme_ids: list[int],
    sentiment_start: int,
    sentiment_end: int,
    outcome: str,
    force_name: str,
) -> Engagement:
    """Write the closing log and close the conversation, in one transaction; all or nothing."""
    check(actor, INBOX_REPLY)
    force_name = (force_name or "").strip()
    errors, themes = engagement_validate(
        contact_type=contact_type,
        theme_ids=theme_ids,
        sentiment_start=sentiment_start,
        sentiment_end=sentiment_end,
        outcome=outcome,
        force_name=force_name,
    )
    if errors:
        raise EngagementInvalid(errors)
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation.status == Conversation.Status.CLOSED:
            raise DeskError("This conversation is already closed.")
        now = timezone.now()
        engagement = engagement_build(
            conversation=conversation,
            closed_at=now,
            actor=actor,
            contact_type=contact_type,
            sentiment_start=sentiment_start,
            sentiment_end=sentiment_end,
            outcome=outcome,
            force_name=force_name,
        )
        engagement.save()
        engagement.themes.set(themes)
        conversation.status = Conversation.Status.CLOSED
        conversation.closed_at = now
        conversation.waiting_since = None  # nobody is waiting on a closed conversation
        if force_name and not conversation.force_name:
            conversation.force_name = force_name
        conversation.save(update_fields=["status", "closed_at", "waiting_since", "force_name"])
        summary = {
            "engagement": engagement.pk,
            "contact_type": contact_type,
            "outcome": outcome,
            "themes": sorted(t.slug for t in themes),
            "sentiment": [sentiment_start, sentiment_end],
        }
        event_record(conversation=conversation, actor=actor, kind="closed", before="open", after=summary)
        audit_record(actor=actor, action="engagement.close", target=conversation, detail=summary)
        _copy_on_commit(engagement.pk)
    return engagement


def _copy_on_commit(engagement_id: int) -> None:
    # The anonymised insights store is optional: close works whether or not that module is installed.
    try:
        from youthdesk.insights.tasks import engagement_copy
    except ImportError:
        return
    transaction.on_commit(lambda: engagement_copy.enqueue(engagement_id=engagement_id))


# --- the theme taxonomy --------------------------------------------------------------------------------


def themes_sync(*, actor=None) -> list[Theme]:
    """Add any seed theme missing from the taxonomy (idempotent); audited when something was added."""
    with transaction.atomic():
        created = themes_apply(theme_model=Theme)
        if created:
            audit_record(actor=actor, action="theme.sync", detail={"added": [t.slug for t in created]})
    return created


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise TaxonomyError("A theme needs a name.")
    if len(name) > 120:
        raise TaxonomyError("Keep theme names under 120 characters.")
    return name


def _check_parent(parent: Theme | None) -> None:
    if parent is not None and parent.parent_id is not None:
        raise TaxonomyError("Themes sit under a top-level group; a theme cannot hold other themes.")


def _check_free(*, name: str, parent: Theme | None, exclude: int | None = None) -> None:
    clash = Theme.objects.filter(parent=parent, name__iexact=name).exclude(pk=exclude)
    if clash.exists():
        where = f"in {parent.name}" if parent else "among the groups"
        raise TaxonomyError(f"There is already a theme called {name} {where}.")


def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "theme"
    slug, n = base, 2
    while Theme.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def theme_create(*, actor, name: str, parent: Theme | None) -> Theme:
    """Add a top-level group (no parent) or a theme under a group."""
    check(actor, TAXONOMY_MANAGE)
    name = _clean_name(name)
    _check_parent(parent)
    _check_free(name=name, parent=parent)
    siblings = Theme.objects.filter(parent=parent)
    order = max(siblings.values_list("order", flat=True), default=-1) + 1
    theme = Theme.objects.create(name=name, slug=_unique_slug(name), parent=parent, order=order)
    audit_record(
        actor=actor,
        action="theme.create",
        target=theme,
        detail={"name": name, "parent": parent.slug if parent else None},
    )
    return theme


@transaction.atomic
def theme_rename(*, actor, theme: Theme, name: str) -> Theme:
    """Rename a theme; its slug stays so that past logs and reports still join."""
    check(actor, TAXONOMY_MANAGE)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    name = _clean_name(name)
    if name == theme.name:
        return theme
    _check_free(name=name, parent=theme.parent, exclude=theme.pk)
    before = theme.name
    theme.name = name
    theme.save(update_fields=["name"])
    audit_record(actor=actor, action="theme.rename", target=theme, detail={"before": before, "after": name})
    return theme


@transaction.atomic
def theme_move(*, actor, theme: Theme, parent: Theme) -> Theme:
    """Move a theme to another top-level group."""
    check(actor, TAXONOMY_MANAGE)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    if theme.parent_id is None:
        raise TaxonomyError("Groups stay at the top level; move the themes inside them instead.")
    if parent is None:
        raise TaxonomyError("Choose the group to move the theme to.")
    _check_parent(parent)
    if parent.pk == theme.parent_id:
        return theme
    _check_free(name=theme.name, parent=parent, exclude=theme.pk)
    before = theme.parent.slug
    theme.parent = parent
    theme.save(update_fields=["parent"])
    audit_record(
        actor=actor, action="theme.move", target=theme, detail={"before": before, "after": parent.slug}
    )
    return theme


@transaction.atomic
def theme_set_active(*, actor, theme: Theme, active: bool) -> Theme:
    """Deactivate (hide from new logs, keep for old ones) or reactivate a theme or a whole group."""
    check(actor, TAXONOMY_MANAGE)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    if active and theme.parent_id and not theme.parent.active:
        raise TaxonomyError(f"Reactivate the group {theme.parent.name} first.")
    if theme.active == active:
        return theme
    theme.active = active
    theme.save(update_fields=["active"])
    audit_record(
        actor=actor, action="theme.activate" if active else "theme.deactivate", target=theme, detail={}
    )
    return theme


@transaction.atomic
def theme_remove(*, actor, theme: Theme) -> bool:
    """Delete a theme never used in a log; a used one (or a group with themes) is deactivated instead.

    Returns True when the theme was deleted.
    """
    check(actor, TAXONOMY_MANAGE)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    if theme.engagements.exists() or theme.children.exists():
        theme_set_active(actor=actor, theme=theme, active=False)
        return False
    detail = {"slug": theme.slug, "name": theme.name}
    audit_record(actor=actor, action="theme.delete", target=theme, detail=detail)
    theme.delete()
    return True


# --- desk hours and targets ----------------------------------------------------------------------------

SETTINGS_FIELDS = (
    "opens_at",
    "closes_at",
    "timezone",
    "open_days",
    "first_response_target_minutes",
    "resolution_target_minutes",
)
MAX_TARGET_MINUTES = 60 * 24 * 30


def _as_json(value):
    return value.isoformat(timespec="minutes") if isinstance(value, time) else value


def desk_settings_update(
    *,
    actor,
    opens_at: time,
    closes_at: time,
    timezone_name: str,
    open_days: str,
    first_response_target_minutes: int,
    resolution_target_minutes: int,
) -> DeskSettings:
    """Set staffed hours, open days, time zone and targets; audited with before and after."""
    check(actor, HOURS_MANAGE)
    errors: dict[str, str] = {}
    if not isinstance(opens_at, time) or not isinstance(closes_at, time):
        errors["opens_at"] = "Give opening and closing times as HH:MM."
    elif opens_at >= closes_at:
        errors["closes_at"] = "The desk must close after it opens on the same day."
    try:
        ZoneInfo(timezone_name or "")
    except (ZoneInfoNotFoundError, ValueError):
        errors["timezone"] = "Choose a time zone such as Europe/London."
    days = "".join(sorted(set(open_days or "")))
    if not days or any(d not in "0123456" for d in days):
        errors["open_days"] = "Choose at least one open day."
    for field, value in (
        ("first_response_target_minutes", first_response_target_minutes),
        ("resolution_target_minutes", resolution_target_minutes),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TARGET_MINUTES:
            errors[field] = "Give a target between 1 minute and 30 days."
    if errors:
        raise SettingsInvalid(errors)
    with transaction.atomic():
        DeskSettings.load()
        desk = DeskSettings.objects.select_for_update().get(pk=1)
        before = {f: _as_json(getattr(desk, f)) for f in SETTINGS_FIELDS}
        desk.opens_at, desk.closes_at, desk.timezone, desk.open_days = (
            opens_at,
            closes_at,
            timezone_name,
            days,
        )
        desk.first_response_target_minutes = first_response_target_minutes
        desk.resolution_target_minutes = resolution_target_minutes
        after = {f: _as_json(getattr(desk, f)) for f in SETTINGS_FIELDS}
        changed = [f for f in SETTINGS_FIELDS if before[f] != after[f]]
        if changed:
            desk.save(update_fields=changed)
            audit_record(
                actor=actor,
                action="desk_settings.update",
                target=desk,
                detail={"before": {f: before[f] for f in changed}, "after": {f: after[f] for f in changed}},
            )
    return desk

"""Synthetic demo data: about 2,000 conversations over 90 days, graded by the real triage, mostly closed with logs.

Nobody real appears: handles are generated (adjective_noun_123), messages come from data/scenarios.json and
name towns only. Inbound messages go through the same store and assessment as live traffic, so grades are
real; replies, events and closing logs are written in bulk with their historical times.
"""

import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from youthdesk.accounts.models import Organisation, Role, User
from youthdesk.accounts.services import user_create
from youthdesk.conversations.hours import desk_closed_period, desk_is_open, desk_next_opening
from youthdesk.conversations.models import (
    Channel,
    Contact,
    Conversation,
    ConversationEvent,
    DeskSettings,
    Message,
    ReplyTemplate,
)
from youthdesk.conversations.services import InboundMessage, inbound_store
from youthdesk.demo.users import DEMO_PASSWORD, demo_users_ensure
from youthdesk.engagements.models import Engagement, Theme
from youthdesk.engagements.selectors import sentiment_suggestions_for
from youthdesk.engagements.services import engagement_build, themes_sync
from youthdesk.safeguarding.services import message_assess
from youthdesk.triage import GRADE_RANK
from youthdesk.triage.forces import all_forces

DATA = Path(__file__).parent / "data"
CONVERSATION_FIELDS = [
    "last_message_at",
    "out_of_hours_period",
    "first_response_at",
    "assigned_to",
    "waiting_since",
    "status",
    "closed_at",
]
CHUNK = 100  # conversations per transaction: big enough to be quick, small enough to show progress
EXTRA_OFFICERS = [("officer2", "Priya"), ("officer3", "Sam")]
OUT_OF_HOURS_TEXT = (
    "Thanks for your message. Our team is here 09:00–21:00 every day and will reply when we are back. "
    "If you are in danger call 999. Childline 0800 1111 · Shout: text SHOUT to 85258 · "
    "Online abuse: ceop.police.uk"
)
SIGN_OFFS = [
    "No problem {handle}, take care 👋",
    "Any time {handle}. Stay safe!",
    "Glad we could help, {handle} 🙂",
]
# Bigger forces hear from more young people; these weights only shape the demo, they are not figures.
FORCE_WEIGHTS = {
    "Metropolitan Police Service": 14,
    "West Midlands Police": 6,
    "Greater Manchester Police": 6,
    "West Yorkshire Police": 5,
    "Thames Valley Police": 4,
    "Police Scotland": 5,
    "Merseyside Police": 3,
    "South Yorkshire Police": 3,
    "Kent Police": 3,
    "Hampshire and Isle of Wight Constabulary": 3,
    "Avon and Somerset Constabulary": 3,
    "Police Service of Northern Ireland": 2,
    "British Transport Police": 1,
}


@cache
def scenarios() -> dict:
    return json.loads((DATA / "scenarios.json").read_text(encoding="utf-8"))


@cache
def templates_data() -> list[dict]:
    return json.loads((DATA / "templates.json").read_text(encoding="utf-8"))["templates"]


@dataclass
class Plan:
    """One synthetic conversation: who, when, what was said, and how it ends."""

    index: int
    scenario: dict
    channel: str
    contact_id: str
    handle: str
    inbound: list[tuple[datetime, str]] = field(default_factory=list)
    outbound: list[tuple[datetime, str, str]] = field(default_factory=list)  # (at, text, kind)
    officer: User | None = None
    closed_at: datetime | None = None
    auto_period: str = ""


def demo_templates_ensure(*, author=None) -> int:
    """Add the approved answer templates (about 20) that are missing; returns how many were added."""
    added = 0
    for row in templates_data():
        _, created = ReplyTemplate.objects.get_or_create(
            title=row["title"],
            defaults={
                "body": row["body"],
                "categories": row["categories"],
                "themes": row["themes"],
                "is_signposting": row["is_signposting"],
                "updated_by": author,
            },
        )
        added += created
    return added


def _officers() -> list[User]:
    users = {u.username: u for u in demo_users_ensure()}
    national = Organisation.objects.get(slug="national")
    team = [users["officer"], users["supervisor"]]
    for username, first_name in EXTRA_OFFICERS:
        user = User.objects.filter(username=username).first() or user_create(
            username=username,
            password=DEMO_PASSWORD,
            role=Role.OFFICER,
            organisation=national,
            first_name=first_name,
        )
        team.append(user)
    return team


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _start_time(rng: random.Random, *, now: datetime, days: int, desk: DeskSettings) -> datetime:
    """Mostly in staffed hours (after school busiest), some late at night."""
    tz = ZoneInfo(desk.timezone)
    local_now = now.astimezone(tz)
    day = local_now.date() - timedelta(days=rng.randrange(days))
    if rng.random() < 0.82:
        hour = rng.choices(range(9, 21), weights=[2, 2, 2, 2, 3, 3, 4, 6, 7, 7, 6, 5])[0]
    else:
        hour = rng.choices(
            [21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7, 8], weights=[6, 6, 5, 4, 3, 2, 1, 1, 1, 1, 2, 3]
        )[0]
    at = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=tz)
    if at >= local_now:
        at -= timedelta(days=1)
    return at.astimezone(UTC)


def _opener(rng: random.Random, data: dict, scenario: dict) -> str:
    text = rng.choice(scenario["openers"])
    mood = rng.choice(data["mood_prefix"].get(scenario.get("mood", ""), [""]))
    greeting = rng.choice(data["greetings"])
    text = f"{greeting}{mood}{text}".strip()
    roll = rng.random()
    if roll < 0.15:
        text += rng.choice([" pls", " x", " 🙏", " ??", " lol", " 😭"])
    elif roll < 0.22:
        text = text.capitalize()
    return text


def _closer(rng: random.Random, data: dict, scenario: dict) -> str:
    if scenario.get("closers") and rng.random() < 0.7:
        return rng.choice(scenario["closers"])
    mood = scenario.get("mood", "")
    tone = _weighted(
        rng,
        {"positive": 6, "neutral": 3, "negative": 1}
        if mood not in ("angry", "annoyed")
        else {"positive": 3, "neutral": 3, "negative": 3},
    )
    return rng.choice(data["closers"][tone])


def _first_response_at(rng: random.Random, at: datetime, desk: DeskSettings) -> datetime:
    """When an officer first answers: minutes in staffed hours, the next morning otherwise."""
    if desk_is_open(at, desk):
        delay = min(rng.lognormvariate(math.log(22 * 60), 0.9), 6 * 3600)
        reply = at + timedelta(seconds=delay)
        if desk_is_open(reply, desk):
            return reply
    return desk_next_opening(at, desk) + timedelta(seconds=rng.uniform(5 * 60, 100 * 60))


def _plan(rng: random.Random, *, index: int, run: str, now: datetime, days: int, desk, team) -> Plan:
    data = scenarios()
    scenario = rng.choices(data["scenarios"], weights=[s["weight"] for s in data["scenarios"]])[0]
    channel = Channel.INSTAGRAM if rng.random() < 0.7 else Channel.WEBCHAT
    if channel == Channel.INSTAGRAM:
        handle = f"{rng.choice(data['adjectives'])}_{rng.choice(data['nouns'])}_{rng.randrange(1, 1000)}"
        contact_id = f"demo{run}{index:06d}"
    else:
        handle = ""  # web chat is anonymous
        contact_id = f"demo-session-{run}-{index:06d}"
    plan = Plan(index=index, scenario=scenario, channel=channel, contact_id=contact_id, handle=handle)
    at = _start_time(rng, now=now, days=days, desk=desk)
    plan.inbound.append((at, _opener(rng, data, scenario)))
    if scenario["follow_ups"] and rng.random() < 0.5:
        at += timedelta(seconds=rng.uniform(30, 600))
        plan.inbound.append((at, rng.choice(scenario["follow_ups"])))
    elif rng.random() < 0.1:
        at += timedelta(seconds=rng.uniform(300, 1800))
        plan.inbound.append((at, rng.choice(["??", "hello?", "anyone there", "pls reply"])))
    first = plan.inbound[0][0]
    if not desk_is_open(first, desk):
        plan.auto_period = desk_closed_period(first, desk)
        plan.outbound.append((first + timedelta(seconds=2), OUT_OF_HOURS_TEXT, Message.Kind.AUTO))
    plan.officer = rng.choice(team)
    reply_at = max(_first_response_at(rng, first, desk), at + timedelta(seconds=40))
    name = handle or "there"
    plan.outbound.append(
        (reply_at, rng.choice(scenario["replies"]).replace("{handle}", name), Message.Kind.TEXT)
    )
    last = reply_at
    if rng.random() < 0.75:
        last = reply_at + timedelta(seconds=rng.uniform(60, 4 * 3600))
        plan.inbound.append((last, _closer(rng, data, scenario)))
        if rng.random() < 0.5:
            last += timedelta(seconds=rng.uniform(60, 1800))
            plan.outbound.append((last, rng.choice(SIGN_OFFS).replace("{handle}", name), Message.Kind.TEXT))
    plan.closed_at = last + timedelta(seconds=rng.uniform(5 * 60, 3 * 3600))
    return plan


def _truncate(plan: Plan, now: datetime, rng: random.Random) -> None:
    """Leave a conversation open as it would stand now: some unanswered, some waiting on the young person."""
    plan.closed_at = None
    if rng.random() < 0.5:
        # Still waiting for us: only what the young person wrote before our first answer.
        first_reply = min(o[0] for o in plan.outbound if o[2] != Message.Kind.AUTO)
        plan.outbound = [o for o in plan.outbound if o[2] == Message.Kind.AUTO]
        plan.inbound = [i for i in plan.inbound if i[0] < first_reply]
    plan.inbound = [i for i in plan.inbound if i[0] <= now]
    plan.outbound = [o for o in plan.outbound if o[0] <= now]


def _store(plan: Plan, *, rng: random.Random, theme_ids: dict, forces: dict, desk) -> dict:
    """Write one planned conversation; returns the bulk rows it needs (messages, events, engagement)."""
    first_at = plan.inbound[0][0]
    stored = []
    for k, (at, text) in enumerate(plan.inbound):
        inbound = InboundMessage(
            channel=plan.channel,
            contact_external_id=plan.contact_id,
            external_id=f"{plan.contact_id}-in-{k}" if plan.channel == Channel.INSTAGRAM else None,
            text=text,
            sent_at=at,
            handle=plan.handle,
        )
        message, _ = inbound_store(inbound=inbound)
        assessment = message_assess(message=message)
        stored.append((message, assessment))
    conversation = Conversation.objects.get(pk=message.conversation_id)
    messages, events = [], [ConversationEvent(conversation=conversation, kind="opened", at=first_at)]
    replies = [o for o in plan.outbound if o[2] != Message.Kind.AUTO]
    for at, text, kind in plan.outbound:
        author = None if kind == Message.Kind.AUTO else plan.officer
        messages.append(
            Message(
                conversation=conversation,
                channel=plan.channel,
                direction=Message.Direction.OUTBOUND,
                kind=kind,
                text=text,
                sent_at=at,
                author=author,
                delivery=Message.Delivery.SENT,
                delivery_attempts=1,
            )
        )
        events.append(
            ConversationEvent(
                conversation=conversation,
                actor=author,
                kind="reply" if author else "auto_reply",
                at=at,
            )
        )
    conversation.last_message_at = max([conversation.last_message_at] + [o[0] for o in plan.outbound])
    conversation.out_of_hours_period = plan.auto_period
    answered_before = None
    if replies:
        first_reply = replies[0][0]
        conversation.first_response_at = first_reply
        conversation.assigned_to = plan.officer
        events.insert(
            0,
            ConversationEvent(conversation=conversation, actor=plan.officer, kind="claimed", at=first_reply),
        )
        answered_before = replies[-1][0]
        later = [at for at, _ in plan.inbound if at > answered_before]
        conversation.waiting_since = min(later) if later else None
    engagement = None
    themes = []
    if plan.closed_at is not None:
        conversation.status = Conversation.Status.CLOSED
        conversation.closed_at = plan.closed_at
        conversation.waiting_since = None
        force = conversation.force_name or (_weighted(rng, forces) if rng.random() < 0.7 else "")
        engagement = engagement_build(
            conversation=conversation,
            closed_at=plan.closed_at,
            actor=plan.officer,
            contact_type=plan.scenario["contact_type"],
            sentiment_start=3,
            sentiment_end=3,
            outcome=_weighted(rng, plan.scenario["outcomes"]),
            force_name=force,
            facts=_facts(conversation, [a for _, a in stored]),
            suggestions=sentiment_suggestions_for(texts=[text for _, text in plan.inbound]),
        )
        # Officers mostly accept the suggestion and sometimes correct it by a step.
        engagement.sentiment_start = _nudge(rng, engagement.sentiment_start_suggested)
        engagement.sentiment_end = _nudge(rng, engagement.sentiment_end_suggested)
        themes = [theme_ids[s] for s in plan.scenario["themes"] if s in theme_ids]
        if rng.random() < 0.15:
            themes.append(rng.choice(list(theme_ids.values())))
        events.append(
            ConversationEvent(
                conversation=conversation,
                actor=plan.officer,
                kind="closed",
                before="open",
                after={"contact_type": engagement.contact_type, "outcome": engagement.outcome},
                at=plan.closed_at,
            )
        )
    return {
        "conversation": conversation,
        "messages": messages,
        "events": events,
        "engagement": engagement,
        "themes": sorted(set(themes)),
        "answered": [m.pk for m, _ in stored if answered_before is not None and m.sent_at <= answered_before],
    }


def _facts(conversation: Conversation, assessments: list) -> dict:
    """The episode's highest grade and categories, from the assessments just made (as episode_facts reads them)."""
    grade = max([conversation.grade] + [a.grade for a in assessments], key=lambda g: GRADE_RANK.get(g, 0))
    categories = set(conversation.categories or []).union(*(a.categories for a in assessments))
    return {"grade": grade, "categories": sorted(categories)}


def _nudge(rng: random.Random, value: int | None) -> int:
    value = value or 3
    if rng.random() < 0.8:
        return value
    return min(5, max(1, value + rng.choice([-1, 1])))


def _conversations_precreate(chunk: list[Plan], *, desk: DeskSettings) -> None:
    """Create the chunk's contacts and conversations in bulk; the inbound store then finds them.

    A demo conversation happened in the past: today's out-of-hours safety reply must not go out to it,
    so each is marked as already told for the current closed period (if we are in one).
    """
    told = desk_closed_period(timezone.now(), desk)
    contacts = Contact.objects.bulk_create(
        [Contact(channel=p.channel, external_id=p.contact_id, handle=p.handle) for p in chunk]
    )
    Conversation.objects.bulk_create(
        [
            Conversation(
                contact_id=contact.pk,
                channel=p.channel,
                opened_at=p.inbound[0][0],
                last_message_at=p.inbound[0][0],
                safety_reply_period=told,
            )
            for p, contact in zip(chunk, contacts, strict=True)
        ]
    )


def _write_bulk(rows: list[dict]) -> None:
    """Bulk-write the replies, events and closing logs of one chunk, with their historical times."""
    Conversation.objects.bulk_update([r["conversation"] for r in rows], CONVERSATION_FIELDS)
    Message.objects.bulk_create([m for r in rows for m in r["messages"]])
    Message.objects.filter(pk__in=[pk for r in rows for pk in r["answered"]]).update(answered=True)
    events = [e for r in rows for e in r["events"]]
    historical = [e.at for e in events]
    ConversationEvent.objects.bulk_create(events)
    # auto_now_add stamps "now" on create; the demo's events belong to their own moment.
    for event, at in zip(events, historical, strict=True):
        event.at = at
    ConversationEvent.objects.bulk_update(events, ["at"])
    with_logs = [r for r in rows if r["engagement"] is not None]
    Engagement.objects.bulk_create([r["engagement"] for r in with_logs])
    Through = Engagement.themes.through
    Through.objects.bulk_create(
        [Through(engagement_id=r["engagement"].pk, theme_id=t) for r in with_logs for t in r["themes"]]
    )


def _escalations_settle(rows: list[dict], *, rng: random.Random, handler: User | None) -> int:
    """Past escalations of closed demo conversations were delivered, acknowledged and closed back then.

    Without this the outbox would send years-old hand-overs to the contact centre today.
    """
    try:
        from youthdesk.safeguarding.models import Alert, Escalation, OutboxItem
        from youthdesk.safeguarding.selectors import escalation_outcomes
    except ImportError:  # an older safeguarding app without escalations: nothing to settle
        return 0
    closed = {r["conversation"].pk: r for r in rows if r["engagement"] is not None}
    escalations = list(Escalation.objects.filter(conversation_id__in=closed).select_related("message"))
    outcomes = [key for key, _ in escalation_outcomes()] or ["advice_given"]
    for escalation in escalations:
        row = closed[escalation.conversation_id]
        at = escalation.message.sent_at if escalation.message else row["conversation"].opened_at
        escalation.created_at = at
        escalation.delivered_at = at + timedelta(seconds=rng.uniform(1, 5))
        escalation.acknowledged_at = at + timedelta(seconds=rng.uniform(60, 360))
        escalation.acknowledged_by = handler
        escalation.ack_reference = f"CC-{at:%y%m%d}-{escalation.pk:04d}"
        escalation.outcome = rng.choice(outcomes)
        escalation.outcome_at = min(
            at + timedelta(seconds=rng.uniform(1800, 3 * 3600)), row["engagement"].closed_at
        )
        escalation.status = Escalation.Status.CLOSED
    Escalation.objects.bulk_update(
        escalations,
        [
            "created_at",
            "delivered_at",
            "acknowledged_at",
            "acknowledged_by",
            "ack_reference",
            "outcome",
            "outcome_at",
            "status",
        ],
    )
    ids = [e.pk for e in escalations]
    OutboxItem.objects.filter(escalation_id__in=ids).update(status=OutboxItem.Status.DELIVERED, attempts=1)
    Alert.objects.filter(escalation_id__in=ids, cleared_at__isnull=True).update(cleared_at=timezone.now())
    return len(escalations)


def _insights_rebuild(stream) -> int:
    """The demo's logs were written in bulk, so the anonymised insight store is rebuilt from them once."""
    try:
        from youthdesk.insights.services import anon_rebuild
    except ImportError:  # insights not installed: nothing to copy
        return 0
    with tqdm(total=Engagement.objects.count(), desc="Insight store", unit="log", file=stream) as bar:
        return anon_rebuild(progress=bar.update)


def demo_generate(*, conversations: int = 2000, days: int = 90, seed: int = 7, stdout=None) -> dict:
    """Load a synthetic dataset: conversations, graded messages, replies, closing logs, templates, users."""
    rng = random.Random(seed)
    now = timezone.now()
    desk = DeskSettings.load()
    team = _officers()
    themes_sync()
    supervisor = next(u for u in team if u.username == "supervisor")
    templates_added = demo_templates_ensure(author=supervisor)
    theme_ids = dict(
        Theme.objects.filter(active=True, parent__isnull=False, parent__active=True).values_list("slug", "pk")
    )
    forces = {f.name: FORCE_WEIGHTS.get(f.name, 1) for f in all_forces()}
    run = f"{Contact.objects.count():x}"  # loading twice adds new people rather than merging into old ones
    plans = sorted(
        (
            _plan(rng, index=i, run=run, now=now, days=days, desk=desk, team=team)
            for i in range(conversations)
        ),
        key=lambda p: p.inbound[0][0],
    )
    open_count = max(3, round(conversations * 0.02))
    for position, plan in enumerate(plans):
        if position >= len(plans) - open_count or plan.closed_at > now - timedelta(minutes=5):
            _truncate(plan, now, rng)
    handler = User.objects.filter(username="contactcentre").first()
    stream = getattr(stdout, "_out", stdout) or sys.stderr
    counts = {
        "escalations_settled": 0,
        "conversations": 0,
        "messages": 0,
        "engagements": 0,
        "open": 0,
        "templates_added": templates_added,
    }
    with tqdm(total=len(plans), desc="Demo conversations", unit="conv", file=stream, mininterval=0.5) as bar:
        for start in range(0, len(plans), CHUNK):
            chunk = plans[start : start + CHUNK]
            with transaction.atomic():
                _conversations_precreate(chunk, desk=desk)
                rows = [_store(p, rng=rng, theme_ids=theme_ids, forces=forces, desk=desk) for p in chunk]
                _write_bulk(rows)
                counts["escalations_settled"] += _escalations_settle(rows, rng=rng, handler=handler)
            counts["conversations"] += len(chunk)
            counts["messages"] += sum(len(p.inbound) + len(p.outbound) for p in chunk)
            counts["engagements"] += sum(1 for r in rows if r["engagement"] is not None)
            counts["open"] += sum(1 for r in rows if r["engagement"] is None)
            bar.update(len(chunk))
    counts["insights_copied"] = _insights_rebuild(stream)
    if stdout is not None:
        stdout.write(
            "Demo data: {conversations} conversations, {messages} messages, {engagements} closed with a log, "
            "{open} open, {escalations_settled} past escalations settled, {templates_added} templates added.".format(
                **counts
            )
        )
    return counts

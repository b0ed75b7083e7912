"""Builders for insight tests: real engagements in the real database, and a staff/partner pair of users."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

_seq = itertools.count(1)

KENT = "Kent Police"
ESSEX = "Essex Police"


@pytest.fixture
def themes(db):
    """A small two-level taxonomy."""
    from youthdesk.engagements.models import Theme

    group, _ = Theme.objects.get_or_create(slug="test-group", defaults={"name": "Test group"})
    return {
        slug: Theme.objects.get_or_create(slug=slug, defaults={"name": name, "parent": group})[0]
        for slug, name in [
            ("knife-crime", "Knife crime"),
            ("online-safety", "Online safety"),
            ("drugs", "Drugs"),
            ("stop-and-search", "Stop and search"),
        ]
    }


@pytest.fixture
def make_engagement(db, themes):
    """Make a closed engagement (with its contact and conversation) the way the closing log stores it."""
    from youthdesk.conversations.models import Contact, Conversation
    from youthdesk.engagements.models import Engagement

    def _make(
        *,
        day: dt.date,
        force: str = KENT,
        channel: str = "instagram",
        contact_type: str = "question",
        theme_slugs=("knife-crime",),
        start: int = 2,
        end: int = 4,
        outcome: str = "answered",
        first_response: int | None = 600,
        resolution: int | None = 3600,
        contact_id: str | None = None,
    ):
        n = next(_seq)
        closed = timezone.make_aware(dt.datetime.combine(day, dt.time(14, 30)))
        external = contact_id or f"igsid-{n}"
        contact, _ = Contact.objects.get_or_create(
            channel=channel, external_id=external, defaults={"handle": f"young_person_{n}"}
        )
        conversation = Conversation.objects.filter(contact=contact).first() or Conversation.objects.create(
            contact=contact,
            channel=channel,
            status="closed",
            force_name=force,
            opened_at=closed - dt.timedelta(hours=1),
            last_message_at=closed,
            closed_at=closed,
        )
        engagement = Engagement.objects.create(
            conversation=conversation,
            channel=channel,
            contact_type=contact_type,
            sentiment_start=start,
            sentiment_end=end,
            outcome=outcome,
            force_name=force,
            grade="standard",
            categories=["weapons"],
            opened_at=closed - dt.timedelta(hours=1),
            closed_at=closed,
            first_response_seconds=first_response,
            resolution_seconds=resolution,
        )
        engagement.themes.set([themes[s] for s in theme_slugs])
        return engagement

    return _make


@pytest.fixture
def staff(make_user):
    return make_user(username="lead1", role="lead")


@pytest.fixture
def partner(make_user):
    return make_user(username="kent_analyst", role="analyst", force_name=KENT)


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Run tasks in-process so a test sees the copy the closing log asked for; pages via force_login."""
    settings.YOUTHDESK_REQUIRE_MFA = False
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher"
    ]  # speed: no login by password
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}
    }

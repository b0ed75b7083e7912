from datetime import UTC, datetime, timedelta

import pytest
from django.db import transaction

from youthdesk.conversations.models import Conversation
from youthdesk.conversations.services import InboundMessage, inbound_store
from youthdesk.engagements.models import Theme
from youthdesk.safeguarding.services import message_assess

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def converse(db):
    """Store inbound messages (graded for real) on one web-chat conversation; returns the conversation."""

    def _converse(texts, *, user="yp1", start=T0, gap=timedelta(minutes=2), handle=""):
        with transaction.atomic():
            for i, text in enumerate(texts):
                message, _ = inbound_store(
                    inbound=InboundMessage(
                        channel="webchat",
                        contact_external_id=user,
                        external_id=None,
                        text=text,
                        sent_at=start + i * gap,
                        handle=handle,
                    )
                )
                message_assess(message=message)
        return Conversation.objects.get(contact__external_id=user)

    return _converse


@pytest.fixture
def themes(db):
    """Two seeded themes under active groups (the seed migration has run)."""
    return list(Theme.objects.filter(slug__in=["e-scooters", "stop-search-rights"]).order_by("slug"))


@pytest.fixture(autouse=True)
def _no_two_factor(settings):
    # Two-factor sign-in has its own tests; here the pages' role checks are what is under test.
    settings.YOUTHDESK_REQUIRE_MFA = False
    # A deliberately slow password hash costs most of a second per test user; tests need no such strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

"""The closing log in a real browser (Debian's chromium via Playwright): HTMX errors in place, then a close."""

import re

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from youthdesk.conversations.models import Conversation
from youthdesk.conversations.services import InboundMessage, inbound_store
from youthdesk.engagements.models import Engagement, Theme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-1"


def test_a_refused_log_shows_its_errors_in_place_and_a_fixed_one_closes(page, live_server, make_user):
    make_user("officer1", "officer")
    with transaction.atomic():
        message, _ = inbound_store(
            inbound=InboundMessage(
                channel="webchat",
                contact_external_id="yp-close-1",
                external_id=None,
                text="thank you so much, that really helped 🙏",
                sent_at=timezone.now(),
                handle="quiet_otter_12",
            )
        )
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}{reverse('engagement_close', args=[message.conversation_id])}")
    page.fill("#id_login", "officer1")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(rf".*/engagements/close/{message.conversation_id}/$"))
    # The suggestion is pre-selected: a thankful message reads as very positive.
    expect(page.locator("input[name=sentiment_end][value='5']")).to_be_checked()

    page.select_option("#id_contact_type", "question")
    page.select_option("#id_outcome", "answered")
    page.select_option("#id_themes", label="Praise and thanks")
    # A supervisor retires the theme while the officer is filling in the form.
    Theme.objects.filter(slug="praise").update(active=False)
    page.click("#close-log button[type=submit]")
    expect(page.locator("#close-log")).to_contain_text("That theme is not in use any more.")
    assert page.url.endswith(f"/engagements/close/{message.conversation_id}/")
    assert not Engagement.objects.exists()

    # The refreshed form no longer offers the retired theme.
    assert page.locator("#id_themes option", has_text="Praise and thanks").count() == 0
    page.select_option("#id_themes", label="Trust and confidence")
    page.click("#close-log button[type=submit]")
    page.wait_for_url(re.compile(r".*/inbox/$"), timeout=5000)
    engagement = Engagement.objects.get()
    assert list(engagement.themes.values_list("slug", flat=True)) == ["trust-and-confidence"]
    assert engagement.sentiment_end == 5
    assert Conversation.objects.get(pk=message.conversation_id).status == Conversation.Status.CLOSED
    assert errors == []

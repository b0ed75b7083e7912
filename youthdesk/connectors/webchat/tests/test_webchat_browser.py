"""In a real browser: a young person writes on /chat/ and the officer's reply appears without a reload."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from youthdesk.conversations.models import Conversation, DeskSettings
from youthdesk.conversations.services import reply_send


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_young_person_sends_from_chat_and_sees_the_officers_reply(live_server, page, make_user):
    desk = DeskSettings.load()
    desk.opens_at, desk.closes_at, desk.open_days = datetime.time(0, 0), datetime.time(23, 59, 59), "0123456"
    desk.save()
    officer = make_user("officer1", "officer")
    page.add_init_script("window.__pwned = false;")
    blocked = []
    page.on(
        "console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None
    )

    page.goto(f"{live_server.url}/chat/")
    expect(page.get_by_text("This chat is not for emergencies.")).to_be_visible()
    page.fill("#chat-text", '<img src=x onerror="window.__pwned=true"> can you get arrested for a fight?')
    page.click("#chat-form button[type=submit]")
    expect(page.locator(".chat-msg-in .chat-text")).to_have_text(
        '<img src=x onerror="window.__pwned=true"> can you get arrested for a fight?'
    )
    expect(page.locator("#chat-text")).to_have_value("")  # a fresh box for the next message

    conversation = Conversation.objects.get(channel="webchat")
    reply_send(
        conversation=conversation, author=officer, text="Hi, thanks for asking. It depends on what happened."
    )
    # No reload: the page polls every 3 seconds.
    expect(page.locator(".chat-msg-out .chat-text")).to_have_text(
        "Hi, thanks for asking. It depends on what happened.", timeout=10_000
    )
    assert page.evaluate("window.__pwned") is False
    assert page.locator(".chat-msg-in img").count() == 0
    assert not [m for m in blocked if re.search(r"script-src", m)], blocked

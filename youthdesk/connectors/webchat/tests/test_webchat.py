"""Web chat: a young person writes without an account; the team's replies come back as text."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from youthdesk.connectors.webchat.services import chat_token_make
from youthdesk.conversations.models import Contact, Conversation, DeskSettings, Message
from youthdesk.conversations.services import reply_send
from youthdesk.safeguarding.models import MessageAssessment


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def desk_open(db):
    """The desk is staffed around the clock, so no out-of-hours reply joins the thread."""
    desk = DeskSettings.load()
    desk.opens_at, desk.closes_at, desk.open_days = datetime.time(0, 0), datetime.time(23, 59, 59), "0123456"
    desk.save()
    return desk


@pytest.fixture
def desk_closed(db):
    desk = DeskSettings.load()
    desk.opens_at, desk.closes_at, desk.open_days = datetime.time(9, 0), datetime.time(9, 0, 1), "0"
    desk.save()
    return desk


def _open_chat(client: Client) -> tuple[str, str]:
    """Load /chat/ and return (token, client_id) from its form."""
    page = client.get("/chat/")
    assert page.status_code == 200
    html = page.content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    client_id = re.search(r'name="client_id" value="([^"]+)"', html).group(1)
    return token, client_id


def _send(client, token, client_id, text, htmx=True, **extra):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(
        "/chat/send", {"token": token, "client_id": client_id, "text": text}, **headers, **extra
    )


@pytest.mark.django_db
def test_anonymous_young_person_sends_a_message_that_lands_in_the_inbox_graded(desk_open):
    client = Client()
    token, client_id = _open_chat(client)
    response = _send(client, token, client_id, "how old do you have to be to join the police?")
    assert response.status_code == 200
    message = Message.objects.get()
    assert (message.channel, message.direction, message.text) == (
        "webchat",
        "in",
        "how old do you have to be to join the police?",
    )
    contact = Contact.objects.get()
    assert contact.channel == "webchat"
    assert message.external_id == f"{contact.external_id}:{client_id}"
    assert MessageAssessment.objects.filter(message=message).exists()  # triaged on the way in
    assert Conversation.objects.get().waiting_since is not None
    assert "how old do you have to be to join the police?" in response.content.decode()
    # The cookie and the page token name the same chat session.
    assert client.cookies["yd_chat"]["httponly"]


@pytest.mark.django_db
def test_resending_the_same_message_id_stores_it_once(desk_open):
    client = Client()
    token, client_id = _open_chat(client)
    first = _send(client, token, client_id, "is it illegal to carry a knife for protection")
    again = _send(client, token, client_id, "is it illegal to carry a knife for protection")
    assert (first.status_code, again.status_code) == (200, 200)
    assert Message.objects.filter(direction="in").count() == 1
    assert MessageAssessment.objects.count() == 1


@pytest.mark.django_db
@override_settings(YOUTHDESK_CHAT_RATE_PER_SESSION=3)
def test_too_many_messages_a_minute_get_429_with_a_clear_message_and_nothing_stored(desk_open):
    client = Client()
    token, _ = _open_chat(client)
    for i in range(3):
        assert _send(client, token, f"message-id-{i:04d}", f"message {i}").status_code == 200
    refused = _send(client, token, "message-id-9999", "one more")
    assert refused.status_code == 429
    assert "sending messages very quickly" in refused.content.decode()
    assert "one more" in refused.content.decode()  # the text stays in the box to send later
    assert Message.objects.filter(direction="in").count() == 3
    assert not Message.objects.filter(text="one more").exists()


@pytest.mark.django_db
@override_settings(YOUTHDESK_CHAT_RATE_PER_SESSION=100, YOUTHDESK_CHAT_RATE_PER_IP=2)
def test_rate_limit_per_address_holds_across_chat_sessions(desk_open):
    for n in range(2):
        c = Client()
        token, client_id = _open_chat(c)
        assert _send(c, token, client_id, f"hi {n}").status_code == 200
    third = Client()
    token, client_id = _open_chat(third)
    assert _send(third, token, client_id, "hi again").status_code == 429
    assert Message.objects.filter(direction="in").count() == 2


@pytest.mark.django_db
def test_the_limit_lives_in_the_shared_cache_table_not_process_memory():
    from django.conf import settings

    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


@pytest.mark.django_db
@override_settings(YOUTHDESK_CHAT_MAX_CHARS=2000)
def test_a_message_over_the_length_limit_is_refused_clearly(desk_open):
    client = Client()
    token, client_id = _open_chat(client)
    response = _send(client, token, client_id, "a" * 2001)
    assert response.status_code == 400
    assert "too long (2,001 characters)" in response.content.decode()
    assert not Message.objects.exists()
    assert _send(client, token, client_id, "a" * 2000).status_code == 200


@pytest.mark.django_db
def test_empty_message_and_forged_token_are_refused_without_side_effects(desk_open):
    client = Client()
    token, client_id = _open_chat(client)
    empty = _send(client, token, client_id, "   ")
    assert empty.status_code == 400 and "type a message" in empty.content.decode()
    forged = _send(Client(), "not-a-token", client_id, "hello")
    assert forged.status_code == 400 and "expired" in forged.content.decode()
    other_session = chat_token_make(session_key="x" * 32)
    mismatch = _send(client, other_session, client_id, "hello")  # token of another chat, our cookie
    assert mismatch.status_code == 400
    assert not Message.objects.exists() and not Contact.objects.exists()


@pytest.mark.django_db
def test_team_reply_is_fetched_by_polling_as_text_and_script_is_escaped(desk_open, make_user):
    officer = make_user("officer1", "officer")
    client = Client()
    token, client_id = _open_chat(client)
    _send(client, token, client_id, "<script>window.__pwned=1</script> hi")
    conversation = Conversation.objects.get()
    reply_send(conversation=conversation, author=officer, text="Hello! <b>We</b> can help & we will.")
    thread = client.get("/chat/messages", HTTP_HX_REQUEST="true", HTTP_X_CHAT_TOKEN=token).content.decode()
    assert "Hello! &lt;b&gt;We&lt;/b&gt; can help &amp; we will." in thread
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; hi" in thread
    assert "<script>window.__pwned" not in thread and "<b>We</b>" not in thread
    assert "Youth team" in thread
    # A different chat session sees none of it.
    stranger = Client()
    _open_chat(stranger)
    assert "We</b>" not in stranger.get("/chat/messages").content.decode().replace("&lt;", "<")


@pytest.mark.django_db
def test_notes_are_never_shown_to_the_young_person(desk_open, make_user):
    from youthdesk.conversations.services import note_add

    officer = make_user("officer1", "officer")
    client = Client()
    token, client_id = _open_chat(client)
    _send(client, token, client_id, "hello")
    note_add(conversation=Conversation.objects.get(), author=officer, text="INTERNAL-NOTE-canary")
    assert "INTERNAL-NOTE-canary" not in client.get("/chat/").content.decode()
    assert "INTERNAL-NOTE-canary" not in client.get("/chat/messages").content.decode()


@pytest.mark.django_db
def test_out_of_hours_the_first_message_gets_the_automatic_reply_once(desk_closed):
    client = Client()
    token, _ = _open_chat(client)
    _send(client, token, "message-id-0001", "anyone there?")
    _send(client, token, "message-id-0002", "hello?")
    autos = Message.objects.filter(kind="auto")
    assert autos.count() == 1
    thread = client.get("/chat/messages").content.decode()
    assert "Automatic reply" in thread and "0800 1111" in thread


@pytest.mark.django_db
def test_privacy_notice_written_for_young_people_is_on_the_page(desk_open):
    html = Client().get("/chat/").content.decode()
    for words in ("not for emergencies", "call 999", "0800 1111", "85258", "What we keep", "Who sees them"):
        assert words in html


@pytest.mark.django_db
def test_emoji_right_to_left_and_zero_width_text_kept_intact(desk_open):
    text = "hi 👋🏽 مرحبا zero\u200bwidth \u202eRTL"
    client = Client()
    token, client_id = _open_chat(client)
    assert _send(client, token, client_id, text).status_code == 200
    assert Message.objects.get().text == text
    assert text in client.get("/chat/messages").content.decode()


@pytest.mark.django_db
def test_without_javascript_the_form_posts_and_returns_to_the_page(desk_open):
    client = Client()
    token, client_id = _open_chat(client)
    response = _send(client, token, client_id, "no js here", htmx=False)
    assert response.status_code == 302 and response["Location"] == "/chat/"
    assert "no js here" in client.get("/chat/").content.decode()


@pytest.mark.django_db
def test_chat_page_has_strict_csp_and_is_not_framable_by_default(desk_open):
    response = Client().get("/chat/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@override_settings(YOUTHDESK_CHAT_EMBED_ORIGINS=["https://youth.example.org"])
def test_chat_can_be_embedded_only_by_configured_origins(desk_open):
    chat = Client().get("/chat/")
    assert "frame-ancestors 'self' https://youth.example.org" in chat["Content-Security-Policy"]
    assert "X-Frame-Options" not in chat
    other = Client().get("/healthz")
    assert "youth.example.org" not in other.get("Content-Security-Policy", "")


@pytest.mark.django_db
def test_rate_counters_are_rows_in_the_shared_cache_table(desk_open):
    from django.db import connection

    client = Client()
    token, client_id = _open_chat(client)
    _send(client, token, client_id, "hello")
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM youthdesk_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert any("webchat:rl:s:" in k for k in keys) and any("webchat:rl:ip:" in k for k in keys)
    assert not any("127.0.0.1" in k for k in keys)  # the address itself is never kept


@pytest.mark.django_db
def test_a_framed_page_without_cookies_still_works_from_its_token(desk_open):
    page = Client()
    token, client_id = _open_chat(page)
    cookieless = Client()  # third-party cookies blocked: only the page's own token arrives
    response = _send(cookieless, token, client_id, "my browser blocks cookies")
    assert response.status_code == 200
    assert Contact.objects.count() == 1  # the same chat session as the page
    thread = cookieless.get("/chat/messages", HTTP_X_CHAT_TOKEN=token).content.decode()
    assert "my browser blocks cookies" in thread

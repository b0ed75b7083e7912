"""Web chat: anonymous chat sessions, their rate limits, and sending a young person's message into the desk."""

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError
from django.utils import timezone

from youthdesk.connectors.ingest import message_ingest
from youthdesk.conversations.models import Channel, Message
from youthdesk.conversations.services import InboundMessage

TOKEN_SALT = "youthdesk.webchat.token"
COOKIE_SALT = "youthdesk.webchat.cookie"
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_SESSION_KEY = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class ChatError(Exception):
    """A refused chat message, with words fit to show a young person and the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class ChatSent:
    """The stored message and whether this request stored it (False for a resend of the same message)."""

    message: Message
    created: bool


def chat_session_new() -> str:
    """A fresh random key that identifies one anonymous young person on the web chat."""
    return secrets.token_urlsafe(24)


def chat_token_make(*, session_key: str) -> str:
    """The signed token the chat page carries, so only our own page can post into this chat (no CSRF cookie)."""
    return signing.dumps(session_key, salt=TOKEN_SALT)


def chat_token_read(*, token: str) -> str | None:
    """The session key inside a token we made, or None for anything forged or malformed."""
    try:
        key = signing.loads(token or "", salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return key if isinstance(key, str) and _SESSION_KEY.match(key) else None


def _address_hash(ip: str) -> str:
    # The address is only a rate-limit key: keep a keyed hash, never the address itself.
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]


def chat_rate_consume(*, session_key: str, ip: str, now: float | None = None) -> bool:
    """Count one message against the per-session and per-address minute windows; False once either is full.

    The counters live in the shared cache table, so the limit holds across every web process.
    """
    window = int((now if now is not None else time.time()) // 60)
    allowed = True
    for scope, ident, limit in (
        ("s", session_key, settings.YOUTHDESK_CHAT_RATE_PER_SESSION),
        ("ip", _address_hash(ip or "unknown"), settings.YOUTHDESK_CHAT_RATE_PER_IP),
    ):
        key = f"webchat:rl:{scope}:{ident}:{window}"
        cache.add(key, 0, timeout=120)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=120)
            count = 1
        if count > limit:
            allowed = False
    return allowed


def chat_text_clean(*, text: str) -> str:
    """The message as the young person wrote it (emoji, right-to-left and zero-width characters kept)."""
    # NUL cannot be stored by PostgreSQL and has no meaning in a chat message.
    text = (text or "").replace("\x00", "").strip()
    if not text:
        raise ChatError("Please type a message before sending.")
    limit = settings.YOUTHDESK_CHAT_MAX_CHARS
    if len(text) > limit:
        raise ChatError(
            f"Your message is too long ({len(text):,} characters). Please keep it under {limit:,}, "
            "or send it in parts."
        )
    return text


def chat_message_send(*, session_key: str, client_id: str, text: str, ip: str) -> ChatSent:
    """Store a young person's message once (the page's message id makes a resend harmless), grade it, and
    send the out-of-hours reply when the desk is closed."""
    if not _SESSION_KEY.match(session_key or ""):
        raise ChatError("This chat has expired. Please reload the page.")
    if not _CLIENT_ID.match(client_id or ""):
        raise ChatError("Something went wrong sending that. Please reload the page and try again.")
    text = chat_text_clean(text=text)
    external_id = f"{session_key}:{client_id}"
    existing = Message.objects.filter(channel=Channel.WEBCHAT, external_id=external_id).first()
    if existing is not None:
        return ChatSent(message=existing, created=False)
    if not chat_rate_consume(session_key=session_key, ip=ip):
        raise ChatError(
            "You are sending messages very quickly. Please wait a minute, then send again. "
            "If you are in danger right now, call 999.",
            status=429,
        )
    inbound = InboundMessage(
        channel=Channel.WEBCHAT,
        contact_external_id=session_key,
        external_id=external_id,
        text=text,
        sent_at=timezone.now(),
    )
    try:
        message, created = message_ingest(inbound=inbound)
    except IntegrityError:
        # Another request of this chat stored the same message, or the chat's first contact, at the same
        # moment; that transaction is over, and once more finds what it stored.
        message, created = message_ingest(inbound=inbound)
    return ChatSent(message=message, created=created)

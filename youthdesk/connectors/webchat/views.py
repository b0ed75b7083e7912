"""The public web chat: a young person writes to the team without an account. Thin views over services."""

import uuid
from functools import wraps

from csp.constants import SELF
from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from youthdesk.connectors.webchat.selectors import chat_thread
from youthdesk.connectors.webchat.services import (
    COOKIE_SALT,
    ChatError,
    chat_message_send,
    chat_session_new,
    chat_token_make,
    chat_token_read,
)

COOKIE = "yd_chat"
COOKIE_AGE = 60 * 60 * 24 * 30
TOKEN_HEADER = "HTTP_X_CHAT_TOKEN"


def embeddable(view):
    """Let the programme's own websites (YOUTHDESK_CHAT_EMBED_ORIGINS) frame this view, and nobody else."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        origins = list(settings.YOUTHDESK_CHAT_EMBED_ORIGINS)
        response._csp_replace = {"frame-ancestors": [SELF, *origins]}
        if origins:
            # X-Frame-Options cannot name other sites; CSP frame-ancestors (above) is the control here.
            response.xframe_options_exempt = True
        return response

    return wrapped


def _cookie_key(request) -> str | None:
    return request.get_signed_cookie(COOKIE, default=None, salt=COOKIE_SALT, max_age=COOKIE_AGE)


def _set_cookie(response, key: str) -> None:
    secure = settings.SESSION_COOKIE_SECURE
    # A chat framed on another site is a third-party context: only SameSite=None cookies (https) reach us.
    response.set_signed_cookie(
        COOKIE,
        key,
        salt=COOKIE_SALT,
        max_age=COOKIE_AGE,
        httponly=True,
        secure=secure,
        samesite="None" if secure else "Lax",
    )


def _client_ip(request) -> str:
    # Behind a proxy, the proxy must set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips); headers are spoofable.
    return request.META.get("REMOTE_ADDR", "")


def _context(key: str, *, text: str = "", client_id: str = "", error: str = "") -> dict:
    return {
        "messages_": chat_thread(session_key=key),
        "token": chat_token_make(session_key=key),
        "client_id": client_id or uuid.uuid4().hex,
        "text": text,
        "error": error,
        "max_chars": settings.YOUTHDESK_CHAT_MAX_CHARS,
    }


@never_cache
@embeddable
@require_GET
def chat_page(request):
    """The chat page with its privacy notice; makes a chat session on first visit."""
    key = _cookie_key(request)
    fresh = key is None
    key = key or chat_session_new()
    response = render(request, "webchat/page.html", _context(key))
    if fresh:
        _set_cookie(response, key)
    return response


@never_cache
@embeddable
@csrf_exempt  # the signed chat token in the form does CSRF's job without a cookie a framed page may not get
@require_http_methods(["POST"])
def chat_send(request):
    """Send one message; answers the refreshed form and thread (HTMX) or the whole page."""
    key = chat_token_read(token=request.POST.get("token", ""))
    cookie_key = _cookie_key(request)
    text = request.POST.get("text", "")
    client_id = request.POST.get("client_id", "")
    if key is None or (cookie_key is not None and cookie_key != key):
        error, status = "This chat page has expired. Please reload the page and send again.", 400
        key = cookie_key or chat_session_new()
    else:
        try:
            chat_message_send(session_key=key, client_id=client_id, text=text, ip=_client_ip(request))
        except ChatError as exc:
            error, status = exc.message, exc.status
        else:
            error, status = "", 200
    if not request.htmx and not error:
        response = redirect("webchat:page")
    elif request.htmx:
        ctx = _context(key, text=text if error else "", client_id=client_id if error else "", error=error)
        response = render(request, "webchat/_send_result.html", ctx, status=status)
    else:
        ctx = _context(key, text=text, client_id=client_id, error=error)
        response = render(request, "webchat/page.html", ctx, status=status)
    if cookie_key != key:
        _set_cookie(response, key)
    return response


@never_cache
@embeddable
@require_GET
def chat_messages(request):
    """The thread alone, polled by the page every few seconds (text only)."""
    key = chat_token_read(token=request.META.get(TOKEN_HEADER, "")) or _cookie_key(request)
    return render(request, "webchat/_thread.html", {"messages_": chat_thread(session_key=key)})

"""Outbound calls to Meta's Graph API: Send API (DMs and private replies) and public comment replies.

Every failure becomes RetryableError (try again later) or FinalError (will not work; shown to the officer).
"""

import json
import logging

import httpx
from django.conf import settings

from youthdesk.core.http import FinalError, RetryableError, client

log = logging.getLogger(__name__)
MAX_DM_BYTES = 1000  # "Message text must be UTF-8 and be a 1000 bytes or less"
# Graph error codes that clear up by themselves: unknown/temporary errors and rate limits.
RETRYABLE_CODES = frozenset({1, 2, 4, 17, 32, 341, 613, 80006})


def _url(path: str) -> str:
    return f"{settings.GRAPH_API_URL.rstrip('/')}/{path.lstrip('/')}"


def graph_post(path: str, body: dict) -> dict:
    """POST JSON to the Graph API with the page token; the parsed answer, or a classified error."""
    try:
        with client() as http:
            response = http.post(
                _url(path),
                content=json.dumps(body, ensure_ascii=False).encode(),
                headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Bearer {settings.INSTAGRAM_PAGE_TOKEN}",
                },
            )
    except httpx.HTTPError as exc:
        raise RetryableError(f"Instagram could not be reached ({type(exc).__name__})") from exc
    try:
        data = response.json()
    except ValueError:
        data = {}
    if response.is_success and isinstance(data, dict) and "error" not in data:
        return data
    error = data.get("error") if isinstance(data, dict) and isinstance(data.get("error"), dict) else {}
    code = error.get("code")
    detail = f"Instagram said: {error.get('message') or response.text[:200] or 'no reason given'}"
    detail += f" (HTTP {response.status_code}" + (f", code {code})" if code is not None else ")")
    if response.status_code in (408, 429) or response.status_code >= 500 or code in RETRYABLE_CODES:
        raise RetryableError(detail)
    raise FinalError(detail)


def _text_check(text: str) -> None:
    if len(text.encode("utf-8")) > MAX_DM_BYTES:
        raise FinalError(
            f"Instagram accepts at most {MAX_DM_BYTES} bytes in one message; this reply is "
            f"{len(text.encode('utf-8'))}. Shorten it or send it in parts."
        )


def message_send(*, recipient_id: str, text: str, human_agent: bool = False) -> str:
    """Send a DM through the Send API; with human_agent the HUMAN_AGENT tag (24 h to 7 days). Returns the mid."""
    _text_check(text)
    body: dict = {"recipient": {"id": recipient_id}, "message": {"text": text}}
    if human_agent:
        body.update({"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"})
    else:
        body["messaging_type"] = "RESPONSE"
    data = graph_post(f"{settings.INSTAGRAM_ACCOUNT_ID}/messages", body)
    return _require(data, "message_id")


def private_reply_send(*, comment_id: str, text: str) -> str:
    """Send the one private reply Instagram allows to a comment (within 7 days). Returns the mid."""
    _text_check(text)
    data = graph_post(
        f"{settings.INSTAGRAM_ACCOUNT_ID}/messages",
        {"recipient": {"comment_id": comment_id}, "message": {"text": text}},
    )
    return _require(data, "message_id")


def comment_reply_send(*, comment_id: str, text: str) -> str:
    """Reply publicly under a comment. Returns the new comment's id."""
    data = graph_post(f"{comment_id}/replies", {"message": text})
    return _require(data, "id")


def _require(data: dict, name: str) -> str:
    value = data.get(name)
    if not value:
        # Accepted but no id: sending again could duplicate the reply, so do not retry.
        raise FinalError(f"Instagram accepted the reply but returned no {name}")
    return str(value)

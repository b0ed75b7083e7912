"""The one outbound HTTP client: short timeouts, no redirects, and a clear split of retryable failures."""

import functools
import ssl

import httpx
from httpx._config import create_ssl_context

TIMEOUT = httpx.Timeout(10.0, connect=3.0)


class RetryableError(Exception):
    """The other side may accept the same request later (network error, 429, 5xx)."""


class FinalError(Exception):
    """The other side refused the request; sending it again will not help."""


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Loading the CA bundle costs ~30 ms of CPU; a fresh context per request made it the largest cost of an
    # out-of-hours reply. httpx's own default (certifi, or SSL_CERT_FILE/SSL_CERT_DIR), built once per process
    # and shared by every client (it is thread-safe).
    return create_ssl_context()


def client() -> httpx.Client:
    return httpx.Client(
        timeout=TIMEOUT,
        follow_redirects=False,
        headers={"User-Agent": "YouthDesk/0.1"},
        verify=_tls_context(),
    )


def post_json(
    url: str, *, content: bytes, headers: dict[str, str] | None = None, params=None
) -> httpx.Response:
    """POST bytes as JSON; raise RetryableError or FinalError unless the answer is 2xx."""
    try:
        with client() as c:
            response = c.post(
                url,
                content=content,
                params=params,
                headers={"Content-Type": "application/json", **(headers or {})},
            )
    except httpx.HTTPError as exc:
        raise RetryableError(f"{type(exc).__name__}: {exc}") from exc
    if response.is_success:
        return response
    detail = f"HTTP {response.status_code}: {response.text[:300]}"
    if response.status_code in (408, 425, 429) or response.status_code >= 500:
        raise RetryableError(detail)
    raise FinalError(detail)


def backoff_seconds(attempt: int, *, base: float = 1.0, cap: float = 30.0) -> float:
    """Capped exponential back-off with full jitter (attempt counts from 1)."""
    import random

    return random.uniform(0, min(cap, base * (2 ** max(0, attempt - 1))))  # noqa: S311

"""HMAC-SHA256 signatures on hand-overs and acknowledgements (header `X-YouthDesk-Signature: sha256=<hex>`)."""

import hashlib
import hmac

SIGNATURE_HEADER = "X-YouthDesk-Signature"


def signature_make(*, body: bytes, secret: str) -> str:
    """The header value for a body: "sha256=" and the hex HMAC-SHA256 of the raw bytes."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_valid(*, body: bytes, secret: str, header: str | None) -> bool:
    """Constant-time check of a received signature header against the raw body."""
    if not header or not secret:
        return False
    return hmac.compare_digest(signature_make(body=body, secret=secret), header.strip())

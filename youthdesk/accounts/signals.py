"""Receivers for allauth's signals (kept free of business logic)."""

import time

from allauth.account.internal.flows.login import record_authentication

SIGNED_IN_AT = "youthdesk_signed_in_at"


def two_factor_activated(sender, request, user, authenticator, **kwargs):
    """Record the code that activated TOTP as this session's second factor."""
    if request is not None and getattr(request, "user", None) is not None and request.user.pk == user.pk:
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True
        )


def signed_in(sender, request, user, **kwargs):
    """Note when this session signed in, whatever the door, so a fresh sign-in can set up TOTP at once."""
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = time.time()

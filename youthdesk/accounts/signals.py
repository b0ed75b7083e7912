"""Receivers for allauth's signals (kept free of business logic)."""

from allauth.account.internal.flows.login import record_authentication


def two_factor_activated(sender, request, user, authenticator, **kwargs):
    """Record the code that activated TOTP as this session's second factor."""
    if request is not None and getattr(request, "user", None) is not None and request.user.pk == user.pk:
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True
        )

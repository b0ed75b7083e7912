"""Staff roles must use TOTP (unless YOUTHDESK_REQUIRE_MFA is off): set it up first, then prove it each session."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from youthdesk.accounts.permissions import STAFF_ROLES

# Pages that work without a verified second factor: the sign-in and 2FA pages themselves, and routes with their
# own checks (API tokens, signed webhooks, the anonymous chat, health).
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/webhooks/", "/api/", "/chat/", "/healthz")


def needs_two_factor(user) -> bool:
    """Whether this account must use TOTP (every staff role and every superuser)."""
    return bool(user.is_authenticated and (user.role in STAFF_ROLES or user.is_superuser))


def session_two_factor_verified(request, user) -> bool:
    """A TOTP code (or recovery code) was accepted in this session, at sign-in or since."""
    return any(r.get("method") == "mfa" for r in get_authentication_records(request, user))


class RequireTwoFactorMiddleware:
    """Send a staff member without TOTP to set it up, and one whose session has not passed TOTP to enter a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            settings.YOUTHDESK_REQUIRE_MFA
            and user is not None
            and needs_two_factor(user)
            and not request.path.startswith(_ALLOWED_PREFIXES)
        ):
            if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                return redirect("mfa_activate_totp")
            if not session_two_factor_verified(request, user):
                # e.g. a password-only sign-in through another door: ask for the code before anything else.
                return redirect(
                    f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}"
                )
        return self.get_response(request)

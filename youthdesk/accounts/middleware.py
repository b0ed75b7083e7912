"""Staff roles must set up TOTP before they can use the desk (unless YOUTHDESK_REQUIRE_MFA is off)."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect

from youthdesk.accounts.permissions import STAFF_ROLES

_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/webhooks/", "/api/", "/chat/", "/healthz")


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            settings.YOUTHDESK_REQUIRE_MFA
            and user is not None
            and user.is_authenticated
            and (user.role in STAFF_ROLES or user.is_superuser)
            and not request.path.startswith(_ALLOWED_PREFIXES)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

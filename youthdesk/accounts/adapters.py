"""How allauth behaves on the desk: no sign-up; first TOTP set-up straight after signing in."""

import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.models import Authenticator

from youthdesk.accounts.signals import SIGNED_IN_AT

FRESH_SIGN_IN_SECONDS = 300


class NoSignupAdapter(DefaultAccountAdapter):
    """Accounts are made by administrators; nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False

    def is_reauthentication_required(self, *, app: str) -> bool:
        """Setting up TOTP for the first time within minutes of a password sign-in needs no second password.

        Changing or removing an existing second factor still asks again (ASVS 7.5.1).
        """
        request = context.request
        user = getattr(request, "user", None)
        if app == "allauth.mfa" and user is not None and user.is_authenticated:
            records = get_authentication_records(request, user)
            times = [r.get("at", 0) for r in records] + [request.session.get(SIGNED_IN_AT, 0)]
            fresh = time.time() - max(times) < FRESH_SIGN_IN_SECONDS
            if fresh and not Authenticator.objects.filter(user=user).exists():
                return False
        return super().is_reauthentication_required(app=app)

"""The Django admin signs people in through allauth (two-factor and rate limits), never its own form."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode


def admin_login_redirect(request, extra_context=None):
    """Anonymous: go to the desk's sign-in page. Signed in without admin rights: refused (no redirect loop)."""
    if request.user.is_authenticated:
        raise PermissionDenied("admin")
    target = request.GET.get("next") or reverse("admin:index")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")

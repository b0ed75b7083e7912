"""View decorators: log in first, then the role must carry the capability."""

from functools import wraps

from django.contrib.auth.decorators import login_required

from youthdesk.accounts.permissions import check


def requires(*capabilities: str):
    """Every listed capability is needed (403 otherwise)."""

    def decorate(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            for capability in capabilities:
                check(request.user, capability)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate

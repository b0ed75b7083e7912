"""Who the token belongs to and what it may do."""

from ninja import Schema

from youthdesk.accounts.permissions import capabilities
from youthdesk.api.api import api


class MeOut(Schema):
    username: str
    role: str
    organisation: str | None
    force_scope: str | None
    capabilities: list[str]


@api.get("/me", response=MeOut, tags=["account"])
def me(request):
    """The token's user, role, organisation and capabilities (any role may ask)."""
    user = request.auth
    return {
        "username": user.username,
        "role": user.role,
        "organisation": user.organisation.name if user.organisation_id else None,
        "force_scope": user.force_scope,
        "capabilities": sorted(capabilities(user)),
    }

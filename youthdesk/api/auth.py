"""Bearer-token authentication for the JSON API, optionally with the capability an endpoint needs."""

from ninja.security import HttpBearer

from youthdesk.accounts.permissions import check
from youthdesk.accounts.services import apitoken_authenticate


class TokenAuth(HttpBearer):
    """A valid token (401 otherwise); with capabilities, the role must carry them all (403 otherwise).

    Checked before the request body is read, so a role that may not use an endpoint learns nothing from it.
    """

    def __init__(self, *capabilities: str):
        super().__init__()
        self.capabilities = capabilities

    def authenticate(self, request, token):
        user = apitoken_authenticate(token)
        if user is not None:
            request.user = user
            for capability in self.capabilities:
                check(user, capability)
        return user

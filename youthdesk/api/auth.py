"""Bearer-token authentication for the JSON API."""

from ninja.security import HttpBearer

from youthdesk.accounts.services import apitoken_authenticate


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        user = apitoken_authenticate(token)
        if user is not None:
            request.user = user
        return user

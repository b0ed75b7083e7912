"""The JSON API under /api/v1/ with its OpenAPI schema at /api/v1/openapi.json."""

from django.core.exceptions import PermissionDenied
from ninja import NinjaAPI
from ninja.errors import ValidationError

from youthdesk.api.auth import TokenAuth
from youthdesk.conversations.services import DeskError

# No interactive docs page: it needs inline script, which the Content-Security-Policy forbids. The schema is public.
api = NinjaAPI(title="YouthDesk API", version="1", auth=TokenAuth(), urls_namespace="api", docs_url=None)


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    return api.create_response(request, {"detail": "Your role may not use this endpoint."}, status=403)


@api.exception_handler(DeskError)
def desk_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    return api.create_response(request, {"detail": "Invalid request.", "errors": exc.errors}, status=400)


# Importing the endpoint modules registers their routes.
from youthdesk.api import conversations, insights, me  # noqa: E402,F401

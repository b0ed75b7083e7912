"""The JSON API under /api/v1/ with its OpenAPI schema at /api/v1/openapi.json."""

from django.core.exceptions import PermissionDenied
from ninja import NinjaAPI
from ninja.errors import ValidationError

from youthdesk.api.auth import TokenAuth

api = NinjaAPI(title="YouthDesk API", version="1", auth=TokenAuth(), urls_namespace="api", docs_url="/docs")


@api.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    return api.create_response(request, {"detail": "Your role may not use this endpoint."}, status=403)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    return api.create_response(request, {"detail": "Invalid request.", "errors": exc.errors}, status=400)


from youthdesk.api import conversations  # noqa: E402,F401  (registers its routes)

"""Platform webhooks skip the page middleware: they are signed machine traffic, not a person's browser.

Sessions, the user, messages, htmx, allauth and the two-factor check all do work (and some read the database)
that a webhook never uses; the webhook checks its own signature. Placed right after SecurityMiddleware, this
answers /webhooks/ itself and the rest of the stack never runs for it. Exceptions still become a 500 through
Django's handler, as for any middleware.
"""

from django.urls import resolve

PREFIX = "/webhooks/"
# Not a page, but the answer still forbids everything a browser could do with it.
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; object-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class WebhookFastPathMiddleware:
    """Answer platform webhooks straight from their view, before the session, user and page middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        match = resolve(request.path_info)
        response = match.func(request, *match.args, **match.kwargs)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if not response.streaming and "Content-Length" not in response:
            # What CommonMiddleware would add: without it the server falls back to a chunked answer.
            response.headers["Content-Length"] = str(len(response.content))
        return response

"""One helper decides whether a view answers with a whole page or an HTMX fragment."""

from django.shortcuts import render


def render_page_or_fragment(request, page: str, fragment: str, context: dict, status: int = 200):
    template = fragment if getattr(request, "htmx", False) else page
    return render(request, template, context, status=status)

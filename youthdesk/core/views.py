from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render

from youthdesk.accounts.permissions import ESCALATIONS_VIEW, INBOX_VIEW, INSIGHTS_ALL, INSIGHTS_SCOPED, can


@login_required
def home(request):
    """Send each role to the page it works from."""
    user = request.user
    if can(user, INBOX_VIEW):
        return redirect("inbox")
    if can(user, ESCALATIONS_VIEW):
        return redirect("escalations")
    if can(user, INSIGHTS_ALL) or can(user, INSIGHTS_SCOPED):
        return redirect("insights")
    return render(request, "home.html")


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})

from django.shortcuts import render

from youthdesk.accounts.decorators import requires
from youthdesk.accounts.permissions import AUDIT_VIEW
from youthdesk.audit.selectors import audit_list


@requires(AUDIT_VIEW)
def audit_index(request):
    """The audit trail, read-only, for supervisors."""
    events = audit_list(
        action=request.GET.get("action", ""),
        actor=request.GET.get("actor", ""),
        target_type=request.GET.get("target_type", ""),
        target_id=request.GET.get("target_id", ""),
    )
    return render(request, "audit/index.html", {"events": events, "q": request.GET})

"""Reading the audit trail (supervisors only: the view checks)."""

from youthdesk.audit.models import AuditEvent


def audit_list(
    *, action: str = "", actor: str = "", target_type: str = "", target_id: str = "", limit: int = 200
):
    qs = AuditEvent.objects.select_related("actor")
    if action:
        qs = qs.filter(action=action)
    if actor:
        qs = qs.filter(actor_name=actor)
    if target_type:
        qs = qs.filter(target_type=target_type)
    if target_id:
        qs = qs.filter(target_id=target_id)
    return qs[:limit]

"""Recording audit events."""

from youthdesk.audit.models import AuditEvent


def audit_record(*, actor, action: str, target=None, detail: dict | None = None) -> AuditEvent:
    """Record that `actor` did `action` to `target` (a model instance or None)."""
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=getattr(actor, "username", "") or "system",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        detail=detail or {},
    )

"""What each role may do. Every view and API endpoint asks `can(user, capability)`; nothing else decides."""

from django.core.exceptions import PermissionDenied

from youthdesk.accounts.models import Role

INBOX_VIEW = "inbox.view"  # read conversations and message text
INBOX_REPLY = "inbox.reply"  # claim, reply, note, close
INBOX_ASSIGN = "inbox.assign"  # assign to others
TEMPLATES_MANAGE = "templates.manage"
TAXONOMY_MANAGE = "taxonomy.manage"
HOURS_MANAGE = "hours.manage"
AUDIT_VIEW = "audit.view"
GRADE_CHANGE = "triage.grade_change"
ESCALATIONS_VIEW = "escalations.view"
ESCALATIONS_ACK = "escalations.ack"
SERVICES_MANAGE = "services.manage"
INSIGHTS_ALL = "insights.all"  # national and every force, unsuppressed
INSIGHTS_SCOPED = "insights.scoped"  # national and own area, disclosure-controlled, never text
INSIGHTS_EXPORT_RAW = "insights.export_raw"  # the anonymised record-level dataset
REPORTS_SEND = "reports.send"
CONTENT_MANAGE = "content.manage"
USERS_MANAGE = "users.manage"

_DESK = {INBOX_VIEW, INBOX_REPLY, GRADE_CHANGE, ESCALATIONS_VIEW, INSIGHTS_ALL}
_SUPERVISION = _DESK | {
    INBOX_ASSIGN,
    TEMPLATES_MANAGE,
    TAXONOMY_MANAGE,
    HOURS_MANAGE,
    AUDIT_VIEW,
    SERVICES_MANAGE,
    INSIGHTS_EXPORT_RAW,
    REPORTS_SEND,
    CONTENT_MANAGE,
}

CAPABILITIES: dict[str, frozenset[str]] = {
    Role.OFFICER: frozenset(_DESK),
    Role.SUPERVISOR: frozenset(_SUPERVISION),
    Role.LEAD: frozenset(_SUPERVISION),
    Role.CONTENT: frozenset({INSIGHTS_ALL, CONTENT_MANAGE, TEMPLATES_MANAGE}),
    Role.ANALYST: frozenset({INSIGHTS_SCOPED}),
    Role.CONTACT_CENTRE: frozenset({ESCALATIONS_VIEW, ESCALATIONS_ACK}),
    Role.ADMIN: frozenset(_SUPERVISION | {USERS_MANAGE, ESCALATIONS_ACK}),
}

# Roles that handle children's messages or the desk's configuration must use two-factor authentication.
STAFF_ROLES = frozenset(
    {Role.OFFICER, Role.SUPERVISOR, Role.CONTENT, Role.LEAD, Role.CONTACT_CENTRE, Role.ADMIN}
)


def capabilities(user) -> frozenset[str]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset().union(*CAPABILITIES.values())
    return CAPABILITIES.get(user.role, frozenset())


def can(user, capability: str) -> bool:
    return capability in capabilities(user)


def check(user, capability: str) -> None:
    """Raise PermissionDenied unless the user has the capability."""
    if not can(user, capability):
        raise PermissionDenied(capability)


def sees_message_text(user) -> bool:
    return can(user, INBOX_VIEW) or can(user, ESCALATIONS_VIEW)

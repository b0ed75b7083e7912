"""Passing crime reports to the right force through its configured route, via the same outbox."""

from django.db import transaction

from youthdesk.accounts.permissions import INBOX_REPLY, check
from youthdesk.audit.services import audit_record
from youthdesk.conversations.models import Conversation
from youthdesk.conversations.services import DeskError, event_record
from youthdesk.safeguarding.models import CrimeReport, ForceRoute, OutboxItem
from youthdesk.safeguarding.outbox import outbox_add, outbox_enqueue_on_commit
from youthdesk.safeguarding.payloads import body_encode, crime_report_build
from youthdesk.triage.forces import force_names


def crime_report_pass(
    *, conversation: Conversation, actor, summary: str, force_name: str | None = None
) -> CrimeReport:
    """Send a crime report to the force for the place (the conversation's force unless the officer names one)."""
    from youthdesk.safeguarding.tasks import crime_report_deliver

    check(actor, INBOX_REPLY)
    summary = (summary or "").strip()
    force_name = (force_name or conversation.force_name or "").strip()
    if not summary:
        raise DeskError("Write a summary of the crime for the force.")
    if not force_name:
        raise DeskError("No force is known for this conversation: choose the force the report is for.")
    if force_name not in force_names():
        raise DeskError(f"{force_name!r} is not a UK police force.")
    route = ForceRoute.objects.filter(force_name=force_name, active=True).first()
    if route is None:
        raise DeskError(f"No crime-report route is set up for {force_name}; ask a supervisor to add one.")
    with transaction.atomic():
        report = CrimeReport.objects.create(
            conversation=conversation,
            route=route,
            force_name=force_name,
            summary=summary[:10000],
            created_by=actor,
        )
        report.payload = crime_report_build(report=report)
        report.save(update_fields=["payload"])
        http = bool(route.endpoint_url)
        outbox_add(
            kind=OutboxItem.Kind.CRIME_REPORT,
            transport=OutboxItem.Transport.HTTP if http else OutboxItem.Transport.EMAIL,
            body=body_encode(report.payload),
            key=report.uuid,
            target="" if http else route.email,
            crime_report=report,
        )
        event_record(
            conversation=conversation,
            actor=actor,
            kind="crime_report_passed",
            after={"crime_report": str(report.uuid), "force": force_name},
        )
        audit_record(actor=actor, action="crime_report.pass", target=report, detail={"force": force_name})
        outbox_enqueue_on_commit(task=crime_report_deliver, crime_report_id=report.pk)
    return report


@transaction.atomic
def force_route_save(
    *, actor, force_name: str, endpoint_url: str = "", secret: str = "", email: str = "", active: bool = True
) -> ForceRoute:
    """A supervisor sets how a force takes crime reports (endpoint with HMAC key, or email)."""
    from youthdesk.accounts.permissions import SERVICES_MANAGE

    check(actor, SERVICES_MANAGE)
    if force_name not in force_names():
        raise DeskError(f"{force_name!r} is not a UK police force.")
    if not endpoint_url and not email:
        raise DeskError("Give an endpoint URL or an email address.")
    if endpoint_url and not secret:
        raise DeskError("An endpoint needs the HMAC key agreed with the force.")
    route, _ = ForceRoute.objects.update_or_create(
        force_name=force_name,
        defaults={"endpoint_url": endpoint_url, "secret": secret, "email": email, "active": active},
    )
    audit_record(actor=actor, action="force_route.save", target=route, detail={"force": force_name})
    return route

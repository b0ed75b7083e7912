import pytest

from youthdesk.audit.models import AuditEvent
from youthdesk.audit.services import audit_record


@pytest.mark.django_db
def test_audit_events_cannot_be_edited_or_deleted(make_user):
    user = make_user()
    event = audit_record(actor=user, action="conversation.view", target=user)
    event.action = "something.else"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().update(action="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.filter(action="conversation.view").count() == 1

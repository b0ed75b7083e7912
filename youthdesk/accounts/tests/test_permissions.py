import pytest
from django.core.management import call_command

from youthdesk.accounts.models import ApiToken, Organisation
from youthdesk.accounts.permissions import INBOX_VIEW, INSIGHTS_SCOPED, can, sees_message_text
from youthdesk.accounts.services import apitoken_authenticate, organisations_ensure, user_role_change
from youthdesk.audit.models import AuditEvent


@pytest.mark.django_db
def test_every_uk_force_and_the_desk_organisations_exist():
    organisations_ensure()
    forces = Organisation.objects.filter(kind=Organisation.Kind.FORCE)
    assert forces.count() == 46  # 43 territorial + BTP + Police Scotland + PSNI
    assert forces.filter(name="Police Service of Northern Ireland").exists()
    assert Organisation.objects.filter(kind=Organisation.Kind.CONTACT_CENTRE).count() == 1


@pytest.mark.django_db
def test_analyst_never_sees_message_text(make_user):
    analyst = make_user("a1", "analyst", force_name="Kent Police")
    assert not can(analyst, INBOX_VIEW)
    assert can(analyst, INSIGHTS_SCOPED)
    assert not sees_message_text(analyst)
    assert analyst.force_scope == "Kent Police"


@pytest.mark.django_db
def test_role_change_is_audited(make_user):
    admin = make_user("boss", "admin")
    officer = make_user("o1", "officer")
    user_role_change(user=officer, role="supervisor", actor=admin)
    event = AuditEvent.objects.get(action="user.role_change")
    assert (event.actor_name, event.detail) == ("boss", {"before": "officer", "after": "supervisor"})


@pytest.mark.django_db
def test_apitoken_command_prints_a_working_token_as_last_word(make_user, capsys):
    user = make_user("o2", "officer")
    call_command("apitoken", "o2")
    key = capsys.readouterr().out.split()[-1]
    assert apitoken_authenticate(key) == user
    assert ApiToken.objects.get().key_hash != key  # only the hash is stored
    assert apitoken_authenticate(key + "x") is None

"""People are managed in the admin, but every change goes through the audited services."""

import pytest
from django.test import Client

from youthdesk.accounts.models import ApiToken, User
from youthdesk.accounts.services import apitoken_issue, user_update
from youthdesk.audit.models import AuditEvent


@pytest.fixture
def admin_client(make_user):
    admin = make_user("boss", "admin")
    User.objects.filter(pk=admin.pk).update(is_staff=True)
    client = Client()
    client.force_login(User.objects.get(pk=admin.pk))
    return client


@pytest.mark.django_db
def test_changing_a_role_in_the_admin_is_audited_with_before_and_after(admin_client, make_user):
    officer = make_user("o1", "officer")
    page = admin_client.get(f"/admin/accounts/user/{officer.pk}/change/")
    assert page.status_code == 200
    response = admin_client.post(
        f"/admin/accounts/user/{officer.pk}/change/",
        {
            "role": "supervisor",
            "first_name": "Olu",
            "last_name": "",
            "email": "",
            "organisation": officer.organisation_id,
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    officer.refresh_from_db()
    assert (officer.role, officer.first_name) == ("supervisor", "Olu")
    role = AuditEvent.objects.get(action="user.role_change")
    assert (role.actor_name, role.detail) == ("boss", {"before": "officer", "after": "supervisor"})
    update = AuditEvent.objects.get(action="user.update")
    assert update.detail == {"before": {"first_name": ""}, "after": {"first_name": "Olu"}}


@pytest.mark.django_db
def test_bulk_role_action_is_audited_per_person(admin_client, make_user):
    people = [make_user(f"o{i}", "officer") for i in range(2)]
    response = admin_client.post(
        "/admin/accounts/user/",
        {"action": "make_content", "_selected_action": [p.pk for p in people]},
    )
    assert response.status_code == 302
    assert set(User.objects.filter(pk__in=[p.pk for p in people]).values_list("role", flat=True)) == {
        "content"
    }
    assert AuditEvent.objects.filter(action="user.role_change").count() == 2


@pytest.mark.django_db
def test_adding_a_person_in_the_admin_uses_the_audited_service(admin_client, make_user):
    from youthdesk.accounts.models import Organisation

    national = Organisation.objects.get(slug="national")
    response = admin_client.post(
        "/admin/accounts/user/add/",
        {
            "username": "newofficer",
            "role": "officer",
            "organisation": national.pk,
            "password": "a-long-enough-password-7",
            "first_name": "",
            "last_name": "",
            "email": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = User.objects.get(username="newofficer")
    assert user.check_password("a-long-enough-password-7")
    assert AuditEvent.objects.filter(action="user.create", target_id=str(user.pk), actor_name="boss").exists()


@pytest.mark.django_db
def test_people_cannot_be_deleted_and_non_admins_cannot_open_the_admin(admin_client, make_user):
    officer = make_user("o1", "officer")
    assert admin_client.get(f"/admin/accounts/user/{officer.pk}/delete/").status_code == 403
    supervisor = make_user("s1", "supervisor")
    User.objects.filter(pk=supervisor.pk).update(is_staff=True)
    client = Client()
    client.force_login(User.objects.get(pk=supervisor.pk))
    assert client.get("/admin/accounts/user/").status_code == 403


@pytest.mark.django_db
def test_user_update_refuses_without_the_capability_and_changes_nothing(make_user):
    officer = make_user("o1", "officer")
    other = make_user("o2", "officer")
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        user_update(user=other, actor=officer, changes={"role": "admin"})
    other.refresh_from_db()
    assert other.role == "officer"
    assert not AuditEvent.objects.filter(action__in=["user.role_change", "user.update"]).exists()


@pytest.mark.django_db
def test_revoking_a_token_in_the_admin_is_audited(admin_client, make_user):
    officer = make_user("o1", "officer")
    apitoken_issue(user=officer)
    token = ApiToken.objects.get()
    response = admin_client.post(
        "/admin/accounts/apitoken/", {"action": "revoke", "_selected_action": [token.pk]}
    )
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked
    assert AuditEvent.objects.filter(action="apitoken.revoke", actor_name="boss").count() == 1

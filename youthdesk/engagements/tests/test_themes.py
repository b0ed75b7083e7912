import json

import pytest
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.engagements.models import Engagement, Theme
from youthdesk.engagements.services import TaxonomyError, theme_create, theme_move, theme_remove, themes_sync
from youthdesk.engagements.taxonomy import DATA

pytestmark = pytest.mark.django_db


def test_the_seed_migration_loads_every_theme_in_the_data_file():
    seed = json.loads(DATA.read_text())["groups"]
    assert Theme.objects.filter(parent__isnull=True).count() == len(seed) >= 15
    leaves = Theme.objects.filter(parent__isnull=False)
    assert leaves.count() == sum(len(g["themes"]) for g in seed)
    assert 60 <= leaves.count() <= 80
    assert leaves.get(slug="sextortion").parent.slug == "sextortion-image-abuse"


def test_sync_is_idempotent_and_keeps_supervisors_edits():
    Theme.objects.filter(slug="e-scooters").update(name="E-scooters (all kinds)", active=False)
    Theme.objects.filter(slug="nitrous-oxide").delete()
    added = themes_sync()
    assert [t.slug for t in added] == ["nitrous-oxide"]
    assert themes_sync() == []
    scooter = Theme.objects.get(slug="e-scooters")
    assert (scooter.name, scooter.active) == ("E-scooters (all kinds)", False)
    assert AuditEvent.objects.filter(action="theme.sync").count() == 1


def test_a_supervisor_adds_renames_moves_and_deactivates_with_an_audit_row_each(client, make_user):
    supervisor = make_user("sup", "supervisor")
    client.force_login(supervisor)
    group = Theme.objects.get(slug="online-safety")
    response = client.post(reverse("themes"), {"name": "Gaming  scams", "parent": group.pk})
    assert response.status_code == 302
    theme = Theme.objects.get(name="Gaming scams")
    assert theme.parent == group and theme.slug == "gaming-scams" and theme.active

    client.post(reverse("theme_edit", args=[theme.pk]), {"action": "rename", "name": "Scams in games"})
    other = Theme.objects.get(slug="exploitation")
    client.post(reverse("theme_edit", args=[theme.pk]), {"action": "move", "parent": other.pk})
    client.post(reverse("theme_active", args=[theme.pk]), {"action": "deactivate"})
    theme.refresh_from_db()
    assert (theme.name, theme.parent, theme.active, theme.slug) == (
        "Scams in games",
        other,
        False,
        "gaming-scams",
    )
    actions = list(
        AuditEvent.objects.filter(target_id=str(theme.pk)).order_by("id").values_list("action", flat=True)
    )
    assert actions == ["theme.create", "theme.rename", "theme.move", "theme.deactivate"]
    assert set(AuditEvent.objects.filter(target_id=str(theme.pk)).values_list("actor_name", flat=True)) == {
        "sup"
    }


def test_the_themes_page_lists_groups_themes_and_usage(client, make_user):
    client.force_login(make_user("sup", "supervisor"))
    response = client.get(reverse("themes"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Knife crime &amp; weapons" in body and "County lines" in body


@pytest.mark.parametrize("role", ["officer", "analyst", "contactcentre", "content"])
def test_other_roles_cannot_edit_themes_and_nothing_changes(client, make_user, role):
    client.force_login(make_user("someone", role))
    theme = Theme.objects.get(slug="cannabis")
    before = Theme.objects.count()
    assert client.get(reverse("themes")).status_code == 403
    assert client.post(reverse("themes"), {"name": "New", "parent": theme.parent_id}).status_code == 403
    assert (
        client.post(reverse("theme_edit", args=[theme.pk]), {"action": "rename", "name": "X"}).status_code
        == 403
    )
    assert client.post(reverse("theme_active", args=[theme.pk]), {"action": "remove"}).status_code == 403
    theme.refresh_from_db()
    assert (theme.name, theme.active, Theme.objects.count()) == ("Cannabis", True, before)
    assert not AuditEvent.objects.filter(action__startswith="theme.").exists()


def test_a_used_theme_is_deactivated_never_deleted(converse, make_user):
    supervisor = make_user("sup", "supervisor")
    theme = Theme.objects.get(slug="cannabis")
    conversation = converse(["is weed legal"])
    from youthdesk.engagements.services import engagement_close

    engagement_close(
        conversation=conversation,
        actor=supervisor,
        contact_type="question",
        theme_ids=[theme.pk],
        sentiment_start=3,
        sentiment_end=3,
        outcome="answered",
        force_name="",
    )
    assert theme_remove(actor=supervisor, theme=theme) is False
    theme.refresh_from_db()
    assert theme.active is False
    assert list(Engagement.objects.get().themes.all()) == [theme]
    unused = Theme.objects.get(slug="nitrous-oxide")
    assert theme_remove(actor=supervisor, theme=unused) is True
    assert not Theme.objects.filter(slug="nitrous-oxide").exists()
    assert AuditEvent.objects.filter(action="theme.delete", detail__slug="nitrous-oxide").exists()


def test_the_taxonomy_stays_two_levels_and_names_stay_unique_in_a_group(make_user):
    supervisor = make_user("sup", "supervisor")
    theme = Theme.objects.get(slug="cannabis")
    group = theme.parent
    with pytest.raises(TaxonomyError):
        theme_create(actor=supervisor, name="Deeper", parent=theme)
    with pytest.raises(TaxonomyError):
        theme_create(actor=supervisor, name="cannabis", parent=group)
    with pytest.raises(TaxonomyError):
        theme_move(actor=supervisor, theme=group, parent=Theme.objects.get(slug="exploitation"))
    with pytest.raises(TaxonomyError):
        theme_create(actor=supervisor, name="   ", parent=group)
    assert not AuditEvent.objects.filter(action__startswith="theme.").exists()


def test_the_themes_page_costs_the_same_few_queries_however_many_themes(client, make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    supervisor = make_user("sup", "supervisor")
    client.force_login(supervisor)
    client.get(reverse("themes"))  # warm the session and caches
    with CaptureQueriesContext(connection) as before:
        assert client.get(reverse("themes")).status_code == 200
    group = theme_create(actor=supervisor, name="Extra group", parent=None)
    for n in range(10):
        theme_create(actor=supervisor, name=f"Extra theme {n}", parent=group)
    with CaptureQueriesContext(connection) as after:
        assert client.get(reverse("themes")).status_code == 200
    assert len(after) == len(before) <= 12


@pytest.mark.django_db(transaction=True)
def test_the_seed_comes_back_after_a_flush_but_only_into_an_empty_taxonomy():
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert Theme.objects.filter(slug="county-lines", parent__slug="exploitation").exists()
    Theme.objects.filter(slug="nitrous-oxide").delete()
    call_command("migrate", verbosity=0)
    assert not Theme.objects.filter(slug="nitrous-oxide").exists()  # a non-empty taxonomy is left alone

from datetime import UTC, datetime, time, timedelta

import pytest
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.conversations.models import Contact, Conversation, DeskSettings
from youthdesk.engagements.models import Engagement
from youthdesk.engagements.selectors import desk_response_metrics, percentile
from youthdesk.engagements.services import SettingsInvalid, desk_settings_update

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _engagement(n, *, first, resolution, days_ago):
    contact = Contact.objects.create(channel="webchat", external_id=f"m{n}")
    conversation = Conversation.objects.create(
        contact=contact, channel="webchat", opened_at=NOW, last_message_at=NOW, status="closed"
    )
    closed = NOW - timedelta(days=days_ago)
    return Engagement.objects.create(
        conversation=conversation,
        channel="webchat",
        contact_type="question",
        sentiment_start=3,
        sentiment_end=3,
        outcome="answered",
        opened_at=closed - timedelta(seconds=resolution),
        closed_at=closed,
        first_response_seconds=first,
        resolution_seconds=resolution,
    )


def test_percentile_is_nearest_rank():
    assert percentile([], 90) is None
    assert percentile([5], 90) == 5
    assert percentile(list(range(1, 11)), 90) == 9
    assert percentile(list(range(1, 11)), 50) == 5
    assert percentile([10, 1, 7, 3], 100) == 10


def test_metrics_on_known_engagements():
    desk = DeskSettings.load()  # targets: 60 minutes first response, 24 hours resolution
    minutes = [5, 10, 20, 30, 40, 50, 60, 90, 120, 600]
    for n, m in enumerate(minutes):
        _engagement(n, first=m * 60, resolution=m * 60 * 30, days_ago=1 + n % 5)
    _engagement(99, first=None, resolution=100, days_ago=2)  # closed without a reply
    _engagement(100, first=1, resolution=1, days_ago=20)  # outside the 7 days

    metrics = desk_response_metrics(since=NOW - timedelta(days=7), until=NOW, desk=desk)
    assert metrics["engagements"] == 11
    first = metrics["first_response"]
    assert first["count"] == 10
    assert first["median"] == 45 * 60  # (40 + 50) / 2 minutes
    assert first["p90"] == 120 * 60
    assert first["within_target"] == pytest.approx(0.7)  # 5..60 minutes: seven of ten
    resolution = metrics["resolution"]
    assert resolution["count"] == 11
    assert resolution["within_target"] == pytest.approx(6 / 11)  # up to 40 min x 30 = 20 h, and the 100 s one
    assert desk_response_metrics(since=NOW - timedelta(days=30), until=NOW, desk=desk)["engagements"] == 12


def test_metrics_with_nothing_closed_are_empty_not_zero():
    metrics = desk_response_metrics(since=NOW - timedelta(days=7))
    assert metrics["engagements"] == 0
    assert metrics["first_response"]["median"] is None
    assert metrics["first_response"]["within_target"] is None


def _form(**overrides):
    data = {
        "opens_at": "08:30",
        "closes_at": "22:00",
        "timezone": "Europe/London",
        "open_days": ["0", "1", "2", "3", "4", "5"],
        "first_response_target_minutes": "45",
        "resolution_target_minutes": "720",
    }
    data.update(overrides)
    return data


def test_a_supervisor_sets_hours_and_targets_and_it_is_audited(client, make_user):
    supervisor = make_user("sup", "supervisor")
    client.force_login(supervisor)
    page = client.get(reverse("desk_settings"))
    assert page.status_code == 200 and "Response times" in page.content.decode()
    response = client.post(reverse("desk_settings"), _form())
    assert response.status_code == 302
    desk = DeskSettings.load()
    assert (desk.opens_at, desk.closes_at, desk.open_days) == (time(8, 30), time(22, 0), "012345")
    assert (desk.first_response_target_minutes, desk.resolution_target_minutes) == (45, 720)
    audit = AuditEvent.objects.get(action="desk_settings.update")
    assert audit.actor == supervisor
    assert audit.detail["before"]["opens_at"] == "09:00"
    assert audit.detail["after"]["open_days"] == "012345"
    assert "timezone" not in audit.detail["after"]  # only what changed


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"closes_at": "08:00"}, "closes_at"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"open_days": []}, "open_days"),
        ({"first_response_target_minutes": "0"}, "first_response_target_minutes"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(client, make_user, overrides, field):
    client.force_login(make_user("sup", "supervisor"))
    response = client.post(reverse("desk_settings"), _form(**overrides))
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    desk = DeskSettings.load()
    assert (desk.opens_at, desk.first_response_target_minutes) == (time(9, 0), 60)
    assert not AuditEvent.objects.filter(action="desk_settings.update").exists()


def test_the_service_refuses_a_huge_target(make_user):
    with pytest.raises(SettingsInvalid):
        desk_settings_update(
            actor=make_user("sup", "supervisor"),
            opens_at=time(9),
            closes_at=time(21),
            timezone_name="Europe/London",
            open_days="0123456",
            first_response_target_minutes=60,
            resolution_target_minutes=10**9,
        )


@pytest.mark.parametrize("role", ["officer", "analyst", "contactcentre", "content"])
def test_other_roles_cannot_see_or_change_the_settings(client, make_user, role):
    client.force_login(make_user("someone", role))
    assert client.get(reverse("desk_settings")).status_code == 403
    assert client.post(reverse("desk_settings"), _form()).status_code == 403
    assert DeskSettings.load().opens_at == time(9, 0)

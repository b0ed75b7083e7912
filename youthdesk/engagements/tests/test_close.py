from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.conversations.models import Conversation, ConversationEvent
from youthdesk.conversations.services import DeskError
from youthdesk.engagements.models import Engagement, Theme
from youthdesk.engagements.services import EngagementInvalid, engagement_close
from youthdesk.engagements.tests.conftest import T0

pytestmark = pytest.mark.django_db


def _close(conversation, actor, themes, **overrides):
    values = {
        "conversation": conversation,
        "actor": actor,
        "contact_type": "question",
        "theme_ids": [t.pk for t in themes],
        "sentiment_start": 2,
        "sentiment_end": 4,
        "outcome": "answered",
        "force_name": "West Yorkshire Police",
    }
    values.update(overrides)
    return engagement_close(**values)


def _nothing_written(conversation):
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.OPEN
    assert conversation.closed_at is None
    assert not Engagement.objects.exists()
    assert not ConversationEvent.objects.filter(kind="closed").exists()
    assert not AuditEvent.objects.filter(action="engagement.close").exists()


def test_closing_writes_the_log_closes_the_conversation_and_records_event_and_audit(
    converse, make_user, themes
):
    officer = make_user("officer1", "officer")
    conversation = converse(["my e scooter got seized is that allowed", "hello?"])
    Conversation.objects.filter(pk=conversation.pk).update(first_response_at=T0 + timedelta(minutes=30))
    conversation.refresh_from_db()

    engagement = _close(conversation, officer, themes)

    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.CLOSED
    assert conversation.closed_at == engagement.closed_at
    assert conversation.waiting_since is None
    assert engagement.opened_at == T0
    assert engagement.first_response_seconds == 30 * 60
    assert engagement.resolution_seconds == int((engagement.closed_at - T0).total_seconds())
    assert engagement.channel == "webchat"
    assert engagement.closed_by == officer
    assert engagement.force_name == "West Yorkshire Police"
    assert sorted(engagement.themes.values_list("slug", flat=True)) == ["e-scooters", "stop-search-rights"]
    assert (engagement.sentiment_start, engagement.sentiment_end) == (2, 4)
    assert engagement.sentiment_start_suggested in range(1, 6)
    event = ConversationEvent.objects.get(conversation=conversation, kind="closed")
    assert event.actor == officer and event.after["engagement"] == engagement.pk
    audit = AuditEvent.objects.get(action="engagement.close")
    assert audit.actor == officer and audit.target_id == str(conversation.pk)


def test_the_log_carries_the_highest_grade_and_categories_of_the_episode(converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["someone is threatening to share my nudes", "ok thanks"])
    # An officer may lower the live grade once answered; the log keeps what the episode reached.
    Conversation.objects.filter(pk=conversation.pk).update(grade="standard", grade_rank=0)
    conversation.refresh_from_db()
    engagement = _close(conversation, officer, themes, contact_type="disclosure", outcome="referred")
    assert engagement.grade != "standard"


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"theme_ids": []}, "themes"),
        ({"sentiment_start": 0}, "sentiment_start"),
        ({"sentiment_end": 6}, "sentiment_end"),
        ({"sentiment_start": "3"}, "sentiment_start"),
        ({"contact_type": "gossip"}, "contact_type"),
        ({"outcome": ""}, "outcome"),
        ({"force_name": "Gotham City Police"}, "force_name"),
        ({"theme_ids": [999999]}, "themes"),
        ({"theme_ids": ["x"]}, "themes"),
    ],
)
def test_a_bad_log_is_refused_with_a_clear_error_and_nothing_written(
    converse, make_user, themes, overrides, field
):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    with pytest.raises(EngagementInvalid) as refused:
        _close(conversation, officer, themes, **overrides)
    assert field in refused.value.errors
    _nothing_written(conversation)


def test_an_inactive_theme_or_a_group_cannot_be_logged(converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    Theme.objects.filter(pk=themes[0].pk).update(active=False)
    with pytest.raises(EngagementInvalid) as refused:
        _close(conversation, officer, themes)
    assert "no longer in use" in refused.value.errors["themes"]
    group = Theme.objects.get(slug="cars-driving")
    with pytest.raises(EngagementInvalid):
        _close(conversation, officer, [group])
    # A theme under a deactivated group is out of use too.
    Theme.objects.filter(slug="stop-and-search").update(active=False)
    with pytest.raises(EngagementInvalid):
        _close(conversation, officer, [themes[1]])
    _nothing_written(conversation)


@pytest.mark.parametrize("role", ["analyst", "contactcentre", "content"])
def test_only_desk_roles_may_close(converse, make_user, themes, role):
    user = make_user("someone", role)
    conversation = converse(["hi"])
    with pytest.raises(PermissionDenied):
        _close(conversation, user, themes)
    _nothing_written(conversation)


def test_a_closed_conversation_cannot_be_closed_twice(converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    _close(conversation, officer, themes)
    with pytest.raises(DeskError, match="already closed"):
        _close(conversation, officer, themes)
    assert Engagement.objects.count() == 1


def test_a_new_message_reopens_and_the_next_close_logs_a_second_episode(converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["how do i join the police"])
    first = _close(conversation, officer, themes)
    later = first.closed_at + timedelta(days=3)
    conversation = converse(["me again, whats a special constable"], start=later)
    assert conversation.status == Conversation.Status.OPEN
    assert conversation.opened_at == later
    assert conversation.messages.count() == 2  # the history stays
    second = _close(conversation, officer, themes, sentiment_start=4, sentiment_end=5)
    assert second.opened_at == later
    assert Engagement.objects.filter(conversation=conversation).count() == 2
    assert ConversationEvent.objects.filter(conversation=conversation, kind="reopened").count() == 1


# --- the page -------------------------------------------------------------------------------------------


def _post(chosen, **overrides):
    data = {
        "contact_type": "question",
        "themes": [t.pk for t in chosen],
        "sentiment_start": "3",
        "sentiment_end": "5",
        "outcome": "signposted",
        "force_name": "",
    }
    data.update(overrides)
    return data


def test_the_form_is_prefilled_with_the_suggested_sentiment_and_force(client, converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["im so scared and worried 😭", "ok thank you so much that really helped 🙏"])
    Conversation.objects.filter(pk=conversation.pk).update(force_name="Kent Police")
    client.force_login(officer)
    response = client.get(reverse("engagement_close", args=[conversation.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    assert response.context["suggested"][0] <= 2 and response.context["suggested"][1] >= 4
    assert form.initial["sentiment_start"] == response.context["suggested"][0]
    assert form.initial["force_name"] == "Kent Police"
    assert "E-scooters and e-bikes" in response.content.decode()


def test_posting_a_log_closes_and_htmx_is_told_where_to_go(client, converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    client.force_login(officer)
    response = client.post(
        reverse("engagement_close", args=[conversation.pk]), _post(themes), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 204
    assert response["HX-Redirect"] == reverse("inbox")
    engagement = Engagement.objects.get()
    assert engagement.outcome == "signposted" and engagement.force_name == ""


def test_posting_without_themes_shows_the_error_and_writes_nothing(client, converse, make_user, themes):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    client.force_login(officer)
    response = client.post(reverse("engagement_close", args=[conversation.pk]), _post(themes, themes=[]))
    assert response.status_code == 400
    assert "Choose at least one theme." in response.content.decode()
    _nothing_written(conversation)


def test_the_young_persons_handle_is_shown_as_text_never_markup(client, converse, make_user):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"], handle="<script>alert(1)</script>")
    client.force_login(officer)
    body = client.get(reverse("engagement_close", args=[conversation.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body


@pytest.mark.parametrize("role", ["analyst", "contactcentre"])
def test_the_close_page_refuses_other_roles(client, converse, make_user, themes, role):
    conversation = converse(["hi"])
    client.force_login(make_user("someone", role))
    assert client.get(reverse("engagement_close", args=[conversation.pk])).status_code == 403
    response = client.post(reverse("engagement_close", args=[conversation.pk]), _post(themes))
    assert response.status_code == 403
    _nothing_written(conversation)


def test_the_anonymised_copy_is_queued_only_once_the_close_commits(
    converse, make_user, themes, django_capture_on_commit_callbacks
):
    tasks = pytest.importorskip("youthdesk.insights.tasks")
    if not hasattr(tasks, "engagement_copy"):
        pytest.skip("no anonymised insight store installed")
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _close(conversation, officer, themes)
    assert len(callbacks) == 1


def test_an_htmx_post_with_errors_gets_the_form_fragment_back_with_the_errors(
    client, converse, make_user, themes
):
    officer = make_user("officer1", "officer")
    conversation = converse(["hi"])
    client.force_login(officer)
    response = client.post(
        reverse("engagement_close", args=[conversation.pk]),
        _post(themes, outcome=""),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200  # HTMX swaps only 2xx answers
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="close-log"') and "<html" not in body
    assert "Select a valid choice" in body or "This field is required" in body
    _nothing_written(conversation)

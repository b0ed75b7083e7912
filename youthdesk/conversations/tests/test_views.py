"""The inbox pages: who may see them, what they show, and what each action writes."""

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from youthdesk.audit.models import AuditEvent
from youthdesk.conversations.models import (
    Conversation,
    ConversationEvent,
    DeskSettings,
    Message,
    Note,
    ReplyTemplate,
)
from youthdesk.conversations.services import InboundMessage, inbound_store
from youthdesk.safeguarding.models import MessageAssessment

SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>"


def _store(text="hello", user="yp1", handle="yp_one", mid=None, channel="webchat", at=None, **extra):
    at = at or timezone.now()
    with transaction.atomic():
        message, _ = inbound_store(
            inbound=InboundMessage(
                channel=channel,
                contact_external_id=user,
                external_id=mid,
                text=text,
                sent_at=at,
                handle=handle,
                **extra,
            )
        )
    return message


@pytest.fixture(autouse=True)
def _two_factor_off(settings):
    # Two-factor sign-in has its own tests; these drive the pages of an already signed-in officer.
    settings.YOUTHDESK_REQUIRE_MFA = False
    # Fast hashing for test users only; production keeps Django's slow default.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _deliver(message):
    """Do what the background worker does with a queued reply."""
    from youthdesk.conversations.tasks import message_deliver

    message_deliver.call(message_id=message.pk)
    message.refresh_from_db()
    return message


@pytest.fixture
def officer(make_user):
    return make_user("officer1", "officer")


@pytest.fixture
def supervisor(make_user):
    return make_user("super1", "supervisor")


@pytest.fixture
def logged_in(client, officer):
    client.force_login(officer)
    return client


# ---- who may see the pages ---------------------------------------------------------------------


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client):
    conversation = _store().conversation
    for url in (
        reverse("inbox"),
        reverse("conversation", args=[conversation.pk]),
        reverse("conversation_thread", args=[conversation.pk]),
        reverse("templates"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url
    assert not AuditEvent.objects.filter(action="conversation.view").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["analyst", "contactcentre"])
def test_roles_without_the_inbox_are_refused_and_leave_no_trace(client, make_user, role):
    conversation = _store(text="private words").conversation
    client.force_login(make_user(f"u_{role}", role, force_name="West Yorkshire Police"))
    for url in (
        reverse("inbox"),
        reverse("conversation", args=[conversation.pk]),
        reverse("conversation_thread", args=[conversation.pk]),
        reverse("templates"),
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"private words" not in response.content
    response = client.post(reverse("conversation_reply", args=[conversation.pk]), {"text": "hi"})
    assert response.status_code == 403
    assert not Message.objects.filter(direction=Message.Direction.OUTBOUND).exists()
    assert not AuditEvent.objects.filter(action="conversation.view").exists()


@pytest.mark.django_db
def test_an_officer_sees_the_queue_with_grade_preview_and_handle(logged_in):
    message = _store(text="is it legal to ride an e-scooter", handle="scooter_kid")
    Conversation.objects.filter(pk=message.conversation_id).update(
        grade="medium", grade_rank=1, categories=["online_safety"]
    )
    response = logged_in.get(reverse("inbox"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "scooter_kid" in html
    assert "is it legal to ride an e-scooter" in html
    assert 'class="grade grade-medium"' in html
    assert "online safety" in html
    assert 'hx-trigger="every 2s"' in html


@pytest.mark.django_db
def test_the_inbox_answers_htmx_polls_with_the_queue_fragment_only(logged_in):
    _store(text="first")
    response = logged_in.get(reverse("inbox") + "?view=open", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"')
    assert "<html" not in html
    assert "first" in html


@pytest.mark.django_db
def test_queue_filters_select_the_right_conversations(logged_in, officer, supervisor):
    mine = _store(text="mine", user="a", handle="hA").conversation
    unassigned = _store(text="nobody", user="b", handle="hB").conversation
    closed = _store(text="done", user="c", handle="hC").conversation
    insta = _store(text="gram", user="d", handle="hD", channel="instagram", mid="mid-d").conversation
    Conversation.objects.filter(pk=mine.pk).update(assigned_to=officer)
    Conversation.objects.filter(pk=insta.pk).update(assigned_to=supervisor, force_name="Kent Police")
    Conversation.objects.filter(pk=closed.pk).update(status="closed", closed_at=timezone.now())

    def handles(query):
        rows = logged_in.get(reverse("inbox") + query).context["rows"]
        return sorted(row.contact.handle for row in rows)

    assert handles("?view=mine") == ["hA"]
    assert handles("?view=unassigned") == ["hB"]
    assert handles("?view=closed") == ["hC"]
    assert handles("?view=open&channel=instagram") == ["hD"]
    assert handles("?view=open&force=Kent+Police") == ["hD"]
    assert handles("?view=open&force=Not+a+force") == ["hA", "hB", "hD"]
    counts = {value: count for value, _, count in logged_in.get(reverse("inbox")).context["views"]}
    assert counts == {
        "open": 3,
        "unassigned": 1,
        "mine": 1,
        "waiting_us": 3,
        "waiting_them": 0,
        "closed": 1,
    }
    assert unassigned.pk  # stored and open


@pytest.mark.django_db
def test_the_queue_is_ordered_by_grade_then_waiting_time(logged_in):
    now = timezone.now()
    old_standard = _store(text="a", user="a", handle="old_standard", at=now - timedelta(hours=3)).conversation
    new_high = _store(text="b", user="b", handle="new_high", at=now - timedelta(minutes=1)).conversation
    old_high = _store(text="c", user="c", handle="old_high", at=now - timedelta(hours=1)).conversation
    Conversation.objects.filter(pk__in=[new_high.pk, old_high.pk]).update(grade="high", grade_rank=2)
    rows = logged_in.get(reverse("inbox")).context["rows"]
    assert [r.contact.handle for r in rows] == ["old_high", "new_high", "old_standard"]
    assert old_standard.pk


@pytest.mark.django_db
def test_waiting_longer_than_the_target_is_marked_overdue(logged_in):
    DeskSettings.objects.update_or_create(pk=1, defaults={"first_response_target_minutes": 30})
    now = timezone.now()
    _store(text="late", user="a", handle="late_one", at=now - timedelta(minutes=45))
    _store(text="fresh", user="b", handle="fresh_one", at=now - timedelta(minutes=5))
    response = logged_in.get(reverse("inbox"))
    rows = {r.contact.handle: r for r in response.context["rows"]}
    assert rows["late_one"].overdue is True
    assert rows["fresh_one"].overdue is False
    assert response.context["overdue_count"] == 1
    assert "1 overdue" in response.content.decode()


@pytest.mark.django_db
def test_the_inbox_query_count_does_not_grow_with_the_number_of_conversations(logged_in):
    for i in range(3):
        _store(text=f"m{i}", user=f"u{i}", handle=f"h{i}")
    logged_in.get(reverse("inbox"))  # warm the session and desk settings
    with CaptureQueriesContext(connection) as few:
        assert logged_in.get(reverse("inbox")).status_code == 200
    for i in range(3, 15):
        message = _store(text=f"m{i}", user=f"u{i}", handle=f"h{i}")
        if i % 2:
            Conversation.objects.filter(pk=message.conversation_id).update(
                assigned_to_id=logged_in.session["_auth_user_id"], categories=["drugs"]
            )
    with CaptureQueriesContext(connection) as many:
        response = logged_in.get(reverse("inbox"))
    assert len(response.context["rows"]) == 15
    assert len(many) == len(few)
    assert len(many) <= 8


# ---- one conversation --------------------------------------------------------------------------


@pytest.mark.django_db
def test_script_in_a_message_is_shown_as_text_never_as_html(logged_in):
    message = _store(text=SCRIPT, handle="<b>bold</b>")
    response = logged_in.get(reverse("conversation", args=[message.conversation_id]))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    page = response.content.decode()
    inbox = logged_in.get(reverse("inbox")).content.decode()
    for html in (page, inbox):
        assert "<script>window.__pwned" not in html
        assert "<img src=x onerror" not in html
        assert "<b>bold</b>" not in html
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
        assert "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.django_db
def test_every_view_of_a_conversation_is_audited(logged_in, officer):
    conversation = _store().conversation
    logged_in.get(reverse("conversation", args=[conversation.pk]))
    logged_in.get(reverse("conversation", args=[conversation.pk]))
    views = AuditEvent.objects.filter(action="conversation.view")
    assert views.count() == 2
    event = views.first()
    assert (event.actor_id, event.target_type, event.target_id) == (
        officer.pk,
        "conversations.conversation",
        str(conversation.pk),
    )


@pytest.mark.django_db
def test_an_unknown_conversation_is_refused_without_an_audit_row(logged_in):
    assert logged_in.get(reverse("conversation", args=[999999])).status_code == 403
    assert not AuditEvent.objects.filter(action="conversation.view").exists()


@pytest.mark.django_db
def test_the_thread_shows_grades_cues_deleted_messages_and_attachment_placeholders(logged_in):
    now = timezone.now()
    first = _store(text="they said they will share my pics", at=now - timedelta(minutes=3))
    MessageAssessment.objects.create(
        message=first,
        grade="high",
        categories=["sextortion_image_abuse"],
        cues=[
            {
                "reason": "threat to share images",
                "words": ["share my pics"],
                "grade": "high",
                "category": "sextortion_image_abuse",
            }
        ],
        place="Leeds",
        force_name="West Yorkshire Police",
        model_version="test",
    )
    unsent = _store(text="forget it", at=now - timedelta(minutes=2))
    Message.objects.filter(pk=unsent.pk).update(deleted_at=now)
    _store(
        text="",
        at=now - timedelta(minutes=1),
        kind=Message.Kind.ATTACHMENT,
        attachments=[
            {"type": "image", "url": "https://cdn.example.test/p.jpg", "size": 20480, "mime": "image/jpeg"}
        ],
    )
    html = logged_in.get(reverse("conversation", args=[first.conversation_id])).content.decode()
    assert "threat to share images" in html
    assert "share my pics" in html
    assert "West Yorkshire Police" in html
    assert "Unsent by the young person" in html
    assert 'data-src="https://cdn.example.test/p.jpg"' in html
    assert 'src="https://cdn.example.test/p.jpg"' not in html.replace('data-src="https://cdn', "")
    assert "20.0\xa0KB" in html
    # Messages are in platform order.
    assert html.index("share my pics") < html.index("forget it") < html.index("cdn.example.test")


@pytest.mark.django_db
def test_polling_the_thread_answers_204_until_something_changes(logged_in):
    message = _store(text="first")
    url = reverse("conversation_thread", args=[message.conversation_id])
    first = logged_in.get(url)
    version = first.context["version"]
    assert logged_in.get(url + f"?v={version}").status_code == 204
    _store(text="second message")
    changed = logged_in.get(url + f"?v={version}")
    assert changed.status_code == 200
    assert "second message" in changed.content.decode()
    # A grade raised elsewhere (a later message, a colleague) also reaches the open page.
    version = changed.context["version"]
    Conversation.objects.filter(pk=message.conversation_id).update(grade="immediate", grade_rank=3)
    raised = logged_in.get(url + f"?v={version}")
    assert raised.status_code == 200
    assert 'id="conversation-grade">immediate<' in raised.content.decode()
    assert not AuditEvent.objects.filter(action="conversation.view").exists()


@pytest.mark.django_db
def test_an_officer_replies_through_the_webchat_channel(logged_in, officer):
    conversation = _store(text="hi").conversation
    response = logged_in.post(
        reverse("conversation_reply", args=[conversation.pk]), {"text": "Hello 👋 ‏مرحبا"}
    )
    assert response.status_code == 302
    reply = Message.objects.get(direction=Message.Direction.OUTBOUND)
    assert reply.text == "Hello 👋 ‏مرحبا"
    assert reply.author == officer
    assert reply.delivery in (Message.Delivery.QUEUED, Message.Delivery.SENT)
    assert _deliver(reply).delivery == Message.Delivery.SENT
    conversation.refresh_from_db()
    assert conversation.waiting_since is None
    assert AuditEvent.objects.filter(action="conversation.reply", target_id=str(conversation.pk)).count() == 1


@pytest.mark.django_db
def test_an_empty_reply_is_refused_and_nothing_is_written(logged_in):
    conversation = _store(text="hi").conversation
    response = logged_in.post(
        reverse("conversation_reply", args=[conversation.pk]), {"text": "   "}, follow=True
    )
    assert "A reply cannot be empty." in response.content.decode()
    assert not Message.objects.filter(direction=Message.Direction.OUTBOUND).exists()
    assert not ConversationEvent.objects.filter(kind="reply").exists()


@pytest.mark.django_db
def test_claim_and_notes_write_events(logged_in, officer):
    conversation = _store().conversation
    logged_in.post(reverse("conversation_claim", args=[conversation.pk]))
    logged_in.post(reverse("conversation_note", args=[conversation.pk]), {"text": "called back later"})
    conversation.refresh_from_db()
    assert conversation.assigned_to == officer
    assert Note.objects.get().text == "called back later"
    assert list(
        ConversationEvent.objects.filter(kind__in=["claimed", "note"]).values_list("kind", flat=True)
    ) == ["claimed", "note"]


@pytest.mark.django_db
def test_only_supervisors_assign(client, officer, supervisor):
    conversation = _store().conversation
    client.force_login(officer)
    assert (
        client.post(
            reverse("conversation_assign", args=[conversation.pk]), {"assignee": officer.pk}
        ).status_code
        == 403
    )
    conversation.refresh_from_db()
    assert conversation.assigned_to is None
    client.force_login(supervisor)
    client.post(reverse("conversation_assign", args=[conversation.pk]), {"assignee": officer.pk})
    conversation.refresh_from_db()
    assert conversation.assigned_to == officer
    assert ConversationEvent.objects.filter(kind="assigned", actor=supervisor).count() == 1


@pytest.mark.django_db
def test_a_failed_reply_shows_and_can_be_sent_again(logged_in):
    conversation = _store().conversation
    failed = Message.objects.create(
        conversation=conversation,
        channel="webchat",
        direction=Message.Direction.OUTBOUND,
        text="our answer",
        sent_at=timezone.now(),
        delivery=Message.Delivery.FAILED,
        delivery_error="platform said no",
    )
    html = logged_in.get(reverse("conversation", args=[conversation.pk])).content.decode()
    assert "platform said no" in html
    assert reverse("message_retry", args=[conversation.pk, failed.pk]) in html
    logged_in.post(reverse("message_retry", args=[conversation.pk, failed.pk]))
    failed.refresh_from_db()
    assert failed.delivery in (Message.Delivery.QUEUED, Message.Delivery.SENT)
    assert _deliver(failed).delivery == Message.Delivery.SENT
    assert ConversationEvent.objects.filter(kind="reply_retry").count() == 1


@pytest.mark.django_db
def test_a_sent_reply_cannot_be_retried(logged_in):
    conversation = _store().conversation
    sent = Message.objects.create(
        conversation=conversation,
        channel="webchat",
        direction=Message.Direction.OUTBOUND,
        text="ok",
        sent_at=timezone.now(),
        delivery=Message.Delivery.SENT,
    )
    response = logged_in.post(reverse("message_retry", args=[conversation.pk, sent.pk]), follow=True)
    assert "Only a failed reply can be sent again." in response.content.decode()
    assert not ConversationEvent.objects.filter(kind="reply_retry").exists()


@pytest.mark.django_db
def test_a_template_is_filled_in_for_the_composer(logged_in):
    conversation = _store(handle="sam_14").conversation
    template = ReplyTemplate.objects.create(title="Hi", body="Hi {handle}, thanks for asking.")
    withdrawn = ReplyTemplate.objects.create(title="Old", body="old", active=False)
    page = logged_in.get(reverse("conversation", args=[conversation.pk])).content.decode()
    assert reverse("template_text", args=[conversation.pk, template.pk]) in page
    assert reverse("template_text", args=[conversation.pk, withdrawn.pk]) not in page
    text = logged_in.get(reverse("template_text", args=[conversation.pk, template.pk]))
    assert text["Content-Type"].startswith("text/plain")
    assert text.content.decode() == "Hi sam_14, thanks for asking."
    assert logged_in.get(reverse("template_text", args=[conversation.pk, withdrawn.pk])).status_code == 404


@pytest.mark.django_db
def test_grade_change_needs_a_reason_and_is_recorded(logged_in, officer):
    conversation = _store().conversation
    url = reverse("conversation_grade", args=[conversation.pk])
    refused = logged_in.post(url, {"grade": "high", "reason": ""}, follow=True)
    assert "reason" in refused.content.decode()
    conversation.refresh_from_db()
    assert conversation.grade == "standard"
    logged_in.post(url, {"grade": "high", "reason": "mentions threats at school"})
    conversation.refresh_from_db()
    assert conversation.grade == "high"
    assert ConversationEvent.objects.filter(kind="grade_changed", actor=officer).count() == 1


@pytest.mark.django_db
def test_close_and_escalation_links_appear_when_those_pages_exist(logged_in):
    conversation = _store().conversation
    Conversation.objects.filter(pk=conversation.pk).update(grade="high", grade_rank=2)
    response = logged_in.get(reverse("conversation", args=[conversation.pk]))
    html = response.content.decode()
    if response.context["close_url"]:
        assert 'id="close-link"' in html
    else:
        assert 'id="close-missing"' in html
    if response.context["escalate_url"]:
        assert 'id="escalate-link"' in html


# ---- approved answers --------------------------------------------------------------------------


@pytest.mark.django_db
def test_supervisors_create_edit_and_withdraw_templates_with_an_audit_trail(client, supervisor):
    client.force_login(supervisor)
    response = client.post(
        reverse("template_create"),
        {"title": "Knife law", "body": "Hi {handle}, carrying a knife…", "categories": ["weapons_violence"]},
    )
    assert response.status_code == 302
    template = ReplyTemplate.objects.get(title="Knife law")
    assert template.categories == ["weapons_violence"]
    client.post(reverse("template_edit", args=[template.pk]), {"title": "Knife law", "body": "New text"})
    template.refresh_from_db()
    assert template.body == "New text"
    client.post(reverse("template_toggle", args=[template.pk]))
    template.refresh_from_db()
    assert template.active is False
    assert list(
        AuditEvent.objects.filter(target_type="conversations.replytemplate", target_id=str(template.pk))
        .order_by("id")
        .values_list("action", flat=True)
    ) == ["template.create", "template.update", "template.deactivate"]
    assert "Knife law" in client.get(reverse("templates")).content.decode()


@pytest.mark.django_db
def test_a_duplicate_template_title_is_refused_without_writing(client, supervisor):
    ReplyTemplate.objects.create(title="Hello", body="x")
    client.force_login(supervisor)
    response = client.post(reverse("template_create"), {"title": "Hello", "body": "y"})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert ReplyTemplate.objects.count() == 1
    assert not AuditEvent.objects.filter(action__startswith="template.").exists()


@pytest.mark.django_db
def test_officers_cannot_manage_templates(logged_in):
    template = ReplyTemplate.objects.create(title="Hello", body="x")
    assert logged_in.get(reverse("templates")).status_code == 403
    assert logged_in.post(reverse("template_create"), {"title": "T", "body": "b"}).status_code == 403
    assert logged_in.post(reverse("template_toggle", args=[template.pk])).status_code == 403
    template.refresh_from_db()
    assert template.active is True
    assert ReplyTemplate.objects.count() == 1


@pytest.mark.django_db
def test_the_sign_in_page_uses_the_desk_layout(client):
    html = client.get(reverse("account_login")).content.decode()
    assert "Sign in to YouthDesk" in html
    assert "desk/desk.css" in html
    assert "<script>" not in html and "style=" not in html


@pytest.mark.django_db
def test_two_factor_set_up_uses_the_desk_layout(client, officer, settings):
    settings.YOUTHDESK_REQUIRE_MFA = True
    client.force_login(officer)
    response = client.get(reverse("inbox"))
    assert response.status_code == 302
    page = client.get(response["Location"], follow=True)  # may ask to re-enter the password first
    assert page.status_code == 200
    html = page.content.decode()
    assert "desk/desk.css" in html
    assert "<script>" not in html


@pytest.mark.django_db
def test_an_attachment_only_message_is_previewed_as_an_attachment(logged_in):
    _store(
        text="",
        kind=Message.Kind.ATTACHMENT,
        attachments=[
            {"type": "image", "url": "https://cdn.example.test/p.jpg", "size": 1, "mime": "image/jpeg"}
        ],
    )
    html = logged_in.get(reverse("inbox")).content.decode()
    assert "[attachment]" in html
    assert "cdn.example.test" not in html


@pytest.mark.django_db
def test_an_unchanged_queue_answers_the_poll_with_204(logged_in):
    _store(text="first", user="a", handle="first_kid")
    page = logged_in.get(reverse("inbox") + "?view=open")
    version = page.context["version"]
    poll = reverse("inbox") + f"?view=open&v={version}"
    assert logged_in.get(poll, HTTP_HX_REQUEST="true").status_code == 204
    _store(text="second", user="b", handle="second_kid")
    changed = logged_in.get(poll, HTTP_HX_REQUEST="true")
    assert changed.status_code == 200
    assert "second_kid" in changed.content.decode()
    assert f"v={changed.context['version']}" in changed.content.decode()


@pytest.mark.django_db
def test_emoji_right_to_left_zero_width_and_long_text_are_shown_intact(logged_in):
    text = "مرحبا 👋🏽 zero\u200bwidth " + "x" * 5000
    message = _store(text=text)
    html = logged_in.get(reverse("conversation", args=[message.conversation_id])).content.decode()
    assert text in html


@pytest.mark.django_db
def test_an_attachment_the_channel_flagged_as_unsafe_is_never_offered(logged_in):
    message = _store(
        text="",
        kind=Message.Kind.ATTACHMENT,
        attachments=[
            {
                "type": "image",
                "url": "https://cdn.example.test/huge.jpg",
                "size": 90_000_000,
                "mime": "image/jpeg",
                "blocked": True,
                "problems": ["over 25 MB"],
            }
        ],
    )
    html = logged_in.get(reverse("conversation", args=[message.conversation_id])).content.decode()
    assert "Not shown: over 25 MB" in html
    assert "cdn.example.test" not in html
    assert "attachment-open" not in html

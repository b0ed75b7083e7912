"""The JSON API: token auth, role checks, audited reads of text, clear 400s, and its OpenAPI schema."""

import json

import pytest
from django.test import Client
from django.utils import timezone

from youthdesk.accounts.services import apitoken_issue
from youthdesk.audit.models import AuditEvent
from youthdesk.conversations.models import Conversation, ConversationEvent, Message, Note, ReplyTemplate
from youthdesk.conversations.services import InboundMessage, inbound_store


def _conversation(text="is vaping illegal under 18?", external="u-1") -> Conversation:
    message, _ = inbound_store(
        inbound=InboundMessage(
            channel="webchat",
            contact_external_id=external,
            external_id=f"{external}:m1",
            text=text,
            sent_at=timezone.now(),
            handle="sam_2010",
        )
    )
    return message.conversation


def _api(user):
    client = Client()
    token = apitoken_issue(user=user)
    return client, {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def _post(client, url, body, auth):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data=data, content_type="application/json", **auth)


@pytest.mark.django_db
def test_list_gives_staff_the_text_and_is_audited(make_user):
    conversation = _conversation()
    client, auth = _api(make_user("officer1", "officer"))
    response = client.get("/api/v1/conversations", **auth)
    assert response.status_code == 200
    [row] = response.json()
    assert row["id"] == conversation.pk and row["handle"] == "sam_2010"
    assert [m["text"] for m in row["messages"]] == ["is vaping illegal under 18?"]
    event = AuditEvent.objects.get(action="api.conversations_list")
    assert (event.actor_name, event.detail["ids"]) == ("officer1", [conversation.pk])


@pytest.mark.django_db
def test_no_token_or_a_bad_token_is_401_and_analyst_or_contact_centre_is_403(make_user):
    conversation = _conversation()
    assert Client().get("/api/v1/conversations").status_code == 401
    bad = Client().get("/api/v1/conversations", HTTP_AUTHORIZATION="Bearer yd_wrong")
    assert bad.status_code == 401
    for username, role in (("analyst1", "analyst"), ("cc1", "contactcentre")):
        client, auth = _api(make_user(username, role, force_name="Kent Police"))
        for url in ("/api/v1/conversations", f"/api/v1/conversations/{conversation.pk}"):
            response = client.get(url, **auth)
            assert response.status_code == 403, (role, url)
            assert "vaping" not in response.content.decode()
        refused = _post(client, f"/api/v1/conversations/{conversation.pk}/reply", {"text": "hi"}, auth)
        assert refused.status_code == 403
    assert not Message.objects.filter(direction="out").exists()
    assert not AuditEvent.objects.filter(action__startswith="api.conversation").exists()


@pytest.mark.django_db
def test_content_officer_may_not_read_the_inbox(make_user):
    _conversation()
    client, auth = _api(make_user("content1", "content"))
    assert client.get("/api/v1/conversations", **auth).status_code == 403


@pytest.mark.django_db
def test_detail_shows_history_and_notes_and_audits_the_view(make_user):
    officer = make_user("officer1", "officer")
    conversation = _conversation()
    Note.objects.create(conversation=conversation, author=officer, text="checked with supervisor")
    client, auth = _api(officer)
    response = client.get(f"/api/v1/conversations/{conversation.pk}", **auth)
    assert response.status_code == 200
    body = response.json()
    assert body["messages"][0]["text"] == "is vaping illegal under 18?"
    assert body["notes"][0]["text"] == "checked with supervisor" and body["notes"][0]["author"] == "officer1"
    event = AuditEvent.objects.get(action="api.conversation_view")
    assert event.target_id == str(conversation.pk)
    assert client.get("/api/v1/conversations/999999", **auth).status_code == 404


@pytest.mark.django_db(transaction=False)
def test_reply_queues_a_message_through_the_channel_and_writes_events(make_user):
    officer = make_user("officer1", "officer")
    conversation = _conversation()
    client, auth = _api(officer)
    response = _post(
        client, f"/api/v1/conversations/{conversation.pk}/reply", {"text": "No, 18+ only."}, auth
    )
    assert response.status_code == 201
    reply = Message.objects.get(direction="out")
    assert response.json()["id"] == reply.pk and reply.text == "No, 18+ only." and reply.author == officer
    assert ConversationEvent.objects.filter(conversation=conversation, kind="reply").count() == 1
    assert AuditEvent.objects.filter(action="conversation.reply", actor_name="officer1").count() == 1
    conversation.refresh_from_db()
    assert conversation.waiting_since is None


@pytest.mark.django_db
def test_reply_with_a_template_fills_in_the_handle(make_user):
    officer = make_user("officer1", "officer")
    conversation = _conversation()
    template = ReplyTemplate.objects.create(title="Hello", body="Hi {handle}, thanks for your message.")
    client, auth = _api(officer)
    response = _post(
        client, f"/api/v1/conversations/{conversation.pk}/reply", {"template_id": template.pk}, auth
    )
    assert response.status_code == 201
    assert response.json()["text"] == "Hi sam_2010, thanks for your message."


@pytest.mark.django_db
def test_bad_input_is_a_400_json_error_and_nothing_is_written(make_user):
    conversation = _conversation()
    client, auth = _api(make_user("officer1", "officer"))
    url = f"/api/v1/conversations/{conversation.pk}"
    cases = [
        (f"{url}/reply", "{not json"),
        (f"{url}/reply", {"text": "   "}),
        (f"{url}/reply", {"text": "x" * 10_001}),
        (f"{url}/reply", {"template_id": 424242}),
        (f"{url}/reply", {"text": ["a list"]}),
        (f"{url}/notes", {"text": ""}),
        (f"{url}/notes", {}),
    ]
    for path, body in cases:
        response = _post(client, path, body, auth)
        assert response.status_code == 400, (path, body, response.content)
        assert response["Content-Type"].startswith("application/json")
        assert "detail" in response.json()
    assert client.get("/api/v1/conversations?view=bogus", **auth).status_code == 400
    assert client.get("/api/v1/conversations/abc", **auth).status_code in (400, 404)
    assert not Message.objects.filter(direction="out").exists()
    assert not Note.objects.exists()


@pytest.mark.django_db
def test_claim_takes_the_conversation_and_refuses_one_held_by_a_colleague(make_user):
    conversation = _conversation()
    first, first_auth = _api(make_user("officer1", "officer"))
    second, second_auth = _api(make_user("officer2", "officer"))
    claim = _post(first, f"/api/v1/conversations/{conversation.pk}/claim", {}, first_auth)
    assert claim.status_code == 200 and claim.json()["assigned_to"] == "officer1"
    refused = _post(second, f"/api/v1/conversations/{conversation.pk}/claim", {}, second_auth)
    assert refused.status_code == 409 and "officer1" in refused.json()["detail"]
    conversation.refresh_from_db()
    assert conversation.assigned_to.username == "officer1"
    taken = _post(second, f"/api/v1/conversations/{conversation.pk}/claim", {"take_over": True}, second_auth)
    assert taken.status_code == 200 and taken.json()["assigned_to"] == "officer2"
    assert ConversationEvent.objects.filter(kind="claimed").count() == 2


@pytest.mark.django_db
def test_notes_are_added_with_an_event(make_user):
    conversation = _conversation()
    client, auth = _api(make_user("officer1", "officer"))
    response = _post(client, f"/api/v1/conversations/{conversation.pk}/notes", {"text": "follow up"}, auth)
    assert response.status_code == 201 and response.json()["text"] == "follow up"
    assert ConversationEvent.objects.filter(kind="note").count() == 1


@pytest.mark.django_db
def test_me_tells_any_role_who_it_is(make_user):
    client, auth = _api(make_user("analyst1", "analyst", force_name="Kent Police"))
    body = client.get("/api/v1/me", **auth).json()
    assert body["username"] == "analyst1" and body["role"] == "analyst"
    assert body["force_scope"] == "Kent Police"
    assert body["capabilities"] == ["insights.scoped"]
    assert Client().get("/api/v1/me").status_code == 401


@pytest.mark.django_db
def test_openapi_schema_loads_and_lists_every_path():
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/v1/conversations",
        "/api/v1/conversations/{conversation_id}",
        "/api/v1/conversations/{conversation_id}/reply",
        "/api/v1/conversations/{conversation_id}/claim",
        "/api/v1/conversations/{conversation_id}/notes",
        "/api/v1/me",
    ):
        assert path in paths, path
    assert "BearerAuth" in json.dumps(response.json()["components"]) or "TokenAuth" in json.dumps(
        response.json()["components"]
    )


@pytest.mark.django_db
def test_revoked_token_is_refused(make_user):
    from youthdesk.accounts.models import ApiToken

    client, auth = _api(make_user("officer1", "officer"))
    ApiToken.objects.update(revoked=True)
    assert client.get("/api/v1/me", **auth).status_code == 401


@pytest.mark.django_db
def test_role_is_refused_before_the_body_is_read(make_user):
    conversation = _conversation()
    client, auth = _api(make_user("analyst1", "analyst"))
    for path in ("reply", "notes", "claim"):
        response = _post(client, f"/api/v1/conversations/{conversation.pk}/{path}", "{not json", auth)
        assert response.status_code == 403, path

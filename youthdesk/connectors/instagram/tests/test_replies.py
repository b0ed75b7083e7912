"""Replies through the fake Graph API over real HTTP: the 24-hour and 7-day windows, comments, failures, retries."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from youthdesk.connectors.ingest import message_ingest
from youthdesk.conversations.models import Message
from youthdesk.conversations.services import DeskError, InboundMessage, reply_send
from youthdesk.conversations.tasks import message_deliver

pytestmark = pytest.mark.django_db

YP = "6543210987654321"


def _inbound(*, ago: timedelta, kind="text", external_id="mid-1", text="hello?"):
    with transaction.atomic():
        message, _ = message_ingest(
            inbound=InboundMessage(
                channel="instagram",
                contact_external_id=YP,
                external_id=external_id,
                text=text,
                sent_at=timezone.now() - ago,
                kind=kind,
                meta={"comment_id": external_id, "media_id": "1805"} if kind == "comment" else {},
            )
        )
    return message


@pytest.fixture
def officer(make_user):
    return make_user(username="officer1", role="officer")


@pytest.fixture
def send(officer, django_capture_on_commit_callbacks):
    """Reply as the officer; the delivery task runs when the transaction commits."""

    def _send(conversation, text, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            message = reply_send(conversation=conversation, author=officer, text=text, **kwargs)
        message.refresh_from_db()
        return message

    return _send


def test_a_reply_within_24_hours_goes_out_as_a_response(fake_graph, desk_open, send):
    inbound = _inbound(ago=timedelta(hours=2))
    reply = send(inbound.conversation, "Hi! Cadets start at 13.")
    (request,) = fake_graph.requests
    assert request["path"] == "/v21.0/17841400000000001/messages"
    assert request["token"] == "test-page-token"
    assert request["body"] == {
        "recipient": {"id": YP},
        "message": {"text": "Hi! Cadets start at 13."},
        "messaging_type": "RESPONSE",
    }
    assert reply.delivery == "sent"
    assert reply.external_id.startswith("aWdfZ")
    assert "tag" not in reply.meta


def test_between_24_hours_and_7_days_the_human_agent_tag_is_used(fake_graph, desk_open, send):
    inbound = _inbound(ago=timedelta(days=3))
    reply = send(inbound.conversation, "Sorry for the wait, here is the answer.")
    (request,) = fake_graph.requests
    assert request["body"]["messaging_type"] == "MESSAGE_TAG"
    assert request["body"]["tag"] == "HUMAN_AGENT"
    assert reply.meta["tag"] == "HUMAN_AGENT"
    assert reply.delivery == "sent"


def test_after_7_days_a_reply_is_refused_and_nothing_is_sent(fake_graph, desk_open, officer):
    inbound = _inbound(ago=timedelta(days=8))
    with pytest.raises(DeskError, match="more than 7 days"):
        reply_send(conversation=inbound.conversation, author=officer, text="hello")
    assert fake_graph.requests == []
    assert Message.objects.filter(direction="out").count() == 0


def test_automatic_replies_never_use_the_human_agent_tag(fake_graph, desk_open):
    inbound = _inbound(ago=timedelta(days=3))
    with pytest.raises(DeskError, match="within 24 hours"):
        reply_send(conversation=inbound.conversation, author=None, text="We are closed.", kind="auto")
    assert fake_graph.requests == []


def test_a_comment_gets_one_private_reply(fake_graph, desk_open, send, officer):
    comment = _inbound(ago=timedelta(days=1), kind="comment", external_id="17865799348089039")
    reply = send(comment.conversation, "We've sent you a message about this.")
    (request,) = fake_graph.requests
    assert request["path"].endswith("/17841400000000001/messages")
    assert request["body"]["recipient"] == {"comment_id": "17865799348089039"}
    assert reply.delivery == "sent"
    comment.refresh_from_db()
    assert comment.meta["private_reply"] == reply.pk
    with pytest.raises(DeskError, match="one private reply"):
        reply_send(conversation=comment.conversation, author=officer, text="again")


def test_a_public_reply_goes_under_the_comment(fake_graph, desk_open, send):
    comment = _inbound(ago=timedelta(hours=1), kind="comment", external_id="17865799348089039")
    reply = send(
        comment.conversation,
        "Great question! Check our post on e-scooters.",
        meta={"comment_reply": "public", "comment_id": "17865799348089039"},
    )
    (request,) = fake_graph.requests
    assert request["path"] == "/v21.0/17865799348089039/replies"
    assert request["body"] == {"message": "Great question! Check our post on e-scooters."}
    assert reply.delivery == "sent"
    assert reply.external_id.startswith("1790")


def test_emoji_right_to_left_and_zero_width_text_reach_instagram_intact(fake_graph, desk_open, send):
    text = "\u0645\u0631\u062d\u0628\u0627 \U0001f44b zero\u200bwidth \u202eRTL\u202c \U0001f3f3\ufe0f\u200d\U0001f308"
    inbound = _inbound(ago=timedelta(minutes=5), text=text)
    send(inbound.conversation, text)
    assert fake_graph.requests[0]["body"]["message"]["text"] == text
    inbound.refresh_from_db()
    assert inbound.text == text


def test_a_reply_over_instagrams_1000_bytes_fails_visibly_without_a_call(fake_graph, desk_open, send):
    inbound = _inbound(ago=timedelta(minutes=5))
    reply = send(inbound.conversation, "\U0001f642" * 300)  # 300 characters, 1200 bytes
    assert reply.delivery == "failed"
    assert "at most 1000 bytes" in reply.delivery_error
    assert fake_graph.requests == []


@pytest.mark.parametrize(
    ("failure", "outcome"),
    [
        ({"status": 500, "code": 2}, "retrying"),
        (
            {"status": 400, "code": 613, "message": "(#613) Calls to this api have exceeded the rate limit."},
            "retrying",
        ),
        (
            {"status": 400, "code": 10, "message": "(#10) This message is sent outside of allowed window."},
            "failed",
        ),
        ({"status": 400, "code": 190, "message": "Error validating access token"}, "failed"),
    ],
)
def test_a_failed_send_is_shown_and_retried_or_marked_failed(
    fake_graph, desk_open, db_queue, officer, failure, outcome, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    inbound = _inbound(ago=timedelta(hours=1))
    fake_graph.fail_next(1, **failure)
    with django_capture_on_commit_callbacks(execute=True):
        reply = reply_send(conversation=inbound.conversation, author=officer, text="Here to help.")
    assert DBTaskResult.objects.count() == 1  # queued, not sent inline
    assert message_deliver.call(message_id=reply.pk) == outcome
    reply.refresh_from_db()
    assert reply.delivery == outcome
    assert f"code {failure['code']}" in reply.delivery_error
    if outcome == "retrying":
        retry = DBTaskResult.objects.order_by("-enqueued_at").first()
        assert retry.run_after is not None and retry.run_after > timezone.now() - timedelta(seconds=1)
        assert message_deliver.call(message_id=reply.pk) == "sent"
        reply.refresh_from_db()
        assert (reply.delivery, reply.delivery_attempts) == ("sent", 2)
        assert len(fake_graph.requests) == 2
    else:
        assert message_deliver.call(message_id=reply.pk) == "skipped"  # never silently re-sent
        assert len(fake_graph.requests) == 1


def test_an_unreachable_graph_api_is_retried(
    desk_open, db_queue, officer, settings, django_capture_on_commit_callbacks
):
    settings.GRAPH_API_URL = "http://127.0.0.1:9/v21.0"  # discard port: connection refused
    inbound = _inbound(ago=timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        reply = reply_send(conversation=inbound.conversation, author=officer, text="Here to help.")
    assert message_deliver.call(message_id=reply.pk) == "retrying"
    reply.refresh_from_db()
    assert reply.delivery_error.startswith("Instagram could not be reached")


def test_out_of_hours_the_first_message_gets_one_automatic_reply_through_instagram(
    fake_graph, desk_closed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = _inbound(ago=timedelta(minutes=1), external_id="mid-a")
    with django_capture_on_commit_callbacks(execute=True):
        _inbound(ago=timedelta(seconds=30), external_id="mid-b", text="anyone there?")
    auto = Message.objects.get(conversation=first.conversation, direction="out")
    assert auto.kind == "auto" and auto.delivery == "sent"
    (request,) = fake_graph.requests
    assert request["body"]["messaging_type"] == "RESPONSE"
    assert "Childline" in request["body"]["message"]["text"]


def test_out_of_hours_a_comment_gets_no_automatic_reply_and_a_later_message_that_night_still_does(
    fake_graph, desk_closed, django_capture_on_commit_callbacks
):
    # An automatic answer never spends a comment's one private reply, so the comment gets none...
    with django_capture_on_commit_callbacks(execute=True):
        comment = _inbound(ago=timedelta(minutes=2), kind="comment", external_id="c-1", text="hello??")
    assert not Message.objects.filter(conversation=comment.conversation, direction="out").exists()
    # ...and the night's one reply is still there for the direct message that follows
    with django_capture_on_commit_callbacks(execute=True):
        _inbound(ago=timedelta(minutes=1), external_id="mid-after-comment", text="can u dm me back")
    auto = Message.objects.get(conversation=comment.conversation, direction="out")
    assert auto.kind == "auto" and auto.delivery == "sent"
    assert len(fake_graph.requests) == 1


def test_in_a_burst_the_out_of_hours_reply_queues_behind_grading_and_escalations(
    db_queue, desk_closed, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    from youthdesk.connectors.tasks import events_process
    from youthdesk.safeguarding.tasks import escalation_deliver

    with django_capture_on_commit_callbacks(execute=True):
        message = _inbound(ago=timedelta(minutes=1), external_id="mid-burst", text="hello?")
    (queued,) = DBTaskResult.objects.filter(task_path__endswith="message_deliver")
    assert queued.args_kwargs["kwargs"] == {
        "message_id": message.conversation.messages.get(direction="out").pk
    }
    # The worker takes higher priorities first: escalations, then new messages, then these acknowledgements
    assert escalation_deliver.priority > events_process.priority > queued.priority

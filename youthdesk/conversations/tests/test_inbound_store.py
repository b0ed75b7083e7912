from datetime import UTC, datetime, timedelta

import pytest
from django.db import transaction

from youthdesk.conversations.models import Conversation, Message
from youthdesk.conversations.services import InboundMessage, inbound_store

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _inbound(mid="m1", text="hi", at=T0, user="u1"):
    return InboundMessage(
        channel="instagram", contact_external_id=user, external_id=mid, text=text, sent_at=at, handle="yp_one"
    )


@pytest.mark.django_db
def test_the_same_platform_message_is_stored_once():
    with transaction.atomic():
        first, created1 = inbound_store(inbound=_inbound())
        again, created2 = inbound_store(inbound=_inbound())
    assert (created1, created2) == (True, False)
    assert first.pk == again.pk
    assert Message.objects.count() == 1


@pytest.mark.django_db
def test_a_closed_conversation_reopens_with_its_history():
    with transaction.atomic():
        first, _ = inbound_store(inbound=_inbound())
    Conversation.objects.filter(pk=first.conversation_id).update(
        status="closed", closed_at=T0 + timedelta(hours=1), waiting_since=None
    )
    with transaction.atomic():
        second, _ = inbound_store(inbound=_inbound(mid="m2", text="me again", at=T0 + timedelta(days=2)))
    conversation = Conversation.objects.get()
    assert conversation.status == "open"
    assert conversation.closed_at is None
    assert conversation.opened_at == T0 + timedelta(days=2)
    assert list(conversation.messages.values_list("text", flat=True)) == ["hi", "me again"]
    assert list(conversation.events.values_list("kind", flat=True)) == ["opened", "reopened"]


@pytest.mark.django_db
def test_hostile_text_is_stored_intact():
    text = "<script>alert(1)</script> \u202eevil\u202c zero\u200bwidth 🔪🙂 مرحبا " + "x" * 5000
    with transaction.atomic():
        message, _ = inbound_store(inbound=_inbound(text=text))
    message.refresh_from_db()
    assert message.text == text

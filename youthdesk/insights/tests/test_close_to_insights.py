"""End to end: an officer closes a conversation and the anonymised copy and aggregates follow on commit."""

from django.db import transaction
from django.utils import timezone

from youthdesk.conversations.services import InboundMessage, inbound_store
from youthdesk.engagements.models import Theme
from youthdesk.engagements.services import engagement_close
from youthdesk.insights.models import AnonEngagement, AnonEngagementTheme, DailyTotal

from .conftest import KENT


def test_closing_a_conversation_copies_it_into_the_insight_store(
    make_user, django_capture_on_commit_callbacks
):
    officer = make_user(username="officer5", role="officer")
    with transaction.atomic():
        message, _ = inbound_store(
            inbound=InboundMessage(
                channel="webchat",
                contact_external_id="web-yp-77",
                external_id=None,
                text="is it illegal to carry a knife for protection",
                sent_at=timezone.now(),
                handle="web_kid_77",
            )
        )
    theme = Theme.objects.filter(parent__isnull=False).first()

    with django_capture_on_commit_callbacks(execute=True):
        engagement_close(
            conversation=message.conversation,
            actor=officer,
            contact_type="question",
            theme_ids=[theme.pk],
            sentiment_start=2,
            sentiment_end=4,
            outcome="answered",
            force_name=KENT,
        )

    anon = AnonEngagement.objects.get()
    assert (anon.force_name, anon.channel, anon.contact_type) == (KENT, "webchat", "question")
    assert list(AnonEngagementTheme.objects.values_list("theme", flat=True)) == [theme.slug]
    assert DailyTotal.objects.get().improved == 1
    assert "web-yp-77" not in repr(AnonEngagement.objects.values().get())

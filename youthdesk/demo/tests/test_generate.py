import io
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from youthdesk.accounts.models import User
from youthdesk.conversations.models import Contact, Conversation, ConversationEvent, Message, ReplyTemplate
from youthdesk.engagements.models import Engagement
from youthdesk.safeguarding.models import MessageAssessment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo():
    from youthdesk.demo.generate import demo_generate

    out = io.StringIO()
    counts = demo_generate(conversations=60, days=30, seed=3, stdout=out)
    return counts, out.getvalue()


def test_a_small_demo_has_the_right_shapes(demo):
    counts, output = demo
    now = timezone.now()
    assert Conversation.objects.count() == counts["conversations"] == 60
    assert set(Conversation.objects.values_list("channel", flat=True)) == {"instagram", "webchat"}
    open_ = Conversation.objects.filter(status="open")
    assert open_.count() == counts["open"] >= 3
    closed = Conversation.objects.filter(status="closed")
    # Every closed conversation has exactly one log, with themes, and times that make sense.
    assert Engagement.objects.count() == closed.count() == counts["engagements"]
    assert not Engagement.objects.annotate(n=Count("themes")).filter(n=0).exists()
    for e in Engagement.objects.select_related("conversation"):
        assert e.opened_at <= e.closed_at <= now
        assert e.resolution_seconds == int((e.closed_at - e.opened_at).total_seconds())
        assert e.first_response_seconds is not None and 0 < e.first_response_seconds <= e.resolution_seconds
        assert 1 <= e.sentiment_start <= 5 and 1 <= e.sentiment_end <= 5
        assert e.conversation.closed_at == e.closed_at
    # Inbound messages went through the real store and assessment; replies were written by demo officers.
    inbound = Message.objects.filter(direction="in")
    assert MessageAssessment.objects.count() == inbound.count() > 60
    replies = Message.objects.filter(direction="out", kind="text")
    assert replies.exists() and not replies.filter(author__isnull=True).exists()
    assert set(replies.values_list("author__role", flat=True)) <= {"officer", "supervisor"}
    assert not Message.objects.filter(sent_at__gt=now).exists()
    # Events carry the moment they describe, not the moment the demo ran.
    opened = ConversationEvent.objects.filter(kind="opened").select_related("conversation")
    assert opened.count() == 60
    assert all(e.at == e.conversation.opened_at for e in opened)
    # Handles are generated, never real: adjective_noun_123 on Instagram, anonymous on web chat.
    for handle in Contact.objects.filter(channel="instagram").values_list("handle", flat=True):
        assert re.fullmatch(r"[a-z]+_[a-z]+_\d{1,3}", handle)
    assert set(Contact.objects.filter(channel="webchat").values_list("handle", flat=True)) == {""}
    assert ReplyTemplate.objects.count() >= 20
    assert ReplyTemplate.objects.filter(body__contains="0800 1111").exists()
    assert ReplyTemplate.objects.filter(body__contains="85258").exists()
    assert (
        User.objects.filter(username__in=["officer", "supervisor", "analyst", "contactcentre"]).count() == 4
    )
    assert "60 conversations" in output


def test_messages_mostly_arrive_in_staffed_hours(demo):
    london = ZoneInfo("Europe/London")
    firsts = [c.opened_at.astimezone(london).hour for c in Conversation.objects.all()]
    staffed = sum(1 for h in firsts if 9 <= h < 21)
    assert 0.6 * len(firsts) <= staffed < len(firsts)


def test_the_same_seed_gives_the_same_story(demo):
    first = sorted(Message.objects.filter(direction="in").values_list("text", flat=True))
    from youthdesk.demo.generate import demo_generate

    demo_generate(conversations=60, days=30, seed=3, stdout=io.StringIO())
    # Loading again adds new people rather than merging into the old ones.
    assert Conversation.objects.count() == 120
    again = Message.objects.filter(direction="in").order_by("id").values_list("text", flat=True)
    assert sorted(list(again)[len(first) :]) == first


def test_the_command_loads_once_with_if_empty():
    out = io.StringIO()
    call_command("demo", "--conversations", "12", "--days", "10", "--if-empty", stdout=out, skip_checks=True)
    assert Conversation.objects.count() == 12
    call_command("demo", "--conversations", "12", "--if-empty", stdout=io.StringIO(), skip_checks=True)
    assert Conversation.objects.count() == 12
    assert "officer" in out.getvalue()
    assert Conversation.objects.filter(opened_at__lt=timezone.now() - timedelta(days=10)).count() == 0


def test_the_bulk_logs_match_what_closing_one_by_one_would_record(demo):
    from youthdesk.engagements.selectors import episode_facts, sentiment_suggestions

    for engagement in Engagement.objects.select_related("conversation"):
        conversation = engagement.conversation
        facts = episode_facts(conversation=conversation)
        assert (engagement.grade, engagement.categories) == (facts["grade"], facts["categories"])
        suggested = sentiment_suggestions(conversation=conversation)
        assert (engagement.sentiment_start_suggested, engagement.sentiment_end_suggested) == suggested

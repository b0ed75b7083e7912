"""The traffic player: realistic signed deliveries through the real webhook, redeliveries stored once."""

import io
import json

import pytest
from django.core.management import call_command

from youthdesk.connectors.instagram.payloads import delivery_parse
from youthdesk.connectors.instagram.traffic import deliveries_make
from youthdesk.conversations.models import Message

from .conftest import IG_ID


def test_deliveries_have_meta_shape_and_the_asked_share_of_redeliveries():
    bodies, ids = deliveries_make(count=100, account_id=IG_ID, duplicates=0.2, seed=5)
    assert len(bodies) == 100
    assert len(set(bodies)) == len(ids) == 80
    kinds = {item.event_type for body in bodies for item in delivery_parse(body)}
    assert kinds == {"message", "comment"}
    assert all(b.isascii() for b in bodies)  # non-ASCII escaped, like Meta
    texts = [json.loads(b)["entry"][0] for b in bodies]
    assert any("changes" in e for e in texts) and any("messaging" in e for e in texts)


@pytest.mark.django_db(transaction=True)
def test_play_traffic_posts_signed_deliveries_that_are_stored_once(live_server, desk_open):
    out = io.StringIO()
    call_command(
        "play_traffic", url=live_server.url, count=20, rate=0, duplicates=0.25, seed=11, senders=3, stdout=out
    )
    assert "Playing 20 deliveries (15 distinct messages)" in out.getvalue()
    assert "accepted 20/20" in out.getvalue()
    assert Message.objects.filter(direction="in").count() == 15

from datetime import UTC, datetime

import pytest

from youthdesk.conversations.hours import desk_closed_period, desk_is_open, desk_next_opening
from youthdesk.conversations.models import DeskSettings


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("utc_time", "is_open"),
    [
        (datetime(2026, 7, 1, 7, 59, tzinfo=UTC), False),  # 08:59 BST
        (datetime(2026, 7, 1, 8, 0, tzinfo=UTC), True),  # 09:00 BST
        (datetime(2026, 7, 1, 19, 59, tzinfo=UTC), True),  # 20:59 BST
        (datetime(2026, 7, 1, 20, 0, tzinfo=UTC), False),  # 21:00 BST
        (datetime(2026, 12, 1, 20, 59, tzinfo=UTC), True),  # 20:59 GMT
        (datetime(2026, 12, 1, 21, 0, tzinfo=UTC), False),  # 21:00 GMT
    ],
)
def test_default_hours_are_nine_to_nine_london_time(utc_time, is_open):
    assert desk_is_open(utc_time, DeskSettings.load()) is is_open


@pytest.mark.django_db
def test_one_night_is_one_closed_period():
    desk = DeskSettings.load()
    late = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)
    early = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    next_night = datetime(2026, 12, 2, 22, 0, tzinfo=UTC)
    assert desk_closed_period(late, desk) == desk_closed_period(early, desk) != ""
    assert desk_closed_period(next_night, desk) != desk_closed_period(late, desk)
    assert desk_next_opening(late, desk).isoformat() == "2026-12-02T09:00:00+00:00"


@pytest.mark.django_db
def test_workers_see_new_hours_at_once_when_saved_here_and_within_seconds_when_saved_elsewhere(monkeypatch):
    import time

    monkeypatch.setattr(DeskSettings, "CACHE_SECONDS", 0.2)
    assert DeskSettings.current().closes_at.hour == 21
    # A supervisor in another process changes the hours (no save() in this one)
    DeskSettings.objects.filter(pk=1).update(closes_at="22:00")
    assert DeskSettings.current().closes_at.hour == 21  # read a moment ago, so kept
    time.sleep(0.25)
    assert DeskSettings.current().closes_at.hour == 22
    # A change saved in this process is seen straight away
    desk = DeskSettings.load()
    desk.closes_at = datetime(2026, 1, 1, 20, 0).time()
    desk.save()
    assert DeskSettings.current().closes_at.hour == 20

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

"""Staffed hours: is the desk open now, which closed period are we in, and when does it open next."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from youthdesk.conversations.models import DeskSettings


def _local(now: datetime, desk: DeskSettings) -> datetime:
    return now.astimezone(ZoneInfo(desk.timezone))


def desk_is_open(now: datetime, desk: DeskSettings | None = None) -> bool:
    desk = desk or DeskSettings.load()
    local = _local(now, desk)
    return str(local.weekday()) in desk.open_days and desk.opens_at <= local.time() < desk.closes_at


def desk_next_opening(now: datetime, desk: DeskSettings | None = None) -> datetime:
    """The next moment the desk opens (aware, in the desk's time zone)."""
    desk = desk or DeskSettings.load()
    local = _local(now, desk)
    for days in range(0, 8):
        day = (local + timedelta(days=days)).date()
        if str(day.weekday()) not in desk.open_days:
            continue
        opening = datetime.combine(day, desk.opens_at, tzinfo=local.tzinfo)
        if opening > local:
            return opening
    raise ValueError("the desk has no open days")


def desk_closed_period(now: datetime, desk: DeskSettings | None = None) -> str:
    """A key naming the closed period `now` falls in (its next opening); '' while the desk is open."""
    desk = desk or DeskSettings.load()
    if desk_is_open(now, desk):
        return ""
    return desk_next_opening(now, desk).isoformat(timespec="minutes")

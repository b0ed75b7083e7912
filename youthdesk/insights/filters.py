"""Parsing and checking the dashboard, export and API filters; bad input raises InsightQueryError (a 400)."""

import datetime as dt
from dataclasses import dataclass, replace

from django.utils import timezone

from youthdesk.conversations.models import Channel
from youthdesk.engagements.models import ContactType, Theme
from youthdesk.triage.forces import force_names

MAX_SPAN_DAYS = 5 * 366 + 1  # about five years: a longer query is refused rather than slowly answered
NATIONAL = ""


class InsightQueryError(ValueError):
    """A filter the insight queries cannot answer; the message is safe to show the user."""


@dataclass(frozen=True)
class Filters:
    """One selection of the anonymised data: an inclusive day range and optional equality filters."""

    date_from: dt.date
    date_to: dt.date
    force: str = NATIONAL
    channel: str = ""
    theme: str = ""
    contact_type: str = ""

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1

    def previous(self) -> "Filters":
        """The period of equal length just before this one, with the same filters."""
        return replace(
            self,
            date_from=self.date_from - dt.timedelta(days=self.days),
            date_to=self.date_from - dt.timedelta(days=1),
        )

    def as_query(self) -> dict[str, str]:
        out = {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()}
        for key in ("force", "channel", "theme", "contact_type"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise InsightQueryError(f"'{name}' must be a date written YYYY-MM-DD.")


def filters_parse(params, *, default_days: int = 56) -> Filters:
    """Read filters from a query dict; missing dates mean the last `default_days` days."""
    today = timezone.localdate()
    raw_to = (params.get("to") or "").strip()
    raw_from = (params.get("from") or "").strip()
    date_to = _date(raw_to, "to") if raw_to else today
    date_from = _date(raw_from, "from") if raw_from else date_to - dt.timedelta(days=default_days - 1)
    if date_from > date_to:
        raise InsightQueryError("'from' must not be after 'to'.")
    if (date_to - date_from).days + 1 > MAX_SPAN_DAYS:
        raise InsightQueryError("The date range is too long: at most five years can be asked for at once.")
    if date_from.year < 2000 or date_to > today + dt.timedelta(days=366):
        raise InsightQueryError("The date range is outside the years the desk holds.")
    force = (params.get("force") or "").strip()
    if force and force not in force_names():
        raise InsightQueryError(f"Unknown force area: {force[:120]!r}.")
    channel = (params.get("channel") or "").strip()
    if channel and channel not in Channel.values:
        raise InsightQueryError(f"Unknown channel: {channel[:40]!r}.")
    contact_type = (params.get("contact_type") or "").strip()
    if contact_type and contact_type not in ContactType.values:
        raise InsightQueryError(f"Unknown contact type: {contact_type[:40]!r}.")
    theme = (params.get("theme") or "").strip()
    if theme and not Theme.objects.filter(slug=theme).exists():
        raise InsightQueryError(f"Unknown theme: {theme[:120]!r}.")
    return Filters(date_from, date_to, force, channel, theme, contact_type)

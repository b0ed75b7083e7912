"""The one narrow interface every channel implements: receive -> normalise -> store; send a reply."""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class ReplyWindow:
    """Whether a reply may go out now, with the platform tag to use and, if not, why not."""

    allowed: bool
    tag: str | None = None
    reason: str = ""


class Connector(Protocol):
    channel: str

    def reply_window(self, *, conversation, now: datetime, automated: bool) -> ReplyWindow:
        """Platform rules on when we may answer (Instagram: 24 h, or 7 days with the human-agent tag)."""

    def send(self, *, message) -> str:
        """Send one outbound Message; return the platform's id for it.

        Raise youthdesk.core.http.RetryableError or FinalError on failure.
        """

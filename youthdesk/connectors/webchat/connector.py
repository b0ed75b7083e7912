"""Web chat: replies are stored and the young person's chat page fetches them; no outside platform."""

from youthdesk.connectors.base import ReplyWindow


class WebchatConnector:
    channel = "webchat"

    def reply_window(self, *, conversation, now, automated):
        return ReplyWindow(allowed=True)

    def send(self, *, message) -> str:
        return f"webchat:{message.pk}"

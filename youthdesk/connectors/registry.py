"""Which connector serves which channel."""

from django.utils.module_loading import import_string

CONNECTORS = {
    "instagram": "youthdesk.connectors.instagram.connector.InstagramConnector",
    "webchat": "youthdesk.connectors.webchat.connector.WebchatConnector",
}


def connector_for(channel: str):
    """The connector that receives and sends for `channel`; ValueError for a channel we do not serve."""
    try:
        return import_string(CONNECTORS[channel])()
    except KeyError:
        raise ValueError(f"no connector for channel {channel!r}")

"""Typed parsing of Meta's Instagram webhook deliveries: one batch in, one item per thing that happened out.

Pure Python (no database): the webhook validates the shape here before anything is written.
"""

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

# Messaging items use milliseconds; comment (changes[]) deliveries use seconds (Meta's own examples differ).
_MS_THRESHOLD = 10_000_000_000


class PayloadError(ValueError):
    """The delivery is not JSON, or not the shape Meta documents for Instagram."""


@dataclass(frozen=True)
class DeliveryItem:
    """One item of a delivery, ready to be stored as an InboundEvent."""

    dedup_key: str
    event_type: str
    payload: dict

    @property
    def understood(self) -> bool:
        return self.event_type in HANDLED_TYPES


HANDLED_TYPES = frozenset(
    {"message", "echo", "unsend", "reaction", "read", "comment", "postback", "message_edit"}
)


def signature_for(raw_body: bytes, secret: str) -> str:
    """The X-Hub-Signature-256 value Meta sends for these bytes (used by the traffic player and tests)."""
    return "sha256=" + hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()


def platform_time(value) -> datetime:
    """Meta's UNIX time (seconds or milliseconds) as an aware UTC datetime; now if absent or absurd."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return datetime.now(tz=UTC)
    if number > _MS_THRESHOLD:
        number /= 1000.0
    try:
        return datetime.fromtimestamp(number, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return datetime.now(tz=UTC)


def _key(*parts) -> str:
    """A dedup key; long platform ids are hashed so the key always fits its column."""
    key = ":".join(str(p) for p in parts)
    if len(key) > 200:
        key = f"{parts[0]}:{parts[1]}:h:" + hashlib.sha256(key.encode()).hexdigest()
    return key


def _hash_key(kind: str, obj) -> str:
    canonical = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return f"ig:{kind}:h:" + hashlib.sha256(canonical.encode()).hexdigest()


def _id(obj, name: str) -> str:
    value = obj.get(name) if isinstance(obj, dict) else None
    if isinstance(value, dict):
        value = value.get("id")
    return str(value) if isinstance(value, str | int) and str(value) else ""


def messaging_classify(item: dict) -> tuple[str, str]:
    """(event type, dedup key) of one messaging[] item; unknown or malformed items get a content hash."""
    sender = _id(item, "sender")
    message = item.get("message")
    if isinstance(message, dict):
        mid = message.get("mid")
        if not isinstance(mid, str) or not mid or not sender:
            return "malformed", _hash_key("x", item)
        if message.get("is_echo"):
            return "echo", _key("ig", "echo", mid)
        if message.get("is_deleted"):
            return "unsend", _key("ig", "del", mid)
        return "message", _key("ig", "m", mid)
    reaction = item.get("reaction")
    if isinstance(reaction, dict) and isinstance(reaction.get("mid"), str) and sender:
        # Reactions have no id of their own: who, on what, which action, when.
        return "reaction", _key(
            "ig", "react", sender, reaction["mid"], reaction.get("action", ""), item.get("timestamp", "")
        )
    read = item.get("read")
    if isinstance(read, dict) and sender:
        return "read", _key("ig", "read", sender, read.get("mid") or read.get("watermark") or "")
    postback = item.get("postback")
    if isinstance(postback, dict) and sender:
        # A button or ice-breaker tap: its mid names it when Meta sends one; otherwise its content does.
        mid = postback.get("mid")
        if isinstance(mid, str) and mid:
            return "postback", _key("ig", "pb", mid)
        return "postback", _hash_key("pb", item)
    edit = item.get("message_edit")
    if isinstance(edit, dict):
        mid = edit.get("mid")
        if not isinstance(mid, str) or not mid or not sender or not isinstance(edit.get("text"), str):
            return "malformed", _hash_key("x", item)
        # Each edit of a message has its own number: a redelivery of edit N is dropped, edit N+1 is not.
        return "message_edit", _key("ig", "edit", mid, edit_number(edit))
    for kind in ("referral", "optin"):
        if kind in item:
            return kind, _hash_key(kind, item)
    return "unknown", _hash_key("x", item)


def edit_number(edit: dict) -> int:
    """The edit's sequence number (Meta's `num_edit`: 1 for the first edit); 0 when absent or not a number."""
    number = edit.get("num_edit")
    return number if isinstance(number, int) and not isinstance(number, bool) and number >= 0 else 0


def change_classify(change: dict) -> tuple[str, str]:
    """(event type, dedup key) of one changes[] item (comments, mentions...)."""
    field = change.get("field")
    value = change.get("value")
    if field in ("comments", "live_comments") and isinstance(value, dict):
        comment_id = value.get("id")
        if isinstance(comment_id, str | int) and str(comment_id) and _id(value, "from"):
            return "comment", _key("ig", "c", comment_id)
        return "malformed", _hash_key("x", change)
    return (str(field)[:30] if isinstance(field, str) else "unknown"), _hash_key("x", change)


def delivery_parse(body: bytes) -> list[DeliveryItem]:
    """Split one delivery (entry[] x messaging[]/changes[]/standby[]) into items; PayloadError if not Meta's shape."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise PayloadError(f"body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise PayloadError("body is not a JSON object")
    if data.get("object") != "instagram":
        raise PayloadError(f"unexpected object {str(data.get('object'))[:40]!r}; expected 'instagram'")
    entries = data.get("entry")
    if not isinstance(entries, list) or not entries:
        raise PayloadError("'entry' must be a non-empty list")
    items: list[DeliveryItem] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise PayloadError("each entry must be an object")
        envelope = {"entry_id": str(entry.get("id", "")), "entry_time": entry.get("time")}
        known = False
        for list_name in ("messaging", "standby"):
            batch = entry.get(list_name)
            if batch is None:
                continue
            if not isinstance(batch, list) or not all(isinstance(i, dict) for i in batch):
                raise PayloadError(f"entry.{list_name} must be a list of objects")
            known = True
            for item in batch:
                event_type, key = messaging_classify(item)
                if list_name == "standby":
                    # Another app owns the thread: kept for the record, not answered from here.
                    event_type, key = "standby", _hash_key("standby", item)
                items.append(DeliveryItem(key, event_type, {**envelope, "list": list_name, "item": item}))
        changes = entry.get("changes")
        if changes is None and "field" in entry and "value" in entry:
            changes = [{"field": entry["field"], "value": entry["value"]}]  # the docs' flat example
        if changes is not None:
            if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
                raise PayloadError("entry.changes must be a list of objects")
            known = True
            for change in changes:
                event_type, key = change_classify(change)
                items.append(DeliveryItem(key, event_type, {**envelope, "list": "changes", "item": change}))
        if not known:
            raise PayloadError("an entry has neither messaging[] nor changes[]")
    # A batch may repeat an item; keep the first so one insert never conflicts with itself.
    unique: dict[str, DeliveryItem] = {}
    for item in items:
        unique.setdefault(item.dedup_key, item)
    return list(unique.values())

"""What a hand-over and a crime report say: built once, stored, and sent byte-for-byte on every retry."""

import json

from django.utils import timezone

from youthdesk.conversations.models import Conversation, Message

TRANSCRIPT_LIMIT = 100  # most recent messages of the episode; the full thread stays on the desk


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def transcript_for(*, conversation: Conversation) -> list[dict]:
    """The episode's messages, oldest first, as plain text with UTC times."""
    messages = list(
        conversation.messages.filter(sent_at__gte=conversation.opened_at)
        .order_by("-sent_at", "-id")
        .values("text", "sent_at", "direction", "kind", "deleted_at")[:TRANSCRIPT_LIMIT]
    )
    messages.reverse()
    return [
        {
            "text": m["text"],
            "sent_at": _iso(m["sent_at"]),
            "direction": "from_young_person" if m["direction"] == Message.Direction.INBOUND else "from_desk",
            "kind": m["kind"],
            **({"unsent_by_young_person": True} if m["deleted_at"] else {}),
        }
        for m in messages
    ]


def handover_build(*, escalation) -> dict:
    """The hand-over: where first, then who, what, and the desk's audit of why it was flagged."""
    from youthdesk.safeguarding.models import MessageAssessment

    conversation = escalation.conversation
    assessments = list(
        MessageAssessment.objects.filter(
            message__conversation=conversation, message__sent_at__gte=conversation.opened_at
        )
        .select_related("message")
        .order_by("message__sent_at", "id")
    )
    cues, places, model_versions = [], [], set()
    for a in assessments:
        cues += a.cues
        model_versions.add(a.model_version)
        places += a.place_candidates
    named = [a for a in assessments if a.place or a.force_name]
    # Where to send help: the place the flagged message names, else the latest place named. Place and force
    # always come from the same message, so they can never disagree ("Leeds" with Police Scotland).
    where = next((a for a in named if a.message_id == escalation.message_id), None) or (
        named[-1] if named else None
    )
    place = where.place if where else ""
    force = (where.force_name if where else "") or escalation.force_name
    notes = [
        {"text": n.text, "author": getattr(n.author, "username", None), "at": _iso(n.created_at)}
        for n in conversation.notes.select_related("author").order_by("created_at")
    ]
    contact = conversation.contact
    return {
        "escalation_id": str(escalation.uuid),
        "reference": escalation.reference,
        "grade": escalation.grade,
        "categories": list(escalation.categories),
        "place": place or None,
        "place_candidates": places,
        "force": force or None,
        "places_named": [
            {"place": a.place or None, "force": a.force_name or None, "sent_at": _iso(a.message.sent_at)}
            for a in named
        ],
        "platform": conversation.channel,
        "channel": conversation.get_channel_display(),
        "handle": contact.handle or None,
        "platform_user_id": contact.external_id,
        "trigger": escalation.trigger,
        "requested_by": getattr(escalation.created_by, "username", None),
        "cues": cues,
        "model_versions": sorted(model_versions),
        "episode_started_at": _iso(conversation.opened_at),
        "last_message_from_young_person_at": _iso(conversation.last_inbound_at),
        "escalated_at": _iso(escalation.created_at or timezone.now()),
        "transcript": transcript_for(conversation=conversation),
        "notes": notes,
        "acknowledge": {"path": f"/safeguarding/ack/{escalation.uuid}/", "signed_with": "same HMAC key"},
    }


def crime_report_build(*, report) -> dict:
    """A crime report for a force: the officer's summary, the disclosure and where it happened."""
    conversation = report.conversation
    return {
        "report_id": str(report.uuid),
        "force": report.force_name,
        "summary": report.summary,
        "categories": list(conversation.categories),
        "grade": conversation.grade,
        "platform": conversation.channel,
        "handle": conversation.contact.handle or None,
        "passed_by": getattr(report.created_by, "username", None),
        "passed_at": _iso(report.created_at or timezone.now()),
        "transcript": transcript_for(conversation=conversation),
    }


def body_encode(payload: dict) -> str:
    """Stable JSON text of a payload; the outbox stores it so the signature never changes between retries."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

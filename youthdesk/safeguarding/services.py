"""Grading messages as they arrive and keeping each conversation's grade the highest of its episode."""

from dataclasses import asdict

from youthdesk.conversations.models import Conversation, Message
from youthdesk.safeguarding.models import MessageAssessment
from youthdesk.triage import GRADE_RANK, assess


def message_assess(*, message: Message) -> MessageAssessment:
    """Assess one inbound message and raise its conversation's grade if needed. Runs inside the ingest transaction."""
    result = assess(message.text)
    assessment = MessageAssessment.objects.create(
        message=message,
        grade=result.grade,
        categories=list(result.categories),
        subject=result.subject,
        cues=[asdict(c) for c in result.cues],
        place=result.place or "",
        force_name=result.force or "",
        place_candidates=[list(p.candidates) for p in result.places if p.candidates],
        model_version=result.model_version,
    )
    conversation = Conversation.objects.select_for_update().get(pk=message.conversation_id)
    fields = []
    if GRADE_RANK[result.grade] > conversation.grade_rank:
        conversation.grade, conversation.grade_rank = result.grade, GRADE_RANK[result.grade]
        fields += ["grade", "grade_rank"]
    merged = sorted(set(conversation.categories) | set(result.categories))
    if merged != sorted(conversation.categories):
        conversation.categories = merged
        fields.append("categories")
    if result.force and not conversation.force_name:
        conversation.force_name = result.force
        fields.append("force_name")
    if fields:
        conversation.save(update_fields=fields)
    return assessment

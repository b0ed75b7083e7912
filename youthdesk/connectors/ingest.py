"""The common path for every channel: store the message once, grade it, answer out of hours."""

from django.db import transaction
from django.utils import timezone

from youthdesk.conversations.hours import desk_closed_period, desk_next_opening
from youthdesk.conversations.models import Conversation, DeskSettings, Message
from youthdesk.conversations.services import DeskError, InboundMessage, inbound_store, reply_send
from youthdesk.safeguarding.services import message_assess

OUT_OF_HOURS_REPLY = (
    "Thanks for your message. Our team is offline right now and will be back {back}. "
    "If you are in danger or someone is hurt, call 999 now. "
    "You can talk to Childline any time on 0800 1111, text SHOUT to 85258, "
    "or report online sexual abuse to CEOP at ceop.police.uk."
)


def message_ingest(*, inbound: InboundMessage) -> tuple[Message, bool]:
    """Store, grade and (out of hours) acknowledge one inbound message, all in one transaction.

    Inside a caller's transaction it adds no savepoint: any failure aborts the caller's whole unit of work,
    which is what the worker wants (connectors.processing retries or records the event).
    """
    with transaction.atomic(savepoint=False):
        message, created = inbound_store(inbound=inbound)
        if (
            created
            and message.direction == Message.Direction.INBOUND
            and message.kind != Message.Kind.REACTION
        ):
            message_assess(message=message, conversation=message.conversation)
            out_of_hours_reply(conversation=message.conversation)
    return message, created


# Below inbound processing: in a burst every message is graded (and any child at risk escalated) before
# the routine acknowledgements go out. The safety reply to a child at risk keeps the default priority.
ACKNOWLEDGEMENT_PRIORITY = -10


def out_of_hours_reply(*, conversation: Conversation) -> Message | None:
    """Send the out-of-hours reply once per conversation per closed period.

    `conversation` is locked by the caller's transaction (message_ingest holds it from inbound_store).
    """
    now = timezone.now()
    desk = DeskSettings.current()
    period = desk_closed_period(now, desk)
    if not period or conversation.out_of_hours_period == period:
        return None
    back = desk_next_opening(now, desk).strftime("at %H:%M on %A")
    try:
        reply = reply_send(
            conversation=conversation,
            author=None,
            text=OUT_OF_HOURS_REPLY.format(back=back),
            kind=Message.Kind.AUTO,
            locked=True,
            priority=ACKNOWLEDGEMENT_PRIORITY,
        )
    except DeskError:
        # The platform forbids an automatic answer here (an old message replayed, a public comment): none is
        # sent, and a later message in this period may still get one.
        return None
    conversation.out_of_hours_period = period
    conversation.save(update_fields=["out_of_hours_period"])
    return reply

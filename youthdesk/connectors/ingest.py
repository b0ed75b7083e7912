"""The common path for every channel: store the message once, grade it, answer out of hours."""

from django.db import transaction
from django.utils import timezone

from youthdesk.connectors.registry import connector_for
from youthdesk.conversations.hours import desk_closed_period, desk_next_opening
from youthdesk.conversations.models import Conversation, DeskSettings, Message
from youthdesk.conversations.services import InboundMessage, inbound_store, reply_send
from youthdesk.safeguarding.services import message_assess

OUT_OF_HOURS_REPLY = (
    "Thanks for your message. Our team is offline right now and will be back {back}. "
    "If you are in danger or someone is hurt, call 999 now. "
    "You can talk to Childline any time on 0800 1111, text SHOUT to 85258, "
    "or report online sexual abuse to CEOP at ceop.police.uk."
)


def message_ingest(*, inbound: InboundMessage) -> tuple[Message, bool]:
    """Store, grade and (out of hours) acknowledge one inbound message, all in one transaction."""
    with transaction.atomic():
        message, created = inbound_store(inbound=inbound)
        if (
            created
            and message.direction == Message.Direction.INBOUND
            and message.kind != Message.Kind.REACTION
        ):
            message_assess(message=message, conversation=message.conversation)
            out_of_hours_reply(conversation=message.conversation)
    return message, created


def out_of_hours_reply(*, conversation: Conversation) -> Message | None:
    """Send the out-of-hours reply once per conversation per closed period."""
    now = timezone.now()
    desk = DeskSettings.load()
    period = desk_closed_period(now, desk)
    if not period or conversation.out_of_hours_period == period:
        return None  # checked again under the lock below; this spares the lock on most messages
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if not period or conversation.out_of_hours_period == period:
        return None
    # A platform may forbid an automatic answer (an old message replayed, a public comment): then none is sent.
    window = connector_for(conversation.channel).reply_window(
        conversation=conversation, now=now, automated=True
    )
    if not window.allowed:
        return None
    conversation.out_of_hours_period = period
    conversation.save(update_fields=["out_of_hours_period"])
    back = desk_next_opening(now, desk).strftime("at %H:%M on %A")
    return reply_send(
        conversation=conversation,
        author=None,
        text=OUT_OF_HOURS_REPLY.format(back=back),
        kind=Message.Kind.AUTO,
    )

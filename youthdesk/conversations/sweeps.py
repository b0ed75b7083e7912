"""Re-enqueue replies whose delivery task was lost (worker killed, queue flushed)."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from youthdesk.conversations.models import Message
from youthdesk.conversations.tasks import message_deliver

STUCK_AFTER = timedelta(seconds=60)


def sweep_stuck_deliveries() -> int:
    now = timezone.now()
    stuck = Message.objects.filter(
        Q(delivery=Message.Delivery.QUEUED, created_at__lt=now - STUCK_AFTER)
        | Q(delivery=Message.Delivery.RETRYING, next_attempt_at__lt=now - STUCK_AFTER)
    ).values_list("pk", flat=True)[:500]
    count = 0
    for pk in stuck:
        message_deliver.enqueue(message_id=pk)
        count += 1
    return count

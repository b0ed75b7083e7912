"""Inbox paging speed on a large synthetic queue: `python -m youthdesk.conversations.bench --conversations 100000`.

Uses its own SQLite file in a temporary folder, or the (scratch) database DATABASE_URL names. Prints the time
of the first page, a page half-way down, the last page, an unchanged poll (204) and next/previous on a
conversation page, each with its query count: keyset paging should cost the same at any depth.
"""

import argparse
import os
import re
import statistics
import sys
import tempfile
import time


def _setup(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inbox bench")
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args, _ = parser.parse_known_args(argv)
    if not os.environ.get("DATABASE_URL"):
        os.environ.setdefault("YOUTHDESK_VAR_DIR", tempfile.mkdtemp(prefix="yd-inbox-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "youthdesk.settings")
    os.environ.setdefault("YOUTHDESK_DEBUG", "0")
    import django

    django.setup()
    return args


def _fill(total: int) -> None:
    """Synthetic conversations in few grades and waiting times (many ties), one message each."""
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from youthdesk.conversations.models import Contact, Conversation, Message

    have = Conversation.objects.count()
    now = timezone.now().replace(second=0, microsecond=0)
    batch = 5_000
    for start in range(have, total, batch):
        size = min(batch, total - start)
        with transaction.atomic():
            contacts = Contact.objects.bulk_create(
                Contact(channel="webchat", external_id=f"bench-{start + n}", handle=f"bench_{start + n}")
                for n in range(size)
            )
            rows = []
            for n, contact in enumerate(contacts):
                i = start + n
                closed = i % 10 == 0
                rank = 3 if i % 97 == 0 else 2 if i % 23 == 0 else 1 if i % 5 == 0 else 0
                rows.append(
                    Conversation(
                        contact=contact,
                        channel="webchat",
                        status="closed" if closed else "open",
                        grade=("standard", "medium", "high", "immediate")[rank],
                        grade_rank=rank,
                        waiting_since=None if closed or i % 3 == 0 else now - timedelta(minutes=i % 600),
                        opened_at=now - timedelta(days=1),
                        last_message_at=now - timedelta(minutes=i % 600),
                        closed_at=now - timedelta(minutes=i % 900) if closed else None,
                    )
                )
            conversations = Conversation.objects.bulk_create(rows)
            Message.objects.bulk_create(
                Message(
                    conversation=c,
                    channel="webchat",
                    direction="in",
                    text=f"synthetic question number {c.contact.external_id}",
                    sent_at=c.last_message_at,
                )
                for c in conversations
            )
        print(f"  filled {start + size}/{total}", flush=True)


def _time(client, url: str, repeat: int, **headers) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    status = 0
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, **headers)
            times.append(time.perf_counter() - started)
        status, queries = response.status_code, len(captured)
    return statistics.median(times) * 1000, max(times) * 1000, status, queries


def main(argv: list[str] | None = None) -> int:
    """Fill, then time the pages; prints one line per request."""
    args = _setup(sys.argv[1:] if argv is None else argv)
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from youthdesk.accounts.models import Organisation
    from youthdesk.accounts.services import organisations_ensure, user_create
    from youthdesk.conversations import selectors
    from youthdesk.conversations.paging import OPEN_ORDER, cursor_encode, row_position

    settings.ALLOWED_HOSTS = ["*"]
    settings.YOUTHDESK_REQUIRE_MFA = False
    call_command("migrate", "--noinput", verbosity=0)
    _fill(args.conversations)
    organisations_ensure()
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username="bench_officer").first() or user_create(
        username="bench_officer",
        password="a-long-bench-password-1",
        role="officer",
        organisation=Organisation.objects.get(slug="national"),
    )
    client = Client()
    client.force_login(user)
    queue = selectors.inbox_queue(user=user, view="open")
    fields = [key.field for key in OPEN_ORDER]
    open_count = queue.count()

    def cursor_at(position: int) -> str:
        return cursor_encode(OPEN_ORDER, row_position(OPEN_ORDER, queue.values(*fields)[position]))

    inbox = reverse("inbox")
    middle = cursor_at(open_count // 2)
    last = cursor_at(max(0, open_count - 101))
    client.get(inbox)  # warm caches

    def version() -> str:
        # Taken just before the poll is timed: waiting times shown in minutes change the fingerprint.
        return re.search(r"v=([0-9a-f]{16})", client.get(inbox).content.decode()).group(1)

    at_middle = queue.values_list("pk", flat=True)[open_count // 2]
    print(
        f"inbox paging: {args.conversations} conversations ({open_count} open), "
        f"{connection.vendor}, {args.repeat} requests each (median, max, status, queries)"
    )
    for name, url, headers in (
        ("first page", inbox, {}),
        ("page half-way down", f"{inbox}?after={middle}", {}),
        ("last page", f"{inbox}?after={last}", {}),
        ("first page, filtered (waiting for us)", f"{inbox}?view=waiting_us", {}),
        ("poll, unchanged (204)", None, {"HTTP_HX_REQUEST": "true"}),
        ("conversation half-way down (next/previous)", reverse("conversation", args=[at_middle]), {}),
    ):
        url = url or f"{inbox}?v={version()}"
        p50, worst, status, queries = _time(client, url, args.repeat, **headers)
        print(f"  {name}: p50 {p50:.0f} ms, max {worst:.0f} ms, HTTP {status}, {queries} queries")
    # The keyset step alone (page ids, rows with previews, the position count), without counts or rendering.
    for name, cursor in (("first", ""), ("half-way down", middle), ("last", last)):
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            selectors.inbox_page(user=user, view="open", after=cursor, total=open_count)
            times.append(time.perf_counter() - started)
        print(
            f"  selector only, {name} page: p50 {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

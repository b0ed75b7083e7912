"""Safety-path benchmark: Instagram webhook to contact-centre hand-over, then an endpoint outage and recovery.

Starts the product (`youthdesk serve`) on a fresh database and a contact-centre receiver on loopback, posts
signed Instagram deliveries with `immediate` messages, and prints:
- webhook-to-hand-over latency p50/p99 (target p99 < 5 s);
- after an outage of the endpoint (default 300 s; `--outage 30` to shorten), the time from recovery until
  every waiting hand-over has arrived (target < 60 s; retry back-off capped at 30 s);
- hand-overs the receiver saw twice (must be 0: it drops repeats by Idempotency-Key) and repeats it dropped.

`make bench BENCH_ARGS="safety --outage=30"` (options as --name=value: the runner passes on only words starting with -). DATABASE_URL selects PostgreSQL.
"""

import argparse
import hashlib
import hmac
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench._server import product_start, wait_until_up

APP_SECRET = "bench-app-secret"
CC_SECRET = "bench-contact-centre-secret"
ACCOUNT = "17841400000000001"
TARGETS = {"p99_s": 5.0, "recovery_s": 60.0}
TEXTS = [
    "im going to kill myself tonight i have the pills ready",
    "i took a whole pack of paracetamol 20 mins ago",
    "theres a man following me home right now im scared",
    "i have the rope ready tonight is the night",
    "he has a knife and says hes gonna stab me after school today",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _delivery(sender: str, mid: str, text: str) -> bytes:
    now_ms = int(time.time() * 1000)
    return json.dumps(
        {
            "object": "instagram",
            "entry": [
                {
                    "id": ACCOUNT,
                    "time": now_ms,
                    "messaging": [
                        {
                            "sender": {"id": sender},
                            "recipient": {"id": ACCOUNT},
                            "timestamp": now_ms,
                            "message": {"mid": mid, "text": text},
                        }
                    ],
                }
            ],
        }
    ).encode()


def _post(client: httpx.Client, url: str, body: bytes) -> int:
    signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    for _ in range(20):  # as Meta does: retry anything but a 200
        try:
            response = client.post(
                url,
                content=body,
                headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
            )
            if response.status_code == 200:
                return 200
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    return 0


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def _arrivals(receiver, senders: set[str]) -> dict[str, float]:
    """First arrival time of each sender's hand-over at the receiver."""
    seen: dict[str, float] = {}
    for record in receiver.accepted.values():
        sender = record.json.get("platform_user_id")
        if sender in senders:
            seen[sender] = record.at
    return seen


def _stages(database_url: str, sqlite_path: Path) -> list[tuple[str, float, float]]:
    """(sender, message stored, hand-over delivered) as epoch seconds, read straight from the database."""
    sql = (
        "SELECT c.external_id, m.created_at, o.delivered_at FROM safeguarding_escalation e "
        "JOIN conversations_message m ON m.id = e.message_id "
        "JOIN conversations_contact c ON c.id = (SELECT contact_id FROM conversations_conversation "
        "WHERE id = e.conversation_id) "
        "JOIN safeguarding_outboxitem o ON o.escalation_id = e.id AND o.transport = 'http' "
        "WHERE o.delivered_at IS NOT NULL"
    )
    from datetime import datetime

    def epoch(value) -> float:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.timestamp()

    if database_url:
        import psycopg

        with psycopg.connect(database_url.replace("postgresql://", "postgres://", 1)) as conn:
            rows = conn.execute(sql).fetchall()
    else:
        import sqlite3

        conn = sqlite3.connect(sqlite_path, timeout=30)
        try:
            rows = conn.execute(sql).fetchall()
        finally:
            conn.close()
    return [(sender, epoch(stored), epoch(delivered)) for sender, stored, delivered in rows]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench safety")
    parser.add_argument("--count", type=int, default=40, help="immediate messages for the latency run")
    parser.add_argument("--rate", type=float, default=1.0, help="deliveries per second in the latency run")
    parser.add_argument("--outage", type=float, default=300.0, help="seconds the contact centre is down")
    parser.add_argument(
        "--outage-count", type=int, default=20, help="immediate messages sent during the outage"
    )
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)

    from youthdesk.connectors.instagram.fakegraph import FakeGraphServer
    from youthdesk.safeguarding.receiver import Receiver

    var_dir = Path(tempfile.mkdtemp(prefix="youthdesk-bench-safety-"))
    database_url = os.environ.get("DATABASE_URL", "")
    sqlite_path = var_dir / "youthdesk.sqlite3"
    receiver = Receiver(secret=CC_SECRET).start()
    graph = FakeGraphServer().start()  # the automatic safety replies go here, not to Meta
    port = _free_port()
    print(f"database: {'PostgreSQL (DATABASE_URL)' if database_url else 'SQLite (WAL), fresh file'}")
    server = product_start(
        var_dir=var_dir,
        port=port,
        web_workers=2,
        task_workers=args.task_workers,
        env={
            "YOUTHDESK_INSTAGRAM_APP_SECRET": APP_SECRET,
            "YOUTHDESK_INSTAGRAM_ACCOUNT_ID": ACCOUNT,
            "YOUTHDESK_GRAPH_API_URL": graph.url,
            "YOUTHDESK_CONTACT_CENTRE_URL": receiver.url,
            "YOUTHDESK_CONTACT_CENTRE_SECRET": CC_SECRET,
            "YOUTHDESK_OUTBOX_BACKOFF_CAP": "30",
            "YOUTHDESK_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "YOUTHDESK_LOG_LEVEL": "CRITICAL",
        },
    )
    base = f"http://127.0.0.1:{port}"
    url = f"{base}/webhooks/instagram"
    ok = True
    try:
        # a busy machine can take minutes to boot gunicorn and workers
        if not wait_until_up(base, server, timeout=180):
            print("the product did not start")
            return 1

        client = httpx.Client(timeout=10)
        # Warm-up (imports, connections, the first worker poll), not counted.
        warm = {f"warm-{i}" for i in range(3)}
        for i, sender in enumerate(sorted(warm)):
            _post(client, url, _delivery(sender, f"m-warm-{i}", TEXTS[0]))
        wait_until = time.monotonic() + 60
        while len(_arrivals(receiver, warm)) < len(warm) and time.monotonic() < wait_until:
            time.sleep(0.1)

        # 1. Latency: webhook delivery to hand-over arriving at the contact centre.
        posted: dict[str, float] = {}
        gap = 1.0 / args.rate
        for i in range(args.count):
            sender = f"lat-{i:05d}"
            body = _delivery(sender, f"m-lat-{i}", TEXTS[i % len(TEXTS)])
            posted[sender] = time.time()
            if _post(client, url, body) != 200:
                print(f"delivery {i} was never accepted")
                ok = False
            time.sleep(gap)
        wait_until = time.monotonic() + args.timeout
        while len(_arrivals(receiver, set(posted))) < len(posted) and time.monotonic() < wait_until:
            time.sleep(0.05)
        arrived = _arrivals(receiver, set(posted))
        latencies = [arrived[s] - posted[s] for s in arrived]
        print(
            f"latency run: {len(arrived)}/{len(posted)} hand-overs arrived; webhook to hand-over "
            f"p50 {_percentile(latencies, 50):.2f} s, p99 {_percentile(latencies, 99):.2f} s, "
            f"max {max(latencies, default=float('nan')):.2f} s (target p99 < {TARGETS['p99_s']:.0f} s)"
        )
        ok &= len(arrived) == len(posted) and _percentile(latencies, 99) < TARGETS["p99_s"]
        first = [arrived[s] - posted[s] for s in sorted(posted)[:10] if s in arrived]
        print(f"  first 10 messages (no queue built up yet): p50 {_percentile(first, 50):.2f} s")
        stages = [
            (sender, stored, sent)
            for sender, stored, sent in _stages(database_url, sqlite_path)
            if sender in posted
        ]
        to_inbox = [stored - posted[sender] for sender, stored, _ in stages]
        to_handover = [sent - stored for _, stored, sent in stages]
        print(
            f"  of which webhook to message stored and graded: p50 {_percentile(to_inbox, 50):.2f} s, "
            f"p99 {_percentile(to_inbox, 99):.2f} s; graded to hand-over delivered: "
            f"p50 {_percentile(to_handover, 50):.2f} s, p99 {_percentile(to_handover, 99):.2f} s"
        )

        # 2. Outage: the endpoint refuses connections; hand-overs wait in the outbox, retried with back-off.
        receiver.down()
        outage_started = time.monotonic()
        waiting = set()
        for i in range(args.outage_count):
            sender = f"out-{i:05d}"
            waiting.add(sender)
            if _post(client, url, _delivery(sender, f"m-out-{i}", TEXTS[i % len(TEXTS)])) != 200:
                print(f"outage delivery {i} was never accepted")
                ok = False
        print(
            f"contact centre down for {args.outage:.0f} s with {len(waiting)} hand-overs waiting", flush=True
        )
        remaining = args.outage - (time.monotonic() - outage_started)
        if remaining > 0:
            time.sleep(remaining)
        receiver.up()
        recovered = time.time()
        wait_until = time.monotonic() + args.timeout
        while len(_arrivals(receiver, waiting)) < len(waiting) and time.monotonic() < wait_until:
            time.sleep(0.05)
        arrived = _arrivals(receiver, waiting)
        after = max((t - recovered for t in arrived.values()), default=float("nan"))
        print(
            f"after the outage: {len(arrived)}/{len(waiting)} hand-overs arrived, the last {after:.1f} s after "
            f"recovery (target < {TARGETS['recovery_s']:.0f} s)"
        )
        ok &= len(arrived) == len(waiting) and after < TARGETS["recovery_s"]
        time.sleep(2)  # let any late repeat land before counting
        twice = receiver.seen_twice()
        expected = len(warm) + args.count + args.outage_count
        print(
            f"hand-overs received: {len(receiver.accepted)} distinct (expected {expected}); POSTs "
            f"{len(receiver.requests)}; repeats dropped by Idempotency-Key {receiver.repeats_dropped()}; "
            f"seen twice: {twice} (must be 0)"
        )
        ok &= twice == 0 and len(receiver.accepted) == expected
        client.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        receiver.stop()
        graph.stop()
        shutil.rmtree(var_dir, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

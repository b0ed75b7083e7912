"""Instagram ingest benchmark: the product on loopback, N signed deliveries (20% redeliveries) from a few senders.

Prints deliveries accepted per second, p50/p99 time to answer, seconds until every message is in the inbox
after the last delivery, and duplicate messages created (must be 0). Uses a fresh SQLite file in a temp
directory, or DATABASE_URL if set (PostgreSQL). `python -m bench ingest --count=2000 --senders=4`.
Also says where the CPU went (web, task workers, PostgreSQL, the sender, the rest of the machine).
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._loadgen import request_bytes, requests_send
from bench._server import (
    machine_busy_seconds,
    postgres_pid,
    process_tree,
    product_start,
    tree_cpu_seconds,
    wait_until_up,
)
from youthdesk.connectors.instagram.payloads import signature_for

SECRET = "bench-app-secret"
CC_SECRET = "bench-contact-centre-secret"
ACCOUNT = "17841400000000001"
TARGETS = {"accepted_per_s": 500, "p99_ms": 50, "visible_s": 5}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _query(database_url: str | None, sqlite_path: Path, sql: str, ids: list[str]) -> list[tuple]:
    """Run `sql` (with one {} for a list of placeholders) over ids in chunks, straight on the database."""
    rows: list[tuple] = []
    chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    if database_url:
        import psycopg

        with psycopg.connect(database_url.replace("postgresql://", "postgres://", 1)) as conn:
            for chunk in chunks:
                rows += conn.execute(sql.format(",".join(["%s"] * len(chunk))), chunk).fetchall()
    else:
        import sqlite3

        conn = sqlite3.connect(sqlite_path, timeout=30)
        try:
            for chunk in chunks:
                rows += conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
        finally:
            conn.close()
    return rows


def _stored(database_url: str | None, sqlite_path: Path, ids: list[str]) -> tuple[int, int]:
    """(rows, distinct ids) of inbound Instagram messages among ids, read straight from the database."""
    sql = (
        "SELECT COUNT(*), COUNT(DISTINCT external_id) FROM conversations_message "
        "WHERE channel = 'instagram' AND external_id IN ({})"
    )
    counts = _query(database_url, sqlite_path, sql, ids)
    return sum(r for r, _ in counts), sum(d for _, d in counts)


def _arrived(database_url: str | None, sqlite_path: Path, waiting: set[str]) -> set[str]:
    """Which of the still-awaited ids are in the inbox now. Asking only for those keeps the watching cheap,
    so the bench does not slow the desk it measures."""
    sql = "SELECT external_id FROM conversations_message WHERE channel = 'instagram' AND external_id IN ({})"
    return {external_id for (external_id,) in _query(database_url, sqlite_path, sql, sorted(waiting))}


def _cpu(server_pid: int, pg_pid: int | None) -> dict[str, float]:
    """CPU seconds so far: the web server, the task workers and sweeper, PostgreSQL, and the whole machine."""
    web_root = next(
        (p for p in process_tree(server_pid) if p != server_pid and b"gunicorn" in _cmdline(p)), None
    )
    web = tree_cpu_seconds(web_root) if web_root else 0.0
    return {
        "web": web,
        "workers": tree_cpu_seconds(server_pid) - web,
        "postgres": tree_cpu_seconds(pg_pid) if pg_pid else 0.0,
        "machine": machine_busy_seconds(),
    }


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def _send(args, *, port: int, url: str, bodies: list[bytes]):
    """Post the signed bodies with the chosen client; both retry any non-200 and time every answer."""
    if args.client == "httpx":
        from youthdesk.connectors.instagram.traffic import deliveries_play

        return deliveries_play(url=url, bodies=bodies, secret=SECRET, senders=args.senders)
    host = f"127.0.0.1:{port}"
    requests = [
        request_bytes(
            method="POST",
            path="/webhooks/instagram",
            host=host,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature_for(body, SECRET)},
            body=body,
        )
        for body in bodies
    ]
    return requests_send(host="127.0.0.1", port=port, requests=requests, connections=args.senders)


def _baseline(*, port: int, senders: int, count: int = 1000):
    """The same server answering its cheapest page (one SELECT 1): what the machine allows before ingest work."""
    get = request_bytes(method="GET", path="/healthz", host=f"127.0.0.1:{port}", headers={})
    return requests_send(host="127.0.0.1", port=port, requests=[get] * count, connections=senders)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench ingest")
    parser.add_argument("--count", type=int, default=2000, help="deliveries to post")
    parser.add_argument("--duplicates", type=float, default=0.2)
    parser.add_argument("--senders", type=int, default=4, help="concurrent keep-alive connections")
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--task-workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120, help="give up waiting for the inbox after this")
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=0,
        help="serve --worker-nice: task workers yield the cores to answers",
    )
    parser.add_argument(
        "--client",
        choices=["asyncio", "httpx"],
        default="asyncio",
        help="asyncio: pre-built requests, one thread (cheap); httpx: one thread per sender (the old way)",
    )
    args = parser.parse_args(argv)

    from youthdesk.connectors.instagram.fakegraph import FakeGraphServer
    from youthdesk.connectors.instagram.traffic import deliveries_make
    from youthdesk.safeguarding.receiver import Receiver

    var_dir = Path(tempfile.mkdtemp(prefix="youthdesk-bench-"))
    database_url = os.environ.get("DATABASE_URL", "")
    sqlite_path = var_dir / "youthdesk.sqlite3"
    graph = FakeGraphServer().start()  # out-of-hours replies go here, not to Meta
    receiver = Receiver(secret=CC_SECRET).start()  # the traffic's life-at-risk messages are handed over here
    port = _free_port()
    print(f"database: {'PostgreSQL (DATABASE_URL)' if database_url else 'SQLite (WAL), fresh file'}")
    server = product_start(
        var_dir=var_dir,
        port=port,
        web_workers=args.web_workers,
        task_workers=args.task_workers,
        env={
            "YOUTHDESK_INSTAGRAM_APP_SECRET": SECRET,
            "YOUTHDESK_INSTAGRAM_ACCOUNT_ID": ACCOUNT,
            "YOUTHDESK_GRAPH_API_URL": graph.url,
            "YOUTHDESK_CONTACT_CENTRE_URL": receiver.url,
            "YOUTHDESK_CONTACT_CENTRE_SECRET": CC_SECRET,
            "YOUTHDESK_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "YOUTHDESK_LOG_LEVEL": "ERROR",
            "YOUTHDESK_WORKER_NICE": str(args.worker_nice),
        },
    )
    pg_pid = postgres_pid(database_url) if database_url else None
    base = f"http://127.0.0.1:{port}"
    try:
        # a busy machine can take minutes to boot gunicorn and workers
        if not wait_until_up(base, server, timeout=300):
            print("the product did not start")
            return 1
        url = f"{base}/webhooks/instagram"
        _baseline(port=port, senders=args.senders, count=200)  # warm every web worker's connection first
        baseline = _baseline(port=port, senders=args.senders)
        # Warm every web worker and the task workers up first (imports, connections), not counted.
        warm, warm_ids = deliveries_make(
            count=40, account_id=ACCOUNT, duplicates=0, seed=99, run_id="0000beef"
        )
        _send(args, port=port, url=url, bodies=warm)
        wait_until = time.monotonic() + 60
        while (
            _stored(database_url, sqlite_path, sorted(warm_ids))[1] < len(warm_ids)
            and time.monotonic() < wait_until
        ):
            time.sleep(0.2)

        bodies, ids = deliveries_make(
            count=args.count, account_id=ACCOUNT, duplicates=args.duplicates, seed=7, run_id="0000cafe"
        )
        id_list = sorted(ids)
        before = _cpu(server.pid, pg_pid)
        result = _send(args, port=port, url=url, bodies=bodies)
        last_delivery = time.monotonic()
        during = _cpu(server.pid, pg_pid)
        visible_after = None
        waiting = set(ids)
        while time.monotonic() - last_delivery < args.timeout:
            waiting -= _arrived(database_url, sqlite_path, waiting)
            if not waiting:
                visible_after = time.monotonic() - last_delivery
                break
            time.sleep(0.05)
        after = _cpu(server.pid, pg_pid)
        rows, distinct = _stored(database_url, sqlite_path, id_list)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        graph.stop()
        receiver.stop()
        shutil.rmtree(var_dir, ignore_errors=True)

    per_second = result.accepted / result.seconds if result.seconds else 0.0
    p50, p99 = result.percentile(50) * 1000, result.percentile(99) * 1000
    duplicates = rows - distinct
    print(
        f"deliveries: {len(bodies)} ({len(ids)} distinct messages, {len(bodies) - len(ids)} redeliveries), "
        f"{args.senders} concurrent senders ({args.client}), {args.web_workers} web workers, "
        f"{args.task_workers} task workers (nice +{args.worker_nice})"
    )
    print(f"answers by status: {dict(sorted(result.statuses.items()))}")
    print(f"accepted per second: {per_second:.0f} (target >= {TARGETS['accepted_per_s']})")
    print(f"time to answer: p50 {p50:.1f} ms, p99 {p99:.1f} ms (target p99 < {TARGETS['p99_ms']} ms)")
    if visible_after is None:
        print(f"visible in the inbox: only {distinct}/{len(ids)} after {args.timeout:.0f} s")
    else:
        print(
            f"all {len(ids)} messages visible in the inbox {visible_after:.2f} s after the last delivery "
            f"(target < {TARGETS['visible_s']} s)"
        )
    print(f"duplicate messages created: {duplicates} (must be 0)")
    print(f"hand-overs received by the contact centre: {len(receiver.accepted)}")
    _cpu_report(
        before,
        during,
        after,
        result=result,
        deliveries=len(bodies),
        messages=distinct,
        visible_seconds=visible_after,
    )
    print(
        f"for scale, the same server's /healthz (one trivial query, no write) from {args.senders} senders: "
        f"{baseline.accepted / baseline.seconds:.0f} answers/s, p50 {baseline.percentile(50) * 1000:.1f} ms, "
        f"p99 {baseline.percentile(99) * 1000:.1f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0 if duplicates == 0 and visible_after is not None and result.accepted == len(bodies) else 1


def _cpu_report(
    before, during, after, *, result, deliveries: int, messages: int, visible_seconds=None
) -> None:
    """Where the cores went: per delivery while sending, per message for the whole run, and everyone else."""
    sending = {k: during[k] - before[k] for k in before}
    whole = {k: after[k] - before[k] for k in before}
    ms = 1000 / deliveries
    sender = getattr(result, "sender_cpu_seconds", None)
    print(
        f"CPU while sending ({result.seconds:.1f} s): web {sending['web'] * ms:.2f} ms/delivery, "
        f"task workers {sending['workers'] * ms:.2f} ms, PostgreSQL {sending['postgres'] * ms:.2f} ms"
        + (f", the sender itself {sender * ms:.2f} ms" if sender is not None else "")
        + f"; the whole machine was busy {sending['machine'] / max(result.seconds, 1e-9):.2f} of "
        f"{os.cpu_count()} cores"
    )
    draining = {k: after[k] - during[k] for k in before}
    if visible_seconds:
        print(
            f"after the last delivery until all were visible ({visible_seconds:.1f} s): the whole machine was busy "
            f"{draining['machine'] / visible_seconds:.2f} of {os.cpu_count()} cores (task workers "
            f"{draining['workers'] / visible_seconds:.2f}, PostgreSQL {draining['postgres'] / visible_seconds:.2f}, "
            f"web {draining['web'] / visible_seconds:.2f})"
        )
    if messages:
        print(
            f"CPU from the first delivery until {messages} messages were visible: task workers "
            f"{whole['workers'] * 1000 / messages:.2f} ms/message, PostgreSQL "
            f"{whole['postgres'] * 1000 / messages:.2f} ms/message (all of it, web included)"
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

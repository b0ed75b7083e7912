"""Realistic synthetic Instagram traffic, signed like Meta signs it, for demos (`play_traffic`) and `make bench`.

The lines come from data/traffic.json (invented; some risky so triage has work to do). Pure Python + httpx.
"""

import json
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from youthdesk.connectors.instagram.payloads import signature_for

DATA = json.loads((Path(__file__).parent / "data" / "traffic.json").read_text(encoding="utf-8"))


@dataclass
class PlayResult:
    """What happened to a run of deliveries: answers by status and the time each answer took."""

    sent: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def accepted(self) -> int:
        return self.statuses.get(200, 0)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _text(rng: random.Random, *, comment: bool, risky_share: float) -> str:
    if rng.random() < risky_share:
        return rng.choice(DATA["risky"])
    if comment:
        return rng.choice(DATA["comments"])
    parts = [rng.choice(DATA["openers"]), rng.choice(DATA["questions"]), rng.choice(DATA["closers"])]
    return " ".join(p for p in parts if p)


def deliveries_make(
    *,
    count: int,
    account_id: str,
    duplicates: float = 0.2,
    comment_share: float = 0.25,
    risky_share: float = 0.08,
    people: int | None = None,
    seed: int = 1,
    start_ms: int | None = None,
    run_id: str = "",
    postback_share: float = 0.0,
    edit_share: float = 0.0,
) -> tuple[list[bytes], set[str]]:
    """`count` delivery bodies, a `duplicates` share of them redeliveries of earlier ones, shuffled like Meta's retries.

    A `postback_share` of the new items are button taps (`messaging_postbacks`), an `edit_share` edits of
    earlier DMs of the run (`message_edit`, numbered per message). Returns (bodies, the distinct platform ids
    of the messages in them; an edit changes a message, so it adds none).
    """
    rng = random.Random(seed)
    run_id = run_id or f"{rng.getrandbits(32):08x}"
    unique = max(1, round(count * (1 - duplicates)))
    people = people or max(1, unique // 4)
    now_ms = start_ms if start_ms is not None else int(time.time() * 1000)
    bodies: list[bytes] = []
    ids: set[str] = set()
    sent_dms: list[tuple[str, str]] = []  # (sender, mid) of the run's DMs, for edits
    edits: dict[str, int] = {}
    for n in range(unique):
        person = rng.randrange(people)
        sender = f"7{int(run_id, 16) % 10**6:06d}{person:08d}"
        at = now_ms - (unique - n) * 50  # spread over the last few seconds, in order
        # Drawn only when asked for, so the same seed gives the same DMs and comments as before.
        extra = rng.random() if (postback_share or edit_share) else 1.0
        if extra < postback_share:
            mid = f"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjPB{run_id}{n:010d}"
            title = rng.choice(DATA["buttons"])
            bodies.append(
                postback_delivery(account_id=account_id, sender=sender, mid=mid, title=title, at_ms=at)
            )
            ids.add(mid)
            continue
        if extra < postback_share + edit_share and sent_dms:
            edited_sender, edited_mid = rng.choice(sent_dms)
            edits[edited_mid] = edits.get(edited_mid, 0) + 1
            text = _text(rng, comment=False, risky_share=risky_share)
            bodies.append(
                edit_delivery(
                    account_id=account_id,
                    sender=edited_sender,
                    mid=edited_mid,
                    text=text,
                    number=edits[edited_mid],
                    at_ms=at,
                )
            )
            continue
        if rng.random() < comment_share:
            comment_id = f"178{int(run_id, 16) % 10**5:05d}{n:09d}"
            change = {
                "field": "comments",
                "value": {
                    "from": {"id": sender, "username": rng.choice(DATA["handles"]) + str(person)},
                    "media": {"id": "18050310947722369", "media_product_type": "FEED"},
                    "id": comment_id,
                    "text": _text(rng, comment=True, risky_share=risky_share),
                },
            }
            delivery = {
                "object": "instagram",
                "entry": [{"id": account_id, "time": at // 1000, "changes": [change]}],
            }
            ids.add(comment_id)
        else:
            mid = f"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOj{run_id}{n:010d}"
            item = {
                "sender": {"id": sender},
                "recipient": {"id": account_id},
                "timestamp": at,
                "message": {"mid": mid, "text": _text(rng, comment=False, risky_share=risky_share)},
            }
            delivery = {
                "object": "instagram",
                "entry": [{"id": account_id, "time": at + 20, "messaging": [item]}],
            }
            ids.add(mid)
            sent_dms.append((sender, mid))
        bodies.append(_meta_bytes(delivery))
    for _ in range(count - unique):
        bodies.append(bodies[rng.randrange(unique)])
    # Redeliveries come later than the first delivery, but otherwise in no particular order.
    head, tail = bodies[: unique // 2], bodies[unique // 2 :]
    rng.shuffle(tail)
    return head + tail, ids


def _meta_bytes(delivery: dict) -> bytes:
    """Serialised like Meta: compact, non-ASCII escaped."""
    return json.dumps(delivery, separators=(",", ":"), ensure_ascii=True).encode()


def _messaging(account_id: str, at_ms: int, item: dict) -> bytes:
    return _meta_bytes(
        {"object": "instagram", "entry": [{"id": account_id, "time": at_ms + 20, "messaging": [item]}]}
    )


def postback_delivery(
    *, account_id: str, sender: str, mid: str, title: str, payload: str = "", at_ms: int
) -> bytes:
    """A button or ice-breaker tap (`messaging_postbacks`), in Meta's documented shape."""
    return _messaging(
        account_id,
        at_ms,
        {
            "sender": {"id": sender},
            "recipient": {"id": account_id},
            "timestamp": at_ms,
            "postback": {"mid": mid, "title": title, "payload": payload or title.upper().replace(" ", "_")},
        },
    )


def edit_delivery(*, account_id: str, sender: str, mid: str, text: str, number: int, at_ms: int) -> bytes:
    """The young person edited message `mid` (`message_edit`, the `number`th edit), in Meta's shape."""
    return _messaging(
        account_id,
        at_ms,
        {
            "sender": {"id": sender},
            "recipient": {"id": account_id},
            "timestamp": at_ms,
            "message_edit": {"mid": mid, "text": text, "num_edit": number},
        },
    )


def deliveries_play(
    *, url: str, bodies: list[bytes], secret: str, rate: float = 0, senders: int = 4, retries: int = 3
) -> PlayResult:
    """POST signed bodies from `senders` threads (at most `rate` per second overall if > 0), retrying non-200s."""
    result = PlayResult()
    lock = threading.Lock()
    next_index = iter(range(len(bodies)))
    started = time.perf_counter()

    def sender() -> None:
        with httpx.Client(timeout=30) as http:
            while True:
                with lock:
                    index = next(next_index, None)
                if index is None:
                    return
                if rate > 0:
                    delay = started + index / rate - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                body = bodies[index]
                headers = {
                    "Content-Type": "application/json",
                    "X-Hub-Signature-256": signature_for(body, secret),
                }
                for attempt in range(retries + 1):
                    t0 = time.perf_counter()
                    try:
                        status = http.post(url, content=body, headers=headers).status_code
                    except httpx.HTTPError:
                        status = 0
                    elapsed = time.perf_counter() - t0
                    with lock:
                        result.sent += 1
                        result.latencies.append(elapsed)
                        result.statuses[status] = result.statuses.get(status, 0) + 1
                        if status != 200:
                            result.errors += 1
                    if status == 200:
                        break
                    time.sleep(min(2.0, 0.1 * 2**attempt))  # Meta retries too; so do we

    threads = [threading.Thread(target=sender, daemon=True) for _ in range(max(1, senders))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result

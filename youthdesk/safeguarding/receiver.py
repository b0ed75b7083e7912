"""A contact-centre receiver for tests, the bench and demos: a small threaded HTTP server on loopback.

It checks `X-YouthDesk-Signature`, drops repeats by `Idempotency-Key` (answering 200 so the sender stops),
records every request, and can be told to answer 503, to hang, or to refuse connections altogether.

    python -m youthdesk.safeguarding.receiver --port 8899 --secret demo-contact-centre-secret
"""

import argparse
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from youthdesk.safeguarding.signing import SIGNATURE_HEADER, signature_valid


@dataclass
class Received:
    """One request as the receiver saw it."""

    key: str
    body: bytes
    headers: dict
    at: float
    status: int
    duplicate: bool = False

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class ReceiverState:
    """Everything the receiver has seen; shared by its handler threads."""

    secret: str
    mode: str = "ok"  # ok | 503 | hang (accept and record, then answer too late)
    hang_seconds: float = 30.0
    requests: list[Received] = field(default_factory=list)
    accepted: dict[str, Received] = field(default_factory=dict)  # first delivery of each key
    lock: threading.Lock = field(default_factory=threading.Lock)


class Receiver:
    """Start with `.start()`; `.url` is the endpoint; `.down()` refuses connections, `.up()` reopens the port."""

    def __init__(self, *, secret: str, port: int = 0, host: str = "127.0.0.1"):
        self.state = ReceiverState(secret=secret)
        self.host, self.port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> "Receiver":
        handler = type("Handler", (_Handler,), {"state": self.state})
        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer((self.host, self.port), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def down(self) -> None:
        """Refuse connections (the port is closed), as when the contact centre's service is down."""
        self.stop()

    def up(self) -> None:
        if self._server is None:
            self.start()

    def set_mode(self, mode: str) -> None:
        assert mode in ("ok", "503", "hang")
        self.state.mode = mode

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/handover"

    # What it saw -------------------------------------------------------------------------------------------
    @property
    def accepted(self) -> dict[str, Received]:
        with self.state.lock:
            return dict(self.state.accepted)

    @property
    def requests(self) -> list[Received]:
        with self.state.lock:
            return list(self.state.requests)

    def seen_twice(self) -> int:
        """Hand-overs accepted (processed) more than once: must always be 0, since repeats are dropped."""
        with self.state.lock:
            counts: dict[str, int] = {}
            for r in self.state.requests:
                if r.status == 200 and not r.duplicate:
                    counts[r.key] = counts.get(r.key, 0) + 1
            return sum(1 for c in counts.values() if c > 1)

    def repeats_dropped(self) -> int:
        with self.state.lock:
            return sum(1 for r in self.state.requests if r.duplicate)

    def __enter__(self) -> "Receiver":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    state: ReceiverState

    def log_message(self, *args) -> None:  # quiet: tests and the bench read the state instead
        pass

    def _answer(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        key = self.headers.get("Idempotency-Key", "")
        state = self.state
        record = Received(key=key, body=body, headers=dict(self.headers.items()), at=time.time(), status=0)
        with state.lock:
            if state.mode == "503":
                record.status = 503
            elif not signature_valid(
                body=body, secret=state.secret, header=self.headers.get(SIGNATURE_HEADER)
            ):
                record.status = 401
            elif not key:
                record.status = 400
            else:
                record.status = 200
                record.duplicate = key in state.accepted
                if not record.duplicate:
                    state.accepted[key] = record
            state.requests.append(record)
        if state.mode == "hang":
            # Taken in, but the answer never comes in time: the sender cannot know it arrived.
            time.sleep(state.hang_seconds)
        messages = {503: "unavailable", 401: "bad signature", 400: "no Idempotency-Key"}
        if record.status == 200:
            self._answer(200, {"status": "duplicate" if record.duplicate else "received", "key": key})
        else:
            self._answer(record.status, {"error": messages[record.status]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8899)
    parser.add_argument("--secret", default="demo-contact-centre-secret")
    args = parser.parse_args()
    receiver = Receiver(secret=args.secret, port=args.port).start()
    print(f"contact-centre receiver on {receiver.url}", flush=True)
    try:
        while True:
            time.sleep(5)
            print(
                f"{len(receiver.accepted)} hand-overs, {receiver.repeats_dropped()} repeats dropped",
                flush=True,
            )
    except KeyboardInterrupt:
        receiver.stop()


if __name__ == "__main__":
    main()

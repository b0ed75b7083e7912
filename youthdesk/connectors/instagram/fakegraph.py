"""A fake Graph API on 127.0.0.1 that speaks Meta's documented JSON, for tests and `make run` demos.

It answers the Send API ({"recipient_id", "message_id"}) and comment replies ({"id"}), refuses a wrong
token with a Graph error object, records every request, and can be told to fail the next N requests.
"""

import itertools
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_MESSAGES = re.compile(r"^/(?:v[\d.]+/)?(?P<account>[^/]+)/messages$")
_REPLIES = re.compile(r"^/(?:v[\d.]+/)?(?P<comment>[^/]+)/replies$")


@dataclass
class Failure:
    """How the next failing requests answer: an HTTP status and a Graph error code."""

    status: int = 500
    code: int = 2
    message: str = "An unexpected error has occurred. Please retry your request later."
    error_type: str = "OAuthException"


@dataclass
class FakeGraphState:
    """What the fake server received, and the failures it has been told to produce."""

    token: str = ""
    requests: list[dict] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def fail_next(self, count: int = 1, **failure) -> None:
        with self.lock:
            self.failures.extend(Failure(**failure) for _ in range(count))

    def sent(self, path_suffix: str = "") -> list[dict]:
        with self.lock:
            return [r for r in self.requests if r["path"].endswith(path_suffix)]


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeGraph/1.0"
    state: FakeGraphState

    def log_message(self, *args) -> None:  # quiet: tests and demos read state, not logs
        pass

    def _answer(self, status: int, body: dict) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _error(self, status: int, message: str, code: int, error_type: str = "OAuthException", **extra):
        error = {"message": message, "type": error_type, "code": code, **extra}
        error["fbtrace_id"] = "A" + secrets.token_hex(10)
        self._answer(status, {"error": error})

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not token:
            token = dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("access_token", "")
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = None
        state = self.state
        with state.lock:
            state.requests.append({"path": path, "body": body, "token": token})
            failure = state.failures.pop(0) if state.failures else None
        if failure is not None:
            return self._error(failure.status, failure.message, failure.code, failure.error_type)
        if state.token and token != state.token:
            return self._error(400, "Invalid OAuth access token - Cannot parse access token", 190)
        if not isinstance(body, dict):
            return self._error(400, "(#100) Request body is not valid JSON", 100, "GraphMethodException")
        if _MESSAGES.match(path):
            return self._send_api(body)
        if _REPLIES.match(path):
            message = body.get("message")
            if not isinstance(message, str) or not message:
                return self._error(400, "(#100) The parameter message is required", 100)
            return self._answer(200, {"id": f"1790{next(state.ids):011d}"})
        return self._error(
            400, f"Unsupported post request. Object does not exist ({path})", 100, "GraphMethodException"
        )

    def _send_api(self, body: dict) -> None:
        recipient = body.get("recipient") if isinstance(body.get("recipient"), dict) else {}
        message = body.get("message") if isinstance(body.get("message"), dict) else {}
        text = message.get("text")
        if not (recipient.get("id") or recipient.get("comment_id")):
            return self._error(400, "(#100) The parameter recipient is required", 100)
        if not isinstance(text, str) or not text:
            return self._error(400, "(#100) The parameter message is required", 100)
        if len(text.encode()) > 1000:
            return self._error(
                400, "(#100) Length of param message[text] must be less than or equal to 1000", 100
            )
        if body.get("tag") is not None and body.get("tag") != "HUMAN_AGENT":
            return self._error(400, "(#100) Param tag must be one of {HUMAN_AGENT}", 100)
        recipient_id = recipient.get("id") or f"5{next(self.state.ids):014d}"
        mid = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOj" + secrets.token_hex(12)
        return self._answer(200, {"recipient_id": str(recipient_id), "message_id": mid})

    def do_GET(self) -> None:  # noqa: N802
        self._error(400, "Unsupported get request.", 100, "GraphMethodException")


class FakeGraphServer:
    """Runs the fake Graph API in a background thread; `url` is the base to put in GRAPH_API_URL."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, token: str = "") -> None:
        self.state = FakeGraphState(token=token)
        handler = type("Handler", (_Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v21.0"

    def start(self) -> "FakeGraphServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

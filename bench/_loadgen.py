"""A lean HTTP/1.1 load generator for the benchmarks: pre-built requests, keep-alive connections, one thread.

The product and the load share the machine's cores, so the sender must cost little: each request is built
once as bytes before the clock starts, and asyncio writes it and reads the answer without an HTTP library.
The thread's own CPU time is reported, so a run says how much of the machine the load itself took.
"""

import asyncio
import time
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    """Answers by status, the time each answer took, and what the sender itself cost."""

    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    sender_cpu_seconds: float = 0.0
    reconnects: int = 0

    @property
    def accepted(self) -> int:
        return self.statuses.get(200, 0)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def request_bytes(*, method: str, path: str, host: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """One complete HTTP/1.1 request, keep-alive."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", *(f"{k}: {v}" for k, v in headers.items())]
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _answer(reader: asyncio.StreamReader) -> int:
    """Read one answer (Content-Length or chunked body); returns its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, _, rest = head.partition(b"\r\n")
    status = int(status_line.split(b" ", 2)[1])
    length, chunked = 0, False
    for line in rest.split(b"\r\n"):
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    elif length:
        await reader.readexactly(length)
    return status


async def _run(host: str, port: int, requests: list[bytes], connections: int, retries: int) -> LoadResult:
    result = LoadResult()
    queue = iter(range(len(requests)))

    async def connection() -> None:
        reader = writer = None
        for index in queue:
            for _attempt in range(retries + 1):
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                started = time.perf_counter()
                try:
                    writer.write(requests[index])
                    status = await _answer(reader)
                except (ConnectionError, asyncio.IncompleteReadError):
                    # The server closed an idle keep-alive connection: open a new one and send again.
                    writer.close()
                    reader = writer = None
                    result.reconnects += 1
                    continue
                result.latencies.append(time.perf_counter() - started)
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if status == 200:
                    break
        if writer is not None:
            writer.close()

    cpu, wall = time.thread_time(), time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(connections)))
    result.seconds = time.perf_counter() - wall
    result.sender_cpu_seconds = time.thread_time() - cpu
    return result


def requests_send(
    *, host: str, port: int, requests: list[bytes], connections: int = 4, retries: int = 3
) -> LoadResult:
    """Send each request once over `connections` keep-alive connections, retrying non-200 answers."""
    return asyncio.run(_run(host, port, requests, connections, retries))

"""Shared by the benchmarks that start the product: wait until `youthdesk serve` answers its health check."""

import time

import httpx


def wait_until_up(base: str, server, *, timeout: float) -> bool:
    """True once `base`/healthz answers 200; False if the server exits or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            return False
        time.sleep(0.2)

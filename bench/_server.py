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


def product_start(*, var_dir, port: int, web_workers: int, task_workers: int, env: dict[str, str]):
    """Migrate a fresh product (var_dir's SQLite, or DATABASE_URL) and start `youthdesk serve` on loopback.

    `env` adds the bench's own settings (secrets, peer URLs) to the ones every bench shares.
    """
    import os
    import subprocess
    import sys

    full_env = {
        **os.environ,
        "YOUTHDESK_VAR_DIR": str(var_dir),
        "YOUTHDESK_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
        "YOUTHDESK_DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "youthdesk.settings",
        **env,
    }
    cli = [sys.executable, "-m", "youthdesk.cli"]
    subprocess.run([*cli, "migrate", "--noinput", "-v", "0"], env=full_env, check=True)
    args = [
        "serve",
        "--port",
        str(port),
        "--web-workers",
        str(web_workers),
        "--task-workers",
        str(task_workers),
    ]
    return subprocess.Popen([*cli, *args], env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

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


def _ticks(pid: int) -> int:
    """utime + stime of one live process, in clock ticks (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def process_tree(pid: int) -> list[int]:
    """pid and every live process below it (Linux /proc)."""
    import os

    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used so far by the live processes under pid (the product's web and task workers)."""
    import os

    return sum(_ticks(p) for p in process_tree(pid)) / os.sysconf("SC_CLK_TCK")


def postgres_pid(database_url: str) -> int | None:
    """The postmaster's pid when the PostgreSQL behind database_url runs on this machine, else None."""
    from pathlib import Path

    import psycopg

    try:
        with psycopg.connect(database_url.replace("postgresql://", "postgres://", 1)) as conn:
            data = conn.execute("SHOW data_directory").fetchone()[0]
        return int((Path(data) / "postmaster.pid").read_text().split()[0])
    except (psycopg.Error, OSError, ValueError, IndexError):
        return None


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all processes, everyone's), from /proc/stat."""
    import os

    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")

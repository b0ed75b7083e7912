"""Insights read-side benchmark: `make bench BENCH_ARGS="insights --count=5000000"`.

Starts its own PostgreSQL (unless DATABASE_URL is set; with DATABASE_URL, `--reuse` measures the dataset
already there instead of generating a new one), generates a synthetic anonymised dataset with
`youthdesk insights_synth`, then measures each dashboard endpoint's p95 server time over typical filter
combinations (target < 300 ms), the two-month report build (target < 30 s), and the same figures computed with
a plain ORM aggregate over the record-level table, printing the ratio.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = (
    str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
)
PORT = 55433  # the first choice; another free port is taken when it is busy (other benches may run)


def _free_port() -> int:
    for port in range(PORT, PORT + 50):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port for PostgreSQL")


def _arg(argv: list[str], name: str, default: str) -> str:
    for a in argv:
        if a.startswith(f"--{name}="):
            return a.split("=", 1)[1]
    return default


def _pg_bin() -> Path:
    base = Path("/usr/lib/postgresql")
    if not base.exists():
        if os.geteuid() != 0:
            raise RuntimeError(
                "PostgreSQL is not installed (apt-get install postgresql) and DATABASE_URL is unset"
            )
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "postgresql"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    version = sorted(base.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)[-1]
    return version / "bin"


@contextmanager
def postgres():
    """A throwaway PostgreSQL on loopback, run as the postgres user, removed afterwards."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    pg = _pg_bin()
    port = _free_port()
    data = tempfile.mkdtemp(prefix="youthdesk-bench-pg.")
    shutil.chown(data, "postgres")
    as_pg = ["su", "postgres", "-c"]
    subprocess.run([*as_pg, f"{pg}/initdb -D {data} -A trust -U postgres >/dev/null"], check=True)
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB -c work_mem=64MB -c max_wal_size=4GB -k /tmp"
    subprocess.run(
        [*as_pg, f"{pg}/pg_ctl -D {data} -o '{opts}' -l {data}/log -w start >/dev/null"], check=True
    )
    try:
        subprocess.run([*as_pg, f"{pg}/createdb -h 127.0.0.1 -p {port} -U postgres youthdesk"], check=True)
        yield f"postgres://postgres@127.0.0.1:{port}/youthdesk"
    finally:
        subprocess.run([*as_pg, f"{pg}/pg_ctl -D {data} -m fast stop >/dev/null"], check=False)
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    count = int(_arg(argv, "count", "1000000"))
    repeats = _arg(argv, "repeats", "5")
    with postgres() as url:
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "YOUTHDESK_TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        }
        youthdesk = (
            [PYTHON, "-m", "youthdesk.cli"]
            if not (ROOT / ".venv/bin/youthdesk").exists()
            else [str(ROOT / ".venv/bin/youthdesk")]
        )
        subprocess.run([*youthdesk, "migrate", "--noinput", "-v", "0"], check=True, env=env, cwd=ROOT)
        print(f"database: PostgreSQL at {url.rsplit('@', 1)[-1]}; machine load {os.getloadavg()[0]:.1f}")
        if "--reuse" in argv and os.environ.get("DATABASE_URL"):
            # Measure the dataset already in DATABASE_URL (generating 5M takes a quarter of an hour).
            print("synthetic dataset: reusing the one already in the database")
        else:
            started = time.perf_counter()
            subprocess.run(
                [*youthdesk, "insights_synth", "--count", str(count)], check=True, env=env, cwd=ROOT
            )
            print(
                f"synthetic dataset: {count:,} engagements in {time.perf_counter() - started:.1f} s (incl. aggregates)"
            )
        result = subprocess.run([*youthdesk, "insights_bench", "--repeats", repeats], env=env, cwd=ROOT)
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

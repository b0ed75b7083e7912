"""Run every benchmark, or the ones named: `make bench BENCH_ARGS="triage ingest"`."""

import importlib
import os
import platform
import sys

SUITES = ["triage", "places", "ingest", "safety", "insights"]


def machine() -> str:
    cpu = "unknown cpu"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.node()}: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main(argv: list[str]) -> int:
    # Suite names select suites; every other word (options and their values) goes to each suite.
    wanted = [a for a in argv if a in SUITES] or SUITES
    rest = [a for a in argv if a not in SUITES]
    print(f"# YouthDesk benchmarks on {machine()}")
    failed = []
    for name in wanted:
        print(f"\n## {name}")
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            print(f"(not available: {exc})")
            continue
        if module.main(rest) not in (0, None):
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

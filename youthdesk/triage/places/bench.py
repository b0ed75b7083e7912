"""Speed of locate() on one core: per-message time over the labelled set, and the slowest adversarial input.

.venv/bin/python -m youthdesk.triage.places.bench [--rounds N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

ADVERSARIAL = {
    "100 KB of one letter": "a" * 100_000,
    "100 KB of 'leeds LS6 '": "leeds LS6 " * 10_000,
    "100 KB of 'in '": "in " * 33_000,
    "100 KB of 'a ' then a town": "a " * 49_990 + "leeds",
    "100 KB of full postcodes": "LS6 1AA " * 12_500,
    "100 KB of 'st '": "st " * 33_000,
    "50 K of a case-changing letter": "İ" * 50_000 + " leeds",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="locate() speed")
    parser.add_argument("--rounds", type=int, default=20)
    args, _ = parser.parse_known_args(argv)  # make bench passes every suite the same flags
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    from youthdesk.triage.places import locate
    from youthdesk.triage.places.evaluate import labelled_read
    from youthdesk.triage.places.gazetteer import gazetteer, unit_exceptions

    gazetteer()
    unit_exceptions()
    load_ms = (time.perf_counter() - start) * 1000
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    texts = [row["text"] for row in labelled_read()]
    wall, cpu = [], []
    for _ in range(args.rounds):
        for text in texts:
            c0, t0 = time.thread_time(), time.perf_counter()
            locate(text)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
    print(f"load: {load_ms:.0f} ms, resident memory +{(rss_after - rss_before) / 1024:.1f} MB")
    # Wall time suffers when other work shares the cores; CPU time of this thread does much less.
    for label, timings in (("wall", wall), ("cpu", cpu)):
        timings.sort()
        p50 = statistics.median(timings) * 1e6
        p99 = timings[int(len(timings) * 0.99)] * 1e6
        print(
            f"{label}: {len(timings)} messages, {len(timings) / sum(timings):,.0f} msgs/s, "
            f"p50 {p50:.0f} us, p99 {p99:.0f} us, max {timings[-1] * 1e6:.0f} us"
        )
    worst = 0.0
    for name, text in ADVERSARIAL.items():
        best = min(_time(locate, text) for _ in range(3))
        worst = max(worst, best)
        print(f"adversarial {name}: {best * 1000:.1f} ms cpu")
    print(f"slowest adversarial input: {worst * 1000:.1f} ms cpu")
    return 0


def _time(fn, text: str) -> float:
    t0 = time.thread_time()
    fn(text)
    return time.thread_time() - t0


if __name__ == "__main__":
    sys.exit(main())

"""The synthetic dataset and the benchmark's own checks, at a small size on the test database."""

import datetime as dt

from youthdesk.insights.benchmark import run
from youthdesk.insights.models import AnonEngagement, DailyTheme, DailyTotal
from youthdesk.insights.synth import insights_synth


def test_synthetic_dataset_and_benchmark_agree_with_the_raw_rows(db, themes):
    end = dt.date(2026, 10, 31)
    result = insights_synth(count=1500, days=120, end=end)

    assert AnonEngagement.objects.count() == 1500 == result["engagements"]
    assert sum(DailyTotal.objects.values_list("engagements", flat=True)) == 1500
    assert DailyTheme.objects.count() == result["daily_themes"] > 0
    assert AnonEngagement.objects.filter(day__gt=end).count() == 0
    # Repeat contact exists (the key pool is smaller than the number of engagements).
    assert AnonEngagement.objects.values("contact_key").distinct().count() < 1500
    # The weekly roll-up plus daily edges gives exactly the raw counts, for ranges of every shape.
    from youthdesk.insights.benchmark import raw_themes
    from youthdesk.insights.filters import Filters
    from youthdesk.insights.selectors import by_dimension

    for start, length, force in [(0, 120, ""), (3, 17, ""), (10, 64, "Kent Police"), (50, 1, ""), (5, 6, "")]:
        filters = Filters(
            end - dt.timedelta(days=119 - start), end - dt.timedelta(days=120 - start - length), force
        )
        counts = {k: v["engagements"] for k, v in by_dimension(filters=filters, dimension="theme").items()}
        assert counts == raw_themes(filters), (start, length, force)
    lines = []
    # run() asserts the aggregates equal plain ORM counts over the raw rows before timing anything.
    run(repeats=1, write=lines.append)
    assert lines[0].startswith("record-level rows: 1,500")
    assert any(line.startswith("two-month report") for line in lines)

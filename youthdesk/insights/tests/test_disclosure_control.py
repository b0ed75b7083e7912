"""Statistical disclosure control: no number a partner sees reveals a count from 1 to 9, even by subtraction."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from youthdesk.insights import sdc
from youthdesk.insights.charts import chart_build
from youthdesk.insights.filters import Filters
from youthdesk.insights.models import AnonEngagement, AnonEngagementTheme, DailyTheme, DailyTotal
from youthdesk.insights.scope import Viewer
from youthdesk.insights.services import aggregates_rebuild

LIMIT = 10
PARTNER = Viewer(controlled=True, force_scope="Kent Police")
FORCES = ["Kent Police", "Essex Police", "Surrey Police"]
CONTACT_TYPES = ["question", "crime_report", "disclosure", "feedback"]
THEMES = ["knife-crime", "drugs", "online-safety"]
DAY0 = dt.date(2026, 6, 1)


def _interval(value) -> tuple[int, int]:
    """What an intruder knows about a true count from its published form (and the published rules)."""
    if value == 0:
        return 0, 0
    if value == sdc.SUPPRESSED:
        return 1, LIMIT - 1
    if value == sdc.WITHHELD:
        return 1, 10**9
    low = value - sdc.ROUND_BASE // 2
    return max(low, LIMIT), value + sdc.ROUND_BASE // 2


def _feasible(cells: list, total) -> list[tuple[int, int]]:
    """Tightest bounds for each cell given the others' bounds and the group total (interval propagation)."""
    bounds = [_interval(c) for c in cells]
    t_low, t_high = _interval(total)
    t_low, t_high = max(t_low, 0), t_high
    out = []
    for i, (low, high) in enumerate(bounds):
        others_low = sum(b[0] for j, b in enumerate(bounds) if j != i)
        others_high = sum(b[1] for j, b in enumerate(bounds) if j != i)
        out.append((max(low, t_low - others_high), min(high, t_high - others_low)))
    return out


def assert_group_safe(true_values: list[int], published: list, total_published) -> None:
    for value in [*published, total_published]:
        assert sdc.is_safe(value), value
    for true, shown, (low, high) in zip(
        true_values, published, _feasible(published, total_published), strict=True
    ):
        assert low <= true <= high  # the published figures are honest
        if 0 < true < LIMIT:
            assert shown in (sdc.SUPPRESSED, sdc.WITHHELD)
            assert high > low, f"a count of {true} can be worked out exactly"


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=8))
@hsettings(max_examples=400, deadline=None)
def test_no_group_reveals_a_small_count_even_by_subtraction(values):
    published, total = sdc.group_publish(values, total=sum(values), limit=LIMIT)
    assert_group_safe(values, published, total)


def test_the_textbook_leak_is_closed():
    # [[0, 0], [0, 1]] with totals published leaks the 1 under primary suppression alone.
    published, total = sdc.group_publish([0, 1], total=1, limit=LIMIT)
    assert published == [0, "<10"] and total == "<10"
    published, total = sdc.group_publish([40, 3], total=43, limit=LIMIT)
    assert published == [sdc.WITHHELD, "<10"] and total == 45


def test_a_rounded_total_that_would_pin_small_cells_is_withheld():
    # Found by the property test: 9 + 9 = 18 rounds to 20, and 20 - 2 >= 18 would force both cells to 9.
    published, total = sdc.group_publish([9, 9], total=18, limit=LIMIT)
    assert published == ["<10", "<10"] and total == sdc.WITHHELD


def test_counts_round_to_five_and_never_below_the_threshold():
    assert [sdc.count_publish(v, limit=10) for v in (0, 1, 9, 10, 12, 13, 17, 18, 101)] == [
        0,
        "<10",
        "<10",
        10,
        10,
        15,
        15,
        20,
        100,
    ]


def test_threshold_is_a_setting(settings):
    settings.INSIGHTS_SUPPRESSION_THRESHOLD = 20
    assert sdc.count_publish(15) == "<20"
    assert sdc.count_publish(21) == 20


def _reset():
    for model in (DailyTheme, DailyTotal, AnonEngagementTheme, AnonEngagement):
        model.objects.all().delete()


engagement = st.fixed_dictionaries(
    {
        "day": st.integers(min_value=0, max_value=20),
        "force": st.sampled_from(FORCES),
        "contact_type": st.sampled_from(CONTACT_TYPES),
        "channel": st.sampled_from(["instagram", "webchat"]),
        "themes": st.sets(st.sampled_from(THEMES), min_size=1, max_size=2),
        "copies": st.integers(min_value=1, max_value=14),
        "start": st.integers(min_value=1, max_value=5),
        "end": st.integers(min_value=1, max_value=5),
    }
)
query = st.fixed_dictionaries(
    {
        "start": st.integers(min_value=0, max_value=20),
        "length": st.integers(min_value=1, max_value=21),
        "force": st.sampled_from(["", "Kent Police"]),
        "channel": st.sampled_from(["", "instagram"]),
        "contact_type": st.sampled_from(["", "question"]),
        "theme": st.sampled_from(["", "drugs"]),
    }
)


@pytest.mark.django_db
@given(data=st.lists(engagement, min_size=1, max_size=25), q=query)
@hsettings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_partner_charts_never_reveal_a_small_count(data, q):
    """Random engagements and random queries: every partner-visible chart passes the intruder check."""
    _reset()
    rows, themes = [], []
    for spec in data:
        for _ in range(spec["copies"]):
            rows.append(
                AnonEngagement(
                    source_key=f"k{len(rows)}",
                    day=DAY0 + dt.timedelta(days=spec["day"]),
                    force_name=spec["force"],
                    channel=spec["channel"],
                    contact_type=spec["contact_type"],
                    sentiment_start=spec["start"],
                    sentiment_end=spec["end"],
                    outcome="answered",
                    grade="standard",
                    first_response_seconds=60,
                    resolution_seconds=600,
                    contact_key="k",
                )
            )
            themes.append(spec["themes"])
    AnonEngagement.objects.bulk_create(rows)
    AnonEngagementTheme.objects.bulk_create(
        [
            AnonEngagementTheme(engagement=row, theme=t)
            for row, ts in zip(rows, themes, strict=True)
            for t in ts
        ]
    )
    aggregates_rebuild()  # equal to the incremental path (test_anonymised_store), and one statement
    start = DAY0 + dt.timedelta(days=q["start"])
    filters = Filters(
        start,
        start + dt.timedelta(days=q["length"] - 1),
        q["force"],
        q["channel"],
        q["theme"],
        q["contact_type"],
    )

    volume = chart_build(name="volume", viewer=PARTNER, filters=filters)
    true_volume = chart_build(name="volume", viewer=Viewer(controlled=False), filters=filters)
    assert_group_safe(
        [r[1] for r in true_volume["rows"]], [r[1] for r in volume["rows"]], volume["meta"]["total"]
    )

    types = chart_build(name="contact_types", viewer=PARTNER, filters=filters)
    true_types = chart_build(name="contact_types", viewer=Viewer(controlled=False), filters=filters)
    assert_group_safe(
        [r[2] for r in true_types["rows"]], [r[2] for r in types["rows"]], types["meta"]["total"]
    )

    sentiment = chart_build(name="sentiment", viewer=PARTNER, filters=filters)
    true_sentiment = {
        r[0]: r
        for r in chart_build(name="sentiment", viewer=Viewer(controlled=False), filters=filters)["rows"]
    }
    for row in sentiment["rows"]:
        assert_group_safe(true_sentiment[row[0]][2:5], row[2:5], row[5])

    for name, value_index in (("themes", 2), ("forces", 1), ("tilemap", 5)):
        for row in chart_build(name=name, viewer=PARTNER, filters=filters)["rows"]:
            if row[value_index] is not None:
                assert sdc.is_safe(row[value_index])
    forces = chart_build(name="forces", viewer=PARTNER, filters=filters)
    assert [r[0] for r in forces["rows"]] == ["All areas", "Kent Police"]  # never another force
    # National minus own area: both are rounded, so the rest of the country is only known to a range.
    national, own = forces["rows"][0][1], forces["rows"][1][1]
    if isinstance(national, int) and isinstance(own, int):
        low = max(_interval(national)[0] - _interval(own)[1], 0)
        high = _interval(national)[1] - _interval(own)[0]
        assert high > low or high == low == 0

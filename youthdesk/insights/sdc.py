"""Statistical disclosure control for everything a partner sees or takes away.

The rules (after the ONS "10-5" practice and UK LLC guidance):
- a count from 1 to threshold-1 is shown as "<10" (primary suppression); zero is shown as 0;
- every other count is rounded to the nearest 5 (never below the threshold), totals included, so differences
  of published numbers only give ranges;
- in a group published with its total, if exactly one cell is suppressed the next smallest non-zero cell is
  withheld too ("c", secondary suppression), and a total below the threshold is itself "<10";
- the group is then checked as an intruder would (each hidden cell bounded from the published cells and
  total): if a small count could still be pinned to one value, the total is withheld as well;
- means and percentages are shown only when their denominator reaches the threshold.
"""

from collections.abc import Sequence

from django.conf import settings

SUPPRESSED = "<10"
WITHHELD = "c"
ROUND_BASE = 5

Published = int | str


def threshold() -> int:
    return settings.INSIGHTS_SUPPRESSION_THRESHOLD


def suppressed_label(limit: int | None = None) -> str:
    return f"<{limit or threshold()}"


def count_publish(value: int, *, limit: int | None = None) -> Published:
    """One count as a partner may see it: 0, "<10", or rounded to the nearest 5 (never below the limit)."""
    limit = limit or threshold()
    if value <= 0:
        return 0
    if value < limit:
        return suppressed_label(limit)
    rounded = int(ROUND_BASE * ((value + ROUND_BASE // 2) // ROUND_BASE))
    return max(rounded, ROUND_BASE * -(-limit // ROUND_BASE))


def group_publish(
    values: Sequence[int], *, total: int | None = None, limit: int | None = None
) -> tuple[list[Published], Published | None]:
    """Cells of one additive group (and its total, when published) with primary and secondary suppression."""
    limit = limit or threshold()
    out: list[Published] = [count_publish(v, limit=limit) for v in values]
    if total is not None:
        hidden = [i for i, v in enumerate(values) if 0 < v < limit]
        if len(hidden) == 1:
            candidates = sorted((v, i) for i, v in enumerate(values) if v > 0 and i not in hidden)
            if candidates:
                out[candidates[0][1]] = WITHHELD
    if total is None:
        return out, None
    shown_total = count_publish(total, limit=limit)
    if any(
        0 < v < limit and low == high
        for v, (low, high) in zip(values, intervals(out, shown_total, limit=limit), strict=True)
    ):
        shown_total = WITHHELD
    return out, shown_total


def _bounds(value: Published, limit: int) -> tuple[int, int]:
    """What the published form of a count tells anyone about its true value."""
    if value == 0:
        return 0, 0
    if value == suppressed_label(limit):
        return 1, limit - 1
    if value == WITHHELD or not isinstance(value, int):
        return 1, 10**12
    return max(value - ROUND_BASE // 2, limit), value + ROUND_BASE // 2


def intervals(cells: Sequence[Published], total: Published, *, limit: int) -> list[tuple[int, int]]:
    """The tightest bounds on each cell that the published cells and total allow (the intruder's view)."""
    bounds = [_bounds(c, limit) for c in cells]
    t_low, t_high = _bounds(total, limit)
    low_sum, high_sum = sum(b[0] for b in bounds), sum(b[1] for b in bounds)
    return [
        (max(low, t_low - (high_sum - high)), min(high, t_high - (low_sum - low))) for low, high in bounds
    ]


def ratio_publish(numerator: float, denominator: int, *, digits: int = 1, limit: int | None = None):
    """A mean or percentage, or None when the denominator is below the limit."""
    limit = limit or threshold()
    if denominator < limit or denominator <= 0:
        return None
    return round(numerator / denominator, digits)


def is_safe(value) -> bool:
    """No published number is a small count: it is 0, a label, or a multiple of 5 at or above the limit."""
    if isinstance(value, str):
        return value in (suppressed_label(), WITHHELD)
    return value == 0 or (value >= threshold() and value % ROUND_BASE == 0)

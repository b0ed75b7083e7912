"""`serve --worker-nice`: task workers can yield the cores to webhook answers; bad values are refused."""

import os
import subprocess
import sys

import pytest
from django.core.management.base import CommandError

from youthdesk.core.management.commands.serve import _nicer


def _child_niceness(preexec) -> int:
    out = subprocess.run(
        [sys.executable, "-c", "import os; print(os.nice(0))"],
        preexec_fn=preexec,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout)


def test_a_worker_runs_that_much_nicer_than_the_server():
    assert _child_niceness(_nicer(5)) == os.nice(0) + 5


def test_zero_leaves_workers_at_the_servers_priority():
    assert _nicer(0) is None
    assert _child_niceness(None) == os.nice(0)


@pytest.mark.parametrize("value", [-1, 20, 40])
def test_out_of_range_values_are_refused_before_anything_starts(value):
    with pytest.raises(CommandError, match="between 0 and 19"):
        _nicer(value)

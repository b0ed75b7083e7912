"""Bad input never raises, and no input makes the engine backtrack for long (the figures are in bench)."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from youthdesk.triage import assess
from youthdesk.triage.types import GRADES

CONTROL = st.characters(min_codepoint=0, max_codepoint=31)
MIXED = st.characters(codec="utf-8")  # every script, emoji, combining marks, surrogates excluded
ODD = st.sampled_from(list("*!@$|013457.-_ \u200b\u200d\ufeff\u202e\u0301😂💊🔪'’\n\t\x00"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(MIXED, CONTROL, ODD), max_size=400))
def test_any_text_is_graded_without_an_exception(text):
    result = assess(text, places=False)
    assert result.grade in GRADES


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_binary_looking_text_is_graded(blob):
    assert assess(blob.decode("latin-1"), places=False).grade in GRADES


@settings(max_examples=10, deadline=None)
@given(st.text(alphabet=st.one_of(MIXED, ODD), min_size=1, max_size=8), st.integers(1000, 20000))
def test_huge_repetitive_text_is_graded(chunk, times):
    assert assess(chunk * times, places=False).grade in GRADES


def test_none_and_non_strings_are_graded_as_empty():
    assert assess(None, places=False).grade == "standard"  # type: ignore[arg-type]
    assert assess(12345, places=False).grade == "standard"  # type: ignore[arg-type]


ADVERSARIAL = [
    "a" * 100_000,
    "a " * 50_000,
    "k i l l " * 12_500,
    "s.u.i.c.i.d.e." * 7_000,
    "!" * 100_000,
    "k1ll " * 20_000,
    "*" * 100_000,
    "💊" * 25_000,
    "\u200b" * 100_000,
    "kill myself not " * 6_000,
    ("a" * 39 + " ") * 2_500,
    "a-" * 50_000,
    "9" * 100_000,
    "'" * 100_000,
]


def test_adversarial_inputs_finish_quickly():
    for text in ADVERSARIAL:
        started = (
            time.process_time()
        )  # CPU time: what backtracking would burn, whatever else the machine runs
        assess(text, places=False)
        elapsed = time.process_time() - started
        assert elapsed < 1.0, (text[:20], elapsed)

"""Arbitrary text never raises, results are well formed, and long adversarial input stays fast."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from youthdesk.triage.forces import force_names
from youthdesk.triage.places import locate

PLACEY = st.sampled_from(
    [
        "in",
        "leeds",
        "LS6",
        "1AA",
        "reading",
        "station",
        "st",
        "marys",
        "high",
        "school",
        "newport",
        "the",
        "'",
        ",",
        "İ",
        "\x00",
        "\u202e",
        "🙂",
        "ﬁ",
        " ",
        "BT1",
        "JE2",
        "to",
        "going",
        "isle",
        "of",
        "wight",
        "v",
        "fan",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_is_well_formed(text):
    matches, place, force = locate(text)
    assert force is None or force in force_names()
    assert place is None or any(m.text == place for m in matches)
    for m in matches:
        assert m.text and m.kind
        if m.kind not in ("postcode", "postcode_district", "crown_dependency"):
            assert m.text in text  # names are quoted as written, so the officer can find them


@settings(max_examples=300, deadline=None)
@given(st.lists(PLACEY, max_size=40).map(" ".join))
def test_place_like_word_soup_never_raises(text):
    matches, place, force = locate(text)
    assert (place is None) == (matches == ())
    assert force is None or force in force_names()


def test_long_adversarial_inputs_finish_quickly():
    # A generous bound: catastrophic backtracking would take minutes, not seconds.
    inputs = [
        "a" * 100_000,
        "leeds LS6 " * 10_000,
        "in " * 33_000,
        "A1" * 50_000,
        "a " * 49_990 + "leeds",
        "LS6 1AA " * 12_500,
        "st " * 33_000,
    ]
    for text in inputs:
        start = time.perf_counter()
        locate(text)
        assert time.perf_counter() - start < 2.0

"""The labelled place set meets the targets: place-to-force accuracy >= 0.95, no-place silence >= 95%."""

from youthdesk.triage.places.evaluate import labelled_read, places_evaluate


def test_the_labelled_set_is_big_enough_and_well_formed():
    rows = labelled_read()
    assert sum(r["place"] for r in rows) >= 150
    assert sum(not r["place"] for r in rows) >= 60
    assert all(set(r) == {"text", "force", "place", "note"} for r in rows)
    assert all(r["force"] is None for r in rows if not r["place"])


def test_place_to_force_accuracy_meets_the_target():
    scores = places_evaluate(labelled_read())
    assert scores.accuracy >= 0.95, scores.misses


def test_messages_naming_no_place_get_no_force():
    scores = places_evaluate(labelled_read())
    assert scores.no_place_silence >= 0.95, scores.misses


def test_the_evaluation_counts_a_wrong_force_as_a_miss():
    rows = [
        {"text": "i live in leeds", "force": "Kent Police", "place": True, "note": ""},
        {"text": "i live in leeds", "force": "West Yorkshire Police", "place": True, "note": ""},
        {"text": "i live in leeds", "force": None, "place": False, "note": ""},
    ]
    scores = places_evaluate(rows)
    assert (scores.place_correct, scores.place_total) == (1, 2)
    assert (scores.none_silent, scores.none_total) == (0, 1)
    assert len(scores.misses) == 2

"""The shipped tables are complete and consistent: every district has a force, every force has districts."""

import csv
import math
import re

import pytest

from youthdesk.triage.forces import all_forces, force_names
from youthdesk.triage.places import locate
from youthdesk.triage.places.gazetteer import DATA, UNROUTABLE, gazetteer, unit_exceptions


def lad_rows():
    with (DATA / "lad_to_force.csv").open() as fh:
        return list(csv.DictReader(fh))


def test_every_district_maps_to_a_canonical_territorial_force():
    territorial = {f.name for f in all_forces() if f.territorial and f.nation in ("England", "Wales")}
    rows = lad_rows()
    assert len({r["lad_code"] for r in rows}) == len(rows)
    assert {r["force"] for r in rows} == territorial
    assert len(territorial) == 43


def test_every_force_in_england_and_wales_has_at_least_one_current_district():
    current = {r["force"] for r in lad_rows() if not r["valid_to"]}
    assert len(current) == 43


def test_every_slug_in_the_tables_is_a_known_force():
    g = gazetteer()
    slugs = set(g.force_names) | {UNROUTABLE}
    for place in g.places.values():
        assert not place.force or place.force in slugs
        assert set(place.candidates) <= slugs
        assert place.force or place.candidates or place.kind == "crown_dependency" or place.force == ""
    for table in (g.outcodes, g.sectors):
        for code, shares in table.items():
            assert {s for s, _ in shares} <= slugs, code
            assert math.isclose(sum(v for _, v in shares), 1.0, abs_tol=0.01), code
            assert [v for _, v in shares] == sorted((v for _, v in shares), reverse=True), code
    assert set(unit_exceptions().values()) <= slugs


def test_postcode_areas_of_the_nations_map_to_their_services():
    g = gazetteer()
    assert all(g.outcodes[c][0][0] == "northern-ireland" for c in g.outcodes if c.startswith("BT"))
    assert all(
        g.outcodes[c][0][0] == "scotland" for c in g.outcodes if c[:2] in ("AB", "EH", "KY", "PA", "IV")
    )
    assert all(g.outcodes[c][0][0] == UNROUTABLE for c in g.outcodes if c[:2] in ("JE", "GY", "IM"))


def test_common_words_are_all_gazetteer_names():
    g = gazetteer()
    assert set(g.common_words) <= set(g.places)
    assert set(g.common_words.values()) == {"strict", "verb", "capital", "sport"}
    assert {"reading", "bath", "march", "sale", "street", "ware", "hope", "deal", "wells"} <= set(
        g.common_words
    )


@pytest.mark.parametrize("row", [r for r in lad_rows() if not r["valid_to"]], ids=lambda r: r["lad_name"])
def test_every_current_district_name_resolves_to_its_force(row):
    """A district named with a place cue ("i live in Kirklees") maps to its force, or is honestly ambiguous."""
    g = gazetteer()
    name = row["lad_name"].split(",")[0]
    matches, place, force = locate(f"i live in {name}")
    assert place is not None
    chosen = next(m for m in matches if m.text == place)
    if chosen.force is None:
        assert row["force"] in chosen.candidates or force == row["force"]
    else:
        assert force == row["force"], (name, force)
    assert force is None or force in force_names()
    assert g  # tables loaded once


def test_every_postcode_district_with_a_cue_maps_to_its_majority_or_to_candidates():
    g = gazetteer()
    for code, shares in g.outcodes.items():
        if not re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?", code):
            continue  # non-geographic codes people do not write (NPT)
        matches, place, force = locate(f"im in {code}")
        assert place == code, code
        top, share = shares[0]
        if top == UNROUTABLE:
            assert force is None and matches[0].kind == "crown_dependency"
        elif share >= 0.8:
            assert force == g.force_names[top], code
        else:
            assert force is None, code
            assert set(matches[0].candidates) == {g.force_names[s] for s, _ in shares if s != UNROUTABLE}


def test_the_generated_tables_are_up_to_date_with_the_curated_files():
    """Editing a curated CSV without re-running build_gazetteer.py fails here."""
    from youthdesk.triage.places.build_gazetteer import norm_name

    g = gazetteer()
    with (DATA / "aliases.csv").open() as fh:
        for row in csv.DictReader(fh):
            place = g.places[norm_name(row["name"])]
            assert (place.kind, place.force, place.candidates) == (row["kind"], row["force"], ()), row["name"]
    with (DATA / "ambiguous.csv").open() as fh:
        for row in csv.DictReader(fh):
            place = g.places[norm_name(row["name"])]
            assert place.force == "" and place.candidates == tuple(row["candidates"].split(",")), row["name"]
    with (DATA / "stopwords.csv").open() as fh:
        for row in csv.DictReader(fh):
            key = norm_name(row["name"])
            if key in g.places:
                assert g.common_words.get(key, "allow") == row["mode"], row["name"]

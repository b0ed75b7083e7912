"""The build script's pure helpers, and the postcode layer's exactness on units that cross a force line."""

import random

import pytest

from youthdesk.triage.places import build_gazetteer as build
from youthdesk.triage.places import locate
from youthdesk.triage.places.gazetteer import force_name, gazetteer, unit_exceptions


@pytest.mark.parametrize(
    ("lat", "lon", "east", "north"),
    [
        (51.500729, -0.124625, 530268, 179640),  # Elizabeth Tower, London
        (53.795984, -1.547572, 429940, 433520),  # Leeds City station (approx.)
        (55.953252, -3.188267, 325880, 673910),  # Edinburgh (approx.)
    ],
)
def test_latlon_to_grid_is_within_the_documented_error(lat, lon, east, north):
    e, n = build.latlon_to_osgb(lat, lon)
    assert abs(e - east) < 250 and abs(n - north) < 250


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("St. Helens", "st helens"),
        ("Stoke-on-Trent", "stoke on trent"),
        ("Brighton & Hove", "brighton and hove"),
        ("Ynys Môn", "ynys mon"),
        ("St Ann's", "st anns"),
    ],
)
def test_names_are_keyed_as_locate_reads_them(name, key):
    assert build.norm_name(name) == key


def test_district_variants_drop_the_ons_suffixes():
    assert build.lad_name_variants("Kingston upon Hull, City of") == ["kingston upon hull"]
    assert build.lad_name_variants("City of London") == ["city of london", "london"]


def test_short_forms_only_when_unique_and_not_a_word():
    towns = {
        "bognor regis": {"sussex"},
        "great yarmouth": {"norfolk"},
        "newton abbot": {"devon"},
        "newton aycliffe": {"durham"},
    }
    build.add_short_forms(towns, None)
    assert towns["bognor"] == {"sussex"}
    assert "newton" not in towns  # two towns start with it
    assert "great" not in towns and "yarmouth" not in towns


def test_units_that_differ_from_their_sectors_majority_resolve_exactly():
    """Every unit listed as an exception maps to its own force, not its sector's majority."""
    exceptions = sorted(unit_exceptions().items())
    for unit, slug in random.Random(7).sample(exceptions, 200):
        text = f"{unit[:-3]} {unit[-3:]}"
        matches, _, force = locate(f"my postcode is {text}")
        assert matches[0].kind in ("postcode", "crown_dependency")
        assert force == force_name(slug), text


def test_a_unit_in_a_mixed_sector_that_is_not_an_exception_takes_the_sector_majority():
    g = gazetteer()
    exceptions = unit_exceptions()
    mixed = next(code for code, shares in sorted(g.sectors.items()) if len(shares) > 1)
    majority = g.sectors[mixed][0][0]
    outward, digit = mixed.split()
    unit = next(
        f"{outward}{digit}{a}{b}"
        for a in "ABDEFGHJLNPQRSTUWXYZ"
        for b in "ABDEFGHJLNPQRSTUWXYZ"
        if f"{outward}{digit}{a}{b}" not in exceptions
    )
    assert locate(f"{unit[:-3]} {unit[-3:]}")[2] == force_name(majority)

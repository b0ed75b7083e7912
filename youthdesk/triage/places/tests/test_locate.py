"""locate(): place mentions in how young people write, mapped to the right police force or to none."""

import pytest

from youthdesk.triage.forces import force_names
from youthdesk.triage.places import locate
from youthdesk.triage.types import PlaceMatch


def force_of(text):
    return locate(text)[2]


class TestPostcodes:
    @pytest.mark.parametrize(
        ("text", "force"),
        [
            ("my postcode is LS6 1AA", "West Yorkshire Police"),
            ("ls6 1aa", "West Yorkshire Police"),
            ("LS61AA", "West Yorkshire Police"),
            ("M14 5AB", "Greater Manchester Police"),
            ("EC2V 7HH", "City of London Police"),
            ("BT1 1AA", "Police Service of Northern Ireland"),
            ("EH1 1YZ", "Police Scotland"),
            ("TD15 1AA", "Northumbria Police"),  # cross-border district: the unit decides
        ],
    )
    def test_given_a_full_postcode_when_located_then_the_units_force(self, text, force):
        matches, place, got = locate(text)
        assert got == force
        assert matches[0].kind == "postcode"
        assert place == matches[0].text

    def test_given_an_outcode_with_a_cue_when_located_then_its_force(self):
        matches, place, force = locate("im in LS6 innit")
        assert (place, force) == ("LS6", "West Yorkshire Police")
        assert matches == (PlaceMatch(text="LS6", kind="postcode_district", force="West Yorkshire Police"),)

    def test_given_a_straddling_outcode_without_clear_majority_then_shares_and_no_force(self):
        matches, place, force = locate("im in LA6")
        assert place == "LA6" and force is None
        match = matches[0]
        assert match.force is None
        assert set(match.candidates) == {
            "Cumbria Constabulary",
            "Lancashire Constabulary",
            "North Yorkshire Police",
        }
        shares = dict(match.shares)
        assert set(shares) == set(match.candidates)
        assert max(shares.values()) < 0.8
        assert sum(shares.values()) == pytest.approx(1.0, abs=0.01)

    def test_given_a_straddling_outcode_with_a_clear_majority_then_force_and_shares(self):
        matches, _, force = locate("from TD15")
        assert force == "Northumbria Police"
        assert matches[0].shares[0][0] == "Northumbria Police"
        assert matches[0].shares[0][1] >= 0.8
        assert len(matches[0].shares) > 1

    @pytest.mark.parametrize(
        "text",
        [
            "m8 wat u doin b4 5pm",
            "c u l8r",
            "on the M6 rn",
            "vitamin B12 is good",
            "ps5 or xbox",
            "sk8 park",
            "ne1 here",
        ],
    )
    def test_given_text_speak_that_looks_like_a_postcode_then_no_place(self, text):
        assert locate(text) == ((), None, None)

    @pytest.mark.parametrize("text", ["JE2 3AB", "my postcode is IM1 1AA", "GY1 1AA"])
    def test_given_a_crown_dependency_postcode_then_unroutable(self, text):
        matches, place, force = locate(text)
        assert force is None and place is not None
        assert matches[0].kind == "crown_dependency" and matches[0].candidates == ()


class TestNamedPlaces:
    @pytest.mark.parametrize(
        ("text", "force"),
        [
            ("i live in leeds", "West Yorkshire Police"),
            ("im in manny", "Greater Manchester Police"),
            ("brum", "West Midlands Police"),
            ("caerdydd", "South Wales Police"),
            ("barrow in furness", "Cumbria Constabulary"),
            ("stockton on tees", "Cleveland Police"),
            ("kingston upon hull", "Humberside Police"),
            ("hemel", "Hertfordshire Constabulary"),
            ("glasgow", "Police Scotland"),
            ("derry", "Police Service of Northern Ireland"),
            ("im in scotland", "Police Scotland"),
        ],
    )
    def test_given_a_town_or_city_then_its_force(self, text, force):
        assert force_of(text) == force

    @pytest.mark.parametrize(
        ("text", "force", "kind"),
        [
            ("croydon", "Metropolitan Police Service", "borough"),
            ("tower hamlets", "Metropolitan Police Service", "borough"),
            ("peckham", "Metropolitan Police Service", "district"),
            ("in the city of london", "City of London Police", "borough"),
            ("moss side", "Greater Manchester Police", "district"),
            ("chapeltown leeds", "West Yorkshire Police", "district"),
            ("heathrow", "Metropolitan Police Service", "landmark"),
            ("west yorkshire", "West Yorkshire Police", "county"),
        ],
    )
    def test_given_a_borough_district_landmark_or_county_then_its_force_and_kind(self, text, force, kind):
        matches, _, got = locate(text)
        assert got == force
        assert matches[0].kind == kind

    def test_given_two_places_then_the_more_specific_one_is_chosen(self):
        matches, place, force = locate("im in kent, in maidstone")
        assert [m.text for m in matches] == ["kent", "maidstone"]
        assert (place, force) == ("maidstone", "Kent Police")

    def test_given_where_the_writer_lives_and_where_someone_is_from_then_where_the_writer_is(self):
        _, place, force = locate("hes from bolton but i live in wigan")
        assert (place, force) == ("wigan", "Greater Manchester Police")

    def test_given_a_place_in_a_long_message_then_offsets_survive_case_changing_characters(self):
        _, place, force = locate("İİİ " * 50 + "im in Leeds")
        assert (place, force) == ("Leeds", "West Yorkshire Police")


class TestStations:
    @pytest.mark.parametrize(
        "text",
        [
            "at reading station",
            "leeds train station",
            "kings cross",
            "on the platform at new street",
            "someone is touching me on the train near derby",
            "man following me on the tube at oxford circus",
        ],
    )
    def test_given_a_station_or_the_railway_then_british_transport_police(self, text):
        assert force_of(text) == "British Transport Police"

    def test_given_a_named_station_then_a_station_match(self):
        matches, place, _ = locate("at Reading station")
        assert matches == (
            PlaceMatch(text="Reading station", kind="station", force="British Transport Police"),
        )
        assert place == "Reading station"

    @pytest.mark.parametrize("text", ["at the bus station in walsall", "the police station in walsall"])
    def test_given_a_bus_or_police_station_then_the_towns_force(self, text):
        assert force_of(text) == "West Midlands Police"

    def test_given_the_railway_but_no_place_then_no_force(self):
        assert locate("hes following me on the train") == ((), None, None)


class TestSchools:
    @pytest.mark.parametrize(
        ("text", "place", "force"),
        [
            ("oakfield academy in leeds", "oakfield academy in leeds", "West Yorkshire Police"),
            (
                "I go to St Marys High School, Bolton",
                "St Marys High School, Bolton",
                "Greater Manchester Police",
            ),
            ("bolton school", "bolton school", "Greater Manchester Police"),
            ("kingsway academy, leicester", "kingsway academy, leicester", "Leicestershire Police"),
        ],
    )
    def test_given_a_school_named_with_its_town_then_a_school_match_in_that_force(self, text, place, force):
        matches, got_place, got_force = locate(text)
        assert (got_place, got_force) == (place, force)
        assert [m.kind for m in matches] == ["school"]


class TestAmbiguity:
    def test_given_newport_then_ambiguous_with_its_candidates(self):
        matches, place, force = locate("i live in newport")
        assert place == "newport" and force is None
        assert {"Gwent Police", "West Mercia Police", "Hampshire Constabulary"} <= set(matches[0].candidates)
        assert matches[0].force is None

    def test_given_richmond_then_london_or_north_yorkshire(self):
        matches, _, force = locate("richmond")
        assert force is None
        assert set(matches[0].candidates) == {"Metropolitan Police Service", "North Yorkshire Police"}

    @pytest.mark.parametrize(
        ("text", "force"),
        [
            ("newport isle of wight", "Hampshire Constabulary"),
            ("Newport, Wales", "Gwent Police"),
            ("richmond north yorkshire", "North Yorkshire Police"),
        ],
    )
    def test_given_an_ambiguous_place_with_context_then_narrowed(self, text, force):
        assert force_of(text) == force

    def test_given_a_lone_candidate_name_then_not_routed_without_confirmation(self):
        assert force_of("boston") is None
        assert force_of("boston lincolnshire") == "Lincolnshire Police"

    def test_given_an_ambiguous_place_and_an_unrelated_one_then_still_no_force(self):
        assert force_of("hes from bolton but i live in newport") is None


class TestCommonWords:
    @pytest.mark.parametrize(
        "text",
        [
            "I was reading a book",
            "bath time then bed",
            "my birthday is in march",
            "i want to march",
            "the sale was mad",
            "we need to deal with it",
            "i hope ur ok",
            "street food",
            "he said hes gonna bury me",
            "Wells Fargo",
            "barry from class",
            "leeds fan for life",
            "man city v liverpool tonight",
            "my dad watches the derby",
            "theyre going to send my nudes",
            "got me to send a video",
            "whats the difference between a knife and a blade in law",
            "going to deal with it",
        ],
    )
    def test_given_a_common_word_that_is_also_a_place_then_no_place(self, text):
        assert locate(text) == ((), None, None)

    @pytest.mark.parametrize(
        ("text", "force"),
        [
            ("i live in reading", "Thames Valley Police"),
            ("going to reading tmrw", "Thames Valley Police"),
            ("reading town centre", "Thames Valley Police"),
            ("im from bath", "Avon and Somerset Constabulary"),
            ("in sale near the metrolink", "Greater Manchester Police"),
            ("I live in March", "Cambridgeshire Constabulary"),
            ("from deal in kent", "Kent Police"),
            ("going to Deal tomorrow", "Kent Police"),
            ("im in Law", "Police Scotland"),
        ],
    )
    def test_given_a_common_word_place_with_context_then_a_place(self, text, force):
        assert force_of(text) == force


class TestNations:
    @pytest.mark.parametrize(
        ("text", "force"),
        [
            ("northern ireland", "Police Service of Northern Ireland"),
            ("im in BT7 belfast", "Police Service of Northern Ireland"),
            ("in G12 glasgow", "Police Scotland"),
            ("am from motherwell", "Police Scotland"),
        ],
    )
    def test_given_scotland_or_northern_ireland_then_their_police_service(self, text, force):
        assert force_of(text) == force

    @pytest.mark.parametrize("text", ["st helier jersey", "douglas isle of man", "guernsey"])
    def test_given_a_crown_dependency_then_unroutable(self, text):
        matches, place, force = locate(text)
        assert force is None and place is not None
        assert any(m.kind == "crown_dependency" for m in matches)

    def test_given_wales_alone_then_ambiguous_between_the_welsh_forces(self):
        matches, _, force = locate("somewhere in wales")
        assert force is None
        assert set(matches[0].candidates) == {
            "North Wales Police",
            "South Wales Police",
            "Gwent Police",
            "Dyfed-Powys Police",
        }


def test_every_force_returned_is_a_canonical_force_name():
    names = force_names()
    for text in ["leeds", "LS6 1AA", "kings cross", "LA6", "newport", "glasgow", "BT1 1AA", "JE2 3AB"]:
        matches, _, force = locate(text)
        assert force is None or force in names
        for m in matches:
            assert m.force is None or m.force in names
            assert set(m.candidates) <= names
            assert {name for name, _ in m.shares} <= names


def test_no_text_gives_nothing():
    assert locate("") == ((), None, None)
    assert locate(None) == ((), None, None)


def test_accented_and_curly_apostrophe_spellings_match():
    assert force_of("im on ynys môn") == "North Wales Police"
    assert force_of("St Ann’s") == "Nottinghamshire Police"


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Milton Keynes Central station", "British Transport Police"),
        ("at bristol parkway station", "British Transport Police"),
        ("nottingham forest fan", None),
        ("aston villa", None),
        ("im in aston", "West Midlands Police"),
        ("west brom", "West Midlands Police"),
    ],
)
def test_station_names_with_a_qualifier_and_football_clubs(text, force):
    assert force_of(text) == force

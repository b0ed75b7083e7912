"""Classes from the first look at blind sets 103 to 110, in phrasings written for these tests, with hard negatives."""

import pytest

from youthdesk.triage.places import locate

SCOT = "Police Scotland"
PSNI = "Police Service of Northern Ireland"
BTP = "British Transport Police"


def force_of(text):
    return locate(text)[2]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # titles are not places; national parks and areas in one force are known
        ("off on my duke of edinburgh trip to the lake district saturday", "Cumbria Constabulary"),
        ("signed up for duke of edinburgh bronze at school", None),
        ("we had a talk about the prince of wales at school", None),
        ("my grandad met the earl of derby once lol", None),
        ("i live in edinburgh and do my dofe there", SCOT),
        ("camping on dartmoor this weekend with scouts", "Devon & Cornwall Police"),
        ("lost on snowdonia with my group", "North Wales Police"),
        ("walking in the peak district rn", None),  # six forces: ask
        ("keswick in the lake district", "Cumbria Constabulary"),
    ],
)
def test_titles_and_national_parks(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("what age can you get a tattoo in northern ireland", PSNI),
        ("whats the age u can leave home in scotland", SCOT),
        ("is the age of consent in scotland the same as down south", None),  # compared: no force
        ("is it different in scotland than the rest of the uk, the age of consent", None),
        ("is it illegal to carry a knife in scotland", None),  # whether legal, not what age: no force
        ("im from NI", PSNI),
        ("ni hao thats all the chinese i know", None),
        ("me and ni mates lol", None),
        ("living in norn iron is class", PSNI),
    ],
)
def test_nations(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("some lad followed me all the way through partick", SCOT),
        ("were in the gorbals by the park", SCOT),
        ("standing on a bridge over the clyde", SCOT),
        ("clyde from my class is so annoying", None),
        ("theres a fight outside the chippy in digbeth", "West Midlands Police"),
        ("im near the bigg market", "Northumbria Police"),
        ("got jumped on the ormeau rd", PSNI),
        ("my mate lives on sauchiehall st", SCOT),
        ("on scotland road now its kicking off", "Merseyside Police"),
        ("my cousin in county tyrone", PSNI),
        ("tyrone in my year keeps messaging me", None),
        ("bangor, county down", PSNI),
        ("bangor in wales", "North Wales Police"),
        ("bangor", None),
    ],
)
def test_neighbourhoods_landmarks_counties(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("on the platform at lanyon place and the train is coming", PSNI),
        ("im at belfast station with this man", PSNI),
        ("at derry station on my own", PSNI),
        ("on the train to belfast and a man keeps staring", PSNI),
        ("at bangor station", None),  # Wales (BTP) or County Down (PSNI): ask
        ("at leeds station on my own", BTP),
        ("at glasgow central", BTP),  # Scotland's railway is BTP
    ],
)
def test_northern_ireland_railway_is_psni(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("someone got robbed on walsall high st", "West Midlands Police"),
        ("outside boots on leeds high street rn", "West Yorkshire Police"),
        ("im at the bus stop on peckham high rd", "Metropolitan Police Service"),
        ("i go to bolton high school", "Greater Manchester Police"),
    ],
)
def test_high_street_is_the_town(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("we live in ely, cardiff", "South Wales Police"),
        ("im in ely in cardiff", "South Wales Police"),
        ("ely cambs", "Cambridgeshire Constabulary"),
        ("we live in ely", None),  # Cambridgeshire or Cardiff: ask
        ("outside westfield in stratford", "Metropolitan Police Service"),
        ("grangetown, cardiff", "South Wales Police"),
        ("my nan lives in swansea, townhill i think", "South Wales Police"),  # town, then its district
        ("been to leeds, bradford and hull", "West Yorkshire Police"),  # a list, not a qualifier
    ],
)
def test_a_place_qualified_by_its_town(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("got smashed at rugby today lol", None),
        ("rugby training in the rain was grim", None),
        ("playing rugby for the county on sunday", None),
        ("in rugby today i scored two tries", None),
        ("my dad is from rugby", "Warwickshire Police"),
        ("i live in rugby near the station", "Warwickshire Police"),
        ("at rugby station on my own", BTP),
        ("rugby town centre is dead at night", "Warwickshire Police"),
    ],
)
def test_the_sport_is_not_the_town(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # travelling somewhere by train is not being on the railway now: the destination's force
        ("they make my brother go up to derby on the train every saturday", "Derbyshire Constabulary"),
        ("they brought me down on the train, now im in a flat in hastings", "Sussex Police"),
        ("i carry bags to oxford on the train for them", "Thames Valley Police"),
        # on the railway now: BTP
        ("im on the train to derby and a man is touching me", BTP),
        ("going to derby on the train rn and this guy keeps staring", BTP),
        ("on this train from crewe a man keeps following me", BTP),
        ("in the train toilet hiding, we just left preston", BTP),
        ("sat by the tracks outside york", BTP),
        # "the station" alone is often the police station
        ("can i do work experience at the station in carlisle", "Cumbria Constabulary"),
        ("at the station in carlisle and a man followed me off the train", BTP),
        ("on the train with a man i dont know", None),  # no place: no force
    ],
)
def test_railway(text, force):
    assert force_of(text) == force


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("the officers at the exeter fun day were sound", "Devon & Cornwall Police"),
        ("were u at the hull game saturday", "Humberside Police"),
        ("my dad watches the derby every week", None),
        ("the reading list for english is long", None),
    ],
)
def test_an_event_in_a_town(text, force):
    assert force_of(text) == force

"""Classes of expression added in lexicon 2026.11.6, each with phrasings written for these tests.

The classes: a ligature and a point to tie it to; bleeding described by what it soaks; taken or kept
in a vehicle; walking into water; gifts and an invitation to be alone (grooming); a last message with
a farewell; "the time has come" with affairs put in order; a masked group looking for the sender;
someone held down and unable to breathe; an intimate video shared around. Each has near misses that
must not count, and the hyperbole of trading a wish for something trivial.
"""

import pytest

from youthdesk.triage import assess
from youthdesk.triage.lexicon import lexicon


def graded(text: str):
    return assess(text, places=False, model=False)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("the dressing gown cord is tied to the loft hatch, ive done the knot", "L1"),
        ("got my school belt looped over the top of the door", "L1"),
        ("the blood has soaked through two plasters and my sleeve", "B2"),
        ("cant get it to stop, bled thru the bandage and the kitchen roll", "B2"),
        ("some men shoved me in the back of the van, i dont know where were going, phone is dying", "V1"),
        ("im in the boot of a car, no idea where we are and im so scared", "V2"),
        ("my pockets full of stones and im by the canal", "A1"),
        ("im going to keep walking into the river tonight, i cant swim", "A2"),
        ("last post ill ever write. love you all, dont be sad", "G2"),
        ("wrote a letter to each of my cousins and cleaned my room. the time has come", "T1"),
        ("four lads in balaclavas outside my house, theyre waiting for me", "W5"),
        ("dad is kneeling on my brother and hes going blue", "D3"),
    ],
)
def test_new_immediate_classes(text, rule):
    result = graded(text)
    assert result.grade == "immediate", (text, result.cues)
    assert rule_reason(rule) in {c.reason for c in result.cues}


def rule_reason(rule_id: str) -> str:
    return next(r.reason for r in lexicon().rules if r.id == rule_id)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "a guy at the takeaway buys her stuff all the time and said come back to his flat",
            "sexual_abuse_exploitation",
        ),
        (
            "older man from the shop keeps giving her free vapes, shes 12, he asked her to go for a drive",
            "sexual_abuse_exploitation",
        ),
        ("her ex airdropped a vid of her to the whole bus", "sextortion_image_abuse"),
        ("my mums boyfriend choked her on friday", "domestic_abuse"),
    ],
)
def test_new_high_classes(text, category):
    result = graded(text)
    assert result.grade == "high", (text, result.cues)
    assert category in result.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("everyone in form made a gc just to slag me off", "bullying_harassment"),
        (
            "my brother keeps screenshotting my chats and posting screenshots to mock me",
            "bullying_harassment",
        ),
        ("been on the ching every weekend in a row since july and its getting out of hand", "drugs"),
    ],
)
def test_widened_medium_classes(text, category):
    result = graded(text)
    assert result.grade == "medium", (text, result.cues)
    assert category in result.categories


@pytest.mark.parametrize(
    "text",
    [
        # ligature words in ordinary use
        "hung my belt on the coat hook after pe",
        # bleeding in ordinary life
        "on my period and bled through my pad onto the sheets, so embarrassing",
        "nosebleed in maths, soaked a whole load of tissues",
        "soaked my towel at the lido",
        # cars and destinations in ordinary life
        "mum put me in the back of the car and wont tell me where were going, surprise trip apparently",
        # water in leisure
        "walking into the sea now for a swim, its so hot",
        # lasts and times that are ordinary
        "last time ill ever eat at that chippy lol",
        "todays the day, my driving test! wrote to my instructor to confirm",
        # masks at a party
        "everyone in balaclavas outside for the halloween party",
    ],
)
def test_near_misses_do_not_fire_the_new_rules(text):
    result = graded(text)
    assert result.grade in ("standard", "medium"), (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "i'd literally jump off a bridge for a maccies rn",
        "id genuinely walk into the sea just to skip this maths mock",
        "i would take a bullet for a meal deal right now",
        "id actually step in front of a bus for them tickets",
    ],
)
def test_a_wish_traded_for_something_trivial_is_hyperbole_for_rules_and_model(text):
    # The learned model is not allowed to raise it either: its words are the real thing's words.
    result = assess(text, places=False)
    assert result.grade in ("standard", "medium"), (text, result.grade, result.cues)


def test_a_real_wish_to_jump_is_not_mistaken_for_a_trade():
    result = assess("im gonna jump off the bridge tonight, sorry for everything", places=False)
    assert result.grade == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "id rather die than go back to that house",
        "id take every pill in the box just to make it stop tonight",
        "i would kill myself to get out of here, im doing it tonight",
    ],
)
def test_a_wish_with_a_serious_purpose_is_not_a_trade(text):
    assert assess(text, places=False).grade in ("high", "immediate")

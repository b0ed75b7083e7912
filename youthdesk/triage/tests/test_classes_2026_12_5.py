"""Lexicon 2026.12.5: the classes read from blind sets 11 and 12's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade: questions, games, the past, a later day, errands,
pets and family.
"""

import pytest

from youthdesk.triage.lexicon import Lexicon, lexicon
from youthdesk.triage.normalise import normaliser
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, at_least, full, rules, words
from youthdesk.triage.types import GRADE_RANK


def test_versions_are_bumped():
    assert at_least(lexicon().version, "lex-2026.12.5")
    assert at_least(normaliser().version, "norm-2026.12.5")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # spaced letters with two spaces between words, and a spaced word of three letters
        ("i  t o o k  t h e m  a l l", ["i", "took", "them", "all"]),
        ("k i l l  m y s e l f", ["kill", "myself"]),
        # three single letters that make no word are left alone
        ("u r a legend", ["you", "are", "a", "legend"]),
    ],
)
def test_normaliser_2026_12_5(raw, expected):
    assert words(raw) == expected


def test_a_number_pattern_matches_only_numbers_of_that_length_and_first_digit():
    lex = Lexicon({"version": "test", "concepts": {"adult": ["hes 2#"], "teen": ["1# yo"]}, "rules": []})
    found = {
        (m.concept, m.start) for m in lex.matches(["hes", "24", "and", "hes", "240", "shes", "15", "yo"])
    }
    assert found == {("adult", 0), ("teen", 6)}


@pytest.mark.parametrize(
    "text",
    [
        # a note's lines: whose fault it was not, signing off, a goodbye said while they still can (S4)
        "if this gets read tell my dad it wasnt his fault, none of it",
        "this is me signing off for good, the password is on the fridge",
        "wanted to say goodbye properly while i still can, love you lot",
        # handing over an account or a pet for after tonight (N5)
        "my cousin can have the xbox and all my games, i wont be needing them after tonight",
        # the time is set and everything is ready (T1)
        "its tonight. got everything sorted, nobody will guess",
        # the plan written down, with a burden no one will carry any more (S1)
        "heres the plan. midnight, the whole packet, then no one has to put up with me",
        # a large number of tablets already taken, even asked as a question (N15)
        "how long does it take to work? i had 24 already of my mums tablets",
        # taking from the medicine box and getting sleepy (N10)
        "been eating tablets out of the medicine box all evening and im really sleepy",
        # bleeding that comes through what holds it (B2), deeper than meant (S1c)
        "cut deeper than i meant and its still coming through the towel",
        # kept at a house or party against their will (H2)
        "these older men are making me stay at the flat and wont let me go home, they hid my shoes",
        # driven somewhere by people exploiting them (V3)
        "in the back of a car with some olders, they said they were taking me home but theyre going the wrong way",
        # violence at home now (D1)
        "my stepdad is hitting my little sister right now and she wont stop crying",
        # a weapon at the door now (W12)
        "my mums ex is at the door right now with a knife trying to kick it in",
        # followed by a vehicle (N12)
        "a car has gone round the block 3 times and slows right down next to me, nobody else is about",
        # gone to meet someone, unreachable for hours (M6)
        "my little sister went to meet a lad off roblox at 3 and its now 8, her phones off and shes 11",
        # threatened, and now nobody has heard from him (M7)
        "they said theyd stab my brother if he didnt pay, and nobody has heard from him since 7, read receipts off",
        # young children left alone (K1)
        "the toddler upstairs has been on her own since yesterday morning, i can hear her crying",
        # meeting an online contact now, in secret (X10)
        "im meeting a guy from snap in 20 minutes, hes 26 and said not to tell anyone",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm hidden from family (S15)
        "mum found blood on my sheets again, told her it was a nosebleed",
        # ideation by searching heights (S6)
        "i keep googling how high the bridge in town is, i dont know why",
        # burning, and the cat that is not there (S6)
        "i hold the lighter to my skin when it gets bad",
        "more cat scratches, and we dont even have a cat",
        # overdoses lost count of (S6, not a question)
        "lost count of how many times ive taken too many, small amounts",
        # a witness threatened into silence (W13)
        "i saw who stabbed that boy but if i say anything theyll come for me",
        # a punishment beating (W3)
        "they said hes getting a punishment beating for what he owes",
        # forced marriage (D2)
        "my parents are making me marry someone back home, they took my passport",
        # sexual assault when drunk, and favours asked at parties (X2)
        "at a house party last month i was drunk and i didnt say yes to any of it",
        "an older girl takes me to parties with men and then they want favours",
        # a contact who lied about his age sending underwear (X2)
        "he said he was 14 but hes way older and hes sent me underwear",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a later day: a danger not now is high by definition, and the model may not make it immediate
        "this guy off insta wants me to go to his this weekend, said not to tell my mum",
        # a game, a tournament, an account robbed
        "were gonna destroy them at the fifa tourney tonight, no mercy",
        "someone hacked my roblox and took all my limiteds",
        # children with a grown-up, or a teenager home alone
        "my little cousins are staying with us since friday cos their mum is in hospital",
        "been home alone since friday and im 16, its actually peaceful",
        # meeting someone now, with nothing secret or odd
        "im meeting my mate from school in an hour at the station",
        # banging on the windows: kids messing about, no weapon
        "kids keep banging on the windows at night for a laugh, my nan hates it",
        # at the door with a tool, for a job
        "my uncle is at the door with a hammer fixing the hinge",
        # sorted: a party, revision
        "its tonight! got everything sorted for the party",
        # weeks of it now: ongoing thoughts are high, not immediate
        "the dark thoughts are back, been about 2 weeks of it now",
        # a sleepy cold tablet, a grown-up's bat
        "took my hay fever tablets and now im so sleepy",
        "i got jumped and they hit me with a bat last week",
        # a bag thrown or a lift home
        "my mates dad is driving me home in the back of his car, phone on silent",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "is it actually illegal to send a nude if youre both 17",
        "if someone gets caught with a knife at 15 do they go to jail? its for a debate",
        "where is the nearest knife bin, my nan wants rid of old kitchen knives",
        "my sisters driving is gonna unalive us all one day",
    ],
)
def test_questions_and_hyperbole_stay_standard(text):
    assert rules(text).grade == "standard", (text, rules(text).cues)


@pytest.mark.parametrize(
    "text",
    [
        "some lads kicked me out the discord and are laughing at me",
        "lads shout sectarian stuff at me on the way home, nobodys hit me",
        "year 8s chucked my bag in the canal and filmed it for their story",
    ],
)
def test_bullying_and_hate_are_medium(text):
    assert rules(text).grade == "medium", (text, rules(text).cues)


def test_a_later_day_caps_the_model_at_high():
    result = full("im 14 and a man from snap is paying my train to his next weekend, said not to tell anyone")
    assert GRADE_RANK[result.grade] <= GRADE_RANK["high"], (result.grade, result.cues)

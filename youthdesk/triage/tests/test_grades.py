"""Behaviour of the engine, one class of case at a time, on messages written for these tests."""

import pytest

from youthdesk.triage import assess
from youthdesk.triage.types import CATEGORIES, GRADES


def grade(text: str) -> str:
    return assess(text, places=False).grade


@pytest.mark.parametrize(
    "text",
    [
        "took 15 paracetamol 20 minutes ago",
        "i have the pills ready and im doing it tonight",
        "this is goodbye, tell my sister i love her",
        "standing on the bridge now, i'm going to jump",
        "i cut too deep and the bleeding wont stop",
        "a man has been following me since the bus stop",
        "the opps are outside my house with a machete",
        "my dad is hitting my mum right now and i'm hiding in the bathroom",
        "my friend just told me she swallowed a whole box of pills",
    ],
)
def test_life_at_risk_now_is_immediate(text):
    assert grade(text) == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "k!ll mys3lf tonight i have the tablets",
        "s u i c i d e tonight, got the rope",
        "kmsss tonight fr i have the pills",
        "gonna unalive myself 2nite, got the paras",
        "sewerslide tonight 💊💊",
        "s*icide tonight i have the blade",
        "sui\u200bcide tonight i have the pills",
        "SUICIDE TONIGHT I HAVE THE PILLS",
        "sucide tonight i have the pills",
    ],
)
def test_evasions_are_read_through(text):
    assert grade(text) == "immediate"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i keep thinking about killing myself", "suicide_self_harm"),
        ("i've been self harming again", "suicide_self_harm"),
        ("my uncle touches me when mum is at work", "sexual_abuse_exploitation"),
        ("he says he'll send my nudes to everyone unless i pay him", "sextortion_image_abuse"),
        ("my stepdad hits me when he's drunk", "domestic_abuse"),
        ("i carry a shank for protection", "weapons_violence"),
        ("the olders want me to go country", "criminal_exploitation"),
        ("been shotting zoots for some guys and now i owe them", "criminal_exploitation"),
        ("a 24 year old keeps messaging me and i'm 13", "sexual_abuse_exploitation"),
    ],
)
def test_serious_harm_without_immediacy_is_high(text, category):
    result = assess(text, places=False)
    assert result.grade == "high"
    assert category in result.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("people at school keep calling me names", "bullying_harassment"),
        ("someone stole my bike from outside the shop", "crime_report"),
        ("my snapchat got hacked", "online_safety"),
        ("a man shouted racist stuff at me", "hate"),
        ("i think im smoking too much weed and i cant stop", "drugs"),
        ("got scammed buying trainers online", "crime_report"),
    ],
)
def test_lower_harm_is_medium(text, category):
    result = assess(text, places=False)
    assert result.grade == "medium"
    assert category in result.categories


@pytest.mark.parametrize(
    "text",
    [
        # questions about the topic
        "what happens if someone is caught with a knife",
        "is it illegal to send nudes if you're 15",
        "what does sewerslide mean",
        # hyperbole and jokes
        "this homework is killing me",
        "if i fail this test i'll kms lol",
        "lol i'm dead 😂",
        # negation
        "i'm not going to hurt myself, i just needed to vent",
        "i would never carry a knife",
        # past and resolved
        "i used to self harm but i've been clean for two years",
        "my dad used to hit my mum but he moved out years ago and we're safe now",
        # lyrics, media, games
        '"i got a shank in my waist" is such a hard line in that song',
        "got shot 10 times in warzone lol",
        # ordinary chat
        "what time does the youth club open",
        "",
    ],
)
def test_questions_hyperbole_negation_past_and_lyrics_are_standard(text):
    assert grade(text) == "standard"


def test_friend_in_danger_is_about_someone_else():
    result = assess("my mate is on the roof saying he's going to jump right now", places=False)
    assert result.grade == "immediate"
    assert result.subject == "other"


def test_speaker_disclosure_is_about_self():
    result = assess("i keep thinking about killing myself", places=False)
    assert result.subject == "self"


def test_chat_has_no_subject_or_categories():
    result = assess("thanks for the advice last week", places=False)
    assert (result.grade, result.categories, result.subject) == ("standard", (), "none")


def test_cues_name_the_reason_and_the_words():
    result = assess("i took 20 paracetamol an hour ago", places=False)
    immediate = [c for c in result.cues if c.grade == "immediate"]
    assert immediate
    assert any("paracetamol" in " ".join(c.words) for c in immediate)
    assert all(c.reason for c in result.cues)


def test_negated_phrase_is_shown_as_not_counted():
    result = assess("i'm not going to kill myself", places=False)
    assert result.grade == "standard"
    assert any(c.reason.startswith("Negated") and "kill myself" in c.words for c in result.cues)


def test_assessment_values_are_from_the_published_sets():
    result = assess("the opps said they'll wet me up and my friend got stabbed", places=False)
    assert result.grade in GRADES
    assert set(result.categories) <= set(CATEGORIES)
    assert result.subject in ("self", "other", "none")


def test_model_version_names_lexicon_and_model():
    version = assess("hello", places=False).model_version
    assert version.startswith("lex-")
    assert "norm-" in version


def test_risk_in_one_sentence_of_a_long_message_is_found():
    filler = "we had maths then lunch then english and it was fine. " * 800
    assert grade(filler + "i have the pills and im taking them all tonight. " + filler) == "immediate"

"""Lexicon 2026.12.7: the classes read from blind sets 15 and 16 and from development sets U, V, W and X.

Every phrasing here was written for these tests, not copied from a labelled set. The classes of each
development set are tested in their own file (`test_classes_2026_12_7_<set>.py`).
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.normalise import normaliser
from youthdesk.triage.rules import _age_gap
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, at_least, rules, words
from youthdesk.triage.types import GRADE_RANK


def test_versions_are_bumped():
    assert at_least(lexicon().version, "lex-2026.12.7")
    assert at_least(normaliser().version, "norm-2026.12.7")


def test_yo_is_a_greeting_unless_it_follows_an_age():
    assert words("yo wagwan") == ["yo", "wagwan"]
    assert words("shes 14yo") == ["shes", "14", "year", "old"]


def test_an_age_told_with_like_counts():
    assert _age_gap(["im", "13", "and", "hes", "like", "25"])
    assert not _age_gap(["we", "waited", "like", "25", "minutes"])


@pytest.mark.parametrize(
    "text",
    [
        # someone else held in a car for a debt
        "they got my little brother in their car and say bring the money by 8 or theyll stab him",
        # an attack going on now, help asked
        "theyve jumped my bro by the shops and theyre still stamping on him send someone",
        # a last message, with things given away
        "gave my trainers and my phone to my cousin. this is the last thing im sending anyone, love you all",
        # going to meet an older 'boy' today, told to delete the chat
        "my sister is 12 and shes going to meet a boy off snap at 5 today, hes not 13 like he says, he told her delete the chat",
        # a child run off to a stranger's house
        "my brother (12) ran off after a row and his location shows him at some mans house, we dont know him",
        # an abuser at home now
        "my uncle is round again and mums gone out. he says were playing our little game again tonight. im 10",
        # an overdose of prescription tablets
        "took a load of my nans codeine about an hour ago and now i feel really sleepy",
        # a 'hypothetical' question that tells of the tablets to hand
        "hypothetically how many would it take. asking cos ive got 3 boxes of sertraline here",
        # waiting for a fast train at the end of the platform
        "the fast train comes through at 22:40 and doesnt stop. im at the end of the platform",
        # someone at the window now
        "theres someone outside my window right now and im home alone",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # coercive control, asked as a question
        "my boyfriend checks my phone every night and pushed me down the stairs once, is that abuse",
        # images threatened or sold
        "my ex says hes posting the vids if i dont link him again",
        "a lad is selling my pics in a group chat",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a riding stable is not a stabbing
        "i go to the riding stables every saturday and love it",
        # something stored under the bed, a habit, contact after a past attack, damage to property
        "my brothers old guitar has been under my bed for 2 weeks now",
        "they keep pulling me into their group chat after school, its annoying",
        "i got jumped last year outside school, one of them still messages me",
        "someone slashed my tyres last night and im scared to go out",
        # a joke with emoji
        "me after that chemistry test 🔪🩸 jk it was fine",
        # a childhood memory
        "when i was little i ran away to my nans for an hour lol",
        # hyperbole, a game, a law question
        "the queue at the chippy is so long im going to perish",
        "we raided their base in rust and took all their guns gg",
        "what counts as a weapon if its just a small pocket knife",
        # bleeding over and minimised is still serious, but an emoji alone is not
        "the match tonight is gonna be a bloodbath 🩸",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


def test_a_threat_from_a_brother_over_trainers_is_not_high():
    result = rules("my sister said shell unalive me if i touch her straighteners again 💀")
    assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "some man lets the year 9s smoke weed at his flat on fridays",
        "theres an older guy who lets girls drink at his place after school",
    ],
)
def test_a_man_who_lets_children_drink_or_smoke_at_his_place_is_high(text):
    result = rules(text)
    assert result.grade == "high", (text, result.grade, result.cues)
    assert "sexual_abuse_exploitation" in result.categories


def test_a_man_at_his_flat_without_drink_or_smoke_given_to_children_is_not_high():
    result = rules("a man at his flat fixed my bike for free, he runs a repair shop")
    assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (result.grade, result.cues)

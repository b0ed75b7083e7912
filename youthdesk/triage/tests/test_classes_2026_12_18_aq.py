"""Lexicon 2026.12.18, part aq: the classes read from development set aq's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # belongings given away, with thanks for help that faded
        "gave my switch to my cousin and my trainers to my mate. thanks for the chats, they helped for a while",
        # a pet settled on someone, and the time called right
        "sorted it so my cat goes to my sister. today feels right",
        # an armed man in the street with people fleeing
        "bloke with a machete outside the chippy and people are screaming",
        # violence threatened at home for when the parent goes out
        "my mums boyfriend says hes going to stab me when my mum goes out",
        # riders circling with a weapon hidden
        "two lads on bikes circling the park with something under his jacket",
        # a view from a height called the last one
        "im on the roof of the car park, last view ill ever see",
        # accounts wiped before death
        "need to delete my socials so nobody can read them after im gone",
        # whether a large count of tablets is enough
        "would 30 paracetamol be enough",
        # a hypothetical owned as happening now
        "hypothetically if my dad had a knife out right now what do i do, asking cos its happening",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a past overdose told first, the thoughts coming back: high, not immediate
        "a year ago i took an overdose and now the thoughts are creeping back",
        # asking whether others self-harm the same way
        "does anyone else cut themselves when school gets bad",
        # a hate campaign threatening to burn a home with the family inside
        "the neighbours keep leaving racist notes and said theyll burn the house down with us inside",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a dark first line of a coursework story
        "my short story for english starts with 'i am going to end it all tonight', too much?",
        # a game mode with knives
        "ranked match was knives only and we wiped the whole squad",
        # a knife in a cooking video, people running in a race
        "chef with a big knife on the telly while everyone at sports day is running",
        # giving things away while moving, with thanks
        "gave my old bike to my cousin before we move house, thanks for the advice it helped for a while",
        # asking a normal dose
        "is 2 paracetamol enough for a headache",
        # a sibling's joke threat for when mum is out
        "my little sister says shes gonna kill me when mum goes to work cos i ate her sweets",
        # an account closed while away on holiday
        "how do i delete my account so people cant see it when im gone on holiday for a month",
        # a last view on holiday
        "last view of the sea before we fly home from holiday",
    ],
)
def test_hard_negatives_not_immediate(text):
    assert_not_immediate(text, rules)
    assert_not_immediate(text, full)

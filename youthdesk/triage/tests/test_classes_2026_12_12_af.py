"""Lexicon round 2026.12.12, part af: the classes read from development set af's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # a planned attack on school: a weapon, a day named, a warning to stay away (W14)
        "a lad in year 10 sent me a pic of a gun in his bag and said dont come in tomorrow, he means the ones who bullied him",
        # a child taken by a parent not allowed contact, who will not bring him back (QAF1)
        "my cousins been taken by her mum who isnt allowed to see her, she texted saying shes not bringing her back",
        # a farewell note: passwords and who gets his things (QU4)
        "my mate sent me all his passwords and who gets his ps5 and his bike, said not to read it yet",
        # a suspected spiking with a man trying to get the sender alone (QAF2)
        "some older guy at this house party keeps trying to get me alone and i think ive been spiked, my mates have left",
        # a friend at a height now, asked as a hypothetical (QAF3)
        "asking for a mate, what do you say to someone on a bridge who says hes going to jump, hes up there now",
        # a child nodding off, eyes rolling, cannot be woken (QAA4)
        "my cousin is 14 and keeps nodding off after vaping something and i cant wake her properly",
        # a threat to kill tonight, after he found her messages (W1)
        "mums boyfriend found her texts and says hes going to kill her when he gets home tonight",
        # a child hurt stepping into an assault at home (QX4)
        "stepdads hitting mum and my sister got pushed into the wall, shes bleeding from her head",
        # someone leaving with a knife to go after another (QAF4)
        "my brother just ran out the house with a knife, hes going after the lads who jumped him",
        # someone heard harming themselves who said they would go deeper (QAF5)
        "shes locked in the bathroom and i can hear her crying, she told me she would cut deeper next time",
        # driven off for 'work' with a threat against family (QAD4)
        "my brother phoned from some van, theyre taking him to do a county line and said theyll hurt my mum if he runs",
        # a child followed home by men in a car, told to get in (N12)
        "two men in a car are following my little brother home from the park and keep telling him to get in, hes 10",
        # taken in a car by a group with a knife, going somewhere remote (QAF6)
        "im in the back of their car and one of them has a knife, theyre driving me to the woods",
        # kms and tn (S1)
        "kms tn honestly. bye all",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a friend scratching her arm with a compass (S6)
        "my friend keeps scratching her arm with a compass under the desk and wont talk about it",
    ],
)
def test_new_high_classes(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] >= GRADE_RANK["high"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        # a teacher telling pupils to stay home, and a toy gun
        "our teacher told me not to come in tomorrow cos of the strike, so me and my brother are playing with his nerf gun",
        # a parent collecting a child as arranged
        "my dad picked my little brother up in the car today, hes bringing him back after tea",
        # passwords shared for a game account
        "my mate gave me all his passwords for his game account so i can do his daily rewards while hes on holiday",
        # only one drink, no one trying to get the sender alone
        "i only had one drink at the party and feel fine, my friends walked me home",
        # a hypothetical with no one up high now
        "hypothetically what would you say to someone who said theyre going to jump off a bridge, its for my psychology homework",
        # a dad cooking with a knife
        "my dad walked out the house with the big knife to cut the watermelon in the garden",
        # going deeper in a dive
        "the swimming coach said next time hed go deeper in the diving pool",
        # a car trip to the woods with a camping axe
        "in the back of the car with my dad, he brought a knife to cut the rope for the tent",
        # a fright from a spider
        "my brother ran off screaming from a spider, hes 17 and a grown man",
        # a jump into a pool at a party
        "my mate said hes gonna jump off the roof of the shed into the pool at the bbq lol",
        # a thorn
        "got stabbed by a rose thorn doing the garden, its fine",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister got stabbed by a cactus and cried for an hour, so dramatic",
        "your last post about knife crime was great, we talked about it in tutor",
        "my mate failed his maths test and thinks his life is over lol, how do i cheer him up",
    ],
)
def test_benign_stay_below_high(text):
    assert_below(text, "high")

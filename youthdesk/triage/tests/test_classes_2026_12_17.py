"""Lexicon 2026.12.17: the classes read from blind sets 31 to 34's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, at_least, rules


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.17")


@pytest.mark.parametrize(
    "text",
    [
        # hiding from a group with a bat now
        "the lads who robbed me are on the landing and theyve got a bat, im hiding by the bins",
        # goodbye to everyone with love for family
        "bye everyone. i love my family",
        # a fit after something taken
        "my friend is fitting after taking something at the party",
        # not breathing after pills
        "my cousin is not breathing after taking them pills, please come",
        # everything ready for tonight
        "sorted everything out for tonight, the thing is ready in my drawer",
        # gone off with a man, phone off
        "my sister went off yesterday with some man in his 30s and her phone is off",
        # you will not see me at school
        "you wont see me in form on monday. done with it all",
        # a gun in school now
        "a lad has a gun in his bag and were still in school now",
        # a fight set up for a time with a weapon
        "theres a fight set up for 4:00 behind the shops and hes bringing a blade",
        # a whole packet swallowed
        "swallowed a whole packet of ibuprofen, is that ok",
        # bleeding that cannot be stopped
        "cant really stop the bleeding off my arm rn",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "they say ive got to run their gear or theyll do my little brother",
        "my dad says if i tell anyone what happens at home hell hurt me",
        "a man said he can get me 400 a week if i go ot for him",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "i think about stepping in front of a car sometimes, not in a dramatic way, just a thought",
        "a girl in my year was raped at a party last month and shes scared to say who",
        "a man pulled a knife on me last week and took my phone, i keep seeing him round",
        "my stepmum grabbed my arm so hard it left marks",
        "went to a car boot sale with my nan, got loads of stuff in the car",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text, rules)


@pytest.mark.parametrize(
    "text",
    [
        "you lot took ages to answer my last message, sorted now",
        "ur getting merked in the 1v1 later",
        "my mates new drill tune goes hard",
    ],
)
def test_replies_games_and_tunes_are_not_high(text):
    assert_below(text, "high")

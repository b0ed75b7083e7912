"""Lexicon 2026.12.34, part b163: the classes read from the misses of read test sets b163 and b164, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a group following us a long way while saying what they will do to us (N12: pursuit + threat)
        "theyve followed us all the way from school yelling what theyre going to do to us",
        "these older boys have been following us since the park shouting what theyll do to us",
        # a weapon brought along with a threat to use it, about to happen (QB1631)
        "theyve brought a blade to the game and said if the other team wins someones getting shanked, kick off in 15 mins",
        "my brothers mates brought a machete to the park and said theyre gonna stab him, meeting at 6 tonight",
        # an adult met online picking the child up today to take them back to his place (QB1632)
        "a man i met on snap is 24 and hes picking me up from school at 3 today to go back to his flat",
        "some guy ive been chatting to on snap says hes 19, hes picking me up from school at 3 to go back to his",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a weapon stored for others, or brought round again and again: kept, not brandished now (W2 yields)
        "my cousins mates made me hold a blade at my house for them and now theyre asking me to hold it again",
        "my brothers mates keep coming round with a knife and hiding it in our garage",
    ],
)
def test_weapon_kept_for_others_is_high_not_immediate(text):
    assert_grade(text, "high")
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # fear that lingers after a past attack: the attack is not still going on
        "some lads pulled a knife on me at the park last month and im still scared to go out",
        "a man followed me home from the bus stop last week, still having nightmares about it",
        # a relative's pickup, or an online contact's wish with no day set
        "my dad is picking me up from school at 3 to go back to his for the weekend",
        "a guy i met on snap wants to pick me up from school one day and take me back to his",
        # a joke threat over a petty slight
        "lol my sister said im gonna stab you because i ate her last yoghurt",
        "my mate said hes going to kill me because i took his seat on the bus haha",
        # followed, but by family, with no threat
        "my little brothers followed us all the way to the park and wont go home",
        # a knife brought for cake, the party starting soon
        "i brought a knife to cut the cake at the party, it starts in 20 mins",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


def test_a_pickup_that_keeps_happening_is_a_pattern_not_now():
    assert_below(
        "a guy i met on snap is 22 and keeps picking me up after school to go back to his", "immediate"
    )

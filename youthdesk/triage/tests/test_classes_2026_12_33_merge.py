"""Round 2026.12.33, merge: a weapon carried as a habit, and a danger told as now beside the habit, in phrasings
written for these tests."""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        "a kid in my form brings a blade to school every day and nobody says anything",
        "this lad carries a knife every day, the teachers dont know",
    ],
)
def test_a_weapon_carried_as_a_habit_is_high_not_immediate(text):
    assert rules(text).grade == "high"
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "he carries a knife every day and right now hes waving it at my friend by the lockers",
        "she brings a blade in every day and rn shes pointing it at a year 8 in the changing room",
    ],
)
def test_a_weapon_pointed_right_now_is_immediate_even_when_carried_every_day(text):
    assert rules(text).grade == "immediate"
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        "my little brother is pointing his nerf gun at me right now lol",
        "in the film right now hes pointing a knife at the cop and i cant look",
    ],
)
def test_a_pointed_toy_or_a_film_scene_is_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "in the movie rn the guy is holding a gun to the cops head and i cant watch",
        "on the telly right now a man is swinging a machete about, these dramas are so violent",
        "watching a movie where the stepdad has a knife to the mums neck, so dark",
    ],
)
def test_a_scene_on_screen_told_as_now_is_not_immediate(text):
    assert_not_immediate(text, rules, full)


@pytest.mark.parametrize(
    "text",
    [
        "we had a film on and now my stepdad has got a knife to my mums neck",
        "movie night and my mums boyfriend is holding a blade to her throat",
    ],
)
def test_a_weapon_at_a_family_member_while_a_film_is_on_is_immediate(text):
    assert rules(text).grade == "immediate"
    assert_grade(text, "immediate", full)


@pytest.mark.parametrize(
    "text",
    [
        "my nan is locked out and trying to get in through the kitchen window",
        "my mums locked out and shes trying to get in through the back door",
        "at cubs tonight tying knots with rope for our badge cant talk rn",
    ],
)
def test_a_household_errand_or_knot_practice_is_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my stepdads locked out and hes kicking the back door trying to get in, hes drunk and mum is crying",
        "someone is trying to get in through the back door rn and im home alone",
        "at scouts and i keep thinking about tying the rope round my neck tonight",
    ],
)
def test_danger_beside_a_locked_door_or_knots_is_still_immediate(text):
    assert_grade(text, "immediate", full)

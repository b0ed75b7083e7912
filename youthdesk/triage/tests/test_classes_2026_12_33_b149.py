"""Lexicon 2026.12.33, part b149: the classes read from the misses of read test sets b149 and b150, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # someone self-harming or locked in behind a closed door, blood seen coming under it (blood_under_door; QB1491)
        "my cousin is cutting herself in the bathroom upstairs, theres blood coming under the door",
        "my brother locked himself in the loo an hour ago and now theres blood seeping under the door",
        "mate is self harming in the cubicle and wont answer me, theres blood coming from under it",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a parent hitting a friend or a sibling, and the cover story for the injury (domestic, sincerity)
        "my best mates stepdad hits her, she told the teacher she fell down the stairs lol",
        "mum belts my sister when shes had a drink",
        # ongoing self-harm told indirectly (self_harm, cover_story)
        "did my legs again last night, wearing joggers so nobody notices",
        "been doing the thing on my arms for months now",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a method thought about more than once, with "not going to do it" (no_plan)
        "ive thought about jumping off the multistorey loads lately. not going to do it, just low",
        # a knife carried as a habit for protection since an earlier robbery (habit_now)
        "been walking about with a blade since they robbed me at the park, its just for protection, mad round here rn",
        # the people who hurt the family driving past the family home (drive_by_home; QAE4 yields)
        "my uncle got stabbed in may and the lads who did it keep driving past my nans house",
        # a friend who seemed fine on the day after a worrying post (seen_fine_day cancels the day)
        "my mate posted that shes done with it all then deleted it, she seemed fine at college today",
        # blood under a door with no one hurt in the story (nosebleed)
        "my sister had a nosebleed in the bathroom and there was blood under the door lol",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # feedback on a school talk (topic_feedback widened)
        "the assembly at our school was good, the bit on exploitation was an eye opener",
        "talk at school was mint, the sexting bit was eye opening",
        # an exasperated "if i have to hear one more ..." and younger pupils screaming (trivial_condition, benign)
        "if i have to listen to one more kid doing that song im jumping off the roof",
        "the year 8s screaming in the corridor all lunch honestly",
        # a parent who will "kill us" when they see the mess (parent_angry widened)
        "my mums going to kill us when she sees the state of the garden after the party",
        # beaten at a game (benign)
        "my cousin keeps saying hes gonna batter me on fortnite tonight",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a danger now still counts beside the new holds
        "theres a man outside my house right now waving a knife at the window, says its for protection",
        "the man who hurt my mum keeps driving past our house, hes outside right now banging on the door",
        "some man keeps driving past me slow on my way home and asked me to get in, im on my own",
        "she posted goodbye forever and took all her pills tonight, she seemed fine at school today",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")


def test_a_parents_threat_beside_abuse_still_counts():
    # the mess is a figure of speech; the hitting beside it still counts
    assert_grade("my dad will kill me when he sees the state of my room, he hit me last time", "high")

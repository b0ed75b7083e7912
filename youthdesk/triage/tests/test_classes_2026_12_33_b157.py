"""Lexicon 2026.12.33, part b157: the classes read from the misses of read test sets b157 and b158, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # the sender says, in the present, that they are being followed (pursuit_now; QB1571)
        "pretty sure im being followed, walking past the garages",
        "were being followed by two men",
        "im getting followed by a lad in a black jacket",
        # someone out cold after drugs or drink while the others keep help away (help_withheld; QB1572)
        "my mate took some pill and passed out, everyone says dont call an ambulance",
        "shes unconscious after the vodka and ket and they wont let me ring an ambulance",
        "he had a pill at the festival and now he has collapsed and his mates just want to let him sleep",
        # a goodbye and a moment set for when the house is asleep (household_time, time_set widened; QB413)
        "goodbye everyone. its set for when my dad sleeps",
        "bye all. planned for when my nan sleeps",
        # a door photo sent just now, with the sender outside and armed, is still someone at the door now (W12)
        "my ex just sent a pic of my front door and said hes outside with a knife",
        # an adult meeting a child soon, minimised by the child ("she thinks its fine" is not resolution; X10)
        "my sister is 13 and a man whos 30 is picking her up tonight, she thinks its fine",
        "shes 14 and he is 25, hes picking her up at 8 tonight and she reckons its fine",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # bruises from where a parent grabbed the sender: abuse at home, the grab over (injury_origin cancels danger_now)
        "my dad shouts at me all the time and ive got marks on my wrist from where he grabbed me",
        # a photo of the sender's door sent with a threat for later: a threat, not someone at the door now
        "a lad keeps messaging saying hes going to stab me and he sent a photo of my house",
        "some boys from the other end keep saying theyll shank me, one of them sent a photo of my house on snap",
        "im scared, someone says theyll knife me and they sent a pic of my door",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # followed on an app, not down a street (follow_online cancels pursuit_now)
        "im being followed on tiktok by loads of bot accounts",
        "someone is following me on insta with a fake account",
        # a question about being followed, asked for a lesson
        "what should you do if you think youre being followed? its for a pshe project",
        # someone drunk and asleep at home, nothing taken
        "my brother came home drunk and fell asleep on the sofa, mum said let him sleep",
        # a planned surprise, nothing harmful
        "the surprise party is planned for when mum sleeps over at my aunties, bye for now",
        # bruises told with where they came from
        "ive got bruises on my arm from where my mum grabbed me on sunday",
        # a photo of the door sent with a threat for later
        "some kid sent a pic of my front door and said hes gonna batter me when he sees me",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a goal from distance (sport_slang widened)
        "that shot from outside the box tho, what a goal",
        "he curled it into the bottom corner from the edge of the box",
        # who to tell about something seen, asked in general (question_general widened)
        "if you see someone selling weed near school who do you report it to",
        # "kms if" on a petty event (hyperbole_context)
        "kms if my dad makes me go to another car boot sale 😭",
        # a parent's joke about selling the child (sell_child_joke: no learned raise)
        "my mum says shes putting me on vinted if i dont empty the dishwasher, starting bid 20p",
        "my dad says hes gonna sell me on vinted if i dont hoover, any takers",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)

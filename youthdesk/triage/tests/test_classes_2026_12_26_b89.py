"""Lexicon 2026.12.26, part b89: the classes read from the misses of read test sets b89 and b90, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # tablets taken, told bare: "did it" + a whole pack + the body reacting (QB891)
        "ive done it. the whole bottle. think im going to be sick",
        "went through with it, all of them, stomach hurts so much",
        # a lethal amount looked up and now gathered (QB892)
        "googled how many it takes and i finally have enough, sorry",
        "worked out how much id need weeks ago and ive got enough saved in my drawer",
        # letters written and a time set (QB893)
        "finished my letters for everyone. tomorrow night",
        "the letters are written and its happening before anyone wakes up",
        # "dont worry about me after tonight" is a farewell (S4)
        "dont worry about me after today, im done",
        # locked in a room with someone else by a drunk adult (QAC2)
        "my stepdads drunk again and hes locked me and my baby brother in the back bedroom",
        # told to keep silent by a male at home who came into the room (QB591)
        "my mums boyfriend came into my room and told me not to make a noise, hes downstairs now",
        # plied with drinks by older males, then unsteady or being taken off alone (QB894)
        "at a house party and the older lads keep buying me drinks, one wants to get me alone and i cant walk straight",
        "these men keep giving me shots and i cant stand up, my mates have gone",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm urges back and loud after a clean spell (S6)
        "six weeks clean but the urges are so strong again",
        # neglect told as acts (D2)
        "my dad forgets to feed us and theres never anything in the fridge",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # "did it" with a whole box of food
        "i did it!! ate the whole box of maltesers in one go, feel sick lol",
        "just did it, the whole tub of ice cream, feel so sick",
        "i did it, passed my driving test, the whole thing made me feel sick",
        # a quantity looked up for an errand or an occasion
        "looked up how many id need for the party and ive got enough cups now",
        "worked out how many i need for the trip and ive got enough now",
        # letters to santa, applications
        "wrote my letters to santa with my little sister tonight",
        "finished my letters of application, posting them tomorrow morning",
        "done my letters for english, handing them in tomorrow morning",
        # asked to be quiet for a sleeping baby
        "my stepdad came in my room and told me to keep quiet cos the baby is asleep",
        # something abstract coming for me
        "karma is coming for me after i ate my brothers last yogurt",
        "mocks are coming for me and i havent revised at all",
        # a weapon as hyperbole
        "my nans curry is a weapon of mass destruction honestly",
        # plied drinks with dislike, not unsteady
        "the older boys at the bowling keep buying me drinks and i cant stand losing to them",
        # a farewell as a joke before a test
        "maths exam in 10 mins, was nice knowing you all",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # shooting at goal
        "he said im going to shoot and put it over the bar again 😭",
        "went to shoot and hit the post, so close",
        # a found weapon asked about as a hypothetical
        "if you found a knife on the field at school who would you hand it to",
        # a lasagne, a curry
        "the school lasagne is a weapon of mass destruction",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a child mocked for playing hard: the model may not raise it
        "my little brother thinks hes a roadman cos he got a new tracksuit, hes 9 and sleeps with a teddy",
    ],
)
def test_mocking_a_child_playing_hard_stays_below_high(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "i did it, the whole box of my mums tablets, feel sick and dizzy",
        "karma is coming for me, the pills are kicking in now",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

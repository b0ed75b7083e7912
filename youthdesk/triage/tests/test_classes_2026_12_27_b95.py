"""Lexicon 2026.12.27, part b95: the classes read from the misses of read test sets b95 and b96, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a silence threat against a family member, the abuser in the house now (harm_threat, silence_threat; QAO2)
        "my uncle is back in the house, he told me if i tell anyone hell hurt my mum, hes coming up the stairs now",
        "stepdad said if i say a word theyll hurt her, hes downstairs and im in my room",
        # someone hostile pounding at the home while the sender is alone or taunted (pounding_at; QB952)
        "my ex boyfriend keeps banging on my door and im home alone till tomorrow",
        "a strange man is hammering on the door and im on my own, im scared",
        "my exs been pounding on the window for ages, texted me see you soon, parents are away till sunday",
        # a time set, told as the only message sent (sole_notice; QB953)
        "alarm set for 4am, thats when im doing it. not telling anyone else this",
        "set my alarm for midnight, im only telling you, goodbye",
        # a young or autistic child lost who does not know the area or the way (unfamiliar_area; M3)
        "my brother is 7 and has autism, he ran off in the shopping centre and doesnt know his way home, cant find him",
        "lost my little sister at the beach shes 5 and doesnt know the area",
        # in a trap house now, away from home, with violence, a debt or a family kept unaware (in_trap_now; QB951)
        "im stuck in a trap house in hastings, they drove me down from brum and my mum doesnt know where i am",
        "im in a trap house and they hit me cos i lost the package, i want to go home",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # carrying bags to another town for a man offering money (drop_verb; C4)
        "a man offered me money to carry bags to bristol for him, hes 25 im 14",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # knocking by family or a caller, or a partner's surprise, is not pounding by someone hostile
        "my mum keeps knocking on my door telling me to get up for school, so annoying",
        "the postman was banging on the door with a parcel, im home alone till 5",
        "my boyfriend keeps tapping on my window to surprise me lol",
        "my ex is outside my house with flowers, parents away till monday lol",
        # an early alarm for the gym or a run, told to one friend
        "set an alarm for 6am for the gym, not telling anyone else till i see results",
        "set my alarm for 7am, only telling you cos youre my best mate, im doing a sponsored run",
        "set an alarm for 5am, gonna do it, my first marathon, not telling anyone else",
        # a child lost and found
        "my little brother wandered off at the park but we found him 5 mins later, he doesnt know the area",
        # a trap house watched or told as over
        "watched a documentary about a trap house last night, mad how they get kids",
        "my cousin was in a trap house in 2019 but hes out now and doing great",
        # a dark time come through and over
        "thought about ending it all two years ago but im on the other side of it now, it gets better",
        # following in a game's lobbies
        "my mate follows me into every lobby in fortnite and spams emotes lol",
        "this lad keeps following me into lobbies on xbox and calling me trash",
        # a trader who took the money and never came back
        "the builder took the money off my dad and never came back to finish the patio",
        # friends pressing the sender to join in
        "my mates keep doing tiktok dances and want me to do it too",
        # a habit told with "when our parents are out" is not danger now
        "my big cousin makes me do his chores when our parents are out",
    ],
)
def test_near_misses_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "thought about ending it all two years ago but im on the other side of it now, it gets better",
        "the builder took the money off my dad and never came back to finish the patio",
        "my mates keep doing tiktok dances and want me to do it too",
        "we smashed them 3-1 in the cup final",
        "my mate follows me into every lobby in fortnite and spams emotes lol",
    ],
)
def test_benign_contexts_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the widened contexts do not reach real harm beside them
        "this guy from xbox keeps following me into lobbies and now hes following me home from the bus stop, hes right behind me",
        "my sister went missing this morning, shes 8 and autistic and its getting dark",
        "ive been thinking about ending things and tonights the night, ive got the pills ready",
    ],
)
def test_real_harm_beside_the_contexts_is_still_immediate(text):
    assert_grade(text, "immediate")

"""Lexicon 2026.12.29, part b111: the classes read from the misses of read test sets b111 and b112, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # at a platform, a height or a road, thinking how easy it would be (ease_thought; QB1111)
        "at the station again, the fast trains go past every few minutes and i keep thinking how easy itd be",
        "stood at the end of platform 2 thinking how easy it would be, theres one due in 3 mins",
        "on top of the multi storey car park thinking how quick it would be",
        # a man holding on to a child and trying to take them with him now (grip_held, lure_go_with; QAM1)
        "a guy in the park grabbed her arm and keeps trying to get her to go with him, shes crying",
        "some old bloke grabbed her arm outside the arcade and wont let go, trying to get us to go with him",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a passive wish not to wake, with sleeping tablets, is a wish, not a collapse now (passive_wish cancels)
        "i take my dads sleeping pills most nights hoping i wont wake up",
        # gifts of a vape or money with an invitation to his car (lure_gift; X4)
        "a man at the chippy gave my sister money and keeps asking her to come sit in his car, shes 12",
        "the guy who works at the corner shop gave him a vape and keeps telling him to get in his car, hes 13",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # the ease of a journey or a task, not of dying (ease_task cancels ease_thought)
        "on the platform thinking how easy it would be to get to london now theres a direct train",
        "waiting on the platform thinking how easy itd be to find my mates in this crowd",
        # a thought that keeps coming back, told as a habit (recurring_thought yields)
        "sometimes when i walk over the bridge i think how easy it would be but i never do anything",
        # a near faint that did not happen (near_collapse cancels the collapse concepts)
        "my mate vapes something his cousin sells and almost passed out at footy yesterday, hes fine now",
        # an attacker telling people he will finish it: a threat going round (repeat_threat)
        "the lad who jumped my cousin last week is still going round saying hes going to finish the job",
        # the sender's phone taken off them on runs: the sender is writing, so not unreachable (phone_taken)
        "been doing runs for these lads since summer, they take my phone off me every time, apparently i owe them now",
        # a duty set for them, not being there now (run_duty cancels stranded)
        "the older lads said i have to take bags on the coach to a town i dont know, im only 14",
        # a past stabbing and cars going past, with a dread of what will happen
        "my cousin got slashed in march and now his lot keep driving past our house, im worried somethings going to happen",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a song asked about, the law asked about, a scam asked about, feedback on a post
        "who sings the one that goes 'standing on the bridge with nowhere to go', its been stuck in my head",
        "are airsoft guns legal to buy at 15",
        "how can i tell if an instagram shop is a scam",
        "read the stuff you posted about grooming, is it mostly online or in person",
        # a trivial loss said with a wish to die
        "just cracked my screen for the third time i want to die",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a homophobic slur called at someone (hate; H1)
        "some lads at the bus stop called my brother a batty boy and laughed",
    ],
)
def test_new_medium_classes(text):
    assert_grade(text, "medium")


def test_circling_car_with_the_sender_home_alone_stays_immediate():
    # the dread of something happening later no longer counts as fear now, but being home alone is exposure now
    assert_grade(
        "a van keeps driving past our house and im home alone, scared somethings going to happen", "immediate"
    )

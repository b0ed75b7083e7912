"""Lexicon 2026.12.31, part b131: the classes read from the misses of read test sets b131 and b132, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # on the way now to meet someone who threatens to release images if they do not come (meeting_now,
        # release_threat; QB1311). The "dont" of "if i dont come" negates the demand, not the threat.
        "heading to his now, he said if i dont turn up theyre sharing my videos with the whole school",
        "getting the bus to meet him, he messaged saying unless i come hell send the pictures to my dad",
        "omw to meet this guy from snap cos he threatened to leak my nudes, i feel sick",
        "on the train to meet her now because she said if i dont show shell upload the photos",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a threat to release images hung on "if i dont ..." is sextortion (E1), not negated by the "dont"
        "he keeps saying if i dont send more hes posting the pics on my story",
        "she says if i dont pay by friday shell share the video with my followers",
        # pressure put round one's own neck, told as a habit or an experiment: self-harm (QB1312), not danger now
        "sometimes i squeeze my own neck till i feel fuzzy, its not about dying",
        "been putting stuff round my neck when im stressed, idk why, it calms me down",
        # a gun called a strap, brought home or hidden: a weapon (high), not a ligature
        "my cousin keeps a strap under his bed and hides it in the loft when the police come round",
        # a weapon pulled on the sender on a past day, fear now: high, not danger now
        "two lads pulled a machete on me last night by the canal and took my phone, im too scared to go out",
        # drug runs demanded as a regular weekend job with a threat: ongoing exploitation (high), not a run today
        "they say i owe them now so i do runs at weekends or theyll hurt my little brother",
        # neglect told with a softener, children left alone most nights
        "my dad barely feeds us, hes at the pub and me and my brother are on our own most nights",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


def test_a_photo_made_into_a_meme_is_bullying():
    assert_grade(
        "a girl in my form snapped me asleep in science and turned it into a meme, everyone has it", "medium"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a pic threat from a parent about a chore, and a meeting with a friend to report a leaked pic
        "my mum said if i dont tidy my room shell post my baby pics on facebook lol",
        "on my way to meet my mate now, we are going to report the account that posted my pics",
        # the meeting set for a later day, or told as over
        "going to meet him on saturday, he said if i dont come hell post my pics",
        "last year i had to go and meet him cos he said unless i came hed leak my pics, its all dealt with now",
        # a TV series described
        "that new series about the drill scene is mad, the bit where he gets stabbed on the estate had me shook",
        # a small child's pretend running away
        "my sister is 5 and packed a bag with her teddy to run away, she got to the end of the street and came home",
        # followed on social media, not in the street
        "some random keeps following me on every account i make, its weird but hes never messaged",
        # a lanyard worn round the neck, a breath held in the pool
        "i put my lanyard round my neck so i dont lose it",
        "we had a competition to see who could hold their breath longest in the pool",
        # a gun hidden at home (high at most), not a hanging
        "my brother brought a strap home and hid it in the loft",
    ],
)
def test_new_hard_negatives(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister is 5 and packed a bag with her teddy to run away, she got to the end of the street and came home",
        "that new series about the drill scene is mad, the bit where he gets stabbed on the estate had me shook",
        "my mum said if i dont tidy my room shell post my baby pics on facebook lol",
    ],
)
def test_new_benign_contexts_stay_below_high(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # near misses that must stay immediate: someone else's hands round the neck, a ligature set up, a real
        # follower on the way home, a drug run tonight, a small child missing now
        "he put his hands round my neck and i cant breathe",
        "ive tied a strap to the loft hatch and im going to do it tonight",
        "a man has been following me on my way home and hes still behind me",
        "they said i owe them and i have to do a drop tonight or theyll stab me",
    ],
)
def test_near_misses_stay_immediate(text):
    assert_grade(text, "immediate")


def test_a_small_child_missing_now_is_still_immediate():
    assert_grade(
        "my little sister ran away this morning with her teddy and we cant find her anywhere, shes 6",
        "immediate",
        read=full,
    )

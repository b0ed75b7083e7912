"""Lexicon 2026.12.7, part u: the classes read from development set u's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, at_least, full


def test_version_is_bumped():
    assert at_least(lexicon().version, "lex-2026.12.7")


@pytest.mark.parametrize(
    "text",
    [
        # at a platform, going when a passing train comes (QU1)
        "on platform 2 at the station, the fast train comes through in a few minutes and im going with it",
        # something tied to a ligature point (L2)
        "ive tied something to the loft hatch, please just talk to me",
        # in a car with people they do not know, doors locked (V3)
        "im in the back of a whip with some lads i dont know and the doors are locked, they say were going up north",
        # care of a pet handed over for after tonight (QU2)
        "to whoever finds this, make sure someone walks him twice a day after tonight",
        # an overdose told by its intended effect (S9)
        "my cousin says shes taken enough to never wake up and now shes not answering",
        # a last post thanking the few who were kind (S4)
        "final post. thanks to the two people who were ever kind to me",
        # "dont try find me" (S4)
        "im off, dont try find me",
        # at an open window high up (QU3)
        "im sat on the windowsill and we live 9 floors up",
        # "you wont hear from me again" (S4)
        "this is it, you wont hear from me again after today",
        # codes shared and belongings given away (QU4)
        "my phone code is 1234 and my sister can have all my stuff",
        # letters left, with a goodbye (QU5)
        "the letters are under my bed. sorry for everything",
        # walking out with the tide coming in (A2)
        "the tide is coming in fast and im going to keep walking out",
        # "do police come if ..." is a question, not a condition (N7)
        "do police come if someone is on the tracks, im on the railway line and the next train is soon",
        # held by a man who will not let them past (H2)
        "a man on the landing wont let me past and im scared",
        # asking how many it takes while already many down (N15)
        "how many paracetamol does it take, had 24 so far",
        # a car passing again and again, walking alone (N12)
        "same car keeps driving past me, 4th time now, im on my own on the lane",
        # at a cliff edge, thinking of stepping forward (QU6)
        "sitting on the cliff edge and i keep thinking about stepping forward",
        # told to hide while someone smashes the house (D5)
        "dad is smashing stuff and my mum told me to hide in the wardrobe",
        # a group coming at a time to "sort me out", with a blade (W14)
        "a group from the other school are coming to the park at 6 to sort me out, one has a blade",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # the thoughts back, or a past attempt with a threat to try again (QU7)
        "the thoughts are back since my nan died",
        "my mate tried to kill himself last year and keeps saying hell try again",
        "a year ago today i was standing on the bridge, glad im still here",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a game lost
        "lost my last life on the boss fight, i want to die rn",
        # a pastime asked about
        "cliff jumping at the lake tomorrow, will we get done",
        # cutting one's own hair
        "cutting my own hair tonight, pray for me",
        # a cold swim reviewed as fun
        "went in the sea up to my chest today, freezing, would do again",
        # a window open because it is hot
        "the window is open because its boiling on the top floor",
        "i threw my phone out the window on the 5th floor lol",
        # a passing train on an ordinary journey
        "waiting on platform 3, the fast train comes through first then mine, im going home",
        # a past attempt, resolved or dated
        "my mate tried to kill himself last year but hes doing well now",
        "my sister took an overdose last month, shes doing okay now",
        # suicidal feelings said with no plan for now
        "told my mum i feel suicidal, not going to do anything right now just needed to talk",
        # a question about someone seen on the tracks in the past
        "do police come if someone is on the railway line? saw kids on the tracks by the station last week",
        # care and codes handed over for a temporary absence
        "whoever reads this, make sure someone feeds the class hamster over half term",
        "my pin is 1234, you can have my ps5 while im at camp",
        # a family car with the doors locked
        "im in the back of the car with my cousins and the doors are locked cos of the child locks",
        # ideation without a height now
        "thinking about which bridge id do it from, i dont think i would though",
        # speech, not belongings; prescribed meds stopped
        "my brother keeps saying stuff like you can have my room, hes probably joking",
        "my mum stopped taking her meds and shes really low",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "what knives are legal to carry for scouts",
        "went in the sea up to my chest today, freezing, would do again",
        "cutting my own hair tonight, pray for me",
    ],
)
def test_benign_contexts_are_standard(text):
    assert_grade(text, "standard")


def test_letters_left_in_a_drawer_for_someone_else_to_send_reach_an_officer():
    # Sent to a police account, "the letters are in my drawer, post them tomorrow" may be mail or may be notes
    # left: the engine puts it at the top of the queue either way, for an officer to read.
    result = full("the letters are in my top drawer, can you post them tomorrow")
    assert result.grade in ("high", "immediate"), (result.grade, result.cues)

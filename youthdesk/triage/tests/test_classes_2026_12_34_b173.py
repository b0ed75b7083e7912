"""Lexicon 2026.12.34, part b173: the classes read from the misses of read test sets b173 and b174, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # Scots despair ("anymair", "naebody will miss us") with a place or a means
        "honestly cannae dae it anymair, sittin on the bridge ower the clyde",
        "cant do this anymair. naebody will miss us. got the pills here",
        # a child gone off with an adult (stated ages) who now does not know where she is (QB493 widened)
        "my pal is 14 and went off with a guy whos 22, shes just messaged saying she doesnt know where she is",
        "my sister is 13 and went off with some man whos 30, she just rang me crying, says she doesnt know where he took her",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm in the abbreviation "sh", the sender as the doer
        "i sh when it gets too much at night",
        "i still sh most weeks, nobody knows",
        # told to bring a weapon or be put out of the group: a weapon, not a suicidal "im done"
        "they said bring a knife to the meet or im done in the group",
        # "here goes" opening a disclosure: abuse at home, not someone here now
        "ok here goes. my dad hits my mum every weekend and im scared of him",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # county lines told as "sent OT" (the learned models may still escalate a child kept away from home)
        "they sent me ot to ipswich and said i cant come home till its all sold",
        "my older mate had me ot for 2 weeks and i still owe him",
    ],
)
def test_sent_ot_is_criminal_exploitation_by_the_rules(text):
    result = rules(text)
    assert result.grade == "high", (text, result.grade, result.cues)
    assert "criminal_exploitation" in result.categories


def test_harassment_past_blocking_on_several_accounts_is_medium():
    assert_grade("blocked him on 4 accounts and he keeps messaging", "medium")


@pytest.mark.parametrize(
    "text",
    [
        # Scots words about a party or homework
        "naebody will miss us at the party, were leaving early",
        "cannae dae this maths anymair lol",
        # put out of a group chat, nothing more
        "im done in the group chat they all blanked me",
        # a dying phone battery told as a death
        "phone on 1, tell my family i loved them lol",
        "battery on 1 percent, tell my mum i loved her lol",
        # advice to others after one's own experience
        "it happened to me too, if this is happening to you tell someone its not your fault",
        # "here goes" before something ordinary
        "here goes nothing, first day at my new school",
        # a teenager with an adult coach, the way home known to the coach
        "my son is 15 and went to meet his coach whos 40 at training, he doesnt know the way home so the coach is dropping him off",
        # Scots "following me roon school": harassment, not danger now
        "this lad keeps following me roon school n starin at me",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "if my dad finds out im getting sent to the shadow realm",
        "mum saw my screen time, im getting sent to the gulag",
    ],
)
def test_a_meme_punishment_stays_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        "phone on 1 and im locked in the back of his car, tell my mum i love her",
        "phone on 1, im on the bridge, tell my family i loved them",
        "im done, i have the tablets here and im taking them tonight",
        "ok here goes. hes outside my door with a knife right now",
    ],
)
def test_the_danger_now_still_counts(text):
    assert_grade(text, "immediate")

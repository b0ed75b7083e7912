"""Lexicon 2026.12.23, part b55: the classes read from the misses of read test sets b55 and b56, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full, rules


@pytest.mark.parametrize(
    "text",
    [
        # "the time has come", with resignation or a resolve said further on (QB554, T1)
        "this is it. ive thought about it for months and its too late for me now",
        "its happening tonight. i know you lot mean well and the posts are nice but nobody can talk me out of it",
        # belongings given away beside a stated intent to end it (QB551)
        "im going to end it tonight, already gave my ps5 and my trainers to my little brother",
        "about to end things, gave all my stuff to my best mate this morning",
        # a man at home who has said he will finish the sender off when he is back (QX8; "not safe at home")
        "im not safe in my house, he said hes going to finish me when he gets home",
        "dont feel safe at home tonight, my stepdad says hell finish me when he gets back from the pub",
        # a friend in a car with people they do not know, texting for help or sharing a location (V3)
        "my sister is in the back of a car with men she doesnt know and shes texting me help",
        "my mate got in a car with some lads he doesnt know, hes in the back seat and keeps texting help",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # carrying a knife, told inside a question about the law
        "i carry a blade for protection because of the lads round here, is that illegal",
        # present self-harm with "its fine" as an aside, asked about confidentiality
        "i self harm but its fine, do you have to tell my parents?",
        # looking up ways to die while saying it is not exactly wanting to die
        "dont want to die exactly but i keep googling ways to kill myself",
        # tablets hidden away, nothing planned (S7; the model may not make it immediate)
        "im keeping my mums pills hidden in my wardrobe, i like knowing theyre there",
        # an older lad paying the sender to keep goods at home (C6)
        "an older guy said i could earn 300 a week keeping a package in my room",
        # a fake or AI image of the sender spread around (QB552)
        "someone made an ai nude of me and posted it in the group chat, everyones seen it",
        "a boy in my year made a fake pic of me and sent it round the year",
        # explicit pictures sent to a child, asked about as how to report it (QB553)
        "a man sent my 11 year old brother dick pics on fortnite, how do i report it",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        "im keeping my mums pills hidden in my wardrobe, i like knowing theyre there",
        "got my dads tablets hidden in my room, i like knowing i have them",
        "an older guy said i could earn 300 a week keeping a package in my room",
    ],
)
def test_a_stash_or_an_offer_is_high_not_immediate_with_the_model(text):
    assert_grade(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a missed chance, not resignation
        "todays the day i get my results, honestly its too late for me to change anything now",
        "tonights the night, the gig starts at 8 and its too late for me to get a ticket now",
        # giving things away beside ending a relationship
        "gave my old xbox to my cousin, im going to end it with my girlfriend tomorrow",
        # a brother's game threat
        "my brother said hes going to finish me at fifa when he gets back lol",
        # a planned journey with people from a course, location shared to be safe
        "my sister got a taxi with people she doesnt know from her course, she shared her location with me for the journey",
        # a sibling threat over a borrowed thing
        "if my sister wears my jumper again im going to kill her 🔪🔪",
        "if my brother touches my xbox again im going to kill him",
        # a deepfake of someone else made for a laugh
        "made a deepfake of the teacher for a laugh in the group chat lol",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # questions about the law on knives, no knife of the sender's
        "whats the max sentence for carrying a blade",
        "do you have to be 18 to buy a knife from a shop",
        "how long do you get for carrying a knife if youre 15",
        # a sibling threat over someone touching the sender's things
        "if my brother eats my chips again hes dead 🔪",
    ],
)
def test_false_alarms_are_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # "but im fine now" still marks a self-harm or a running away as over
        "i used to self harm but im fine now, do you have to tell school",
        "ran off for a weekend two years ago but im fine now, just wanted to say thanks",
    ],
)
def test_a_danger_marked_as_over_stays_below_high(text):
    assert_below(text, "high", read=rules)


def test_a_sibling_item_condition_does_not_hide_a_real_knife_now():
    assert_grade("my brother has a knife and says hes going to stab me right now", "immediate")
    assert rules("my dad is coming up the stairs and said hes going to kill me").grade == "immediate"

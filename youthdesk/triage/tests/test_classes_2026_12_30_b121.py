"""Lexicon 2026.12.30, part b121: the classes read from the misses of read test sets b121 and b122, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a note to be read after the sender has died (goodbye_strong; S4)
        "if youre reading this im already gone, sorry for everything",
        "when you read this ill already be gone x",
        "if you see this im no longer here, look after mum",
        # tablets taken with drink, the body reacting now (distress_now "feel _ weird", "room is spinning"; N11)
        "necked a load of my sertraline with some vodka and im starting to feel proper weird",
        "mixed my mums diazepam with cider and now the room is spinning",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # an adult online asking a young child to move apps or send videos or pictures (media_request; QB1211)
        "some bloke on minecraft keeps asking my 9 year old brother to send him pics",
        "a man off tiktok wants my 11 yo cousin to add him on snap and send videos",
        # a question about an adult that ends with the sender's own age (disclosure_turn; X2)
        "is it weird that a 28 year old keeps facetiming me late at night? im 14 but hes really nice",
        # a parent or partner throwing someone down or against something (hit_act; D7)
        "my stepdad threw my mum against the fridge",
        "her boyfriend threw her down the stairs at the party",
        # asking how to hide self-harm cuts (hide_harm; QB1212)
        "how do you cover up cuts on your arms for swimming",
        "whats the best way to hide my self harm from my parents",
        # pushed into a revenge attack on a rival group (criminal_exploitation; C2)
        "the olders keep telling my brother to ride out on some lads from across town",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # gone to bed, not gone for good (gone_errand cancels goodbye_strong)
        "if you see this im already gone to bed so ring me in the morning",
        "when you see this ill already be gone to work, dinners in the fridge",
        # held in a gang, not held in a room (gang_bound cancels danger_now)
        "they got me holding for them and now they reckon im in it and cant leave the gang",
        # an adult giving a child things and inviting them (a lure, high), not the sender giving things away
        "a man at the arcade gave my 12 year old brother money and keeps asking him to come to his car",
        # a prescribed medicine's side effect
        "the new tablets my doctor put me on make me feel really weird",
        "my pills make me feel a bit strange, is that a side effect",
        # a drink, not tablets
        "had a few cans at the party and feeling well weird",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # a topic question for schoolwork (question_general)
        "whats the real difference between grooming and exploitation? doing a sociology project",
        # a standoff with an insect in the room (insect_foe stops the learned models)
        "theres a spider in my room the size of my hand, its either me or it tonight",
        "wasp in my bedroom, one of us isnt making it out alive",
        # asking whether a post can get you arrested (question_general)
        "is it tru you can get nicked for memes on tiktok",
        # a theft told as caught and sentenced (handled; R1 yields)
        "the lad who robbed my mum got sent down yesterday, thank you to everyone who helped",
    ],
)
def test_false_alarms_stay_below_high(text):
    assert_below(text, "high")
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # a family member asking a child for videos is not an online adult (no adult_male or stranger)
        "my nan wants me to send her videos of the cat",
        # riding bikes out is not a ride out on someone
        "we ride out on our bikes to the coast every summer",
        # a spot or an acne scar is not a self-harm cut
        "how do you hide a spot on your forehead",
    ],
)
def test_near_misses_stay_below_high(text):
    assert_below(text, "high")

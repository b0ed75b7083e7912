"""Lexicon 2026.12.24, part b75: the classes read from the misses of read test sets b75 and b76, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a wish to be gone or a goodbye beside a means got ready from a shed or garage (QB751; S18 for "sorted it with")
        "cant do this anymore. got what i needed from the garage. bye everyone",
        "not gonna be around after tonight, the stuff from my grandads shed is in my bag",
        "i dont want to be here anymore, ive sorted it with the stuff from our garage",
        "wont wake up tomorrow. sorted it all with the stuff from my uncles shed",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a burden belief: everyone would be happier or better without me around (S6)
        "honestly my whole family would be happier without me around",
        "i wont do anything dont panic, its just that everyone would be better without me",
        # children left on their own for days with little food: ongoing neglect (QB752)
        "my dad leaves us kids on our own for days and theres hardly any food, im 13",
        "mum goes out and leaves me and my baby sister for days, nothing to eat in the flat",
        # a pillow held over a face is smothering, not a pillow fight (D2)
        "my stepdad smothered me with a pillow and i couldnt breathe",
        "my mum held a pillow over my face last night when i wouldnt stop crying",
        # a weapon held up in pictures sent to the sender, with a threat: serious, not here now (W3, not W4)
        "a lad keeps sending me pics of him holding a machete saying im next",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a weapon in pictures, with a threat, after an earlier fight somewhere: not happening now
        "the year 11s keep sending me snaps of them holding a blade saying im getting it, since the fight at the shops",
        "this group keeps posting vids of them waving a machete at me on their story since what happened at the park",
        # a threat from someone in a console party chat: serious, not danger now by itself
        "some boy in xbox party chat said hes going to kill me and then said my school out loud",
    ],
)
def test_shown_or_online_threats_are_serious_but_not_immediate(text):
    assert_not_immediate(text)
    assert_below(text, "immediate", full)


@pytest.mark.parametrize(
    "text",
    [
        # a soft object in a sibling squabble; a slice of food is not a blade
        "my brother whacked me with a cushion cos i changed the channel lol",
        "my little sister threw a pillow at me over the remote, can you arrest her",
        "we had a pillow fight and my cousin hit me with a pillow really hard haha",
        "my mum ate the last slice of cake and now shes here laughing at me",
        # a question about the law or about a found object
        "can you get in trouble for having a pocket knife in your car",
        "do you get arrested for having an airsoft gun in your bedroom",
        "if me and my mate found a blade in the park, should we pick it up or ring someone",
        "if we found some pills on the floor at school should we touch it or tell a teacher",
        # a suicide word hung on a team losing, again and again, or on a driving or theory test
        "i want to kill myself every time we lose to city",
        "feel like jumping off a bridge whenever arsenal lose tbh",
        "i told my dad id kill myself if i failed my driving test and he went mad lol",
        # property smashed, told afterwards
        "someone smashed my mums car window on our drive on sunday and took her bag",
        # a school campaign against bullying
        "its anti bullying week at our school, can someone come and do a talk",
        # "sorted it with" the school, a means-like word in an errand: resolution, not preparation
        "i sorted it with the head of year, all good now",
        "got some stuff from my dads shed to fix my bike, thanks for the help",
        # an ex who is happier apart is a breakup, not a burden belief
        "my ex is happier without me and thats fine, im over it",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "my brother whacked me with a cushion cos i changed the channel lol",
        "my little sister threw a pillow at me over the remote, can you arrest her",
        "can you get in trouble for having a pocket knife in your car",
        "if me and my mate found a blade in the park, should we pick it up or ring someone",
        "i want to kill myself every time we lose to city",
        "i told my dad id kill myself if i failed my driving test and he went mad lol",
        "its anti bullying week at our school, can someone come and do a talk",
        "someone smashed my mums car window on our drive on sunday and took her bag",
    ],
)
def test_hard_negatives_are_below_high_by_the_rules(text):
    assert_below(text, "high")


def test_still_caught_next_to_the_new_contexts():
    # a smashed window with someone climbing in now, a knife held by someone outside now, a real exam threat with means
    assert_grade("someone smashed our back window and is trying to climb in now", "immediate")
    assert_grade(
        "hes outside my house right now holding a knife, he sent me a video of it earlier", "immediate"
    )
    assert_grade("i will kill myself if i fail my exams, ive got my mums tablets", "high")

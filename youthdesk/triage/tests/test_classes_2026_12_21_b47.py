"""Lexicon 2026.12.21, part b47: the classes read from the misses of read test sets b47 and b48, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # held at home by a contact who will not leave: the front door locked on the sender, told they owe him
        "a lad i met on snap came round and hes locked the front door, keeps telling me i owe him for the weed",
        "the man from tiktok is in my flat right now, he locked the back door and wont give me the key",
        "hes still here and wont leave, saying i owe him, he locked the door and took my charger and my phone",
        # made to go, now, to where the person who abused them is
        "my uncle who abused me when i was younger is at ours tonight and my dad is making me go round his later",
        "the man who touched me is at my aunties right now and mum is sending me round there for dinner",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a passive wish not to wake up or not to be here
        "honestly i wouldnt care if i never woke up tomorrow",
        "i go to sleep hoping i dont wake up, every single night",
        "i wouldnt mind if i died in my sleep tbh",
        # self-harm told as a habit
        "i cut nearly every day since my mum left, i havent told anyone",
        "i still cut when things get bad at home",
        # a child who goes missing for days and comes back with money or a new phone
        "my little brother is 14, he goes missing for days and then comes back with cash and wont say where from",
        # marks on the body now from a beating before: high, not danger now
        "my stepdad hit me with a shoe last week and i still have bruises on my arm",
        "mum whacks me with the hairbrush when im late, i have bruises on my legs right now",
        # violence told at a place on a past day, with talk of revenge
        "someone got stabbed at a party on friday and now people are saying theres going to be payback",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # bullying told as acts, with a shrug
        "no one sits with me at break now and they screenshot my story and share it round",
        "some lads tripped me up and they filmed it. im fine but theyve posted it everywhere",
        # hate told by its slur or its insult
        "a kid called me the p word at the bus stop",
        "the older boys keep calling my brother gay in the changing rooms",
    ],
)
def test_new_medium_classes(text):
    assert_grade(text, "medium")


@pytest.mark.parametrize(
    "text",
    [
        # a question about an incident heard of in the area
        "was there a shooting in town earlier? my nan saw an air ambulance",
        "anyone know what happened at the station today, theres police tape everywhere",
        "why were there so many police on my road tonight, was there a stabbing",
        # "what even is ..." a topic question
        "what even is cuckooing, my teacher mentioned it",
        # asking for safety tips
        "any tips for staying safe on the bus at night? im 13 and get home late from dance",
        "how do i stay safe when walking home in the dark after football",
        # a place on a past day
        "my cousin got jumped at the park on saturday, hes alright now",
        # recurring missing, normal for them
        "my sister goes missing for days then comes back, mum says its just her being a teenager",
        # a passive wish turned into a wish to wake up later
        "i wouldnt mind if i woke up at noon tomorrow lol",
        # a debt that is not a danger
        "my mate keeps saying i owe him a fiver for the chippy",
        # made to go round a relative's, no abuse
        "mum is making me go round my nans right now for tea and i dont want to, its so boring",
        # an assault long over, shrugged off: the shrug is about the sender, not an attack going on
        "i got jumped at the park last year, im fine but i still get nervous walking past there",
        # the front door locked for the night
        "my dad locked the front door at 10 so i had to knock to get in, so annoying",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "anyone know what happened at the station today, theres police tape everywhere",
        "what even is cuckooing, my teacher mentioned it",
        "any tips for staying safe on the bus at night? im 13 and get home late from dance",
        "i wouldnt mind if i woke up at noon tomorrow lol",
        "mum is making me go round my nans right now for tea and i dont want to, its so boring",
    ],
)
def test_benign_classes_are_standard_by_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text",
    [
        "any tips for staying safe on the bus at night? im 13 and get home late from dance",
        "what even is cuckooing, my teacher mentioned it",
        "i wouldnt mind if i woke up at noon tomorrow lol",
    ],
)
def test_benign_classes_stay_below_high_with_the_model(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "was there a stabbing? my brother just got stabbed outside the shop and hes bleeding loads",
        "i wouldnt mind if i didnt wake up, ive taken all my tablets",
        "hes still hitting me right now and i have bruises everywhere",
        "my sister goes missing for days and now shes with some older men in a flat and her phones off, shes 13",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")

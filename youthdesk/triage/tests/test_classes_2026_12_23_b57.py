"""Lexicon 2026.12.23, part b57: the classes read from the misses of read test sets b57 and b58, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, full


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye to everyone, with love spoken of as finished
        "goodbye all, i always loved you guys, remember that",
        "bye guys. ive loved every one of you",
        # held: threatened with harm if they leave, the phone taken
        "he took my phone off me and says if i try to leave hell kill me",
        "theyve taken my phone and said if i leave this house theyll hurt me, im in a flat in town",
        # a weapon in school, told with the lesson or period the sender is in now
        "a lad in year 10 has a knife in his blazer, were in registration now",
        "someone brought a knife in and were all in 4th period now, hes sat behind me",
        # a threat of worse to come when the abuser gets back
        "my stepdad punched me and said itll be even worse when he gets back tonight",
        "dad hit me and said ill get it worse when he gets home from work",
        # a punishment attack set for tonight
        "they said my brother is getting done in the legs tonight for talking to the police",
        "the men on our estate said hes getting a punishment beating the night",
        # an older contact demanding the child come down to the car, threatening to come up and get them
        "hes parked outside and says if i dont come down to the car hell come up and get me, my mum thinks hes my friends dad",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # a punishment attack threatened, with no time
        "some men told my cousin hed be kneecapped if he didnt pay them back",
        # self-harm told as "what i do to them"
        "my legs are a mess from what i do to them",
        # a passive wish, with "even"
        "i dont even want to be here anymore",
        # an adult complimenting a child's looks, with probing questions
        "an older man keeps messaging my 11 year old cousin on snap saying shes pretty and asking where she lives",
        # older lads making the younger ones carry, under threat
        "the older ones make the younger ones carry stuff round the estate, if you say no they batter you",
        # an attack excused as a joke is still an attack
        "my sisters boyfriend punched her, he says he did it as a joke",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye at work or the end of a school year
        "bye everyone, ive loved working with you all, last shift at the cafe today",
        "bye everyone, ive loved u all, last day of year 11 today",
        # leaving, with an ordinary consequence
        "mum says if i leave the house before my homework is done ill get grounded",
        "if i leave now ill miss the bus, can someone tell me when the next one is",
        # in a lesson now, no weapon; a kitchen knife used in class
        "were all in 3rd period now and its so boring lol",
        "i cut my finger with a knife in food tech, were in 5th period now",
        # getting worse as an illness
        "my cough will get worse when it gets cold, doctor said",
        "i hurt my knee, the physio says ill get worse when i get home if i dont rest it",
        # "done in the legs" at sport or the gym
        "our team got done in the legs by the ref today, absolute joke",
        "gonna be done in the legs after leg day at the gym the night",
        # a parent calling the child down
        "mum said if i dont come down for tea shell come up and get me lol",
        # someone else's jump, over and fine
        "my mate jumped off the pier at the seaside today and im still laughing, hes fine just soaked",
        # a request for a talk on a topic
        "can you do a q and a about knife crime at our school",
        # the sender's own words said as a joke
        "i told my mate ill kill her as a joke cos she ate my sweets, am i in trouble",
        # "ting" meaning an event
        "theres a free football ting at the youth club, is it for under 16s",
        # hoodies in summer for the cold
        "i wear hoodies in summer cos im always cold",
        # "used to make me stay behind", a habit that ended, nothing held now
        "my coach used to make me stay behind for extra practice, best coach ever",
        # how to get someone to stop something
        "how do i get someone to stop messaging me about homework",
        # sport hyperbole
        "we was robbed in the final, the ref was blind",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "bye everyone, ive loved working with you all, last shift at the cafe today",
        "were all in 3rd period now and its so boring lol",
        "our team got done in the legs by the ref today, absolute joke",
        "mum said if i dont come down for tea shell come up and get me lol",
        "my mate jumped off the pier at the seaside today and im still laughing, hes fine just soaked",
        "can you do a q and a about knife crime at our school",
        "i told my mate ill kill her as a joke cos she ate my sweets, am i in trouble",
        "theres a free football ting at the youth club, is it for under 16s",
        "how do i get someone to stop messaging me about homework",
        "we was robbed in the final, the ref was blind",
    ],
)
def test_benign_classes_stay_below_high_with_the_model(text):
    assert_below(text, "high", read=full)


@pytest.mark.parametrize(
    "text",
    [
        # the real thing next to each false alarm stays immediate
        "bye everyone, ive loved you all, sorry for everything",
        "hes locked me in his flat and says if i leave hell hurt me",
        "a boy in our class has a gun in his bag, were in registration now",
        "my mum says she did it as a joke but her boyfriend is strangling her right now",
    ],
)
def test_the_real_thing_stays_immediate(text):
    assert_grade(text, "immediate")

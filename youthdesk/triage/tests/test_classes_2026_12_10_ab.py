"""Lexicon 2026.12.10, part ab: the classes read from development set ab's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate, rules


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye in slang: "see you on the other side" said as "catch you" / "see ya" (S4)
        "see ya on the other side everyone, swallowed the whole strip",
        # a last contact, a farewell and a height (QAB4, N14)
        "this is the last time im messaging. tell my nan none of it was her fault. stood at the top of the quarry",
        # asking whether a height is enough "to work", from there (QAB1)
        "would the viaduct be high enough to kill me, asking cos im sat on the edge of it",
        # a child shut out, exposed: snow, underwear (QX11)
        "dad chucked me out in my boxers and its snowing, he wont answer the door",
        # someone being dragged or bundled into a place or a vehicle, now (W1)
        "some men are bundling a lad into a van by the garages, hes kicking out",
        # cornered by someone now (W1)
        "a man has me cornered in the lift at the station and wont let me out",
        # a runaway staying with a man, told they owe him, phone low or lost (QAB2)
        "ran off from my foster home and an older guy let me crash at his but now hes saying i need to pay him back for letting me stay, phones on 4%",
        # someone met online at the door, demanding to be let in (QAB3)
        "a lad in my clan on cod sent a pic of our front door and says open up or hes coming in, im home alone",
        # tablets taken, told after a question opener (N13)
        "do you guys do medical stuff because ive just taken 30 of my nans tablets and my hands have gone numb",
        # a fond past ("i used to love your page") is not resolution (G4)
        "i used to love your page. ive decided, when my dad goes to bed im doing it, the letters are written",
        # going off a height, having checked it (N1)
        "going off the bridge tonight, ive been up there to check already",
        # a driver threatening to crash with them in the car, driving dangerously now (D10)
        "my stepdad is swerving all over the road with us in the back saying hell crash the car with us in it",
        # a child nobody has seen, having said they will not be a burden, in the cold (M1/M3)
        "my brother is 11 and none of his friends have seen him since dinner, he said he wont be a burden anymore and its freezing",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # the other side of exams is a time, not a goodbye
        "catch you on the other side of gcses lads, revision time",
        # a rage-quit is not a last contact
        "you lot never reply, i wont be messaging again",
        # an ordinary request, not a goodbye
        "can you tell my mum she did nothing wrong, the head blamed her for the fight",
        # a height asked about for a dive, with mates
        "is the harbour wall high enough to dive off? were on it now with the lads",
        # into a hug, into the lockers
        "my auntie pulled him into a hug at the station",
        "year 10s keep pulling my mate into the lockers",
        # money owed to a friend, not a bond
        "borrowed a fiver off a guy in my class and i need to pay him back",
        # a new area after a move, phone low
        "we just moved and i dont know the area yet, phones on 3% lol",
        # a fast drive to the airport
        "dad was doing like 90 on the motorway with us in the car so we didnt miss the flight",
        # a drill that was practice
        "we had a lockdown drill and someone said there was a man with a gun but turns out it was just practice",
        # laughing hyperbole
        "im killing myself laughing at the teacher falling off his chair",
        # 'going off' that is not a height
        "the fire alarm kept going off the whole time we were on the roof garden tonight",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        # laughing hyperbole
        "dying laughing at that video of the sergeant dancing",
        # a question in a hypothetical shape about someone else
        "who do i tell if you think someones being groomed but youre not sure",
        # a career question with a caution in it
        "how do i get work experience with the police, i got a caution when i was 13 and want to be a detective",
        # a question about officers' work
        "do police officers get nervous going to knife calls",
        # a series talked about
        "binge watching top boy, the scene where they get shot is mad",
        # a football score
        "we got hammered 6 1 on saturday, the ref should be arrested",
        # encouragement is not something still going on
        "i used to self harm in year 8 but im loads better now, keep up the talks",
        # a drill that was practice
        "there was a fire drill today and everyone panicked but it was only a drill",
    ],
)
def test_benign_contexts_are_not_high(text):
    assert_below(text, "high")


def test_here_meaning_this_country_is_not_danger_now():
    result = rules(
        "is forced marriage legal here, my parents took my passport and say im marrying my cousin in the summer"
    )
    assert result.grade == "high", (result.grade, result.cues)

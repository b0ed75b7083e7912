"""Lexicon 2026.12.1: the classes read from blind set 9's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade: questions, hyperbole, lyrics and games, negation,
the past and resolved, errands, animals.
"""

import pytest

from youthdesk.triage.normalise import normaliser
from youthdesk.triage.places import locate
from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, full, rules
from youthdesk.triage.types import GRADE_RANK


@pytest.mark.parametrize(
    "text",
    [
        # followed or circled now, alone (N12)
        "a guy has been behind me since the bus station and hes still there, im on my own",
        "this car has gone past me 3 times now and just slowed down again, theres no one around",
        "i crossed the road and he crossed the road too, its getting dark and i cant lose him",
        "a man moved seats to sit by me and now he follows me down the platform, im by myself",
        # tablets taken, told inside a question (N13)
        "how long till paracetamol works if you take like 16? asking because i already took them",
        "is it bad to take a whole strip of sertraline, i already did an hour ago",
        # hiding at home from someone who is a danger now (D5)
        "dad is smashing things downstairs, me and my brother are hiding in the wardrobe",
        "hes banging on my bedroom door and ive locked it, please send someone",
        "typing this under my covers, hes downstairs saying hell kill her",
        # someone back despite a court order (D6)
        "the man with the restraining order is at our door right now",
        "hes not allowed near us but hes back and hes drunk",
        # a vulnerable child lost with a danger now (M3)
        "my little brother is 6 and has autism and hes wandered off near the canal, we cant find him",
        "lost my 4 year old sister on the beach, the tide is coming in and its getting dark",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # being followed: a question, a danger resolved, a game, an animal, the past
        "what do i do if a car keeps driving past me and im on my own",
        "a car went past me 3 times on my walk and slowed down, turned out to be my uncle looking for our house",
        "in gta the cops have been behind me for ages and im on my own lol",
        "a goose has been behind me since the park and its still there",
        "a man followed me down the road last week when i was on my own",
        # a question that tells of medicine taken as meant
        "how long does ibuprofen take to work, i already took two for my headache",
        "is it ok to take paracetamol after ibuprofen? i already took one this morning",
        # hiding in play, or from a telly, or in the past
        "playing hide and seek with my cousins, im hiding in the wardrobe and hes banging on every door lol",
        "my dad locked the door and hes shouting at the telly because city lost",
        "when i was little i used to hide in my room when he was drunk but we moved out and im safe now",
        # a court order asked about or behind us
        "what happens if someone breaks a restraining order?",
        "mum got a court order last year and we havent seen him since, were safe now",
        # lost, but an animal, or found
        "my dog wandered off at the beach and its getting dark",
        "my little sister wandered off in tesco for 5 mins but we found her by the sweets",
        # past danger: high at most
        "a lad pulled a knife on me on monday and said next time hell use it",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "what do i do if a car keeps driving past me and im on my own",
        "how long does ibuprofen take to work, i already took two for my headache",
        "is paracetamol bad if you take 2 after food, i already had them with breakfast",
        "im hiding in the bathroom cus my sister is doing my makeup and i look like a clown",
        "my stepdad slapped her on the back when she choked on a sweet",
        "playing hide and seek with my cousins, im hiding in the wardrobe and hes banging on every door lol",
        "my dad locked the door and hes shouting at the telly because city lost",
        "mum got a court order last year and we havent seen him since, were safe now",
        "my little sister wandered off in tesco for 5 mins but we found her by the sweets",
        # a story of the past told as thanks; dialect
        "a man tried to pull me into his car years ago but i ran, i still remember the officer who helped",
        "i used to get punched at the park every day but it stopped when we moved, im fine now",
        "see in primary i used tae get battered every day but it stopped, am fine now",
        # feedback on a talk or a post, a question about the law, petty hyperbole, games
        "thanks for the talk about county lines, really useful",
        "good post about grooming, sent it to my sister",
        "my cousin says its legal to carry a machete if its for the garden, is that true",
        "🔪 when your brother eats the last slice of pizza",
        "my roblox girlfriend dumped me, arrest her 😭",
    ],
)
def test_clear_hard_negatives_are_standard_with_the_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    "text,grade,category",
    [
        # drug-running told as favours (C4), with drugs as a category
        (
            "some older boys give me little bags to drop off after school and say i cant say no now",
            "high",
            "drugs",
        ),
        (
            "the olders make me take packages to people in other towns, they say im one of them now",
            "high",
            None,
        ),
        ("my cousin is doing county lines", "high", "drugs"),
        # violence at home told as acts (D7); control by a partner (D8)
        ("my mums boyfriend slaps her when hes had a drink", "high", "domestic_abuse"),
        ("stepdad threw a mug at me last night", "high", "domestic_abuse"),
        ("my girlfriend tracks my location and wont let me see my friends", "medium", "domestic_abuse"),
        (
            "my boyfriend checks my phone every night and says hell hurt me if i talk to boys",
            "high",
            "domestic_abuse",
        ),
        ("dad locks the fridge so i only eat when hes in a good mood", "high", "domestic_abuse"),
        # threats from other pupils are bullying too (B4); hate that keeps happening (B3)
        ("some year 10s keep saying theyll stab me", "high", "bullying_harassment"),
        ("people keep making monkey noises at me in pe", "medium", "bullying_harassment"),
        ("they keep calling me a pikey because of my family", "medium", "hate"),
        # seen a crime (R3); scams and graffiti told as acts
        ("i saw two lads rob a womans bag outside the station", "medium", "crime_report"),
        ("someone spray painted a swastika on our wall", "medium", "crime_report"),
        (
            "got sent a printed picture of trainers instead of the trainers, money gone",
            "medium",
            "crime_report",
        ),
        # grooming through an app (O2)
        ("a man on discord keeps sending me gifts and says its our secret", "high", "online_safety"),
        ("a man on snap wants pics of me in my school uniform", "high", "sexual_abuse_exploitation"),
        # self-harm seen on a friend; a minimised attack is not resolved
        ("my friend showed me her arms and theyre covered in cuts", "high", "suicide_self_harm"),
        ("my dad strangled my mum on friday, she says its fine", "high", "domestic_abuse"),
        # a bad reaction to a drug, own use
        ("had a thc vape at a party and now i feel really weird and dizzy", "medium", "drugs"),
        # a fake account made to mock
        (
            "someone made a fake tiktok of me with my face photoshopped on a frog",
            "medium",
            "bullying_harassment",
        ),
    ],
)
def test_classes_told_as_acts(text, grade, category):
    result = rules(text)
    assert result.grade == grade, (text, result.grade, result.cues)
    assert category is None or category in result.categories, (text, result.categories)


@pytest.mark.parametrize(
    "text",
    [
        "mum gave me a bag of old clothes to drop off at the charity shop",
        "i drop off parcels for my uncles shop after school and he pays me a fiver",
        "my mum hit me with a pillow in a pillow fight lol",
        "in the film her boyfriend hits her and she leaves",
        "what are the signs your boyfriend is controlling you",
        "i saw a film where a guy got stabbed",
        "theyre posting pics of me eating in the canteen",
    ],
)
def test_near_misses_stay_below_high(text):
    result = rules(text)
    assert GRADE_RANK[result.grade] < GRADE_RANK["high"], (text, result.grade, result.cues)
    assert "sextortion_image_abuse" not in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "my mate has an older boyfriend and wont say how old he is, probably nothing",
        "my friend has gone really quiet and stopped sitting with us, might be nothing",
    ],
)
def test_a_friends_vague_worry_is_medium_even_with_the_model(text):
    assert rules(text).grade == "medium"
    assert full(text).grade == "medium", full(text).cues


def test_a_hedge_does_not_hide_a_real_disclosure():
    assert rules("my friend has cuts all over her arms, probably nothing").grade == "high"
    assert rules("my friend just took a whole box of pills, probably nothing but").grade == "immediate"


def test_feedback_turned_to_oneself_is_a_disclosure():
    result = rules("good post about grooming, i think its happening to me, he says its our secret")
    assert result.grade == "high"


def test_danger_told_in_the_past_is_high_and_recent_or_future_is_not_the_past():
    assert rules("a lad pulled a knife on me on monday and said next time hell use it").grade == "high"
    assert rules("a man grabbed me 10 minutes ago and hes still outside").grade == "immediate"
    assert rules("on friday im going to take all my tablets when everyones out").grade == "immediate"


def test_past_habit_does_not_outlast_its_clause():
    # "every day" inside "used to" is over; "still" after it is not.
    assert (
        rules("i used to get punched at the park every day but it stopped, im fine now").grade == "standard"
    )
    assert rules("he used to hit me every day and he still hits me").grade != "standard"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("me mam's boyfriend", "my mums boyfriend"),
        ("i cant feel ma legs", "i cant feel my legs"),
        ("took me ma's tablets", "took my mums tablets"),
        ("am in the house on me own", "im in the house on my own"),
        ("am i overthinking", "am i overthinking"),
        ("an hour ago an hes still there", "an hour ago and hes still there"),
        ("used tae get battered doon the road", "used to get battered down the road"),
        ("divvent tell the polis", "dont tell the police"),
    ],
)
def test_dialect_is_read_in_context(raw, expected):
    assert " ".join(normaliser().tokens(raw)) == expected


def test_dialect_negation_stops_at_and():
    # "an" is "and": a negation before it does not cancel the danger after it
    assert (
        rules("i didnt want to go out an hes been following me since the shop, im on me own").grade
        == "immediate"
    )


def test_dialect_disclosure_is_read():
    assert rules("took the whole box of me ma's tablets an hour ago, am on me own").grade == "immediate"


@pytest.mark.parametrize(
    "text,subject",
    [
        ("i didnt mean to go that deep, its not stopping and mums downstairs", "self"),
        ("me and my sister are hiding in the loft, hes smashing the kitchen up", "self"),
        ("i heard her choking through the wall, he strangled her last night", "other"),
        ("i think my cousin is doing county lines", "other"),
        ("i saw my brother hide a knife in the shed", "other"),
        ("my friend showed me her arms and theyre covered in cuts", "other"),
    ],
)
def test_subject_is_who_is_at_risk(text, subject):
    assert rules(text).subject == subject, rules(text).cues


@pytest.mark.parametrize(
    "text,force",
    [
        ("im on me own in lurgan", "Police Service of Northern Ireland"),
        ("some lads on the shankill chasing me", "Police Service of Northern Ireland"),
        ("theres a fight on deansgate", "Greater Manchester Police"),
        ("man with a knife on coldharbour lane", "Metropolitan Police Service"),
        ("if wigan lose again tonight im done", None),
        ("i live in leeds win or lose", "West Yorkshire Police"),
    ],
)
def test_places_added_this_round(text, force):
    assert locate(text)[2] == force

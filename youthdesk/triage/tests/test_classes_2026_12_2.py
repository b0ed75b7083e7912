"""Lexicon 2026.12.2: the classes read from blind set 10's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade: questions, hyperbole, lyrics and games, negation,
the past and resolved, errands, leisure, animals, family.
"""

import pytest

from youthdesk.triage.lexicon import lexicon
from youthdesk.triage.normalise import BOUNDARY, normaliser
from youthdesk.triage.places import locate
from youthdesk.triage.tests.reading import (
    assert_below,
    assert_grade,
    assert_not_immediate,
    at_least,
    full,
    rules,
    words,
)
from youthdesk.triage.types import GRADE_RANK


def test_versions_are_bumped():
    assert at_least(lexicon().version, "lex-2026.12.2")
    assert at_least(normaliser().version, "norm-2026.12.2")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a hyphen put in to dodge a filter is taken out only when the joined word is a lexicon word
        ("gonna un-alive", ["going", "to", "unalive"]),
        ("self-harm", ["self", "harm"]),
        ("well-being", ["well", "being"]),
        # the dropped g, for lexicon words only
        ("im comin doon", ["im", "coming", "down"]),
        ("my cabin", ["my", "cabin"]),
        # Scots: "n" is "and" between words, "right noo" is "right now", "wi" is "with"
        ("up the hill n am no comin back", ["up", "the", "hill", "and", "im", "no", "coming", "back"]),
        ("the n word", ["the", "n", "word"]),
        ("ootside wi a blade right noo", ["outside", "with", "a", "blade", "right", "now"]),
        ("nooo way", ["no", "way"]),
    ],
)
def test_normaliser_2026_12_2(raw, expected):
    assert words(raw) == expected


def test_a_bracket_is_its_own_clause_so_a_negation_inside_cannot_reach_out():
    assert normaliser().tokens("a lad (not from school) said hed meet her") == [
        "a", "lad", BOUNDARY, "not", "from", "school", BOUNDARY, "said", "hed", "meet", "her",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # at a height or the water's edge, saying they are not coming back (N14)
        "sat on the edge of the multi storey roof. not coming down this time, dont bother trying",
        "im standing on the bridge over the ring road and im not coming home",
        "on the cliff path by the lighthouse, dont come looking for me",
        # in the water now (A2)
        "im in the canal up to my waist and its freezing",
        "shes in the sea in the dark and wont come out",
        # someone went into the water and has not come up (A3)
        "my brother jumped off the harbour wall and he hasnt come back up",
        "she walked into the reservoir and went under and i cant see her",
        # a child gone with someone older or met online, and unreachable (M4)
        "my 12 year old cousin went to meet a lad she met online, that was 3 hours ago and her phones off",
        "my sister got in a car with some older men outside the shop and now shes not answering",
        # an adult threatening to drive the children to harm (D10)
        "mums boyfriend is drunk and said hell drive us into the river, hes got my sister in the car right now",
        # hiding from a weapon or an attack now (W7)
        "a lad just pulled a knife in the corridor and were all hiding in the science cupboard",
        "theres a man with a gun in the supermarket, im hiding behind the counter",
        # hiding from a man who is waiting outside (X5)
        "some man grabbed my arm at the station, im locked in the toilets and hes still outside",
        # held by someone who gives drink or says they owe (X8)
        "this guy wont let us go home from his flat, keeps giving us drink and says we owe him",
        # hiding from a threat to finish someone off (D5)
        "stepdad is smashing up the living room saying hell finish her off, me and my sister are under my bed",
        # bleeding told by the bathwater (S3); a ligature tested (L2)
        "ive cut and the water has gone red, i feel really cold",
        "tied something round my neck from the top of the door to see if it would hold",
        # "un-alive" with a time
        "gonna un-alive tonight, nobody cares",
        # held-out rule gaps named in round 2026.12.1: a time set by the household's routine (S12), a ligature
        # ready with a farewell or a last message (L3), someone attacked and still down (W11)
        "got my dads razor and im going to use it on myself when everyone is in bed",
        "this is the last time ill text anyone, the cord is ready",
        "the belt is ready, sorry mum",
        "a lad just got stabbed outside the shop and hes not getting up",
        "some boy got battered with a bat at the park and hes out cold on the grass",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # heights: leisure, an errand, a protest at home, a game, a question
        "at the top of the hill for the sunset with my mates, not coming home till late",
        "im at the top of the stairs and im not coming down till she says sorry",
        "im on the roof terrace and im not coming down for tea lol",
        "in minecraft im on the cliff and not coming down till i find diamonds",
        "what happens if someone says theyre not coming back from the bridge",
        # in the water: a swim, the lake district, a shop
        "im in the sea on holiday and its freezing but the lifeguard is right there",
        "im in the lake district with school and its so cold",
        "im in river island and its so cold in here",
        # went under: a game, a rank, the past
        "in the game my character went under the water and hasnt come back up lol",
        "my rank went down and hasnt come back up since the update",
        # a child out with someone, but family, friends, or back
        "my sister went to meet her friends in town and her phones dead, shes always like this",
        "my mum picked her up from school and her phones off cos its out of charge",
        "my little brother went off with his mates to the park and isnt answering, hes fine hes always late",
        # a threat to drive: a joke, a film, the past
        "my dad joked hed drive us off a cliff if we kept arguing in the car lol",
        "in the film the dad drives them into the river",
        # hiding: a game, a pet, fireworks
        "playing hide and seek, hiding behind the counter in my nans shop",
        "my dog is hiding under the table because of the fireworks",
        # hyperbole about a parent, a question about a knife, a cat's scratch
        "failed my mock, my mums gonna kill me",
        "why are machetes sold in shops? genuinely curious",
        "i dont self harm, my kitten scratched my hands when i bathed her",
        # a ligature word, a routine time, someone down: an interview, homework, a game, the past
        "the belt is ready for my interview tomorrow, ironed my shirt too",
        "ill do my homework when mum goes to bed",
        "in fortnite i got stabbed and my character is lying on the floor lol",
        "he got punched on saturday and was lying on the floor but hes fine now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "at the top of the hill for the sunset with my mates, not coming home till late",
        "im on the roof terrace and im not coming down for tea lol",
        "im in river island and its so cold in here",
        "my rank went down and hasnt come back up since the update",
        "my mum picked her up from school and her phones off cos its out of charge",
        "in the film the dad drives them into the river",
        "failed my mock, my mums gonna kill me",
        "why are machetes sold in shops? genuinely curious",
        "i dont self harm, my kitten scratched my hands when i bathed her",
        "my bike got nicked but the police found it and gave it back, thanks",
        "my uncle comes in my room at night to say goodnight",
        "my grandad calls me princess and asks what school im going to next year",
        "bring a towel, ur gonna get wet at the water park",
        "i think about not being here next year when we move to spain",
        "what age is the age of consent in wales",
    ],
)
def test_clear_hard_negatives_are_standard_with_the_rules(text):
    assert_grade(text, "standard")


@pytest.mark.parametrize(
    ("text", "grade", "category"),
    [
        # passive thoughts of not being here (S14)
        ("i often think about not being alive, i wouldnt do anything", "high", "suicide_self_harm"),
        # an adult calling a child pet names, with probing questions (X6)
        (
            "a man on snap keeps calling me princess and asking if im home alone, im 13",
            "high",
            "sexual_abuse_exploitation",
        ),
        # men picking up young girls, with drink (X7)
        (
            "some older men pick girls up from our school and drive them round giving them vodka",
            "high",
            "sexual_abuse_exploitation",
        ),
        # a man in the home coming in on a child (X9)
        (
            "my stepbrother keeps walking in on me when im changing and laughs",
            "high",
            "sexual_abuse_exploitation",
        ),
        ("mums fella gets in my bed when shes on nights", "high", "sexual_abuse_exploitation"),
        # violence at home told as acts (D7, D2)
        (
            "her new boyfriend is always shouting and last night he pushed her down the stairs",
            "high",
            "domestic_abuse",
        ),
        ("dad had his hands round mums neck again", "high", "domestic_abuse"),
        # criminal exploitation told as favours (C2)
        ("im doing bits for the older ones, they sort me out with money", "high", "criminal_exploitation"),
        ("older lads want me to keep a package for them at mine for a week", "high", "criminal_exploitation"),
        # a veiled threat (W10); a knife threat in slang with a weapon shown (W8)
        ("they said i owe them and they know where my mum lives", "high", "weapons_violence"),
        (
            "lads on the estate keep saying im gonna get wet and lifting his top to show me",
            "high",
            "weapons_violence",
        ),
        # a threat for later (W2 yields): high, not immediate
        ("they said theyll stab me next time they see me in town", "high", "weapons_violence"),
        ("he says hes bringing his blade to the party this weekend", "high", "weapons_violence"),
        # a friend's hedged worry about an older group (F4); a runaway known to be safe (M5)
        (
            "my friend keeps hanging round with an older crowd, probs nothing",
            "medium",
            "criminal_exploitation",
        ),
        (
            "my mate wont go home after a row, shes staying with her auntie and shes safe",
            "medium",
            "missing_runaway",
        ),
        # an ex getting round blocks; pictures edited to mock
        ("he makes new accounts every time i block him", "medium", "bullying_harassment"),
        ("theyre posting photoshopped pics of me with a pig nose in a gc", "medium", "bullying_harassment"),
        # anti-social riding (R1)
        ("lads riding mopeds round the estate every night revving at 2am", "medium", "crime_report"),
    ],
)
def test_high_and_medium_classes_told_as_acts(text, grade, category):
    result = rules(text)
    assert (result.grade, category in result.categories) == (grade, True), (text, result.grade, result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "i think about not being here next year when we move to spain",
        "my uncle comes in my room at night to say goodnight",
        "my little brother keeps walking in on me in the shower, so annoying",
        "my grandad calls me princess and asks what school im going to next year",
        "bring a towel, ur gonna get wet at the water park",
        "a stranger keeps adding me on snap and asking where i live",
    ],
)
def test_near_misses_of_the_high_classes_stay_below_high(text):
    assert_below(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a friend safe somewhere, a friend with an older group: the model may not make these high
        "my friend had a row and wont go home tonight, shes at her nans and shes safe",
        "my mate has been hanging round with some older lads lately, probably nothing",
        # a question with no risk concept in it
        "theres been stuff on the news about town, is it actually dangerous to go out",
    ],
)
def test_the_model_may_raise_these_to_medium_at_most(text):
    result = full(text)
    assert GRADE_RANK[result.grade] <= GRADE_RANK["medium"], (text, result.grade, result.cues)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("took a whole box of my nans tablets, dont tell her", "self"),
        ("theres men who pick up girls from my year and give them weed, my mate goes", "other"),
    ],
)
def test_subject(text, subject):
    assert full(text).subject == subject


def test_a_message_the_model_raised_without_a_category_keeps_its_subject():
    result = full("my foster carers son comes in my room at night and i dont like it")
    assert (GRADE_RANK[result.grade] >= GRADE_RANK["high"], result.subject) == (True, "self")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # heights, bridges and streets known by name
        ("im on lodge lane and hes still behind me", "Merseyside Police"),
        ("sat at the top of arthur's seat", "Police Scotland"),
        ("on the humber bridge", "Humberside Police"),
        ("at beachy head", "Sussex Police"),
        # a nation named as whose law, not where: no force; a writer who says they are there keeps it
        ("is it illegal to carry a knife in scotland", None),
        ("whats the law in scotland compared to england on vapes", None),
        ("i live in scotland and its legal here right", "Police Scotland"),
    ],
)
def test_places(text, force):
    assert locate(text)[2] == force

"""Lexicon 2026.12.9, part ad: the classes read from development set ad's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below its grade.
"""

import pytest

from youthdesk.triage.tests.reading import assert_below, assert_grade, assert_not_immediate


@pytest.mark.parametrize(
    "text",
    [
        # a young child not back from a short errand, late and in the cold (M3)
        "my little brother is 9, he nipped to the shop at 5 and never came back, its pitch black now",
        # a missing child in dialect, crying down the phone from a number nobody knows (M1)
        "my sister aint been home since friday, shes 13, she called me crying from a number i dont know",
        # a missing child last seen going off with older men (M1, M4)
        "my brother is 12 and hes no come home, last seen getting into a car with some older lads",
        # a runaway out of it at a flat, not knowing where she is (M1)
        "my mate ran away from her care home and shes at some flat, off her face, and she doesnt know where she is",
        # ran off after saying they do not want to be here (QAD6, M1)
        "has anyone seen my little sister, shes 14 and ran off from school after posting about not wanting to be here",
        "my brother ran off from the hospital, he keeps saying he wants to die",
        # "not around after the night" with "dont worry its all sorted": affairs in order, not a problem resolved (S1)
        "thanks for always listening, i wont be around after the night, dont worry its all sorted",
        # a goodbye that absolves a parent or says love in the past tense (S4)
        "im done. tell me dad it wernt his fault",
        "tell my nan i loved her, sorry for everything",
        # at the railway, asking when the train comes but not boarding it (QAD1)
        "when does the next train come through the level crossing near me. im not gonna get on it, i just need to know how long i have left",
        # a man following the sender, now by the way out (W1)
        "theres a guy been following me through the shopping centre and now hes waiting by the exit, im scared",
        # a ligature brought along to a lonely place (QAD2)
        "sat up in the woods behind the estate, ive got my dads belt with me. how long before someone finds me",
        # someone pinned against a wall at home, now (W1, D1)
        "my stepdad has got my mum up against the wall and shes screaming",
        # a last gaming goodbye with belongings boxed for a sibling (N5)
        "logging off for good lads, my games are in a box for my little brother",
        # hiding from someone who hurt them before and is outside now (D5, W1)
        "im hiding in the changing rooms, the lad who hit me yesterday is outside and wont go",
        # a runaway offered a place to stay for carrying a parcel (QAD3)
        "ran away from home last night, a man at the bus station says he knows somewhere i can stay if i deliver a package for him first",
        # self-harm in the bath that will not stop this time (S3)
        "ive cut in the bath and its no stopping this time, feeling faint",
        # hiding under the bed while a drunk adult rages (D5)
        "mums boyfriends back and hes steaming, me and my brother are under the bed with the light off",
        # held by dealers over a lost package, a video sent (QAD4)
        "these dealers have got my cousin in a trap house cos he lost the package, theyve sent me a vid of him crying",
        # a petrol bomb threatened for tonight (QX3)
        "some lads are saying theyll petrol bomb my mates house tonight, theyve got bottles ready",
        # a blade in school with an attack set for after school, in dialect (W2, W14)
        "a kid in our year has a knife in his blazer and said hes daein somebody efter school",
        # who takes the pet "if im not here": a handover, not a condition (QU2)
        "who would look after my cat if im not here no more, asking for tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm abbreviated (S6)
        "s/h is the only thing that gets me through the week",
        # a drug debt with selling demanded (C2)
        "this lad says i owe him for the weed i lost and hes making me sell for him",
        # a question about one's own images that tells they were shown round (E1)
        "is it illegal for my ex to still have my nudes, he showed his mates on the bus",
        # standing at an edge as a habit: thoughts, not someone there now (QAD5)
        "sometimes i stand at the edge of the platform and think about it",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # a train skipped for an ordinary reason
        "what time is the last train to leeds? the 10pm one is rammed so im not getting on it, ill wait for the next",
        "the last train was cancelled so im not getting on it, ill get a taxi",
        # a belt taken somewhere ordinary
        "brought my belt with me to the woods for the scout camp",
        # a parcel carried for family
        "my nan says i can stay at hers on friday if i take a parcel to the post office for her",
        # things, not people, that never came back; a parent gone long ago
        "lent my mate my charger and it never came back lol",
        "ordered some trainers and they never came back from the repair shop",
        "my dad walked out when i was 3 and never came back",
        # younger pupils following, not a man
        "year 8s keep following me round school being annoying",
        # running off from school for food, a joke about exams
        "we ran off from school at lunch to get maccies, i swear exams make me want to die lol",
        # a general question about spiking
        "is it true you can tell if your drink gets spiked by the taste",
        # jail as a topic
        "do people actually go to jail for carrying a knife",
        # a sports score
        "we got battered 3-1 in the second half, the ref was shocking",
        # a charity against knife crime
        "our school is raising money for a knife crime charity tomorrow",
        # dialect "the night" in an ordinary sentence; waiting by an exit for a parent
        "we stayed at my nans house the night before the wedding",
        "i stood by the exit waiting for my mum after the film",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "lent my mate my charger and it never came back lol",
        "we got battered 3-1 in the second half, the ref was shocking",
        "our school is raising money for a knife crime charity tomorrow",
        "my friend got her pics posted with clown emojis in the year group chat",
        "is it true you can tell if your drink gets spiked by the taste",
    ],
)
def test_false_alarm_classes_are_not_high(text):

    assert_below(text, "high")

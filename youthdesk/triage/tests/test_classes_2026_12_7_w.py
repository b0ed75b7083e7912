"""Lexicon 2026.12.7, part w: the classes read from development set w's misses, by class of expression.

Every phrasing here was written for these tests, not copied from a labelled set. Each class has positives in
new words and hard negatives that must stay below immediate.
"""

import pytest

from youthdesk.triage.tests.reading import assert_grade, assert_not_immediate, rules


@pytest.mark.parametrize(
    "text",
    [
        # an adult contact collecting a child tonight, third person (X10 widened)
        "a lad i met on a game is picking her up from the library at 8 tonight, my little sister is 12",
        # an online contact near now and asking the child to come out (X10, contact_here)
        "the man from the discord says hes outside my school now and wants me to come out, hes like 35",
        # snuck out to meet a gaming contact, told to keep it secret (X10)
        "my cousin is 11 and snuck out to meet a boy hes been gaming with, his note said dont tell my mum",
        # an online stranger telling a child at home to open the door, minutes away (X10)
        "some guy on roblox told my little brother to unlock the door and hell be there in 10 minutes",
        # a violent adult at home threatening to punish, due back (QW1)
        "my stepdad is hammered and says hes going to batter us when he gets home, he hit my sister last week",
        # gone with strangers, now unreachable, inside a "can you track" question (M4)
        "can police track her phone? my sister went off with some men in a van at lunch and now shes not answering anyone",
        # a child far away on the map, out of contact (QW2)
        "my friends location says shes 30 miles away and she stopped replying hours ago, shes 14",
        # a "just in case" marker sent while meeting an online contact (M4)
        "my 13 year old brother went to meet his online friend and sent me the number plate just in case",
        # an incapacitated girl being taken off by lads (QW3)
        "theres a girl at this house party whos completely out of it and two lads are dragging her upstairs",
        # a gun to be brought to school tomorrow (W14)
        "a boy in my form says hes bringing a gun to school tomorrow and he showed us it on facetime",
        # letters written and belongings handed on (QW4)
        "wrote letters for my mum and sister, my cat goes to my best mate",
        # a sextortion deadline with words of not going on (QW5)
        "he says if i dont pay by 9 the pics go to my whole family. i cant do this anymore",
        # locked in after talk of dying, gone quiet (QW6)
        "my sister shut herself in the bathroom after saying she wants to die and now shes gone quiet",
        # a large number taken, asked how long to work (QW7)
        "how long does it take for 30 of them to kick in",
        # a veiled means kept ready and the time come (T1)
        "the thing from the shed has been under my bed for days and tonights the night",
        # an online adult threatening to come round tonight (QW8)
        "a guy from insta says hes coming round tonight when my mums out if i keep ignoring him, im 13",
        # a hotel room invitation from a man in a role, now (QW9)
        "a photographer asked me to come up to his room at the hotel, im in reception now",
        # followed from transport, alone (N12)
        "i think im being followed by the same man from the train, im 12 and on my own",
        # a question told as happening now is not a condition (N12)
        "what do i do if a van keeps slowing down next to me? asking cos its happening now",
        # a set time, affairs in order, calm (G4)
        "everything is sorted for tomorrow morning, letters written, not scared anymore",
        # a runaway from care held with a debt (M1, H2)
        "ran away from my placement last night and staying at this older guys flat, he says i owe him and hes locked me in",
        # giving things away on one's own story, not needing them after tonight (N5)
        "giving all my clothes away on my insta story, i wont need them after tonight",
    ],
)
def test_new_immediate_classes(text):
    assert_grade(text, "immediate")


@pytest.mark.parametrize(
    "text",
    [
        # pictures of girls sold or put in a group (E4)
        "a boy from another school is selling a folder of pics of girls from our year",
        "my ex put my pics in a telegram group and it keeps getting shared",
        # a child paid in goods to spend time with men (X3)
        "i get paid in food and vapes to go to a house and chill with these men, im 14",
        # giving things away and others better off, no time: high (N5 narrowed)
        "my brother is giving away his games and keeps saying everyone would be better off without him",
    ],
)
def test_new_high_classes(text):
    assert_grade(text, "high")


@pytest.mark.parametrize(
    "text",
    [
        # family collecting, a secret surprise
        "my nan is picking me up after school today, dont tell my mum its a surprise party",
        "my uncle is picking her up from the station tonight",
        # a parent's joke threat
        "dad said hell teach me a lesson at chess when he gets home lol",
        # captivity as hyperbole
        "mum dragged me round the shops all day, i am a hostage",
        "being held captive by the traffic on the m6 for 3 hours",
        # a game
        "we did an escape room where you get locked in a cellar, so fun",
        # belongings looked after on holiday
        "wrote letters for my pen pals and my dog goes to my nans when were on holiday",
        # a weapon carried as a habit, shown in the past
        "my friend carries a knife everywhere now, he showed me it in the changing rooms last week",
        # a number of something that is not tablets
        "how long does it take for 20 of them to arrive",
        # locked in a room in a sulk, no talk of dying
        "my little brother locked himself in his room cos he lost at fifa and wont answer the door",
        "my sister shut herself in her room after a row about her phone and shes gone quiet",
        # giving old things away for a new one
        "giving away all my old games on my story today, got a new console",
        # a film
        "watching a film rn and the bad guy is my dad now",
        # running away from responsibilities
        "ran away from my responsibilities and played fifa all day",
        # a hotel room on a family holiday, no adult in a role
        "mum said come up to room 12 when im done at the pool, im in the lobby now",
    ],
)
def test_hard_negatives_are_not_immediate(text):
    assert_not_immediate(text)


@pytest.mark.parametrize(
    "text",
    [
        "what does grooming actually mean, saw it on your story",
        "my mate keeps disappearing from the group chat for days lmao",
        "how come theres never posts about lads getting sextorted",
        "someone tried to sextort me ages ago but i told my mum and it got sorted, thanks",
    ],
)
def test_topic_questions_and_hyperbole_are_not_high(text):
    result = rules(text)
    assert result.grade not in ("immediate", "high"), (text, result.grade, result.cues)

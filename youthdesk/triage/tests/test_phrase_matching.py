"""The phrase matcher: wildcards, gaps and the remembered start words give the same matches as a fresh lexicon."""

from hypothesis import given, settings
from hypothesis import strategies as st

from youthdesk.triage import lexicon as lexicon_module
from youthdesk.triage.lexicon import Lexicon
from youthdesk.triage.normalise import BOUNDARY

SMALL = {
    "version": "test",
    "concepts": {
        "knife": ["got a knife", "pulled _ knife", "knife* out"],
        "gap": ["took ~ pills"],
        "age": ["hes 2#", "# minutes ago"],
    },
    "rules": [],
}


def _found(lex: Lexicon, text: str) -> list[tuple[str, int, int]]:
    return [(m.concept, m.start, m.end) for m in lex.matches(text.split())]


def test_each_kind_of_phrase_part_matches_where_it_should():
    lex = Lexicon(SMALL)
    assert _found(lex, "he pulled a knife") == [("knife", 1, 4)]
    assert _found(lex, "knifes out now") == [("knife", 0, 2)]
    assert _found(lex, "took all of them pills") == [("gap", 0, 5)]
    assert _found(lex, "took pills") == [("gap", 0, 2)]
    assert _found(lex, "took one two three four pills") == []  # a gap spans at most three words
    assert _found(lex, f"took {BOUNDARY} pills") == []  # nor a clause boundary
    assert _found(lex, "hes 24") == [("age", 0, 2)]
    assert _found(lex, "hes 34") == []
    assert _found(lex, "45 minutes ago") == [("age", 0, 3)]


def test_the_remembered_start_words_stay_bounded(monkeypatch):
    monkeypatch.setattr(lexicon_module, "_STARTS_CACHE_SIZE", 50)
    lex = Lexicon(SMALL)
    lex.matches([f"word{i}" for i in range(500)])
    assert len(lex._starts) <= 50
    assert _found(lex, "he pulled a knife") == [("knife", 1, 4)]  # still right after it was emptied


WORDS = st.sampled_from(
    ["took", "pills", "all", "of", "got", "a", "knife", "knifes", "out", "hes", "24", BOUNDARY]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=12), min_size=1, max_size=5))
def test_a_lexicon_that_has_seen_other_messages_matches_like_a_fresh_one(messages):
    warm = Lexicon(SMALL)
    for tokens in messages[:-1]:
        warm.matches(tokens)
    assert warm.matches(messages[-1]) == Lexicon(SMALL).matches(messages[-1])

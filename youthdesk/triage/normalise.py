"""Turn raw message text into the token list the lexicon and the model read.

Teenagers write in lower case, with leetspeak, spaced or repeated letters, emoji and typos, and some
write to slip past keyword filters. Every step here undoes one of those habits. The maps live in
data/normalise.json so a reviewer can change them without touching code. Every regex is linear: no
nested quantifiers, so no input can make it backtrack catastrophically.
"""

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
BOUNDARY = "|"  # a clause break: phrases and negation windows never cross it
MAX_CHARS = 20_000  # assess() reads longer messages in windows of this size
MEMO_SIZE = 50_000
MAX_WORD = 40
COMPACT_ABOVE = 4_000  # characters; ordinary messages are far shorter and are never compacted
PIECE = 256

_DIGIT = re.compile(r"\d")
# "k i l l  m y s e l f", "a l l": a word gap may be two spaces, and a run is three letters or more
_SPACED = re.compile(r"\b(?:[a-z](?:[ .\-_*]| {2})){2,}[a-z]\b")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_AGE_SUFFIX = re.compile(r"\b(\d{1,2}) ?(?:yo|y/o|yr old|yrs old)\b")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b")
_MONEY = re.compile(r"[£$€] ?\d[\d,.]*k?|\b\d+ ?(?:quid|pounds)\b")
_TOKEN = re.compile(r"[a-z0-9_*@$!|]+(?:'[a-z]+)*|[.,;:!?\n()]")
_INNER_LEET = re.compile(r"(?<=[a-z])[013457@$!|]+(?=[a-z])")
_HYPHENED = re.compile(r"\b([a-z]{2,12})-([a-z]{2,12})\b")


class Normaliser:
    """The normalisation tables from data/normalise.json, compiled once."""

    def __init__(self, data: dict, vocabulary: frozenset[str]):
        self.version = data["version"]
        drop = {ord(c): None for c in data["zero_width"]}
        apostrophes = {ord(c): "'" for c in data["apostrophes"]}
        confusables = {ord(k): v for k, v in data["confusables"].items()}
        self.table = {**drop, **apostrophes, **confusables}
        self.emoji = data["emoji"]
        if any(len(e) != 1 for e in self.emoji):
            raise ValueError("normalise.json: each emoji key must be a single code point")
        control = {c: " " for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
        emoji = {ord(e): f" {name} " for e, name in self.emoji.items()}
        # One pass over the text does all single-character work: drop, straighten, map, name.
        self.table = {**self.table, **control, **emoji}
        self.leet = data["leet"]
        self.variants = {k: tuple(v.split()) for k, v in data["variants"].items()}
        self.vocabulary = vocabulary | {w for v in self.variants.values() for w in v}
        self.fuzzy = _deletes_index(data["fuzzy_targets"])
        dialect = data.get("dialect", {})
        self.possessed = frozenset(dialect.get("possessed", ()))
        self.possessive_after = frozenset(dialect.get("possessive_after", ()))
        self.parent_after = dict(dialect.get("parent_after", {}))
        self.article_an_before = frozenset(dialect.get("article_an_before", ()))
        self.dialect_words = frozenset({"me", "am", "an", "n", "noo", *self.parent_after})
        self._memo: dict[str, tuple[str, ...]] = {}
        self.by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary):
            self.by_length.setdefault(len(word), []).append(word)

    def text(self, raw: str) -> str:
        """Lower-cased, NFKC, zero-width and control characters gone, emoji named, evasions undone."""
        text = unicodedata.normalize("NFKC", raw[:MAX_CHARS]).lower().translate(self.table)
        if _DIGIT.search(text):
            text = _MONEY.sub(" money ", text)
            text = _CLOCK.sub(" clocktime ", text)
            text = _AGE_SUFFIX.sub(r"\1 year old", text)
        text = _INNER_LEET.sub(lambda m: "".join(self.leet.get(c, c) for c in m.group(0)), text)
        if "-" in text:
            text = _HYPHENED.sub(self._unhyphen, text)
        text = _SPACED.sub(lambda m: self._unspace(m.group(0)), text)
        return _REPEATS.sub(r"\1\1", text)

    def tokens(self, raw: str) -> list[str]:
        """The normalised words of a message, with BOUNDARY at each clause break and '?' kept."""
        out: list[str] = []
        for tok in _TOKEN.findall(self.text(raw)):
            if tok in ".,;:!\n()":  # a bracket is a clause of its own: "(hes not 16) said hed pick her up"
                if out and out[-1] != BOUNDARY:
                    out.append(BOUNDARY)
                continue
            if tok == "?":
                out.extend(("?", BOUNDARY))
                continue
            canonical = self._memo.get(tok)
            if canonical is None:
                canonical = self.word(tok)
                if len(self._memo) < MEMO_SIZE:  # chat repeats the same few thousand words
                    self._memo[tok] = canonical
            out.extend(canonical)
        if not self.dialect_words.isdisjoint(out):
            self._dialect(out)
        return out

    def _dialect(self, out: list[str]) -> None:
        # Words whose dialect meaning depends on their neighbours: "me mam" is "my mum", "ma legs" is "my legs",
        # "me ma" is "my mum", "am fine now" opening a clause is "im fine now", "an hes still there" is "and".
        n = len(out)
        for i, tok in enumerate(out):
            nxt = out[i + 1] if i + 1 < n else ""
            prev = out[i - 1] if i else BOUNDARY
            if tok in self.parent_after and prev in self.possessive_after:
                out[i] = self.parent_after[tok]
            elif tok in ("me", "ma") and nxt in self.possessed | self.parent_after.keys():
                out[i] = "my"
            elif tok == "am" and prev in (BOUNDARY, "and", "but", "so") and nxt not in ("i", "?", ""):
                out[i] = "im"
            elif tok == "n" and prev not in ("the", "a", "an", BOUNDARY) and nxt not in ("word", ""):
                out[i] = "and"  # "top of the hill n am no comin doon", but "the n word"
            elif tok == "noo":  # Scots "right noo" is "right now"; "nooo" stretched is "no"
                out[i] = "now" if prev in ("right", "just") else "no"
            elif (
                tok == "an"
                and nxt[:1].isalpha()
                and nxt[0] not in "aeiou"
                and nxt not in self.article_an_before
            ):
                out[i] = "and"

    def word(self, tok: str) -> tuple[str, ...]:
        """One raw token in canonical form (possibly several words: 'rn' -> 'right now')."""
        if len(tok) > MAX_WORD:  # no real word is this long; keep a stub so it cannot cost more
            return (tok[:MAX_WORD].strip("!@$|*_") or "_",)
        if tok in self.variants:
            return self.variants[tok]
        bare = tok.replace("'", "")
        if bare in self.variants:
            return self.variants[bare]
        if "*" in bare:
            bare = self._wildcard(bare)
        bare = bare.strip("!@$|*_")
        if not bare:
            return ()
        if bare in self.vocabulary:
            return (bare,)
        single = re.sub(r"([a-z])\1", r"\1", bare)
        if single != bare and single in self.vocabulary:
            return (single,)
        if bare.endswith("in") and bare + "g" in self.vocabulary:
            return (bare + "g",)  # "comin", "tryin", "swingin": the dropped g, only for lexicon words
        if len(bare) >= 5 and bare.isalpha():
            fixed = self._fuzzy(bare)
            if fixed:
                return self.variants.get(fixed, (fixed,))
        return self.variants.get(bare, (bare,))

    def _unhyphen(self, m: re.Match) -> str:
        # "un-alive", "k-m-s": a word hyphenated to slip past a filter is joined when the joined form is a
        # lexicon word or a listed variant; ordinary compounds ("self-harm", "well-being") stay two words.
        joined = m.group(1) + m.group(2)
        return joined if joined in self.vocabulary or joined in self.variants else m.group(0)

    def _wildcard(self, tok: str) -> str:
        # s*icide, c*tting, p*ki: '*' stands for one letter; pick the only lexicon word that fits.
        pattern = re.compile(re.escape(tok).replace(r"\*", "[a-z]"))
        hits = [w for w in self.by_length.get(len(tok), ()) if pattern.fullmatch(w)]
        return hits[0] if len(hits) == 1 else tok.replace("*", "")

    def _fuzzy(self, tok: str) -> str | None:
        # One missing, extra or changed letter ("sucide", "suiccide", "suicude") against a short,
        # reviewed list of target words only, so ordinary words are never "corrected" into risk words.
        if tok in self.fuzzy:
            return self.fuzzy[tok]
        for i in range(len(tok)):
            d = tok[:i] + tok[i + 1 :]
            if d in self.fuzzy:
                return self.fuzzy[d]
        return None

    def _unspace(self, run: str) -> str:
        joined = re.sub(r"[ .\-_*]", "", run)
        if joined in self.vocabulary or joined in self.variants:
            return f" {joined} "
        if len(joined) < 4:  # "u r a legend" is text speak, not a spaced word
            return run
        words = _segment(joined, self.vocabulary)
        return f" {' '.join(words)} " if words else run


def text_compact(text: str) -> str:
    """A long message with repeats dropped: each 256-character piece kept at most twice.

    Repeating text adds nothing for the rules (they ask whether a concept is present) but costs time in
    proportion to its length, which is what flooding and padding attacks exploit. A dropped piece leaves
    a clause break, so no phrase can be matched across the gap. Varied text is kept whole.
    """
    if len(text) <= COMPACT_ABOVE:
        return text
    seen: dict[str, int] = {}
    out: list[str] = []
    for i in range(0, len(text), PIECE):
        piece = text[i : i + PIECE]
        count = seen.get(piece, 0)
        seen[piece] = count + 1
        if count < 2:
            out.append(piece)
        elif not out or out[-1] != " . ":
            out.append(" . ")
    return "".join(out)


def _deletes_index(targets: list[str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for word in targets:
        index.setdefault(word, word)
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], word)
    return index


def _segment(joined: str, vocabulary: frozenset[str]) -> list[str] | None:
    # "killmyself" from spaced letters: split into known words, preferring the fewest words.
    if len(joined) > 40:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(joined)
    for end in range(1, len(joined) + 1):
        for start in range(max(0, end - 12), end):
            head = best[start]
            piece = joined[start:end]
            if head is not None and (piece in vocabulary or piece in ("i", "a")):
                candidate = head + [piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1]


@cache
def normaliser() -> Normaliser:
    """The shared normaliser, its vocabulary drawn from every word in the lexicon."""
    from youthdesk.triage.lexicon import lexicon

    data = json.loads((DATA / "normalise.json").read_text(encoding="utf-8"))
    return Normaliser(data, lexicon().vocabulary)

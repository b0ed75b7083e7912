"""The concept lexicon and the rules, read from data/lexicon.json, and a phrase matcher over tokens.

Phrase syntax (on normalised tokens): '_' any one word, '~' any 0-3 words, '#' a number, 'word*' a
prefix. Matching is a dictionary lookup on each word plus a bounded walk, so its cost grows linearly
with the message and can never explode.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from youthdesk.triage.normalise import BOUNDARY

DATA = Path(__file__).parent / "data" / "lexicon.json"


@dataclass(frozen=True)
class Match:
    """One phrase of one concept found in a message, with the token span it covers."""

    concept: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True)
class Rule:
    """A reviewable grading rule: every group in `all` must have a hit; any `yields` signal cancels it."""

    id: str
    grade: str
    category: str
    reason: str
    all: tuple[tuple[str, ...], ...]
    yields: tuple[str, ...]


class Lexicon:
    """Concepts and rules compiled for fast matching."""

    def __init__(self, data: dict):
        self.version = data["version"]
        self.weak = data.get("weak_concept", {})
        self.rules = tuple(
            Rule(
                r["id"],
                r["grade"],
                r["category"],
                r["reason"],
                tuple(tuple(g) for g in r["all"]),
                tuple(r["yields"]),
            )
            for r in data["rules"]
        )
        self.phrases: dict[str, set[str]] = {}
        self.exact: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        self.prefix: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        vocabulary: set[str] = set()
        for concept, phrases in data["concepts"].items():
            self.phrases[concept] = set(phrases)
            for phrase in phrases:
                parts = tuple(phrase.split())
                if not parts or parts[0] in ("_", "~"):
                    raise ValueError(f"lexicon phrase must start with a word: {concept}: {phrase!r}")
                vocabulary.update(p.rstrip("*") for p in parts if p not in ("_", "~", "#"))
                head = parts[0]
                entry = (concept, parts, phrase)
                if head.endswith("*"):
                    if len(head) < 4:
                        raise ValueError(f"prefix too short in {concept}: {phrase!r}")
                    self.prefix.setdefault(head[:3], []).append(entry)
                else:
                    self.exact.setdefault(head, []).append(entry)
        self.vocabulary = frozenset(vocabulary)

    def matches(self, tokens: list[str]) -> list[Match]:
        """Every concept phrase found in the tokens."""
        found: list[Match] = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            candidates = self.exact.get(tok, ())
            if tok.isdigit() and "#" in self.exact:
                candidates = [*candidates, *self.exact["#"]]
            if len(tok) >= 3 and tok[:3] in self.prefix:
                candidates = [*candidates, *self.prefix[tok[:3]]]
            for concept, parts, phrase in candidates:
                end = _walk(tokens, i, parts, 0, n)
                if end is not None:
                    found.append(Match(concept, phrase, i, end))
        return found


def _word_fits(tok: str, part: str) -> bool:
    if tok == BOUNDARY:
        return False
    if part == "_":
        return tok != "?"
    if part == "#":
        return tok.isdigit()
    if part.endswith("*"):
        return tok.startswith(part[:-1])
    return tok == part


def _walk(tokens: list[str], i: int, parts: tuple[str, ...], p: int, n: int) -> int | None:
    # Returns the end index of a match of parts[p:] starting at tokens[i], or None. A '~' tries at
    # most four widths, and phrases are a few words long, so the walk is bounded by a small constant.
    while p < len(parts):
        part = parts[p]
        if part == "~":
            for gap in range(4):
                if i + gap > n or any(t == BOUNDARY for t in tokens[i : i + gap]):
                    break
                end = _walk(tokens, i + gap, parts, p + 1, n)
                if end is not None:
                    return end
            return None
        if i >= n or not _word_fits(tokens[i], part):
            return None
        i += 1
        p += 1
    return i


@cache
def lexicon() -> Lexicon:
    """The shared, compiled lexicon."""
    return Lexicon(json.loads(DATA.read_text(encoding="utf-8")))

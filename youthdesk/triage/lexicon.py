"""The concept lexicon and the rules, read from data/lexicon.json, and a phrase matcher over tokens.

Phrase syntax (on normalised tokens): '_' any one word, '~' any 0-3 words, '#' a number, '2#' a two-digit
number starting with 2 (20-29), 'word*' a prefix. Matching is a dictionary lookup on each word plus a bounded
walk, so its cost grows linearly with the message and can never explode.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from youthdesk.triage.normalise import BOUNDARY

DATA = Path(__file__).parent / "data" / "lexicon.json"
_DIGITS = re.compile(r"^\d#+$")
_STARTS_CACHE_SIZE = 50_000


class Match(NamedTuple):
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
    within: int = 0  # > 0: every group's hit must start within this many words of the first group's hit
    # Further categories the same finding belongs to ("followed now" is a crime too).
    also: tuple[str, ...] = ()


class Lexicon:
    """Concepts and rules compiled for fast matching."""

    def __init__(self, data: dict):
        self.version = data["version"]
        self.weak = data.get("weak_concept", {})
        # The learned model may make a message immediate only when the rules found one of these risk concepts:
        # alone it reads surface words ("on the train now", "a man outside") as the real thing.
        self.model_immediate_anchors = frozenset(data.get("model_immediate_anchors", ()))
        self.model_holds = frozenset(data.get("model_holds", ()))
        # Contexts that stop the model making a message immediate on its own, anchored or not (a strong question,
        # a danger marked as over, an animal, leisure ...), and those of them that read only the setting, which a
        # model sure beyond doubt may pass (engine.MODEL_CERTAIN).
        self.model_blocks = frozenset(data.get("model_blocks", ()))
        self.model_weak_holds = frozenset(data.get("model_weak_holds", ()))
        # Contexts that stop the immediacy model reading a message the rules graded high: a loose "kms" about a
        # missed bus, a joke, a danger told as over or minimised ("nothing serious").
        self.immediacy_holds = frozenset(data.get("immediacy_holds", ()))
        # ... and those that hold it only where a risk concept, not a high rule, says the harm is real (a garden job,
        # a family pickup, heat, feedback on a post).
        self.immediacy_anchor_holds = frozenset(data.get("immediacy_anchor_holds", ()))
        # Small reasons after which the learned models may not raise the rules' grade at all: a wish traded for
        # something trivial, a parent's house rule.
        self.model_stops = frozenset(data.get("model_stops", ("trivial_trade",)))
        # Everything that stops the immediacy model reading a message (with the questions the engine knows).
        self.immediacy_stops = (
            self.model_blocks | self.immediacy_holds | self.model_stops | {"trivial_condition"}
        )
        # "took 30 of my mums paracetamol": a message or clause that opens with one of these verbs has the sender
        # as its unspoken subject, as texting drops the "i".
        self.dropped_subject_verbs = frozenset(data.get("dropped_subject_verbs", ()))
        self.rules = tuple(
            Rule(
                r["id"],
                r["grade"],
                r["category"],
                r["reason"],
                tuple(tuple(g) for g in r["all"]),
                tuple(r["yields"]),
                int(r.get("within", 0)),
                tuple(r.get("also", ())),
            )
            for r in data["rules"]
        )
        # Context that cancels other context it overlaps ("she says its fine" is minimising, not resolved), and
        # context that cancels named phrases later in its clause ("used to ... every day" is not ongoing).
        self.cancels: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data.get("cancels", {}).items()}
        self.clause_cancels: dict[str, dict[str, frozenset[str]]] = {
            k: {c: frozenset(p) for c, p in v.items()} for k, v in data.get("clause_cancels", {}).items()
        }
        # Without a risk concept, the model may make a message immediate only if the rules found no near miss
        # either: the context an immediate rule yields to, a context that cancels another, or a model hold
        # (an ordinary caller, a journey) that the model over-reads but no rule needs.
        self.model_near_misses = self.model_holds | frozenset(self.cancels).union(
            *(r.yields for r in self.rules if r.grade == "immediate")
        )
        # Rules indexed by the concepts of their first group: most messages touch only a few rules.
        self.rules_by_concept: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for concept in rule.all[0]:
                self.rules_by_concept.setdefault(concept, []).append(index)
        self.phrases: dict[str, set[str]] = {}
        self.root = _Node()
        self.root_prefix: dict[str, list[tuple[str, _Node]]] = {}
        self._starts: dict[str, tuple[_Node, ...]] = {}
        vocabulary: set[str] = set()
        for concept, phrases in data["concepts"].items():
            self.phrases[concept] = set(phrases)
            for phrase in phrases:
                parts = phrase.split()
                if not parts or parts[0] in ("_", "~"):
                    raise ValueError(f"lexicon phrase must start with a word: {concept}: {phrase!r}")
                if parts[0].endswith("*") and len(parts[0]) < 4:
                    raise ValueError(f"prefix too short in {concept}: {phrase!r}")
                vocabulary.update(
                    p.rstrip("*") for p in parts if p not in ("_", "~", "#") and not _DIGITS.match(p)
                )
                self._insert(parts, concept, phrase)
        self.vocabulary = frozenset(vocabulary)

    def _insert(self, parts: list[str], concept: str, phrase: str) -> None:
        head = parts[0]
        if head.endswith("*"):
            bucket = self.root_prefix.setdefault(head[:3], [])
            node = next((n for p, n in bucket if p == head), None)
            if node is None:
                node = _Node()
                bucket.append((head, node))
        elif head == "#" or _DIGITS.match(head):
            # A phrase that opens with a number ("# minutes ago", "2# yo"): matches() looks it up as "#" or as
            # its first digit and length ("24" as "2#").
            node = self.root.exact.setdefault(head, _Node())
        else:
            node = self.root.child(head)
        for part in parts[1:]:
            node = node.child(part)
        node.ends.append((concept, phrase))

    def matches(self, tokens: list[str]) -> list[Match]:
        """Every concept phrase found in the tokens."""
        found: list[Match] = []
        n = len(tokens)
        cache = self._starts
        for i, tok in enumerate(tokens):
            starts = cache.get(tok)
            if starts is None:
                starts = self._starts_of(tok)
            for node in starts:
                _walk(tokens, i, i + 1, node, n, found)
        return found

    def _starts_of(self, tok: str) -> tuple["_Node", ...]:
        """The trie nodes a phrase can start from at this word, remembered: the same words recur in every message."""
        exact = self.root.exact
        starts = []
        node = exact.get(tok)
        if node is not None:
            starts.append(node)
        if tok.isdigit():
            for key in ("#", tok[0] + "#" * (len(tok) - 1)):
                if key in exact:
                    starts.append(exact[key])
        for part, pnode in self.root_prefix.get(tok[:3], ()):
            if tok.startswith(part[:-1]):
                starts.append(pnode)
        found = tuple(starts)
        if len(self._starts) >= _STARTS_CACHE_SIZE:
            self._starts.clear()  # bounded: a flood of unique words cannot grow it without limit
        self._starts[tok] = found
        return found


class _Node:
    """A trie node: exact next words, wildcard edges ('_', '#', '~', 'word*'), and the phrases ending here."""

    __slots__ = ("exact", "special", "ends")

    def __init__(self):
        self.exact: dict[str, _Node] = {}
        self.special: list[tuple[str, _Node]] = []
        self.ends: list[tuple[str, str]] = []

    def child(self, part: str) -> "_Node":
        if part in ("_", "#", "~") or part.endswith("*") or _DIGITS.match(part):
            for p, node in self.special:
                if p == part:
                    return node
            node = _Node()
            self.special.append((part, node))
            return node
        return self.exact.setdefault(part, _Node())


def _word_fits(tok: str, part: str) -> bool:
    # A word (never a clause boundary) against a wildcard part other than '_', which _walk checks itself.
    if part == "#":
        return tok.isdigit()
    if part[0].isdigit():  # '2#': a number of that many digits starting with that digit
        return tok.isdigit() and len(tok) == len(part) and tok[0] == part[0]
    return tok.startswith(part[:-1])


def _walk(tokens: list[str], start: int, j: int, node: _Node, n: int, found: list[Match]) -> None:
    # Follows the trie from one start position. Phrases are a few words long and a '~' spans at most
    # three words, so each start costs a small constant: matching is linear in the message length.
    for concept, phrase in node.ends:
        found.append(Match(concept, phrase, start, j))
    if j < n and tokens[j] != BOUNDARY:
        nxt = node.exact.get(tokens[j])
        if nxt is not None:
            _walk(tokens, start, j + 1, nxt, n, found)
    for part, child in node.special:
        if part == "~":
            plain = not (child.ends or child.special)
            for gap in range(4):
                k = j + gap
                if k > n or (gap and tokens[k - 1] == BOUNDARY):
                    break
                if plain:
                    # Only a next word can follow: look it up here rather than make a call that finds nothing.
                    if k < n and tokens[k] != BOUNDARY:
                        nxt = child.exact.get(tokens[k])
                        if nxt is not None:
                            _walk(tokens, start, k + 1, nxt, n, found)
                else:
                    _walk(tokens, start, k, child, n, found)
        elif j < n and tokens[j] != BOUNDARY:
            tok = tokens[j]
            # '_' (any word but a question mark) is the commonest edge: checked here, without a call
            if tok != "?" if part == "_" else _word_fits(tok, part):
                _walk(tokens, start, j + 1, child, n, found)


@cache
def lexicon() -> Lexicon:
    """The shared, compiled lexicon."""
    return Lexicon(json.loads(DATA.read_text(encoding="utf-8")))

"""Find where the young person is: place mentions in a message, and the police force area they map to."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from youthdesk.triage.places.gazetteer import UNROUTABLE, context_words, force_name, gazetteer
from youthdesk.triage.places.postcodes import postcodes_find, shares_resolve
from youthdesk.triage.types import PlaceMatch

CUES = context_words("cues")
ORIGIN = context_words("origin")
MOVING = context_words("moving")
OBJECTS = context_words("objects")
IN_NEEDS_WHO = context_words("in_needs_who")
WHO_IN = context_words("who_in")
PLACE_SUFFIX = context_words("place_suffix")
STATION_AFTER = context_words("station_after")
STATION_BEFORE = context_words("station_between")
NOT_STATION_BEFORE = context_words("not_station_before")
TEAM_AFTER = context_words("team_after")
TEAM_BEFORE = context_words("team_before")
TEAM_RESULT = context_words("team_result")
THE_PLACES = context_words("the_places")
THE_NOT_PLACE = frozenset({"town", "district", "borough", "county"})  # kinds, not words
TITLE_OF = context_words("title_of")
LAW_COMPARE = context_words("law_compare")
LAW_AGE = context_words("law_age")
SPORT_AFTER = context_words("sport_after")
SPORT_BEFORE = context_words("sport_before")
SPORT_CUES = context_words("sport_cues")
QUALIFIER_LIST = context_words("qualifier_list")
RAIL_OTHER = context_words("rail_other")
TRAVEL_BEFORE = context_words("travel_before")
RAIL_NOW = context_words("rail_now")
EVENT_AFTER = context_words("event_after")
STREET_AFTER_HIGH = frozenset({"st", "street", "rd", "road"})
ROAD_ENDINGS = (" road", " rd", " street", " st", " lane")  # "the ormeau rd" is a road, whatever "the" says
NI = "northern-ireland"
SCHOOL_WORDS = context_words("school_words")
NOT_SCHOOL_NAME = context_words("not_school_name")
# On the railway now: British Transport Police, whatever town the train is in (in Great Britain: the railway
# in Northern Ireland is policed by the PSNI). Up to three words may stand between the determiner and the
# noun ("on the 23:40 leeds train", "in the train toilet"). "the station" alone is checked separately:
# it is often the police station.
RAIL_CONTEXT = re.compile(
    r"\b(?:on|off|at|in|onto|by|near) (?:the|a|da|this|that|our|my|same) (?:[\w:'-]{1,20} ){0,3}?"
    r"(?:train|tube|platform|railway|underground|overground|tracks?|carriage)\b"
    r"|\b(?:train|tube|railway) station\b",
    re.IGNORECASE,
)
THE_STATION = re.compile(r"\b(?:on|off|at|in|outside|by|near) (?:the|a|da) station\b", re.IGNORECASE)
RAIL_WORDS = context_words("rail_words")
LAW_WORDS = context_words("law_words")
# How specific each kind is: the most specific mention is the place chosen.
SPECIFICITY = {
    "postcode": 7,
    "station": 6,
    "school": 6,
    "landmark": 5,
    "postcode_district": 5,
    "district": 4,
    "borough": 4,
    "town": 4,
    "crown_dependency": 4,
    "county": 2,
    "nation": 1,
}
MAX_CANDIDATES = 6
# Enough for any real message; bounds the work on adversarial text full of place names.
MAX_MATCHES = 40


@dataclass
class _Hit:
    start: int
    end: int
    text: str
    kind: str
    force: str  # slug, "" when none
    candidates: tuple[str, ...]
    shares: tuple[tuple[str, float], ...] = ()
    cue: bool = False
    self_cue: bool = False  # "i live in", "im in": where the writer is, not where someone else is from
    origin: bool = False  # "from Lewisham": where someone comes from, weaker than where they are now


# Every byte that is not a letter, digit or apostrophe becomes a space: words are then one C-level split.
_WORD_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or c == 39) else 32 for c in range(256))


def _fold_table() -> dict[int, str]:
    table = {0x2019: "'"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1].lower()
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


class _Words:
    """The words of a message as lookup keys, with character spans worked out only when a place is near.

    Lower-casing, an ASCII encode (one byte per character, so offsets hold), a byte translate and a split
    all run in C, so even a 100 KB message costs a few milliseconds.
    """

    def __init__(self, text: str):
        # "İ" is the one character whose lower case is two characters long; fold it first so offsets hold.
        low = (text.replace("\u0130", "i") if "\u0130" in text else text).lower()
        if not low.isascii():
            low = low.translate(_FOLD)  # "môn" -> "mon", "’" -> "'": one character for one, so offsets hold
        self.text = text
        self._clean = low.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
        self.keys = self._clean.split()
        if "'" in self._clean:
            self.keys = [_key(k) for k in self.keys]
        self._starts: list[int] | None = None

    def span(self, i: int) -> tuple[int, int]:
        if self._starts is None:
            parts = self._clean.split(" ")
            ends = list(accumulate(map(len, parts)))
            # part j starts after the j spaces and the letters of the parts before it
            self._starts = [ends[j] - len(p) + j for j, p in enumerate(parts) if p]
        start = self._starts[i]
        end = start
        clean = self._clean
        while end < len(clean) and clean[end] != " ":
            end += 1
        return start, end

    def raw(self, i: int) -> str:
        start, end = self.span(i)
        return self.text[start:end]


def _key(word: str) -> str:
    return word.replace("'", "").replace("\u2019", "")


def _has_cue(keys: list[str], i: int, key: str) -> bool:
    before = keys[i - 1] if i >= 1 else ""
    before2 = keys[i - 2] if i >= 2 else ""
    if before == "to":
        # "going to reading", "sent him to norwich"
        return before2 in MOVING or (before2 in OBJECTS and i >= 3 and keys[i - 3] in MOVING)
    if before == "in" and key in IN_NEEDS_WHO:
        return before2 in WHO_IN
    return before in CUES


def _name_hits(text: str, words: _Words) -> list[_Hit]:
    g = gazetteer()
    keys, first_words, places, prefixes = words.keys, g.first_words, g.places, g.prefixes
    hits: list[_Hit] = []
    n, i = len(keys), 0
    candidates = [x for x, k in enumerate(keys) if k in first_words]
    if len(candidates) > 200:
        # Long text full of words that start names ("st st st ..."): keep only those that are a name or
        # whose next word continues one, with C-level joins instead of a Python loop per word.
        pairs = list(map(" ".join, zip(keys, keys[1:], strict=False))) + [""]
        candidates = [
            x for x in candidates if keys[x] in places or pairs[x] in prefixes or pairs[x] in places
        ]
    for c in candidates:
        if len(hits) >= MAX_MATCHES:
            break
        if c < i:
            continue  # inside the previous match
        i = c
        # Grow the name word by word while it is still the start of some name; keep the longest full name.
        found = None
        key = keys[i]
        size = 1
        while True:
            place = places.get(key)
            if place:
                found = (size, key, place)
            if key not in prefixes or i + size >= n:
                break
            key = f"{key} {keys[i + size]}"
            size += 1
        if not found:
            continue
        size, key, place = found
        j = i + size
        after = keys[j] if j < n else ""
        cue = _has_cue(keys, i, key)
        before = keys[i - 1] if i else ""
        if after in TEAM_AFTER or before in TEAM_BEFORE or (after in TEAM_RESULT and not cue):
            i = j
            continue
        if before == "of" and i >= 2 and keys[i - 2] in TITLE_OF:
            i = j  # "duke of edinburgh", "prince of wales": a title, not a place
            continue
        if place.kind == "nation" and _law_of(keys, i, after):
            i = j  # "the age of consent in scotland", "scotland compared to england": whose law, not where
            continue
        if (
            before == "the"
            and place.kind in THE_NOT_PLACE
            and key not in THE_PLACES
            and after not in EVENT_AFTER
            and not key.endswith(ROAD_ENDINGS)
        ):
            i = j  # "watches the derby", "the reading list": a thing named after a place
            continue
        level = g.common_words.get(key)
        if level and not _common_word_is_place(words, i, j, level, cue, before, after):
            i = j
            continue
        start, end = words.span(i)[0], words.span(j - 1)[1]
        hit = _Hit(start, end, text[start:end], place.kind, place.force, place.candidates, cue=cue)
        hit.self_cue = cue and i >= 2 and keys[i - 2] in WHO_IN
        hit.origin = before in ORIGIN
        if after in STATION_AFTER and before not in NOT_STATION_BEFORE:
            end = words.span(j)[1]
            hit = _Hit(
                start, end, text[start:end], "station", *_rail_force(place.force, place.candidates), cue=True
            )
            j += 1
        elif after in STATION_BEFORE and j + 1 < n and keys[j + 1] in STATION_AFTER:
            end = words.span(j + 1)[1]
            hit = _Hit(
                start, end, text[start:end], "station", *_rail_force(place.force, place.candidates), cue=True
            )
            j += 2
        elif place.kind in ("town", "district", "borough", "landmark"):
            hit = _school(text, words, i, j, hit)
        if hit is not None:
            hits.append(hit)
        i = j
    return hits


def _rail_force(force: str, candidates: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The force for the railway in a place with this force (or these candidates): BTP in Great Britain, the
    PSNI in Northern Ireland, none when the place could be either (Bangor)."""
    if force == NI or (not force and candidates and set(candidates) == {NI}):
        return NI, ()
    if not force and NI in candidates:
        return "", ("btp", NI)
    return "btp", ()


def _law_of(keys: list[str], i: int, after: str) -> bool:
    """A nation named as whose law is asked about, unless the writer says they are there ("i live in scotland")."""
    if i >= 2 and keys[i - 1] == "in" and keys[i - 2] in WHO_IN:
        return False
    # "is it the same in scotland as england", "in the uk ... is it different in scotland" compare: no force.
    if not LAW_WORDS.isdisjoint(keys) and not LAW_COMPARE.isdisjoint(keys):
        return True
    # "whats the age of consent in scotland" asks what applies where the writer is: its force;
    # "is it illegal to carry a knife in scotland" asks about the law: no force.
    near = after in LAW_WORDS or not LAW_WORDS.isdisjoint(keys[max(0, i - 6) : i])
    return near and LAW_AGE.isdisjoint(keys)


def _common_word_is_place(
    words: _Words, i: int, j: int, level: str, cue: bool, before: str, after: str
) -> bool:
    """Whether a place name that is also a word is used as a place here ("in Reading" yes, "reading" no)."""
    if level == "sport":
        # "rugby training", "at rugby today", "playing rugby": the sport. The town needs a cue that is not
        # "at"/"in"/"to" ("from rugby", "near rugby"), "live(s) in", or a place word after ("rugby station").
        if after in SPORT_AFTER or before in SPORT_BEFORE:
            return False
        if after in PLACE_SUFFIX:
            return True
        return before in SPORT_CUES or (before == "in" and i >= 2 and words.keys[i - 2] in WHO_IN)
    if after in PLACE_SUFFIX:
        return True
    capitalised = all(words.raw(x)[:1].isupper() for x in range(i, j))
    if j - i > 1 and capitalised:
        return True
    if level == "verb" and before == "to":
        return capitalised and i > 0 and not words.raw(i - 1)[:1].isupper()
    if level == "capital":
        return cue and capitalised
    return cue


def _school(text: str, words: _Words, i: int, j: int, hit: _Hit) -> _Hit | None:
    """A school named with its town: "Oakfield Academy in Leeds", "Bolton School", "St Mary's High, Wigan"."""
    keys = words.keys
    n = len(keys)
    if j + 1 < n and keys[j] == "high" and keys[j + 1] in STREET_AFTER_HIGH:
        return hit  # "croydon high st", "peckham high street": the town's high street, not a school
    if j < n and keys[j] in SCHOOL_WORDS:
        k = j + 1
        while k < n and k < j + 3 and keys[k] in SCHOOL_WORDS | {"form", "of"}:
            k += 1
        if k < n and (keys[k] in ("in", "at") or keys[k] in gazetteer().first_words):
            return None  # "St Mary's High School, Bolton": the town comes after; this name is the school's
        end = words.span(k - 1)[1]
        return _Hit(hit.start, end, text[hit.start : end], "school", hit.force, hit.candidates, cue=True)
    k = i - 1
    if k >= 0 and keys[k] in ("in", "at", "of"):
        k -= 1
    if k >= 0 and keys[k] in SCHOOL_WORDS:
        first = k
        while first - 1 >= 0 and first > k - 4 and keys[first - 1] not in NOT_SCHOOL_NAME:
            first -= 1
        start = words.span(first)[0]
        return _Hit(start, hit.end, text[start : hit.end], "school", hit.force, hit.candidates, cue=True)
    return hit


def _postcode_hits(text: str) -> list[_Hit]:
    hits = []
    for pc in postcodes_find(text=text, cues=CUES, limit=MAX_MATCHES):
        slug, candidates = shares_resolve(pc.shares)
        if pc.shares[0][0] == UNROUTABLE:
            kind = "crown_dependency"
        else:
            kind = "postcode" if pc.full else "postcode_district"
        shares = pc.shares if len(pc.shares) > 1 else ()
        hits.append(_Hit(pc.start, pc.end, pc.text, kind, slug, candidates, shares, cue=True))
    return hits


def _to_match(hit: _Hit) -> PlaceMatch:
    names = tuple(n for n in (force_name(s) for s in hit.candidates[:MAX_CANDIDATES]) if n)
    shares = tuple((force_name(s) or "unroutable", round(v, 3)) for s, v in hit.shares)
    return PlaceMatch(
        text=hit.text, kind=hit.kind, force=force_name(hit.force), candidates=names, shares=shares
    )


def _choose(hits: list[_Hit]) -> tuple[_Hit, str]:
    """The most specific mention, and its force slug once other mentions have narrowed any ambiguity."""
    best = max(
        hits,
        key=lambda h: (SPECIFICITY.get(h.kind, 3), h.self_cue, bool(h.force), not h.origin, h.cue, -h.start),
    )
    if best.force or best.kind == "crown_dependency" or not best.candidates:
        return best, best.force
    narrowed = set(best.candidates)
    for other in hits:
        if other is best:
            continue
        if other.force and other.force in narrowed:
            return best, other.force
        if other.candidates and narrowed & set(other.candidates):
            narrowed &= set(other.candidates)
    # A lone candidate that nothing else in the message confirmed stays unrouted (Boston: Lincolnshire or USA).
    confirmed = len(narrowed) == 1 and narrowed != set(best.candidates)
    return best, (next(iter(narrowed)) if confirmed else "")


def _qualify(text: str, hits: list[_Hit]) -> None:
    """ "Ely, Cardiff", "Ely in Cardiff", "Westfield in Stratford": a place followed by the town it is in.

    The town (B) names where the writer means; a same-named place elsewhere (A) gives way: an ambiguous A
    takes B's force, and so does an A with one force after "in" (A is then a district of B that the gazetteer
    knows only elsewhere). Not in a list ("leeds, bradford and hull").
    """
    for a, b in zip(hits, hits[1:], strict=False):
        if a.kind not in ("town", "district", "borough", "landmark", "school") or not b.force:
            continue
        if b.kind not in ("town", "district", "borough") or b.force in ("btp", UNROUTABLE):
            continue
        gap = text[a.end : b.start].strip().lower()
        if gap not in ("", ",", "in", ", in"):
            continue
        tail = text[b.end : b.end + 12].lower().split()
        if text[b.end : b.end + 1] == "," or (tail and tail[0] in QUALIFIER_LIST):
            continue  # a list of places
        if a.force == b.force:
            continue
        # An ambiguous name gives way to the town after it ("ely, cardiff", "st marys in wrexham"); a name with
        # one force only to "in" ("westfield in stratford"): "swansea, townhill" is a town and then its district.
        if (not a.force and a.candidates) or gap.endswith("in"):
            a.force, a.candidates = b.force, ()


def _rail_now(text: str, keys: list[str], hits: list[_Hit]) -> bool:
    """Whether the message puts someone on the railway now (British Transport Police in Great Britain)."""
    for m in RAIL_CONTEXT.finditer(text):
        phrase = m.group(0).lower()
        if not phrase.startswith("on ") or not phrase.endswith(("train", "tube")):
            return True
        # "goes up to norwich on the train", "they brought me up on the train": how someone travels.
        before = text[max(0, m.start() - 60) : m.start()].lower()
        words = re.findall(r"[a-z']+", before)[-4:]
        travel = bool(words) and (
            not TRAVEL_BEFORE.isdisjoint(words[-2:])
            or any(h.end <= m.start() and not text[h.end : m.start()].strip(" ,") for h in hits)
        )
        line_after = re.split(r"[\n,.;!?/]", text[m.end() : m.end() + 12])[0].lower()  # same clause only
        now = not RAIL_NOW.isdisjoint(words) or not RAIL_NOW.isdisjoint(
            re.findall(r"[a-z']+", line_after)[:1]
        )
        if now or not travel:
            return True
    # "at the station" alone is as often the police station; it is the railway with another railway word.
    return bool(THE_STATION.search(text)) and not RAIL_OTHER.isdisjoint(keys)


def locate(text: str) -> tuple[tuple[PlaceMatch, ...], str | None, str | None]:
    """(every place mention, the place text chosen, its police force name or None) for one message."""
    if not text or not isinstance(text, str):
        return (), None, None
    words = _Words(text)
    pc_hits = _postcode_hits(text)
    taken = {pos for h in pc_hits for pos in range(h.start, h.end)}
    name_hits = [h for h in _name_hits(text, words) if h.start not in taken]
    hits = sorted(pc_hits + name_hits, key=lambda h: h.start)
    if not hits:
        return (), None, None
    _qualify(text, hits)
    best, slug = _choose(hits)
    if (
        best.kind not in ("crown_dependency", "station")
        and not RAIL_WORDS.isdisjoint(words.keys)
        and _rail_now(text, words.keys, hits)
    ):
        slug, _ = _rail_force(slug, best.candidates)
    return tuple(_to_match(h) for h in hits), best.text, force_name(slug)

"""What the triage engine returns. Pure Python: no Django import anywhere in youthdesk/triage/."""

from dataclasses import asdict, dataclass, field

# Highest first; the desk orders its queue by the rank.
GRADES = ("immediate", "high", "medium", "standard")
GRADE_RANK = {"immediate": 3, "high": 2, "medium": 1, "standard": 0}

CATEGORIES = (
    "suicide_self_harm",
    "sexual_abuse_exploitation",
    "sextortion_image_abuse",
    "domestic_abuse",
    "weapons_violence",
    "criminal_exploitation",
    "missing_runaway",
    "bullying_harassment",
    "hate",
    "crime_report",
    "drugs",
    "online_safety",
)
SUBJECTS = ("self", "other", "none")


@dataclass(frozen=True)
class Cue:
    """A human-readable reason for the grade, with the words in the message that triggered it."""

    reason: str
    words: tuple[str, ...] = ()
    grade: str = "standard"
    category: str | None = None


@dataclass(frozen=True)
class PlaceMatch:
    """A place found in the text and the police force area it maps to (None when ambiguous or unknown)."""

    text: str
    kind: str  # postcode, district, town, borough, county, station, landmark
    force: str | None
    candidates: tuple[str, ...] = ()  # force names when the place is ambiguous or straddles forces
    shares: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Assessment:
    grade: str = "standard"
    categories: tuple[str, ...] = ()
    subject: str = "none"
    cues: tuple[Cue, ...] = ()
    places: tuple[PlaceMatch, ...] = ()
    place: str | None = None
    force: str | None = None
    model_version: str = "rules"
    scores: dict = field(default_factory=dict)

    @property
    def rank(self) -> int:
        return GRADE_RANK[self.grade]

    def as_dict(self) -> dict:
        return asdict(self)


def max_grade(*grades: str) -> str:
    return max(grades, key=GRADE_RANK.__getitem__, default="standard")

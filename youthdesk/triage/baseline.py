"""A plain keyword-list grader: the baseline the real engine is measured against (README figures)."""

from youthdesk.triage.types import Assessment, Cue

KEYWORDS = {
    "immediate": (
        "kill myself",
        "suicide",
        "overdose",
        "end my life",
        "stabbed",
        "gun",
        "following me",
        "help me now",
    ),
    "high": ("self harm", "abuse", "raped", "nudes", "knife", "groomed", "county lines", "hit me"),
    "medium": ("bullied", "bullying", "stolen", "scam", "hacked", "drugs", "racist"),
}


def baseline_assess(text: str) -> Assessment:
    lowered = (text or "").lower()
    for grade in ("immediate", "high", "medium"):
        hits = tuple(k for k in KEYWORDS[grade] if k in lowered)
        if hits:
            return Assessment(
                grade=grade, cues=(Cue(reason="keyword", words=hits, grade=grade),), model_version="baseline"
            )
    return Assessment(model_version="baseline")

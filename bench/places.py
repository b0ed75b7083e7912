"""Place finding: locate() speed on one core."""

from youthdesk.triage.places.bench import main  # noqa: F401

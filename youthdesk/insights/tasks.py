"""Background work for insights: copying each closed engagement into the anonymised store."""

from django_tasks import task


@task()
def engagement_copy(engagement_id: int) -> str:
    """Copy one closed engagement (by id) into the anonymised store; idempotent, so a retry is harmless."""
    from youthdesk.insights.services import engagement_copy as copy

    return "copied" if copy(engagement_id=engagement_id) is not None else "skipped"

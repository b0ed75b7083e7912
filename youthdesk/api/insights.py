"""Insight figures for staff and partner analysts: counts only, disclosure-controlled for partners."""

from youthdesk.api.api import api
from youthdesk.audit.services import audit_record
from youthdesk.insights import sdc
from youthdesk.insights.filters import InsightQueryError, filters_parse
from youthdesk.insights.scope import viewer_check, viewer_for
from youthdesk.insights.selectors import by_dimension

MAX_THEMES = 500


@api.get("/insights/themes", tags=["insights"])
def insights_themes(request):
    """Engagements per theme in a date range (`from`, `to`, optional `force`); "<10" marks a small count."""
    viewer = viewer_for(request.auth)
    try:
        params = request.GET.copy()
        if not params.get("from") or not params.get("to"):
            raise InsightQueryError("'from' and 'to' are required (YYYY-MM-DD).")
        filters = filters_parse(params)
    except InsightQueryError as exc:
        return api.create_response(request, {"detail": str(exc)}, status=400)
    viewer_check(viewer, filters)
    counts = by_dimension(filters=filters, dimension="theme")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1]["engagements"], kv[0]))[:MAX_THEMES]
    rows = [
        {
            "theme": slug,
            "count": sdc.count_publish(v["engagements"]) if viewer.controlled else v["engagements"],
        }
        for slug, v in ranked
    ]
    audit_record(
        actor=request.auth, action="api.insights_themes", detail={**filters.as_query(), "rows": len(rows)}
    )
    return {"rows": rows}

"""Dashboards: who sees what, bad input, chart figures, CSV downloads and query-count bounds."""

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.insights.charts import CHARTS
from youthdesk.insights.services import engagement_copy

from .conftest import ESSEX, KENT

DAY = dt.date(2026, 9, 14)
RANGE = {"from": "2026-09-01", "to": "2026-09-30"}


@pytest.fixture
def dataset(make_engagement):
    """12 Kent questions about knife crime (10 improved), 3 Essex crime reports, 1 Kent escalation about drugs."""
    made = []
    for i in range(12):
        made.append(
            make_engagement(day=DAY, force=KENT, start=2, end=4 if i < 10 else 2, first_response=60 * (i + 1))
        )
    for _ in range(3):
        made.append(
            make_engagement(
                day=DAY,
                force=ESSEX,
                contact_type="crime_report",
                outcome="crime_report_passed",
                theme_slugs=("drugs",),
            )
        )
    made.append(
        make_engagement(
            day=DAY + dt.timedelta(days=2), force=KENT, outcome="escalated", theme_slugs=("drugs",)
        )
    )
    for e in made:
        engagement_copy(engagement_id=e.pk)
    return made


def _get(client, user, name, params=None, fmt="json"):
    client.force_login(user)
    return client.get(reverse("insights_chart", args=[name, fmt]), params or RANGE)


def test_staff_see_exact_figures_for_every_force(client, staff, dataset):
    forces = _get(client, staff, "forces").json()
    assert forces["rows"][0] == ["All areas", 16, 3, 1]
    assert ["Kent Police", 13, 0, 1] in forces["rows"] and ["Essex Police", 3, 3, 0] in forces["rows"]
    themes = _get(client, staff, "themes").json()
    assert themes["rows"][:2] == [["knife-crime", "Knife crime", 12], ["drugs", "Drugs", 4]]
    sentiment = _get(client, staff, "sentiment").json()
    assert sentiment["rows"][0] == ["knife-crime", "Knife crime", 10, 2, 0, 12]


def test_partner_sees_national_and_own_area_disclosure_controlled(client, partner, dataset):
    forces = _get(client, partner, "forces").json()
    assert forces["rows"] == [["All areas", 15, "<10", "<10"], ["Kent Police", 15, 0, "<10"]]
    themes = _get(client, partner, "themes").json()
    assert themes["rows"][:2] == [["knife-crime", "Knife crime", 10], ["drugs", "Drugs", "<10"]]
    tiles = {row[0]: row[5] for row in _get(client, partner, "tilemap").json()["rows"]}
    assert tiles["kent"] == 15 and tiles["essex"] is None  # another area's tile is blank, not small
    sentiment = _get(client, partner, "sentiment").json()["rows"][0]
    # improved 10, same 2: the 2 is suppressed, so the 10 is withheld too (else 10 - 10 = 0 gives it away)
    assert sentiment[2:] == [sdc_withheld(), "<10", 0, 10]


def sdc_withheld():
    from youthdesk.insights.sdc import WITHHELD

    return WITHHELD


def test_partner_asking_for_another_force_is_refused(client, partner, dataset):
    response = _get(client, partner, "volume", {**RANGE, "force": ESSEX})
    assert response.status_code == 403
    client.force_login(partner)
    assert client.get(reverse("insights"), {"force": ESSEX}).status_code == 403
    assert _get(client, partner, "volume", {**RANGE, "force": KENT}).status_code == 200


def test_roles_without_insight_capability_are_refused(client, make_user, dataset):
    handler = make_user(username="cc1", role="contactcentre")
    assert _get(client, handler, "volume").status_code == 403
    client.logout()
    response = client.get(reverse("insights_chart", args=["volume", "json"]), RANGE)
    assert response.status_code == 302 and "/accounts/login" in response["Location"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"from": "2026-09-30", "to": "2026-09-01"}, "must not be after"),
        ({"from": "yesterday", "to": "2026-09-01"}, "YYYY-MM-DD"),
        ({"from": "2015-01-01", "to": "2026-09-01"}, "too long"),
        ({**RANGE, "force": "Atlantis Police"}, "Unknown force"),
        ({**RANGE, "theme": "no-such-theme"}, "Unknown theme"),
        ({**RANGE, "channel": "carrier-pigeon"}, "Unknown channel"),
        ({**RANGE, "contact_type": "gossip"}, "Unknown contact type"),
    ],
)
def test_bad_filters_get_a_clear_400(client, staff, themes, params, message):
    response = _get(client, staff, "volume", params)
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_unknown_chart_is_a_400(client, staff, themes):
    response = _get(client, staff, "horoscope")
    assert response.status_code == 400 and "Unknown chart" in response.json()["detail"]


def test_filters_narrow_every_chart(client, staff, dataset):
    drugs = _get(client, staff, "contact_types", {**RANGE, "theme": "drugs"}).json()
    assert drugs["meta"]["total"] == 4
    assert ["crime_report", "Crime report", 3] in drugs["rows"]
    webchat = _get(client, staff, "volume", {**RANGE, "channel": "webchat"}).json()
    assert webchat["meta"]["total"] == 0


def test_times_against_targets(client, staff, dataset):
    times = _get(client, staff, "times", {"from": "2026-09-14", "to": "2026-09-14"}).json()
    # Kent: 60..720 s; Essex: 600 s x3. Mean = (4680 + 1800) / 15 s = 7.2 min. All within the 60-minute target.
    assert times["rows"] == [["2026-09-14", 7.2, 100.0, 60.0, 100.0]]
    assert times["meta"]["response_target_min"] == 60


def test_emerging_theme_is_flagged_with_the_reason(client, staff, make_engagement):
    # Baseline: one drugs contact a week for 8 weeks; last complete week (Monday to Sunday 27th): 12.
    end = dt.date(2026, 9, 27)
    for week in range(1, 9):
        engagement_copy(
            engagement_id=make_engagement(day=end - dt.timedelta(days=7 * week), theme_slugs=("drugs",)).pk
        )
        engagement_copy(
            engagement_id=make_engagement(
                day=end - dt.timedelta(days=7 * week), theme_slugs=("knife-crime",)
            ).pk
        )
    for _ in range(12):
        engagement_copy(engagement_id=make_engagement(day=end, theme_slugs=("drugs",)).pk)
    engagement_copy(engagement_id=make_engagement(day=end, theme_slugs=("knife-crime",)).pk)

    emerging = _get(client, staff, "emerging", {"from": "2026-08-01", "to": "2026-09-29"}).json()

    assert [r[0] for r in emerging["rows"]] == ["drugs"]
    row = emerging["rows"][0]
    assert row[2:4] == [12, 8] and row[4] < 1e-6
    assert "12.0x its weekly mean" in row[5]
    assert "Poisson" in emerging["meta"]["test"]
    assert emerging["meta"]["last_week_start"] == "2026-09-21"


def test_chart_csv_download_matches_the_chart_and_is_audited(client, partner, dataset):
    response = _get(client, partner, "forces", fmt="csv")
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["force", "engagements", "crime_reports", "escalations"],
        ["All areas", "15", "<10", "<10"],
        ["Kent Police", "15", "0", "<10"],
    ]
    assert AuditEvent.objects.filter(action="insights.export_chart", actor=partner).count() == 1


def test_dashboard_page_has_every_chart_and_no_inline_script(client, staff, dataset):
    client.force_login(staff)
    response = client.get(reverse("insights"), RANGE)
    html = response.content.decode()
    assert response.status_code == 200
    for name in CHARTS:
        assert f'data-chart="{name}"' in html
    assert "<script>" not in html and "style=" not in html
    assert "chart-4.4.7.umd.js" in html and "insights/dashboard.js" in html


def test_chart_endpoints_use_a_bounded_number_of_queries(client, staff, dataset, make_engagement):
    client.force_login(staff)
    urls = {name: reverse("insights_chart", args=[name, "json"]) for name in CHARTS}
    client.get(urls["volume"], RANGE)  # warm the session and user lookups
    small = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, RANGE).status_code == 200
        small[name] = len(queries)
    for i in range(12):
        more = make_engagement(
            day=DAY - dt.timedelta(days=i % 10),
            force=[KENT, ESSEX, "Surrey Police"][i % 3],
            theme_slugs=(["drugs", "online-safety", "stop-and-search"][i % 3],),
        )
        engagement_copy(engagement_id=more.pk)
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, RANGE).status_code == 200
        assert len(queries) == small[name] <= 8, name


@pytest.mark.parametrize("x, mean", [(12, 1.0), (5, 5.0), (30, 10.0), (5000, 4800.0), (1, 0.5), (3, 10.0)])
def test_poisson_upper_tail_matches_scipy(x, mean):
    from scipy.stats import poisson

    from youthdesk.insights.selectors import poisson_upper_tail

    assert poisson_upper_tail(x, mean) == pytest.approx(poisson.sf(x - 1, mean), rel=1e-9)

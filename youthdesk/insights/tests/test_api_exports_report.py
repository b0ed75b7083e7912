"""The themes API contract, exports (CSV, Parquet, dictionary), the report (HTML, PDF, email), posts."""

import csv
import datetime as dt
import io
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from youthdesk.accounts.services import apitoken_issue
from youthdesk.audit.models import AuditEvent
from youthdesk.insights.models import Post, Stakeholder
from youthdesk.insights.services import engagement_copy

from .conftest import ESSEX, KENT

DAY = dt.date(2026, 9, 14)
RANGE = {"from": "2026-09-01", "to": "2026-09-30"}


@pytest.fixture
def dataset(make_engagement):
    made = [make_engagement(day=DAY, force=KENT) for _ in range(12)]
    made += [make_engagement(day=DAY, force=ESSEX, theme_slugs=("drugs",)) for _ in range(3)]
    made.append(make_engagement(day=dt.date(2026, 8, 10), force=KENT, theme_slugs=("drugs",)))
    for e in made:
        engagement_copy(engagement_id=e.pk)
    return made


def _token(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {apitoken_issue(user=user)}"}


def test_api_themes_staff_get_exact_integers(client, staff, dataset):
    response = client.get("/api/v1/insights/themes", RANGE, **_token(staff))
    assert response.status_code == 200
    assert response.json() == {
        "rows": [{"theme": "knife-crime", "count": 12}, {"theme": "drugs", "count": 3}]
    }


def test_api_themes_partner_counts_are_disclosure_controlled(client, partner, dataset):
    national = client.get("/api/v1/insights/themes", RANGE, **_token(partner)).json()
    assert national == {"rows": [{"theme": "knife-crime", "count": 10}, {"theme": "drugs", "count": "<10"}]}
    own = client.get("/api/v1/insights/themes", {**RANGE, "force": KENT}, **_token(partner)).json()
    assert own == {"rows": [{"theme": "knife-crime", "count": 10}]}
    assert AuditEvent.objects.filter(action="api.insights_themes", actor=partner).count() == 2


def test_api_themes_partner_asking_for_another_force_gets_403(client, partner, dataset):
    response = client.get("/api/v1/insights/themes", {**RANGE, "force": ESSEX}, **_token(partner))
    assert response.status_code == 403
    assert not AuditEvent.objects.filter(action="api.insights_themes").exists()


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2026-09-30", "to": "2026-09-01"},
        {"from": "2026-13-01", "to": "2026-09-01"},
        {"to": "2026-09-01"},
        {"from": "2019-01-01", "to": "2026-09-01"},
        {**RANGE, "force": "Nowhere Constabulary"},
        {**RANGE, "theme": "unknown-theme"},
    ],
)
def test_api_themes_bad_input_is_a_400_json_error(client, staff, themes, params):
    response = client.get("/api/v1/insights/themes", params, **_token(staff))
    assert response.status_code == 400
    assert response.json()["detail"]


def test_api_themes_needs_a_token_and_an_insight_role(client, make_user, themes):
    assert client.get("/api/v1/insights/themes", RANGE).status_code == 401
    handler = make_user(username="cc2", role="contactcentre")
    assert client.get("/api/v1/insights/themes", RANGE, **_token(handler)).status_code == 403


def test_dataset_export_csv_and_parquet_for_staff_only(client, staff, partner, dataset):
    client.force_login(staff)
    response = client.get(reverse("insights_export_dataset", args=["csv"]), RANGE)
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 15
    assert set(rows[0]) == {
        "day",
        "force_name",
        "channel",
        "contact_type",
        "themes",
        "grade",
        "categories",
        "sentiment_start",
        "sentiment_end",
        "outcome",
        "first_response_seconds",
        "resolution_seconds",
        "contact_key",
    }
    assert all("young_person" not in v and "igsid" not in v for row in rows for v in row.values())
    parquet = client.get(reverse("insights_export_dataset", args=["parquet"]), RANGE)
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == 15 and "contact_key" in table.column_names
    assert AuditEvent.objects.filter(action="insights.export_dataset", actor=staff).count() == 2

    client.force_login(partner)
    assert client.get(reverse("insights_export_dataset", args=["csv"]), RANGE).status_code == 403


def test_empty_selection_exports_headers_only(client, staff, dataset):
    client.force_login(staff)
    params = {"from": "2026-01-01", "to": "2026-01-31"}
    response = client.get(reverse("insights_export_dataset", args=["csv"]), params)
    assert response.content.decode().strip().split("\n") == [
        "day,force_name,channel,contact_type,themes,grade,categories,sentiment_start,sentiment_end,outcome,"
        "first_response_seconds,resolution_seconds,contact_key"
    ]
    parquet = client.get(reverse("insights_export_aggregates", args=["parquet"]), params)
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == 0 and table.column_names[0] == "month"


def test_partner_aggregate_export_is_controlled_and_national(client, partner, dataset):
    client.force_login(partner)
    response = client.get(reverse("insights_export_aggregates", args=["csv"]), RANGE)
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:5] == ["month", "force_name", "channel", "contact_type", "engagements"]
    assert rows[1][:5] == ["2026-09-01", "All areas", "instagram", "question", "15"]
    themed = client.get(
        reverse("insights_export_aggregates", args=["csv"]), {**RANGE, "kind": "themes", "force": KENT}
    )
    rows = list(csv.reader(io.StringIO(themed.content.decode())))
    assert rows[1][:6] == ["2026-09-01", KENT, "instagram", "question", "knife-crime", "10"]
    assert (
        AuditEvent.objects.filter(action__startswith="insights.export_aggregates", actor=partner).count() == 2
    )
    assert (
        client.get(reverse("insights_export_aggregates", args=["csv"]), {**RANGE, "force": ESSEX}).status_code
        == 403
    )


def test_csv_cells_cannot_run_as_formulas():
    from youthdesk.insights.exports import csv_bytes

    out = csv_bytes(["a"], [["=HYPERLINK(1)"], ["+1"], ["plain"]]).decode().splitlines()
    assert out == ["a", "'=HYPERLINK(1)", "'+1", "plain"]


def test_data_dictionary_lists_every_exported_column(client, partner, themes):
    client.force_login(partner)
    rows = list(csv.DictReader(io.StringIO(client.get(reverse("insights_dictionary")).content.decode())))
    columns = {(r["file"], r["column"]) for r in rows}
    assert ("dataset", "contact_key") in columns and ("aggregates", "engagements") in columns


def test_report_command_writes_html_and_pdf(dataset, tmp_path):
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    call_command(
        "report", "--from", "2026-09-01", "--to", "2026-09-30", "--html", str(html), "--pdf", str(pdf)
    )
    text = html.read_text()
    assert "Headline figures" in text and "Knife crime" in text and "&lt;10" in text
    assert "Previous" in text and "1 July 2026" not in text  # previous period is Aug 2 - Aug 31
    assert "2 August 2026" in text
    assert pdf.read_bytes().startswith(b"%PDF")
    assert AuditEvent.objects.filter(action="insights.report_built").count() == 1


def test_report_for_one_force_and_bad_dates(dataset, tmp_path):
    out = tmp_path / "kent.html"
    call_command("report", "--from", "2026-09-01", "--to", "2026-09-30", "--force", KENT, "--html", str(out))
    assert KENT in out.read_text()
    with pytest.raises(CommandError, match="must not be after"):
        call_command("report", "--from", "2026-09-30", "--to", "2026-09-01", "--html", str(out))


def test_report_email_goes_to_the_managed_list(
    client, make_user, dataset, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    lead = make_user(username="lead9", role="lead")
    client.force_login(lead)
    client.post(
        reverse("insights_stakeholders"),
        {"name": "VRU analyst", "email": "vru@example.org", "organisation": "VRU"},
    )
    client.post(
        reverse("insights_stakeholders"),
        {"name": "Kent partner", "email": "k@example.org", "force_name": KENT},
    )
    gone = Stakeholder.objects.create(name="Old", email="old@example.org", active=False)

    # The send runs as a report job queued when the request commits (tasks run in-process here).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("insights_report_send"), RANGE)

    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["vru@example.org"]]  # national report: national list, active only
    assert mail.outbox[0].attachments[0][2] == "application/pdf"
    assert gone.email not in str([m.to for m in mail.outbox])
    assert AuditEvent.objects.filter(action="insights.report_emailed").count() == 1


def test_mailing_list_and_report_send_need_the_capability(client, partner, dataset):
    client.force_login(partner)
    assert client.get(reverse("insights_stakeholders")).status_code == 403
    assert client.post(reverse("insights_report_send"), RANGE).status_code == 403
    report = client.get(reverse("insights_report"), RANGE)
    assert report.status_code == 200 and "<style>" not in report.content.decode()  # CSP: stylesheet file
    assert client.get(reverse("insights_report"), {**RANGE, "force": ESSEX}).status_code == 403


def test_posts_and_ask_vs_post_ranking(client, make_user, staff, dataset, themes):
    content = make_user(username="content1", role="content")
    client.force_login(content)
    response = client.post(
        reverse("insights_posts"),
        {
            "title": "Drugs myths",
            "channel": "instagram",
            "published_on": "2026-09-10",
            "themes": [themes["drugs"].pk],
        },
    )
    assert response.status_code == 302 and Post.objects.count() == 1
    client.force_login(staff)
    chart = client.get(reverse("insights_chart", args=["ask_vs_post", "json"]), RANGE).json()
    # 12 knife-crime and 3 drugs inbound; the one post is about drugs: knife crime is the biggest gap.
    assert chart["rows"][0] == ["knife-crime", "Knife crime", 80.0, 0.0, 80.0]
    assert chart["rows"][-1] == ["drugs", "Drugs", 20.0, 100.0, -80.0]
    analyst = make_user(username="analyst7", role="analyst", force_name=KENT)
    client.force_login(analyst)
    assert client.post(reverse("insights_posts"), {"title": "x"}).status_code == 403
    assert Post.objects.count() == 1


def test_weasyprint_runs_in_this_environment():
    result = subprocess.run([sys.executable, "-c", "import weasyprint"], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def test_apitoken_command_works_for_a_partner_analyst(client, partner, dataset):
    out = io.StringIO()
    call_command("apitoken", partner.username, stdout=out)
    token = out.getvalue().split()[-1]
    response = client.get("/api/v1/insights/themes", RANGE, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert {"theme": "drugs", "count": "<10"} in response.json()["rows"]

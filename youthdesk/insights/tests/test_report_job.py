"""The insight report as a job: started from the report page, built with visible steps, downloadable only by
people allowed to see that area's report, emailed when asked; a real `db_worker` process runs one."""

import datetime as dt
import os
import subprocess
import sys
import time

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.core.jobs import job_dir
from youthdesk.core.models import Job
from youthdesk.insights.report import FIGURES, Steps, report_files, report_steps
from youthdesk.insights.services import engagement_copy

from .conftest import ESSEX, KENT

DAY = dt.date(2026, 9, 14)
RANGE = {"from": "2026-09-01", "to": "2026-09-30"}
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def dataset(make_engagement, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    made = [make_engagement(day=DAY, force=KENT) for _ in range(12)]
    made += [make_engagement(day=DAY, force=ESSEX, theme_slugs=("drugs",)) for _ in range(3)]
    for e in made:
        engagement_copy(engagement_id=e.pk)
    return made


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _start(client, django_capture_on_commit_callbacks, url="insights_report_start", **extra):
    # Tasks run in-process in these tests: the job runs when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse(url), {**RANGE, **extra})


def test_report_steps_are_reported_in_order_through_one_callback(dataset):
    seen = []
    from youthdesk.insights.filters import filters_parse

    steps = Steps(lambda done, total, message: seen.append((done, total, message)), report_steps())
    html, pdf = report_files(filters=filters_parse(RANGE), steps=steps)
    steps.finish()
    total = FIGURES + 3
    assert [m for _, _, m in seen] == [
        *(f"figures {n}/{FIGURES}" for n in range(1, FIGURES + 1)),
        "drawing charts",
        "HTML",
        "PDF",
        "Done",
    ]
    assert [d for d, _, _ in seen] == list(range(total + 1))
    assert {t for _, t, _ in seen} == {total}
    assert "Headline figures" in html and pdf.startswith(b"%PDF")


def test_the_report_button_builds_html_and_pdf_that_the_starter_can_download(
    staff, dataset, django_capture_on_commit_callbacks
):
    client = _client(staff)
    response = _start(client, django_capture_on_commit_callbacks, force=KENT)
    job = Job.objects.get()
    assert response.status_code == 302
    assert (
        response["Location"]
        == f"{reverse('insights_reports')}?from=2026-09-01&to=2026-09-30&force=Kent+Police&job={job.pk}"
    )
    assert (job.kind, job.state, job.scope, job.started_by) == ("insights.report", "done", KENT, staff)
    assert job.params == {**RANGE, "force": KENT, "email": False}
    assert (job.done, job.total, job.message) == (report_steps(), report_steps(), "Report ready")
    assert job.title == "Insight report 1 Sep 2026 to 30 Sep 2026 · Kent Police"

    page = client.get(response["Location"]).content.decode()
    html_url = reverse("job_file", args=[job.pk, "report.html"])
    pdf_url = reverse("job_file", args=[job.pk, "report.pdf"])
    assert html_url in page and pdf_url in page and "Report ready" in page
    assert 'hx-trigger="every 1s"' not in page  # done: nothing polls

    html = client.get(html_url)
    assert html.status_code == 200 and html["Content-Type"] == "text/html; charset=utf-8"
    assert html["Content-Disposition"] == (
        'attachment; filename="youthdesk-insights-2026-09-01-2026-09-30-kent-police.html"'
    )
    text = b"".join(html.streaming_content).decode()
    assert "Headline figures" in text and KENT in text and "Knife crime" in text
    pdf = client.get(pdf_url)
    assert pdf["Content-Type"] == "application/pdf" and b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert sorted(p.name for p in job_dir(job).iterdir()) == ["report.html", "report.pdf"]
    assert AuditEvent.objects.filter(action="insights.report_built", target_id=str(job.pk)).count() == 1
    assert AuditEvent.objects.filter(action="job.file_downloaded", actor=staff).count() == 2


def test_a_double_click_while_the_report_is_queued_gives_the_same_job(staff, dataset, settings):
    settings.TASKS = DB_QUEUE
    client = _client(staff)
    first = client.post(reverse("insights_report_start"), RANGE)
    second = client.post(reverse("insights_report_start"), RANGE)
    assert first["Location"] == second["Location"]
    assert Job.objects.count() == 1
    client.post(reverse("insights_report_start"), {**RANGE, "force": KENT})
    assert Job.objects.count() == 2  # another area is another report


def test_bad_dates_get_a_clear_error_and_no_job(staff, dataset):
    response = _client(staff).post(
        reverse("insights_report_start"), {"from": "2026-09-30", "to": "2026-09-01"}
    )
    assert response.status_code == 400
    assert "must not be after" in response.content.decode()
    assert not Job.objects.exists()


def test_a_partner_builds_national_or_own_area_reports_only(
    partner, dataset, django_capture_on_commit_callbacks
):
    client = _client(partner)
    assert client.get(reverse("insights_reports")).status_code == 200
    assert _start(client, django_capture_on_commit_callbacks, force=ESSEX).status_code == 403
    assert _start(client, django_capture_on_commit_callbacks, url="insights_report_send").status_code == 403
    assert not Job.objects.exists()
    assert _start(client, django_capture_on_commit_callbacks, force=KENT).status_code == 302
    job = Job.objects.get()
    assert (job.state, job.scope, job.organisation) == ("done", KENT, partner.organisation)
    text = b"".join(client.get(reverse("job_file", args=[job.pk, "report.html"])).streaming_content).decode()
    assert "&lt;10" in text or "<10" in text  # disclosure-controlled like every report


def test_another_organisations_analyst_and_anonymous_people_cannot_see_a_report_job(
    partner, staff, make_user, dataset, django_capture_on_commit_callbacks
):
    _start(_client(partner), django_capture_on_commit_callbacks, force=KENT)
    job = Job.objects.get()
    urls = [
        reverse("job_status", args=[job.pk]),
        reverse("job_file", args=[job.pk, "report.html"]),
        reverse("job_file", args=[job.pk, "report.pdf"]),
        f"{reverse('insights_reports')}?job={job.pk}",
    ]
    essex = make_user("essex_analyst", "analyst", force_name=ESSEX)
    officer_no_insight = make_user("cc1", "contactcentre")
    for user in (essex, officer_no_insight):
        for url in urls:
            assert _client(user).get(url).status_code == 403, (user.username, url)
    for url in urls:
        response = _client().get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url
    # A supervisor (the lead) oversees everyone's jobs, and may see Kent's report.
    assert _client(staff).get(urls[1]).status_code == 200
    # A national report by staff is not for a partner to download, even with the address.
    _start(_client(staff), django_capture_on_commit_callbacks)
    national = Job.objects.get(started_by=staff)
    assert _client(partner).get(reverse("job_file", args=[national.pk, "report.pdf"])).status_code == 403
    assert str(national.pk) not in _client(partner).get(reverse("insights_reports")).content.decode()


def test_another_kent_analyst_cannot_see_a_kent_analysts_job(
    partner, make_user, dataset, django_capture_on_commit_callbacks
):
    from youthdesk.accounts.models import Organisation

    _start(_client(partner), django_capture_on_commit_callbacks, force=KENT)
    job = Job.objects.get()
    other_org = Organisation.objects.create(
        slug="kent-youth-charity", name="Kent youth charity", kind=Organisation.Kind.PARTNER, force_name=KENT
    )
    other = make_user("kent_charity", "analyst", force_name=KENT)
    type(other).objects.filter(pk=other.pk).update(organisation=other_org)
    other.refresh_from_db()
    assert other.force_scope == KENT and other.organisation != partner.organisation
    assert _client(other).get(reverse("job_status", args=[job.pk])).status_code == 403
    assert _client(other).get(reverse("job_file", args=[job.pk, "report.pdf"])).status_code == 403


def test_build_and_email_sends_the_built_report_once(
    make_user, dataset, settings, django_capture_on_commit_callbacks
):
    from youthdesk.insights.models import Stakeholder

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    lead = make_user("lead9", "lead")
    Stakeholder.objects.create(name="VRU", email="vru@example.org")
    response = _start(_client(lead), django_capture_on_commit_callbacks, url="insights_report_send")
    job = Job.objects.get()
    assert response.status_code == 302 and str(job.pk) in response["Location"]
    assert (job.state, job.total, job.message) == (
        "done",
        report_steps(email=True),
        "Report ready and emailed to 1 stakeholder(s)",
    )
    assert [m.to for m in mail.outbox] == [["vru@example.org"]]
    assert mail.outbox[0].attachments[0][1].startswith(b"%PDF")
    # The task delivered again sends nothing more.
    from youthdesk.core.jobs import job_run

    assert job_run(job_id=job.pk) == "skipped"
    assert len(mail.outbox) == 1


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_process_builds_the_report(staff, dataset, settings):
    settings.TASKS = DB_QUEUE
    response = _client(staff).post(reverse("insights_report_start"), RANGE)
    assert response.status_code == 302
    job = Job.objects.get()
    assert job.state == "queued"
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "YOUTHDESK_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
        "YOUTHDESK_VAR_DIR": str(settings.VAR_DIR),
        "YOUTHDESK_LOG_LEVEL": "ERROR",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "youthdesk.cli",
            "db_worker",
            "--batch",
            "--interval",
            "0.05",
            "--no-startup-delay",
        ],
        env=env,
    )
    messages = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and worker.poll() is None:
            job.refresh_from_db()
            messages.add(job.message)
            time.sleep(0.05)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    job.refresh_from_db()
    assert (job.state, job.message, job.error) == ("done", "Report ready", "")
    assert sorted(p.name for p in job_dir(job).iterdir()) == ["report.html", "report.pdf"]
    assert (job_dir(job) / "report.pdf").read_bytes().startswith(b"%PDF")
    print({"messages_seen": sorted(messages)})


def test_the_report_command_draws_the_same_steps_as_a_progress_bar(dataset, tmp_path, settings):
    import io

    from django.core.management import call_command

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    err, out = io.StringIO(), io.StringIO()
    html = tmp_path / "r.html"
    call_command(
        "report", *("--from", "2026-09-01", "--to", "2026-09-30"), "--html", str(html), stderr=err, stdout=out
    )
    bar = err.getvalue()
    # HTML only: the figures, the charts, the HTML; no PDF is drawn.
    assert f"{FIGURES + 2}/{FIGURES + 2}" in bar and "PDF" not in bar
    assert "Headline figures" in html.read_text()
    err = io.StringIO()
    call_command("report", *("--from", "2026-09-01", "--to", "2026-09-30"), "--email", stderr=err, stdout=out)
    # Emailed with nobody on the list: every step still counted, so the bar ends full.
    assert f"{report_steps(email=True)}/{report_steps(email=True)}" in err.getvalue()
    assert "Emailed to 0 stakeholder(s)." in out.getvalue()
    assert mail.outbox == []

"""The report button in a real browser: the job's status and progress bar change on the page without a
reload (polled by HTMX under the strict CSP), then the HTML and PDF links appear and download."""

import datetime as dt
import os
import re
import subprocess
import sys

import pytest
from django.db import connection
from django.urls import reverse
from playwright.sync_api import expect

from youthdesk.core.models import Job
from youthdesk.insights.services import engagement_copy

from .conftest import KENT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-1"
DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_the_report_button_shows_live_progress_then_the_downloads(
    page, live_server, make_user, make_engagement, settings, tmp_path
):
    settings.TASKS = DB_QUEUE  # a real queue: the page waits for a real worker process
    settings.VAR_DIR = tmp_path
    make_user("lead1", "lead")
    for i in range(6):
        engagement_copy(engagement_id=make_engagement(day=dt.date(2026, 9, 1 + i), force=KENT).pk)
    problems = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on(
        "console", lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None
    )

    page.goto(f"{live_server.url}{reverse('insights_reports')}")
    page.fill("#id_login", "lead1")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/insights/reports/.*"))
    page.fill("input[name=from]", "2026-09-01")
    page.fill("input[name=to]", "2026-09-30")
    page.select_option("select[name=force]", KENT)
    page.click("#report-build")
    page.wait_for_url(re.compile(r".*/insights/reports/\?.*job=.*"))

    status = page.locator("#report-job .job")
    expect(status).to_have_attribute("data-job-state", "queued")
    expect(status.locator(".job-state")).to_have_text("Waiting for a worker")
    expect(status.locator("progress.job-bar")).to_have_attribute("value", "0")
    expect(status.locator(".job-files")).to_have_count(0)
    # A mark on this page's window: it would vanish with a reload.
    page.evaluate("window.stillTheSamePage = true")

    job = Job.objects.get()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "YOUTHDESK_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
        "YOUTHDESK_VAR_DIR": str(tmp_path),
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
    try:
        expect(status).to_have_attribute("data-job-state", "done", timeout=60_000)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    status = page.locator("#report-job .job")
    expect(status.locator(".job-message")).to_have_text("Report ready")
    expect(status.locator("progress.job-bar")).to_have_attribute("value", str(Job.objects.get().total))
    assert page.evaluate("window.stillTheSamePage") is True
    assert status.get_attribute("hx-trigger") is None  # polling stopped

    links = status.locator(".job-files a")
    expect(links).to_have_text(["Download HTML", "Download PDF"])
    with page.expect_download() as download:
        links.nth(1).click()
    assert download.value.suggested_filename == "youthdesk-insights-2026-09-01-2026-09-30-kent-police.pdf"
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    with page.expect_download() as download:
        links.nth(0).click()
    with open(download.value.path(), encoding="utf-8") as html:
        assert KENT in html.read()
    # The same job is listed on the jobs page.
    page.goto(f"{live_server.url}{reverse('jobs')}")
    expect(page.locator(f"#job-{job.pk} .job-state")).to_have_text("Done")
    assert problems == []

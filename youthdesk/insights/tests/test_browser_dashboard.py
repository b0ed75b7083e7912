"""The dashboard in a real browser: every chart draws from its JSON under the strict CSP, PNG download works."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from youthdesk.insights.charts import CHARTS
from youthdesk.insights.services import engagement_copy

from .conftest import KENT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-password-1"


def _sign_in(page, live_server, username):
    page.goto(f"{live_server.url}{reverse('insights')}")
    page.fill("#id_login", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/insights/.*"))


def test_charts_draw_and_download_under_the_csp(page, live_server, make_user, make_engagement):
    make_user("lead1", "lead")
    for i in range(14):
        engagement_copy(engagement_id=make_engagement(day=dt.date(2026, 9, 1 + i), force=KENT).pk)
    from youthdesk.insights.models import DailyTotal

    assert sum(DailyTotal.objects.values_list("engagements", flat=True)) == 14
    problems = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on(
        "console", lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None
    )
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status} {r.url}") if r.status >= 400 and "favicon" not in r.url else None
        ),
    )

    _sign_in(page, live_server, "lead1")
    page.goto(f"{live_server.url}{reverse('insights')}?from=2026-09-01&to=2026-09-30")

    for name in CHARTS:
        expect(page.locator(f'[data-chart="{name}"] .insight-title')).not_to_have_text("…", timeout=20_000)
    expect(page.locator('[data-chart="forces"] .insight-table')).to_contain_text(KENT)
    with page.expect_download() as download:
        page.click('[data-chart="volume"] .insight-png')
    assert download.value.suggested_filename == "youthdesk-volume.png"
    assert problems == []

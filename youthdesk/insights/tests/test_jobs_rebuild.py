"""Rebuilding the anonymised store from the page: a job for supervisors, exact like the command, with its
progress reported chunk by chunk."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from youthdesk.audit.models import AuditEvent
from youthdesk.core.models import Job
from youthdesk.insights.models import AnonEngagement
from youthdesk.insights.services import engagement_copy
from youthdesk.insights.tasks import rebuild_job_run

from .conftest import KENT

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def log(make_engagement, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    made = [make_engagement(day=dt.date(2026, 9, 1 + i % 20), force=KENT) for i in range(25)]
    for e in made[:10]:
        engagement_copy(engagement_id=e.pk)  # the store is behind: only 10 of 25 copied
    return made


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_supervisor_rebuilds_the_store_from_the_page(make_user, log, django_capture_on_commit_callbacks):
    supervisor = make_user("super1", "supervisor")
    assert AnonEngagement.objects.count() == 10
    with django_capture_on_commit_callbacks(execute=True):
        response = _client(supervisor).post(reverse("insights_rebuild_start"))
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("job_status", args=[job.pk])
    assert (job.kind, job.state, job.done, job.total) == ("insights.rebuild", "done", 25, 25)
    assert job.message == "Rebuilt the anonymised store from 25 engagements"
    assert AnonEngagement.objects.count() == 25
    assert AuditEvent.objects.filter(action="insights.rebuilt", actor=supervisor).count() == 1
    page = _client(supervisor).get(response["Location"]).content.decode()
    assert "Rebuilt the anonymised store from 25 engagements" in page


def test_only_people_trusted_with_the_whole_store_may_rebuild_or_watch_it(make_user, log, settings):
    settings.TASKS = DB_QUEUE
    supervisor = make_user("super1", "supervisor")
    for user in (make_user("officer1", "officer"), make_user("kent_analyst", "analyst", force_name=KENT)):
        assert _client(user).post(reverse("insights_rebuild_start")).status_code == 403
    assert not Job.objects.exists()
    _client(supervisor).post(reverse("insights_rebuild_start"))
    # A second press while one is waiting or running gives the same rebuild.
    _client(make_user("admin1", "admin")).post(reverse("insights_rebuild_start"))
    job = Job.objects.get()
    assert _client(make_user("lead1", "lead")).get(reverse("job_status", args=[job.pk])).status_code == 200
    assert (
        _client(make_user("content1", "content")).get(reverse("job_status", args=[job.pk])).status_code == 403
    )


def test_the_rebuild_reports_each_chunk_then_the_aggregates(make_user, log, monkeypatch):
    from youthdesk.insights import services

    real = services.anon_rebuild
    monkeypatch.setattr(services, "anon_rebuild", lambda *, progress: real(batch=10, progress=progress))
    supervisor = make_user("super1", "supervisor")
    job = Job.objects.create(kind="insights.rebuild", title="Rebuild", started_by=supervisor)
    seen = []
    result = rebuild_job_run(
        job=job, progress=lambda done, total, message: seen.append((done, total, message))
    )
    assert seen == [
        (0, 25, "copying engagements 0/25"),
        (10, 25, "copying engagements 10/25"),
        (20, 25, "copying engagements 20/25"),
        (25, 25, "rebuilding the aggregates"),
    ]
    assert result == {"summary": "Rebuilt the anonymised store from 25 engagements"}
    assert AnonEngagement.objects.count() == 25

"""Long jobs: the row is the truth, progress is seen by other connections while the job runs, a failure is
recorded, a repeated run does nothing, a job whose worker died ends failed, and only the right people see one."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from youthdesk.audit.models import AuditEvent
from youthdesk.audit.services import audit_record
from youthdesk.core import jobs
from youthdesk.core.jobs import (
    JobError,
    JobKind,
    job_fail,
    job_file_write,
    job_finish,
    job_get_for,
    job_live,
    job_progress,
    job_run,
    job_start,
    jobs_sweep_stale,
)
from youthdesk.core.models import Job
from youthdesk.core.sweeps import sweep_all

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}
}

# What the sample kinds below did, so a test can tell how many times a job's code really ran.
RUNS: list[str] = []
GATE = {"reached": threading.Event(), "release": threading.Event(), "in_transaction": False}


def sample_run(*, job, progress) -> dict:
    """A small real job: three steps, one result file."""
    RUNS.append(str(job.pk))
    for n in range(3):
        progress(n, 3, f"step {n + 1}/3")
    job_file_write(job=job, name="out.txt", content=f"made for {job.params['who']}".encode())
    return {"summary": "Made it", "files": [{"name": "out.txt", "label": "text", "download_as": "out.txt"}]}


def gated_run(*, job, progress) -> dict:
    """A job that reports progress and then waits, so a test can look at the row from another connection."""
    if GATE["in_transaction"]:
        with transaction.atomic():
            audit_record(actor=None, action="test.inside_the_transaction", target=job)
            progress(2, 5, "halfway, inside a transaction")
            GATE["reached"].set()
            assert GATE["release"].wait(20)
    else:
        progress(2, 5, "halfway")
        GATE["reached"].set()
        assert GATE["release"].wait(20)
    return {"summary": "Finished"}


def failing_run(*, job, progress) -> dict:
    progress(1, 4, "about to fail")
    raise ValueError("the figures did not add up")


def may_view_all(*, user, job) -> bool:
    return True


@pytest.fixture(autouse=True)
def sample_kinds(monkeypatch, settings, tmp_path):
    settings.YOUTHDESK_REQUIRE_MFA = False
    settings.TASKS = IMMEDIATE
    settings.VAR_DIR = tmp_path
    RUNS.clear()
    GATE["reached"].clear()
    GATE["release"].clear()
    GATE["in_transaction"] = False
    here = "youthdesk.core.tests.test_jobs"
    monkeypatch.setitem(
        jobs.KINDS, "test.sample", JobKind(f"{here}.sample_run", f"{here}.may_view_all", "Sample")
    )
    monkeypatch.setitem(
        jobs.KINDS, "test.gated", JobKind(f"{here}.gated_run", f"{here}.may_view_all", "Gated")
    )
    monkeypatch.setitem(
        jobs.KINDS, "test.failing", JobKind(f"{here}.failing_run", f"{here}.may_view_all", "Fail")
    )


def _start(user, kind="test.sample", **params) -> Job:
    return job_start(kind=kind, actor=user, title="A sample job", params={"who": user.username, **params})


@pytest.mark.django_db
def test_starting_a_job_writes_the_row_and_an_audit_event_and_queues_it_only_on_commit(
    make_user, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DB_QUEUE
    officer = make_user("officer1", "officer")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = _start(officer)
    # Given the transaction has not committed, nothing is queued yet.
    assert DBTaskResult.objects.count() == 0
    assert len(callbacks) == 1
    callbacks[0]()
    (queued,) = DBTaskResult.objects.all()
    assert queued.args_kwargs["kwargs"] == {"job_id": str(job.pk)}
    job.refresh_from_db()
    assert (job.state, job.message, job.started_by, job.organisation) == (
        "queued",
        "Waiting for a worker",
        officer,
        officer.organisation,
    )
    assert AuditEvent.objects.filter(action="job.started", target_id=str(job.pk), actor=officer).count() == 1


@pytest.mark.django_db
def test_an_unknown_kind_is_refused_with_nothing_written(make_user):
    officer = make_user("officer1", "officer")
    with pytest.raises(JobError, match="Unknown kind"):
        job_start(kind="no.such", actor=officer, title="x", params={})
    assert not Job.objects.exists()
    assert not AuditEvent.objects.filter(action="job.started").exists()


@pytest.mark.django_db
def test_a_job_runs_to_done_with_its_result_and_a_second_run_does_nothing(make_user, settings):
    officer = make_user("officer1", "officer")
    job = _start(officer)
    assert job_run(job_id=job.pk) == "done"
    job.refresh_from_db()
    assert (job.state, job.done, job.total, job.message, job.percent) == ("done", 3, 3, "Made it", 100)
    assert job.started_at and job.finished_at and job.finished_at >= job.started_at
    assert (settings.VAR_DIR / "jobs" / str(job.pk) / "out.txt").read_text() == "made for officer1"
    # The same task delivered again (a retry, a duplicate) neither runs the code nor changes the result.
    assert job_run(job_id=job.pk) == "skipped"
    assert RUNS == [str(job.pk)]
    assert job_finish(job_id=job.pk, result={"summary": "other"}) is False
    assert job_fail(job_id=job.pk, error="late") is False
    job.refresh_from_db()
    assert (job.state, job.message, job.error) == ("done", "Made it", "")
    assert list((settings.VAR_DIR / "jobs" / str(job.pk)).iterdir()) == [
        settings.VAR_DIR / "jobs" / str(job.pk) / "out.txt"
    ]
    actions = list(
        AuditEvent.objects.filter(target_id=str(job.pk)).order_by("pk").values_list("action", flat=True)
    )
    assert actions == ["job.started", "job.running", "job.done"]


@pytest.mark.django_db
def test_a_job_that_raises_is_recorded_failed_with_its_reason(make_user):
    officer = make_user("officer1", "officer")
    job = _start(officer, kind="test.failing")
    assert job_run(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert job.state == "failed"
    assert job.error == "ValueError: the figures did not add up"
    assert job.files == [] and job.finished_at is not None
    assert AuditEvent.objects.filter(action="job.failed", target_id=str(job.pk)).count() == 1
    assert job_run(job_id=job.pk) == "skipped"  # a failed job is not run again by a stray retry


@pytest.mark.django_db
def test_the_sweeper_fails_a_running_job_whose_worker_stopped_and_leaves_live_ones(make_user, settings):
    settings.YOUTHDESK_JOB_STALE_SECONDS = 60
    officer = make_user("officer1", "officer")
    dead, alive, queued = _start(officer), _start(officer), _start(officer)
    long_ago = timezone.now() - timedelta(seconds=61)
    Job.objects.filter(pk=dead.pk).update(state="running", started_at=long_ago, heartbeat_at=long_ago)
    Job.objects.filter(pk=alive.pk).update(state="running", started_at=long_ago, heartbeat_at=timezone.now())
    assert sweep_all()["youthdesk.core.jobs.jobs_sweep_stale"] == 1
    states = dict(Job.objects.values_list("pk", "state"))
    assert (states[dead.pk], states[alive.pk], states[queued.pk]) == ("failed", "running", "queued")
    dead.refresh_from_db()
    assert dead.error == "The worker running this job stopped before it finished."
    assert jobs_sweep_stale() == 0


@pytest.mark.django_db
def test_the_sweeper_leaves_a_job_that_beats_in_its_progress_file(make_user, settings):
    from youthdesk.core.jobs import _write_progress_file

    settings.YOUTHDESK_JOB_STALE_SECONDS = 60
    job = _start(make_user("officer1", "officer"))
    long_ago = timezone.now() - timedelta(seconds=61)
    Job.objects.filter(pk=job.pk).update(state="running", started_at=long_ago, heartbeat_at=long_ago)
    # A rebuild on SQLite holds the only write lock: its progress (and heartbeat) go to the file meanwhile.
    _write_progress_file(
        job.pk, {"done": 5, "total": 9, "message": "copying", "heartbeat_at": timezone.now()}
    )
    assert jobs_sweep_stale() == 0
    assert Job.objects.get(pk=job.pk).state == "running"


def _run_in_thread(job_id) -> threading.Thread:
    def target():
        try:
            job_run(job_id=job_id)
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_progress_is_visible_to_another_connection_while_the_job_runs(make_user, settings):
    settings.TASKS = DB_QUEUE  # queued only: the job runs in the thread below, as in a worker
    officer = make_user("officer1", "officer")
    job = _start(officer, kind="test.gated")
    thread = _run_in_thread(job.pk)
    try:
        assert GATE["reached"].wait(20)
        # This test's connection is not the worker's: it sees what the running job has committed so far.
        seen = Job.objects.get(pk=job.pk)
        assert (seen.state, seen.done, seen.total, seen.message, seen.percent) == (
            "running",
            2,
            5,
            "halfway",
            40,
        )
        assert seen.heartbeat_at is not None
    finally:
        GATE["release"].set()
        thread.join(30)
    assert Job.objects.get(pk=job.pk).state == "done"


@pytest.mark.django_db(transaction=True)
def test_progress_from_inside_a_long_transaction(make_user, settings):
    settings.TASKS = DB_QUEUE
    officer = make_user("officer1", "officer")
    job = _start(officer, kind="test.gated")
    GATE["in_transaction"] = True
    thread = _run_in_thread(job.pk)
    try:
        assert GATE["reached"].wait(20)
        seen = Job.objects.get(pk=job.pk)
        # The transaction's own work stays invisible until it commits...
        assert not AuditEvent.objects.filter(action="test.inside_the_transaction").exists()
        if connection.vendor == "postgresql":
            # ...but the progress is written on a connection of its own, so the page sees it now.
            assert (seen.done, seen.message) == (2, "halfway, inside a transaction")
        else:
            # SQLite has one writer, held by that transaction: the progress goes to the job's progress file,
            # which the pages read through job_live (the row itself is not waited for).
            assert (seen.state, seen.done) == ("running", 0)
        live = job_live(seen)
        assert (live.done, live.total, live.message) == (2, 5, "halfway, inside a transaction")
        assert job_get_for(user=officer, job_id=job.pk).message == "halfway, inside a transaction"
    finally:
        GATE["release"].set()
        thread.join(30)
    job.refresh_from_db()
    assert job.state == "done"
    assert AuditEvent.objects.filter(action="test.inside_the_transaction").count() == 1


@pytest.mark.django_db
def test_job_progress_clamps_and_trims(make_user):
    job = _start(make_user("officer1", "officer"))
    assert job_progress(job_id=job.pk, done=-3, total=7, message="x" * 500) == 1
    job.refresh_from_db()
    assert (job.done, job.total, len(job.message)) == (0, 7, 200)


@pytest.fixture
def people(make_user):
    return {
        "owner": make_user("officer1", "officer"),
        "colleague": make_user("officer2", "officer"),
        "supervisor": make_user("super1", "supervisor"),
        "analyst": make_user("kent_analyst", "analyst", force_name="Kent Police"),
    }


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_job_is_seen_by_its_owner_and_supervisors_only(people):
    job = _start(people["owner"])
    job_run(job_id=job.pk)
    status = reverse("job_status", args=[job.pk])
    file_url = reverse("job_file", args=[job.pk, "out.txt"])
    for who in ("owner", "supervisor"):
        assert _client(people[who]).get(status).status_code == 200, who
        response = _client(people[who]).get(file_url)
        assert response.status_code == 200 and b"".join(response.streaming_content) == b"made for officer1"
        assert response["Content-Disposition"] == 'attachment; filename="out.txt"'
    for who in ("colleague", "analyst"):
        assert _client(people[who]).get(status).status_code == 403, who
        assert _client(people[who]).get(file_url).status_code == 403, who
    for url in (status, file_url):
        response = _client().get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    downloads = AuditEvent.objects.filter(action="job.file_downloaded", target_id=str(job.pk))
    assert sorted(downloads.values_list("actor__username", flat=True)) == ["officer1", "super1"]


@pytest.mark.django_db
def test_only_listed_result_files_are_served(people, settings):
    job = _start(people["owner"])
    job_run(job_id=job.pk)
    (settings.VAR_DIR / "jobs" / str(job.pk) / "secret.txt").write_text("not a result")
    client = _client(people["owner"])
    assert client.get(reverse("job_file", args=[job.pk, "secret.txt"])).status_code == 404
    assert client.get(reverse("job_file", args=[job.pk, "..%2Fout.txt"])).status_code == 404
    with pytest.raises(JobError):
        job_file_write(job=job, name="../escape.txt", content=b"x")


@pytest.mark.django_db
def test_the_status_fragment_polls_while_running_and_stops_when_done(people):
    job = _start(people["owner"])
    client = _client(people["owner"])
    url = reverse("job_status", args=[job.pk])
    running = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-trigger="every 1s"' in running and "<progress" in running and "<html" not in running
    assert "Waiting for a worker" in running
    job_progress(job_id=job.pk, done=1, total=3, message="step 2/3")
    Job.objects.filter(pk=job.pk).update(state="running")
    running = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert 'max="3" value="1"' in running and "step 2/3 · 33%" in running
    Job.objects.filter(pk=job.pk).update(state="queued")
    job_run(job_id=job.pk)
    done = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "hx-trigger" not in done and "Made it" in done
    assert reverse("job_file", args=[job.pk, "out.txt"]) in done
    page = client.get(url).content.decode()
    assert "<html" in page and "Made it" in page


@pytest.mark.django_db
def test_my_jobs_lists_my_own_and_supervisors_see_everyone(people):
    mine = _start(people["owner"])
    theirs = _start(people["colleague"])
    own = _client(people["owner"]).get(reverse("jobs")).content.decode()
    assert str(mine.pk) in own and str(theirs.pk) not in own and "My jobs" in own
    everyone = _client(people["supervisor"]).get(reverse("jobs")).content.decode()
    assert str(mine.pk) in everyone and str(theirs.pk) in everyone and "Recent jobs" in everyone
    assert _client().get(reverse("jobs")).status_code == 302
    assert _client(people["owner"]).post(reverse("jobs")).status_code == 405


def test_progress_steps_are_throttled_within_a_step_but_never_across_steps(monkeypatch):
    from youthdesk.core.jobs import Progress

    written = []
    monkeypatch.setattr(jobs, "job_progress", lambda **kw: written.append(kw["message"]))
    progress = Progress("any")
    for n in range(1, 101):
        progress(n * 10, 1000, f"copying {n * 10:,}/1,000")
    progress(1000, 1000, "rebuilding the aggregates")
    progress(1000, 1000, "HTML")
    # Within one step only the first write and the last (done == total) get through in a fast loop.
    assert written == ["copying 10/1,000", "copying 1,000/1,000", "rebuilding the aggregates", "HTML"]

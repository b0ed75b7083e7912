"""The task queue table gets planner statistics as soon as it holds rows, so claiming a task walks the
ordering index instead of sorting the whole backlog (PostgreSQL; other databases are left alone)."""

import uuid

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from youthdesk.core.queue_statistics import MIN_ROWS, sweep_queue_statistics, table_statistics_ensure
from youthdesk.core.sweeps import sweep_all

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="planner statistics are PostgreSQL's (pg_stats)"
)


def has_statistics(table: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = %s", [table]
        )
        return cursor.fetchone()[0] > 0


def queue_rows(count: int) -> None:
    now = timezone.now()
    DBTaskResult.objects.bulk_create(
        DBTaskResult(
            id=uuid.uuid4(),
            args_kwargs={"args": [i], "kwargs": {}},
            task_path="youthdesk.connectors.tasks.event_process",
            backend_name="default",
            queue_name="default",
            run_after=now,
        )
        for i in range(count)
    )


@postgres_only
def test_a_table_without_statistics_is_analysed_once_it_holds_enough_rows():
    table = f"scratch_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {table} (id integer PRIMARY KEY, state text)")
        cursor.execute(f"INSERT INTO {table} SELECT g, 'ready' FROM generate_series(1, %s) g", [MIN_ROWS - 1])  # noqa: S608
    # Too few rows: an ANALYZE now would teach the planner nothing
    assert table_statistics_ensure(table) is False
    assert not has_statistics(table)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} VALUES (%s, 'ready')", [MIN_ROWS])  # noqa: S608
    assert table_statistics_ensure(table) is True
    assert has_statistics(table)
    # Statistics present: autovacuum owns them from now on
    assert table_statistics_ensure(table) is False


@postgres_only
def test_after_the_sweep_claiming_a_task_walks_the_ordering_index_not_a_sort_of_the_backlog():
    queue_rows(1000)
    sweep_all()
    assert has_statistics(DBTaskResult._meta.db_table)
    claim = (
        DBTaskResult.objects.ready().filter(backend_name="default").select_for_update(skip_locked=True)[:1]
    )
    plan = claim.explain()
    assert "tasks_db_new_ordering_idx" in plan and "Sort" not in plan, plan
    assert sweep_queue_statistics() == 0


def test_on_other_databases_the_sweep_does_nothing():
    if connection.vendor == "postgresql":
        pytest.skip("this is the non-PostgreSQL path")
    queue_rows(MIN_ROWS)
    assert sweep_queue_statistics() == 0

"""Give PostgreSQL's planner statistics for the task queue table as soon as it holds rows.

On a new database the queue table has no column statistics until autovacuum first analyses it (a
minute or more after enough rows change). Until then the planner guesses: it claims each task with a
bitmap scan that sorts the whole waiting backlog, 4-5 ms per claim with a backlog of a few hundred,
instead of walking the ordering index in 0.1 ms. One ANALYZE once the table holds rows fixes the plan;
autovacuum keeps it current from then on.
"""

from django.db import connection

MIN_ROWS = 100  # an ANALYZE of an empty or near-empty table teaches the planner nothing


def table_statistics_ensure(table: str, min_rows: int = MIN_ROWS) -> bool:
    """ANALYZE `table` if PostgreSQL has no column statistics for it and it holds `min_rows` rows.

    Returns True when it ran ANALYZE. Other databases plan this query well without help: False.
    """
    if connection.vendor != "postgresql":
        return False
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = %s LIMIT 1", [table]
        )
        if cursor.fetchone():
            return False
        sample = f"SELECT count(*) FROM (SELECT 1 FROM {quoted} LIMIT %s) AS sample"  # noqa: S608 -- a model table name, quoted
        cursor.execute(sample, [min_rows])
        if cursor.fetchone()[0] < min_rows:
            return False
        cursor.execute(f"ANALYZE {quoted}")
    return True


def sweep_queue_statistics() -> int:
    from django_tasks_db.models import DBTaskResult

    return int(table_statistics_ensure(DBTaskResult._meta.db_table))

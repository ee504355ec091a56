"""Migration 0003 and daemon/store/advisor_models.py describe the same table."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

import daemon.store.advisor_models  # noqa: F401  (registers the table on Base.metadata)
from daemon.store.db import Store
from daemon.store.models import Base

TABLE = "advisor_registrations"


def _ours(diff: object) -> bool:
    """Does one compare_metadata entry concern our table? (Other helpers' tables and
    models may be mid-change; this test speaks for 0003 only.)"""
    items = diff if isinstance(diff, list) else [diff]
    for item in items:
        for part in item:
            name = getattr(part, "name", None)
            table = getattr(part, "table", None)
            if name == TABLE or getattr(table, "name", None) == TABLE or part == TABLE:
                return True
    return False


def test_migration_matches_model(store: Store) -> None:
    assert TABLE in inspect(store.engine).get_table_names()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if _ours(d)] == []


def test_registration_columns_hold_no_personal_data(store: Store) -> None:
    columns = {c["name"] for c in inspect(store.engine).get_columns(TABLE)}
    assert not columns & {"citizen_name", "citizen_addr", "subject", "raw", "text"}

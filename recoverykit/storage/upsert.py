"""Insert-or-update of one row in plain SQL, never by sqlite-utils' fallback.

sqlite-utils' ``upsert`` checks once per connection whether SQLite supports
``ON CONFLICT … DO UPDATE`` by creating a scratch table. When that check runs
while another program holds the write lock, it fails, the answer "not
supported" is kept for the connection, and every later upsert falls back to
``INSERT OR IGNORE`` of the key alone followed by ``UPDATE``. On a table
with NOT NULL columns the insert is silently ignored and the update finds no
row: the write is lost without an error (tests/storage/test_upsert.py).
Every SQLite Python ships supports the real statement, so it is used directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def upsert(db: Database, table: str, row: dict, pk: str) -> None:
    """Insert ``row`` into ``table``, or update the row with the same ``pk`` in place."""
    columns = list(row)
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f'"{name}" = excluded."{name}"' for name in columns if name != pk)
    db.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks}) '
               f'ON CONFLICT("{pk}") DO UPDATE SET {updates}', [row[name] for name in columns])

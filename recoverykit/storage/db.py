"""Opening the database: checks, pragmas, migrations, and refusing what we cannot read.

Before anything is written, the file is checked: it must start with the SQLite
header, be whole pages long, pass ``PRAGMA quick_check`` and be a recoverykit
database (or an empty one). A file that fails is reported as
:class:`DatabaseCorrupt` and left exactly as it was; what to do with it is
decided in ``storage/repair.py``. A database written by a newer recoverykit is
refused (:class:`DatabaseTooNew`), also before anything is written to it, so
going back to an older version never damages history. A database that cannot
be opened *just now* (locked, read-only folder, disk full) is
:class:`StorageUnavailable`: worth trying again later.

A new database is built under a temporary name and renamed into place, so a
crash during the very first start never leaves a half-made file behind.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database

from recoverykit.core.messages import Message, msg
from recoverykit.storage.errors import (  # noqa: F401 - re-exported: the errors belong to this API
    DatabaseCorrupt,
    DatabaseTooNew,
    StorageError,
    StorageUnavailable,
    sqlite_code,
)
from recoverykit.storage.schema import KNOWN, MIGRATION_SET, SCHEMA_VERSION, migrations

DB_FILENAME = "recoverykit.db"
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite keeps beside a database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
#: How long a write waits for another connection's lock before it is retried later.
BUSY_TIMEOUT_MS = 250
_OPEN_TIMEOUT_S = 1.0
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
#: Errors that say "not now" (worth trying again), not "this file is damaged".
_TRANSIENT_CODES = {
    sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_PERM, sqlite3.SQLITE_NOMEM,
    sqlite3.SQLITE_INTERRUPT, sqlite3.SQLITE_AUTH, sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_NOLFS,
}


def wrap(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over ``conn``, without sqlite-utils plugins.

    Plugins installed in the same environment are not recoverykit's to run on
    the user's history, and loading them scans every installed package.
    """
    return Database(conn, execute_plugins=False)


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def _decode(raw: bytes) -> str:
    # Damaged text reads as U+FFFD instead of raising in the middle of a read.
    return raw.decode("utf-8", "replace")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=_OPEN_TIMEOUT_S)
    else:
        conn = sqlite3.connect(str(path), timeout=_OPEN_TIMEOUT_S)
    conn.text_factory = _decode
    return conn


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not has_table:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    ).fetchall()
    return [name for (name,) in rows]


def _damaged(exc: BaseException) -> Message:
    return msg("is damaged ({why})", why=str(exc))


def file_problem(path: Path) -> Message | None:
    """What is wrong with the file's outside (no SQLite header, cut short), or None.

    Reads at most the first 100 bytes; a missing file has no problem.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return msg("is not a regular file")
    if info.st_size == 0:
        return msg("is empty (0 bytes), so it holds no history")
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return msg("is not an SQLite database (it does not start with the SQLite header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return msg("has a damaged header (page size {size})", size=page_size)
    if info.st_size % page_size:
        return msg("is cut short ({bytes} bytes is not a whole number of {size}-byte pages)",
                   bytes=info.st_size, size=page_size)
    return None


def content_problem(conn: sqlite3.Connection) -> Message | None:
    """What ``PRAGMA quick_check`` and the schema say is wrong inside an open database, or None."""
    try:
        results = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        ours = _applied_migrations(conn)
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) in _TRANSIENT_CODES:
            raise
        # Anything else while only reading (a schema naming a column that is not
        # there, a malformed page) means the file is damaged.
        return _damaged(exc)
    except UnicodeDecodeError:
        # sqlite3 could not even spell out the error: names inside the file are damaged.
        return msg("is damaged (SQLite reports names in it that are not readable text)")
    if results != ["ok"]:
        lines = [" ".join(str(line).split()) for result in results for line in str(result).splitlines()]
        found = "; ".join(line for line in lines if line and not line.startswith("***"))
        return msg("failed SQLite's integrity check ({found})", found=found[:200])
    if tables - {"_sqlite_migrations"} and not ours:
        return msg("is an SQLite database of some other program (it has no recoverykit tables)")
    return None


@functools.cache
def expected_columns(version: int | None = None) -> dict[str, frozenset[str]]:
    """Each table the first ``version`` migrations make (all by default), with its columns.

    A database is judged against the migrations it has had: one from before a
    migration that added a column lacks it until it is migrated, and is not damaged.
    """
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        if version is None or version >= len(KNOWN):
            migrations.apply(wrap(conn))
        elif version > 0:
            migrations.apply(wrap(conn), stop_before=KNOWN[version])
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: frozenset(row[1] for row in conn.execute(f'PRAGMA table_info("{table}")'))
                for table in tables}


def schema_problem(conn: sqlite3.Connection) -> Message | None:
    """A known table missing columns this version needs (a damaged schema), or None."""
    try:
        present = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for table, needed in expected_columns(version if isinstance(version, int) and version > 0 else None).items():
            if table not in present:
                continue
            columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
            if not needed <= columns:
                return msg("is damaged (its {table} table lacks {columns})",
                           table=table, columns=", ".join(sorted(needed - columns)))
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) in _TRANSIENT_CODES:
            raise
        return _damaged(exc)
    except UnicodeDecodeError:
        return msg("is damaged (SQLite reports names in it that are not readable text)")
    return None


def check_not_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseTooNew when the file holds a schema this app does not know.

    Migrations are append-only, so a newer database has applied every one this
    version knows, in order, and more after them. Unknown names anywhere else
    mean the record of migrations is damaged (DatabaseCorrupt).
    """
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    applied = _applied_migrations(conn)
    unknown = [name for name in applied if name not in KNOWN]
    if unknown and user_version <= SCHEMA_VERSION and applied[:len(KNOWN)] != KNOWN:
        raise DatabaseCorrupt(path, msg("is damaged (its record of migrations is not one recoverykit wrote)"))
    if unknown or user_version > SCHEMA_VERSION:
        raise DatabaseTooNew(msg(
            "{path} was written by a newer version of recoverykit (schema {schema}, this version reads "
            "up to {newest}). It has been left untouched: update recoverykit to use it.",
            path=path, schema=max(user_version, SCHEMA_VERSION + len(unknown)), newest=SCHEMA_VERSION))


def _classify(exc: sqlite3.Error, path: Path, verb: str) -> StorageError:
    if sqlite_code(exc) in _TRANSIENT_CODES:
        if verb == "read":
            return StorageUnavailable(msg("{path} cannot be read just now ({why})", path=path, why=str(exc)))
        if verb == "opened":
            return StorageUnavailable(msg("{path} cannot be opened just now ({why})", path=path, why=str(exc)))
        return StorageUnavailable(msg("{path} cannot be created just now ({why})", path=path, why=str(exc)))
    return DatabaseCorrupt(path, _damaged(exc))


def inspect(path: Path) -> None:
    """Raise DatabaseCorrupt or DatabaseTooNew if ``path`` is not a usable database; writes nothing."""
    problem = file_problem(path)
    if problem:
        raise DatabaseCorrupt(path, problem)
    try:
        with contextlib.closing(_connect(path, read_only=True)) as conn:
            problem = content_problem(conn)
            if problem:
                raise DatabaseCorrupt(path, problem)
            check_not_newer(conn, path)  # a newer schema may differ: refused before it is judged
            problem = schema_problem(conn)
            if problem:
                raise DatabaseCorrupt(path, problem)
    except sqlite3.Error as exc:
        raise _classify(exc, path, "read") from exc


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    make_private_dir(path.parent)
    if not path.exists():
        _create(path)
    # Every check reads through a read-only connection: a read-write one could
    # checkpoint or delete a -wal beside a damaged file when it closes.
    inspect(path)
    try:
        conn = _connect(path, read_only=False)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed step survives a power cut too, not only a crash.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            db = wrap(conn)
            migrations.apply(db)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except BaseException:
            conn.close()
            raise
    except sqlite3.Error as exc:
        raise _classify(exc, path, "opened") from exc
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        # Rows of the migrations table that are not what sqlite-utils wrote.
        raise DatabaseCorrupt(path, msg("is damaged (its record of migrations cannot be read: {why})",
                                        why=repr(exc))) from exc
    if os.name == "posix":
        _make_private(path)
    return db


def _create(path: Path) -> None:
    """Build an empty, migrated database beside ``path`` and rename it into place."""
    building = path.with_name(path.name + ".new")
    for leftover in (building, *companions(building)):
        leftover.unlink(missing_ok=True)  # only ever an unfinished empty database of ours
    try:
        with contextlib.closing(sqlite3.connect(str(building), timeout=_OPEN_TIMEOUT_S)) as conn:
            migrations.apply(wrap(conn))
        _make_private(building)
        os.replace(building, path)
    except sqlite3.Error as exc:
        raise _classify(exc, path, "created") from exc
    except OSError as exc:
        raise StorageUnavailable(msg("{path} cannot be created ({why})", path=path,
                                     why=exc.strerror or str(exc))) from exc
    sync_dir(path.parent)


def open_database_read_only(path: Path) -> Database | None:
    """Open an existing database for reading only; None if there is none yet."""
    if not path.exists():
        return None
    problem = file_problem(path)
    if problem:
        raise DatabaseCorrupt(path, problem)
    try:
        conn = _connect(path, read_only=True)
        try:
            check_not_newer(conn, path)
            if not _applied_migrations(conn):
                conn.close()
                return None
        except BaseException:
            conn.close()
            raise
        return wrap(conn)
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("{path} cannot be read as a recoverykit database ({why})",
                               path=path, why=str(exc))) from exc


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if needed; a folder we create is private to the user."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            folder.chmod(0o700)  # mkdir's mode is filtered through the umask


def sync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _make_private(path: Path) -> None:
    for candidate in (path, *companions(path)):
        with contextlib.suppress(OSError):
            candidate.chmod(0o600)

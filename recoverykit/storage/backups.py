"""Backups of the database: one a day automatically, one on request, and restoring one.

Backups live in ``backups/`` beside the database, made with SQLite's online
backup API (a consistent copy even while the app writes), written under a
temporary name and renamed, so a backup file is either whole or absent:

- ``recoverykit-YYYY-MM-DD.db``: the first start of each day; the last 7 kept;
- ``recoverykit-YYYY-MM-DD-HHMMSS.db``: "Back up now"; the last 7 kept;
- ``recoverykit-before-restore-YYYY-MM-DD-HHMMSS.db``: the database a restore
  replaced (with its ``-wal`` if it had one); the last 7 kept.

Every backup is checked (``inspect``) before it is used to restore.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from recoverykit.core.messages import msg
from recoverykit.storage.db import (
    StorageError,
    StorageUnavailable,
    companions,
    content_problem,
    inspect,
    make_private_dir,
    sync_dir,
)

BACKUP_DIRNAME = "backups"
KEEP = 7
_KINDS = {
    "daily": re.compile(r"^recoverykit-(\d{4}-\d{2}-\d{2})\.db$"),
    "manual": re.compile(r"^recoverykit-(\d{4}-\d{2}-\d{2}-\d{6})\.db$"),
    "before-restore": re.compile(r"^recoverykit-before-restore-(\d{4}-\d{2}-\d{2}-\d{6})\.db$"),
}


@dataclass(frozen=True)
class Backup:
    """One backup file; ``stamp`` sorts in time order (a day's automatic one before its manual ones)."""

    path: Path
    kind: str
    stamp: str


def list_backups(folder: Path) -> list[Backup]:
    """Every backup in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        for kind, pattern in _KINDS.items():
            match = pattern.match(path.name)
            if match and path.is_file():
                found.append(Backup(path, kind, match.group(1).ljust(17)))
    return sorted(found, key=lambda b: (b.stamp, b.path.name), reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target``, written whole or not at all."""
    make_private_dir(target.parent)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(str(part))) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            problem = content_problem(dest)
        if problem:
            raise StorageError(msg("the copy of the database {problem}", problem=problem))
        with contextlib.suppress(OSError):
            part.chmod(0o600)
        os.replace(part, target)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise StorageUnavailable(msg("{path} could not be written ({why})", path=target, why=str(exc))) from exc
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StorageUnavailable(msg("{path} could not be written ({why})", path=target,
                                     why=exc.strerror or str(exc))) from exc
    sync_dir(target.parent)
    return target


def daily_backup(db: Database, folder: Path, today: date) -> Path | None:
    """The day's automatic backup, unless there is one already; older ones rotate out."""
    target = folder / f"recoverykit-{today.isoformat()}.db"
    if target.exists():
        return None
    copy_database(db.conn, target)
    prune(folder)
    return target


def backup_now(db: Database, folder: Path, now: datetime) -> Path:
    """A backup on request ("Back up now")."""
    target = folder / f"recoverykit-{now.strftime('%Y-%m-%d-%H%M%S')}.db"
    copy_database(db.conn, target)
    prune(folder)
    return target


def prune(folder: Path) -> list[Path]:
    """Keep the newest ``KEEP`` backups of each kind; returns the files removed."""
    removed = []
    backups = list_backups(folder)
    for kind in _KINDS:
        for old in [b for b in backups if b.kind == kind][KEEP:]:
            for path in (old.path, *companions(old.path)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed


def newest_good_backup(folder: Path) -> Path | None:
    """The newest backup that passes the same checks as the live database."""
    for backup in list_backups(folder):
        try:
            inspect(backup.path)
        except StorageError:
            continue
        return backup.path
    return None


def restore(backup: Path, live: Path, folder: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of ``live``, which must be closed; returns where ``live`` was kept.

    The backup is checked first (StorageError says why it cannot be used) and
    copied beside the live database; only then is the live one moved into
    ``folder`` as a before-restore backup, with its ``-wal``, and the copy
    renamed into place.
    """
    inspect(backup)
    incoming = live.with_name(live.name + ".restoring")
    uri = backup.resolve().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as source:
            copy_database(source, incoming)
    except sqlite3.Error as exc:
        raise StorageUnavailable(msg("{path} could not be read ({why})", path=backup, why=str(exc))) from exc
    kept = None
    if live.exists():
        kept = set_aside(live, folder / f"recoverykit-before-restore-{now.strftime('%Y-%m-%d-%H%M%S')}.db")
    os.replace(incoming, live)
    sync_dir(live.parent)
    prune(folder)
    return kept


def set_aside(path: Path, target: Path) -> Path:
    """Rename ``path`` and the files SQLite keeps beside it to ``target`` (made unique)."""
    make_private_dir(target.parent)
    candidate, n = target, 1
    while candidate.exists() or any(c.exists() for c in companions(candidate)):
        n += 1
        name = f"{target.name[:-3]}-{n}.db" if target.name.endswith(".db") else f"{target.name}-{n}"
        candidate = target.with_name(name)
    for source, dest in zip((path, *companions(path)), (candidate, *companions(candidate)), strict=True):
        if source.exists():
            os.replace(source, dest)
    sync_dir(path.parent)
    sync_dir(candidate.parent)
    return candidate

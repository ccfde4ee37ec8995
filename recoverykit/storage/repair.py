"""Opening the live database at start-up, and what to do when it is damaged.

A damaged, empty or foreign file is never deleted or written to: it is renamed
``recoverykit.db.corrupt-YYYYmmdd-HHMMSS`` beside itself (its ``-wal`` and
``-shm`` with it), then the newest backup that passes the checks is restored,
or a new empty database is started. The message says which, with the paths.
A database from a newer recoverykit is left untouched and not used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from recoverykit.storage.backups import newest_good_backup, restore, set_aside
from recoverykit.storage.db import (
    DatabaseCorrupt,
    DatabaseTooNew,
    StorageError,
    open_database,
)


@dataclass(frozen=True)
class Opened:
    """The outcome of opening at start-up: the database (or None) and what to tell the user."""

    db: Database | None
    message: str = ""
    kept: Path | None = None
    restored_from: Path | None = None


def open_or_repair(path: Path, backups: Path, now: datetime) -> Opened:
    """Open ``path``; if it is damaged, keep it aside and restore a backup or start afresh.

    Raises StorageUnavailable when the database cannot be opened just now
    (locked, read-only): nothing is wrong with it, so nothing is repaired.
    """
    try:
        return Opened(open_database(path))
    except DatabaseTooNew as exc:
        return Opened(None, f"{exc} Sessions will not be saved until then.")
    except DatabaseCorrupt as exc:
        problem = exc
    try:
        kept = set_aside(path, path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%d-%H%M%S')}"))
    except OSError as exc:
        return Opened(None, f"{problem} It could not be moved aside ({exc.strerror or exc}), so "
                            "nothing was changed and sessions will not be saved until it is fixed.")
    said = f"{problem} The file was kept, renamed to {kept}."
    backup = newest_good_backup(backups)
    if backup is not None:
        try:
            restore(backup, path, backups, now)
            db = open_database(path)
        except StorageError:
            # The copy could not be made or failed after all: start afresh below,
            # keeping whatever was copied too.
            if path.exists():
                set_aside(path, path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%d-%H%M%S')}"))
        else:
            return Opened(db, f"{said} Your history was restored from the backup {backup}; "
                              f"anything saved after that backup is only in the kept file.",
                          kept, backup)
    try:
        db = open_database(path)
    except StorageError as exc:
        return Opened(None, f"{said} A new database could not be started either ({exc}).", kept)
    where = f"there is no usable backup in {backups}"
    return Opened(db, f"{said} recoverykit started a new, empty history ({where}).", kept)

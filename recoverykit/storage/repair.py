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

from recoverykit.core.messages import msg, of_error, sentences
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
        return Opened(None, sentences([of_error(exc), msg("Sessions will not be saved until then.")]))
    except DatabaseCorrupt as exc:
        problem = exc
    try:
        kept = set_aside(path, path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%d-%H%M%S')}"))
    except OSError as exc:
        return Opened(None, sentences([of_error(problem), msg(
            "It could not be moved aside ({why}), so nothing was changed and sessions will not be "
            "saved until it is fixed.", why=exc.strerror or str(exc))]))
    said = [of_error(problem), msg("The file was kept, renamed to {path}.", path=kept)]
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
            return Opened(db, sentences([*said, msg(
                "Your history was restored from the backup {path}; anything saved after that backup "
                "is only in the kept file.", path=backup)]), kept, backup)
    try:
        db = open_database(path)
    except StorageError as exc:
        return Opened(None, sentences([*said, msg("A new database could not be started either ({why}).",
                                                  why=of_error(exc))]), kept)
    return Opened(db, sentences([*said, msg(
        "recoverykit started a new, empty history (there is no usable backup in {path}).", path=backups)]), kept)

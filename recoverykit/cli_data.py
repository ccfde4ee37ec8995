"""``recoverykit export FILE [--csv]`` and ``recoverykit import FILE``: history in and out of files.

Like ``history``, these never import Qt. Export reads the database
read-only; import checks the whole file first and adds its new sessions in
one transaction (see storage/history_import.py), so a bad file changes
nothing. Exit status: 0 done, 1 the file or the database could not be used.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from recoverykit.core.clock import local_now
from recoverykit.paths import AppPaths


def export_history(paths: AppPaths, target: Path, as_csv: bool, out: TextIO | None = None,
                   err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    # Imported here: sqlite-utils is slow to import (see cli.print_history).
    from recoverykit.storage.db import StorageError, open_database_read_only
    from recoverykit.storage.history_export import csv_text, json_text, write_atomically
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.storage.sessions import SessionRepository

    try:
        db = open_database_read_only(paths.database)
    except StorageError as exc:
        print(f"recoverykit: {exc}", file=err)
        return 1
    sessions, journals, skipped = [], {}, 0
    if db is not None:
        with contextlib.closing(db.conn):
            repository = SessionRepository(db)
            try:
                sessions = repository.sessions()
                skipped = repository.skipped_rows
                journals = JournalStore(repository).all()
            except StorageError as exc:
                print(f"recoverykit: {paths.database}: {exc}", file=err)
                return 1
    text = csv_text(sessions, journals) if as_csv else json_text(sessions, journals)
    try:
        write_atomically(target, text)
    except OSError as exc:
        print(f"recoverykit: cannot write {target}: {exc.strerror or exc}", file=err)
        return 1
    if skipped:
        print(f"recoverykit: {skipped} damaged rows could not be read and were not exported", file=err)
    print(f"Exported {len(sessions)} sessions to {target}.", file=out)
    return 0


def import_history_file(paths: AppPaths, source: Path, out: TextIO | None = None,
                        err: TextIO | None = None, now: datetime | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from recoverykit.storage.db import StorageError, open_database
    from recoverykit.storage.history_import import ImportProblem, import_history

    try:
        db = open_database(paths.database)
    except StorageError as exc:
        print(f"recoverykit: {exc}", file=err)
        return 1
    with contextlib.closing(db.conn):
        try:
            added, present = import_history(db, source, now or local_now())
        except ImportProblem as exc:
            print(f"recoverykit: {source} was not imported, nothing changed: {exc}.", file=err)
            return 1
        except StorageError as exc:
            print(f"recoverykit: {paths.database}: {exc}", file=err)
            return 1
    print(f"Imported {added} sessions from {source}; {present} were already in the history.", file=out)
    return 0

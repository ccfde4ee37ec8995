"""``recoverykit export FILE [--csv]`` and ``recoverykit import FILE``: history in and out of files.

Like ``history``, these never import Qt. Export reads the database
read-only; import checks the whole file first and adds its new sessions in
one transaction (see storage/history_import.py), so a bad file changes
nothing. Exit status: 0 done, 1 the file or the database could not be used.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from recoverykit.cli_language import speak
from recoverykit.core.clock import local_now
from recoverykit.paths import AppPaths


def export_history(paths: AppPaths, target: Path, as_csv: bool, out: TextIO | None = None,
                   err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    # Imported here: sqlite-utils is slow to import (see cli.print_history).
    from recoverykit.services import StorageError
    from recoverykit.services.data import export_target_problem, export_text, read_only_repository, write_export

    problem = export_target_problem(target, paths.database, paths.backups)
    if problem is not None:  # said before the history is even read
        print(f"recoverykit: {speak(problem, paths.settings_file)}", file=err)
        return 1
    try:
        with read_only_repository(paths.database) as repository:
            text, count, skipped = export_text(repository, as_csv, local_now().tzinfo)
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    try:
        write_export(target, text, paths.database, paths.backups)
    except StorageError as exc:
        print(f"recoverykit: {speak(exc, paths.settings_file)}", file=err)
        return 1
    if skipped:
        print(f"recoverykit: {skipped} damaged rows could not be read and were not exported", file=err)
    print(f"Exported {count} sessions to {target}.", file=out)
    return 0


def import_history_file(paths: AppPaths, source: Path, out: TextIO | None = None,
                        err: TextIO | None = None, now: datetime | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from recoverykit.services import StorageError
    from recoverykit.services.data import ImportRefused, import_into, writable_repository

    try:
        with writable_repository(paths.database) as repository:
            outcome = import_into(repository, source, now or local_now())
    except ImportRefused as exc:
        print(f"recoverykit: {source} was not imported, nothing changed: {speak(exc, paths.settings_file)}.",
              file=err)
        return 1
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    print(f"Imported {outcome.added} sessions from {source}; {outcome.already_there} were already in the history.",
          file=out)
    return 0

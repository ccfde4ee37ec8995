"""The importer protocol: which files can be brought into the history, and how.

The data service picks an importer by what the file is (its name, then its
first bytes) and hands it the repository. A new kind of file (workouts from
a watch, say) is one more class with the three members below, added to
:data:`IMPORTERS`; nothing else changes.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from recoverykit.core.messages import msg, of_error
from recoverykit.storage.sessions import SessionRepository

#: How much of a file an importer may look at to recognise it.
HEAD_BYTES = 512


class ImportRefused(ValueError):
    """The file was not imported and nothing changed; the message says why, for people."""


@dataclass(frozen=True)
class ImportOutcome:
    """What an import added: ``added`` new entries, ``already_there`` that were stored before."""

    kind: str
    added: int
    already_there: int


class Importer(Protocol):
    """One kind of file the history can take in."""

    #: What the file holds, as the outcome's ``kind`` ("history", …).
    kind: str

    def recognises(self, path: Path, head: bytes) -> bool:
        """Whether ``path`` (whose first HEAD_BYTES are ``head``) is this importer's kind of file."""

    def import_into(self, repository: SessionRepository, path: Path, at: datetime) -> ImportOutcome:
        """Check the whole file, then store what is new; ImportRefused if the file cannot be used."""


class HistoryJsonImporter:
    """The history JSON document that ``recoverykit export`` writes (docs/history-format.md)."""

    kind = "history"

    def recognises(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")

    def import_into(self, repository: SessionRepository, path: Path, at: datetime) -> ImportOutcome:
        from recoverykit.storage.history_import import ImportProblem, import_history

        try:
            added, present = import_history(repository.db, path, at)
        except ImportProblem as exc:
            raise ImportRefused(of_error(exc)) from None
        return ImportOutcome(self.kind, added, present)


#: Every importer, tried in order; the first that recognises a file imports it.
IMPORTERS: tuple[Importer, ...] = (HistoryJsonImporter(),)


def _head(path: Path) -> bytes:
    try:
        # A FIFO would block the open until someone writes to it, and a device never ends: only a regular
        # file is read (checked before opening, as routine files are).
        if not stat.S_ISREG(path.stat().st_mode):
            raise ImportRefused(msg("{path} is not a regular file (a pipe, a device or a folder): only a file "
                                    "can be imported", path=path.name))
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as exc:
        raise ImportRefused(msg("the file cannot be read ({why})", why=exc.strerror or str(exc))) from None


def importer_for(path: Path, importers: tuple[Importer, ...] = IMPORTERS) -> Importer:
    """The importer for ``path``; ImportRefused naming what the file seems to be when none fits."""
    head = _head(path)
    # Known by its header row whatever its name, so a renamed CSV export is not read as broken JSON.
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"id,routine_id,") or (
            path.suffix.lower() == ".csv" and not any(importer.recognises(path, head) for importer in importers)):
        raise ImportRefused(msg("this is a CSV export, which is for spreadsheets; import the JSON export instead"))
    for importer in importers:
        if importer.recognises(path, head):
            return importer
    if not head.strip():
        raise ImportRefused(msg("the file is empty"))
    raise ImportRefused(msg("this is not a file recoverykit can import (a history JSON export is)"))

"""What the watched folder held the last time it was looked at: so each file is read once, across restarts.

A file is known by its path, size and modification time; a file that changes
is read again (and is "already there" if its workout is). The list is a small
JSON file in the data folder, written atomically; a missing or damaged one
only means the folder is read once more (the import itself never duplicates).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from recoverykit.atomic_file import write_atomically

#: Far more files than a watch holds; past this the oldest entries are forgotten.
MAX_ENTRIES = 20_000

Key = tuple[str, int, int]


def file_key(path: Path) -> Key | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path), info.st_size, info.st_mtime_ns)


class SeenFiles:
    """The watched folder's files already imported (or refused), kept in ``store``."""

    def __init__(self, store: Path) -> None:
        self._store = store
        self._folder = ""
        self.keys: set[Key] = set()

    def load(self, folder: str) -> None:
        """Start from what was seen of ``folder`` (nothing if it was another folder, or unreadable)."""
        self._folder, self.keys = folder, set()
        try:
            document = json.loads(self._store.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(document, dict) or document.get("folder") != folder:
            return
        for entry in document.get("files", []):
            if (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
                    and all(type(number) is int for number in entry[1:])):
                self.keys.add((entry[0], entry[1], entry[2]))

    def fresh(self, paths: list[Path]) -> list[Path]:
        """The paths not seen before (as they are now); they count as seen from here on."""
        found = []
        for path in paths:
            key = file_key(path)
            if key is not None and key not in self.keys:
                self.keys.add(key)
                found.append(path)
        return found

    def save(self) -> str | None:
        """Write what was seen; the reason if the disk refused (the next start reads the folder again)."""
        files = sorted(self.keys)[-MAX_ENTRIES:]
        try:
            os.makedirs(self._store.parent, exist_ok=True)
            write_atomically(self._store, json.dumps({"folder": self._folder, "files": [list(key) for key in files]}))
        except OSError as exc:
            return exc.strerror or str(exc)
        return None

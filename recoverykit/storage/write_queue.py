"""Writes that must not be lost: kept in order and tried again until they land.

A write that fails because the disk is full, the folder is read-only or the
database is locked stays at the head of the queue; nothing behind it is tried
before it, so the database never holds a later write without an earlier one.
A *replaceable* write (a position checkpoint) that is still waiting at the
tail is replaced by a newer one instead of piling up.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from recoverykit.storage.errors import StorageError

#: What a failed write may raise and still be worth trying again.
RETRYABLE = (sqlite3.Error, OSError, StorageError)


class Flush(Enum):
    """What a ``flush()`` came to."""

    DONE = "done"  # every write has landed (and none had been failing)
    STARTED_FAILING = "started_failing"
    STILL_FAILING = "still_failing"
    RECOVERED = "recovered"  # writes had been failing; now every one has landed


@dataclass
class _Write:
    run: Callable[[], None]
    replaceable: bool


class WriteQueue:
    """Pending writes, oldest first; ``flush()`` runs them until one fails."""

    def __init__(self) -> None:
        self._pending: deque[_Write] = deque()
        self.failing = False
        self.last_error: BaseException | None = None

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, write: Callable[[], None], *, replaceable: bool = False) -> None:
        if replaceable and self._pending and self._pending[-1].replaceable:
            self._pending[-1] = _Write(write, replaceable)
        else:
            self._pending.append(_Write(write, replaceable))

    def flush(self) -> Flush:
        while self._pending:
            try:
                self._pending[0].run()
            except RETRYABLE as exc:
                self.last_error = exc
                if self.failing:
                    return Flush.STILL_FAILING
                self.failing = True
                return Flush.STARTED_FAILING
            self._pending.popleft()
        if self.failing:
            self.failing = False
            return Flush.RECOVERED
        return Flush.DONE

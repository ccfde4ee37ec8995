"""The one change signal: every write announces, once stored, what it changed.

Like Anki's ``operation_did_execute``: the services that write (a session's
steps, a journal, a logged day, a workout import or delete, the health
answers, a reminder, a whole history replaced) call :meth:`Changes.announce`
after the write is in the database or on disk; every view that shows advice
listens in one place and re-renders from a fresh recovery picture. Nothing
needs a restart to be right. Qt-free: the window bridges it to a signal
(qt/changes.py), the command line needs none.
"""

from __future__ import annotations

from collections.abc import Callable

#: What a change can be about (a set of these is announced).
SESSION, JOURNAL, DAY, WORKOUT, HEALTH, REMINDER, HISTORY, SETTINGS = (
    "session", "journal", "day", "workout", "health", "reminder", "history", "settings")
#: The writes that change the sessions, journals and logged days: what the history page lists and the
#: red flags are read from (workouts have their own tab; settings, health and reminders change neither).
JOURNALED = frozenset({SESSION, JOURNAL, DAY, HISTORY})

Listener = Callable[[frozenset[str]], None]


class Changes:
    """Listeners are called in the order they subscribed, with the set of what changed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every write; returns the call that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def announce(self, *what: str) -> None:
        """Tell every listener that ``what`` changed (call after the write is stored)."""
        changed = frozenset(what)
        for listener in list(self._listeners):
            listener(changed)

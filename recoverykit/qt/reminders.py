"""The refuel and hydration reminders after a workout, on one alarm clock.

After a workout (a cool-down starting, a journal or an imported file saying
when one ended): a gentle "had a drink?" HYDRATE_AFTER it ended, and "time to
refuel" REFUEL_AFTER it ended. Each is sent through ``notify`` (the tray, or
the taskbar) and as ``reminded`` (the window shows it with Done and Snooze, so
it is seen without a tray too). Done ticks the check-off in the journal of the
session it is about, when there is one (``doneFor``); Snooze brings it back
SNOOZE later.

Time comes from the injected clock; the ticker is only an alarm clock armed for
the earliest pending reminder, so a test fires it by hand and no one waits. One
reminder of each kind is pending: a later workout replaces it, and one whose
moment has already passed is not scheduled (too late to help). Nothing fires
while ``enabled(kind)`` (the settings) is false.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from recoverykit.core.clock import Clock
from recoverykit.qt.text import tr

REFUEL, HYDRATE = "refuel", "hydrate"
#: Carbohydrate with some protein within about 30 min of the workout (GUIDANCE.md, nutrition).
REFUEL_AFTER = timedelta(minutes=30)
#: A drink (water or electrolytes) soon after; the gentle nudge comes first, half-way to the refuel.
HYDRATE_AFTER = timedelta(minutes=15)
SNOOZE = timedelta(minutes=15)


def reminder_text(kind: str) -> tuple[str, str]:
    """(title, text) of a reminder, in the user's language."""
    if kind == HYDRATE:
        return (tr("Had a drink?"),
                tr("Water or an electrolyte drink after the workout helps you recover and keeps cramps away."))
    return (tr("Time to refuel"),
            tr("Your workout ended about 30 minutes ago. Something with carbohydrate and "
               "some protein (around 20 g) and a drink tends to help recovery."))


@dataclass
class _Pending:
    due: datetime
    session_id: str | None


class Reminders(QObject):
    """Arms ``ticker`` for the next reminder; sends each through ``notify(title, text)`` and ``reminded``.

    Signals:
        reminded(str, str, str): a reminder is due: its kind, title and text.
        doneFor(str, str): Done was chosen for a reminder about a session: the kind and the session id.
    """

    reminded = Signal(str, str, str)
    doneFor = Signal(str, str)

    def __init__(self, clock: Clock, ticker, notify: Callable[[str, str], None],
                 enabled: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._ticker, self._notify, self._enabled = clock, ticker, notify, enabled
        self._pending: dict[str, _Pending] = {}
        #: Reminders that were shown and not yet answered (Done or Snooze), with their session.
        self.shown: dict[str, str | None] = {}
        if isinstance(ticker, QObject) and ticker.parent() is None:
            ticker.setParent(self)
        ticker.fired.connect(self._on_fired)

    @property
    def due(self) -> datetime | None:
        """When the refuel reminder is due (None if none is pending)."""
        pending = self._pending.get(REFUEL)
        return pending.due if pending else None

    def due_of(self, kind: str) -> datetime | None:
        pending = self._pending.get(kind)
        return pending.due if pending else None

    def schedule(self, workout_ended: datetime, session_id: str | None = None) -> bool:
        """Both reminders for a workout that ended at ``workout_ended``; True if the refuel one was set.

        A reminder is not set when it is off, already past, or an older workout's.
        """
        now = self._clock.wall()
        refuel = self._set(REFUEL, workout_ended + REFUEL_AFTER, session_id, now)
        self._set(HYDRATE, workout_ended + HYDRATE_AFTER, session_id, now)
        self._arm(now)
        return refuel

    def _set(self, kind: str, due: datetime, session_id: str | None, now: datetime) -> bool:
        known = self._pending.get(kind)
        if not self._enabled(kind) or due <= now or (known is not None and due <= known.due):
            return False
        self._pending[kind] = _Pending(due, session_id)
        return True

    def snooze(self, kind: str) -> None:
        """Show ``kind`` again SNOOZE from now."""
        session_id = self.shown.pop(kind, None)
        now = self._clock.wall()
        self._pending[kind] = _Pending(now + SNOOZE, session_id)
        self._arm(now)

    def done(self, kind: str) -> None:
        """The reminder was acted on: no more of it for this workout; its check-off is ticked."""
        session_id = self.shown.pop(kind, None)
        self._pending.pop(kind, None)
        self._arm(self._clock.wall())
        if session_id is not None:
            self.doneFor.emit(kind, session_id)

    def cancel(self, kind: str | None = None) -> None:
        for name in ([kind] if kind else list(self._pending)):
            self._pending.pop(name, None)
        self._arm(self._clock.wall())

    def _arm(self, now: datetime) -> None:
        if not self._pending:
            self._ticker.disarm()
            return
        earliest = min(pending.due for pending in self._pending.values())
        self._ticker.arm(max(0.0, (earliest - now).total_seconds()))

    @Slot()
    def _on_fired(self) -> None:
        now = self._clock.wall()
        for kind in sorted(self._pending, key=lambda name: self._pending[name].due):
            pending = self._pending[kind]
            if pending.due > now:
                continue  # woken early for this one: it waits for its own moment
            del self._pending[kind]
            if self._enabled(kind):
                self.shown[kind] = pending.session_id
                title, text = reminder_text(kind)
                self._notify(title, text)
                self.reminded.emit(kind, title, text)
        self._arm(now)

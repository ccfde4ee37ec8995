"""The refuel and drink reminders in the window: an alarm clock over the stored reminders.

The reminders themselves (when each is due, what it belongs to, what Done
ticks) live in services/reminders.py and in the history, so a restart keeps
them. This object arms its ticker for the next one due, sends each due one
through ``notify`` (the desktop notification) and as ``reminded`` (the
window shows it with Done and Snooze), and passes Done and Snooze on.

Time comes from the injected clock; the ticker is only an alarm clock, so a
test fires it by hand and no one waits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal, Slot

from recoverykit.core.clock import Clock
from recoverykit.qt.messages import error_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.reminders import HYDRATE, REFUEL, ReminderService

__all__ = ["HYDRATE", "REFUEL", "Reminders", "reminder_text"]


def reminder_text(kind: str) -> tuple[str, str]:
    """(title, text) of a reminder, in the user's language."""
    if kind == HYDRATE:
        return (tr("Had a drink?"),
                tr("Water or an electrolyte drink after the workout helps you recover and keeps cramps away."))
    return (tr("Time to refuel"),
            tr("Your workout ended about 30 minutes ago. Something with carbohydrate and "
               "some protein (around 20 g) and a drink tends to help recovery."))


class Reminders(QObject):
    """Arms ``ticker`` for the next reminder; sends each through ``notify(title, text)`` and ``reminded``.

    Signals:
        reminded(str, str, str): a reminder is due: its kind, title and text.
        problem(str): a reminder's Done could not be stored (it stays open), in words for people.
    """

    reminded = Signal(str, str, str)
    problem = Signal(str)

    def __init__(self, clock: Clock, ticker, notify: Callable[[str, str], None], service: ReminderService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._ticker, self._notify, self.service = clock, ticker, notify, service
        if isinstance(ticker, QObject) and ticker.parent() is None:
            ticker.setParent(self)
        ticker.fired.connect(self._on_fired)

    def restore(self) -> None:
        """Show again what was on screen when the app last closed, and arm for what is pending."""
        for reminder in self.service.shown():
            self._show(reminder.kind)
        self._on_fired()

    @property
    def due(self) -> datetime | None:
        """When the refuel reminder is due (None if none is pending)."""
        return self.service.due_of(REFUEL)

    def due_of(self, kind: str) -> datetime | None:
        return self.service.due_of(kind)

    def schedule(self, workout_ended: datetime, session_id: str | None = None, day_log_id: str | None = None,
                 workout_id: int | None = None) -> bool:
        """Both reminders for a workout that ended at ``workout_ended``; True if the refuel one was set."""
        refuel = self.service.schedule(workout_ended, session_id, day_log_id, workout_id)
        self._arm()
        return refuel

    @Slot(str)
    def snooze(self, kind: str) -> None:
        self.service.snooze(kind)
        self._arm()

    @Slot(str)
    def done(self, kind: str) -> None:
        """The reminder was acted on: its check-off is ticked in the journal it belongs to."""
        try:
            self.service.done(kind)
        except (StorageError, ValueError) as exc:
            self.problem.emit(tr("The check-off could not be saved in the journal: %1").replace("%1",
                                                                                           error_text(exc)))
        self._arm()

    def cancel(self, kind: str | None = None) -> None:
        self.service.cancel(kind)
        self._arm()

    def _arm(self) -> None:
        due = self.service.next_due()
        if due is None:
            self._ticker.disarm()
            return
        self._ticker.arm(max(0.0, (due - self._clock.wall()).total_seconds()))

    def _show(self, kind: str) -> None:
        title, text = reminder_text(kind)
        self._notify(title, text)
        self.reminded.emit(kind, title, text)

    @Slot()
    def _on_fired(self) -> None:
        for reminder in self.service.take_due():
            self._show(reminder.kind)
        self._arm()

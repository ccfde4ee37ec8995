"""The refuel reminder: one tray notification 30 minutes after a workout ended.

Scheduled when a cool-down starts (the workout has just ended) or when a
journal logs the time a workout ended. Time comes from the injected clock; the
ticker is only an alarm clock, so a test fires it by hand and no one waits.
Only one reminder is pending: a later workout replaces it, and a reminder
whose moment has already passed is not scheduled (it would be too late to
help). Nothing fires while ``enabled()`` (the refuel_reminder_on setting) is
false.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Slot

from recoverykit.core.clock import Clock
from recoverykit.qt.text import tr

REFUEL_AFTER = timedelta(minutes=30)


class RefuelReminder(QObject):
    """Arms ``ticker`` for the next reminder and sends it through ``notify(title, text)``."""

    def __init__(self, clock: Clock, ticker, notify: Callable[[str, str], None],
                 enabled: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._ticker, self._notify, self._enabled = clock, ticker, notify, enabled
        self.due: datetime | None = None
        if isinstance(ticker, QObject) and ticker.parent() is None:
            ticker.setParent(self)
        ticker.fired.connect(self._on_fired)

    def schedule(self, workout_ended: datetime) -> bool:
        """Remind REFUEL_AFTER after ``workout_ended``; False if off, past, or an older workout."""
        due = workout_ended + REFUEL_AFTER
        now = self._clock.wall()
        if not self._enabled() or due <= now or (self.due is not None and due <= self.due):
            return False
        self.due = due
        self._arm(now)
        return True

    def cancel(self) -> None:
        self.due = None
        self._ticker.disarm()

    def _arm(self, now: datetime) -> None:
        self._ticker.arm(max(0.0, (self.due - now).total_seconds()))

    @Slot()
    def _on_fired(self) -> None:
        if self.due is None:
            return
        now = self._clock.wall()
        if now < self.due:  # woken early: sleep on
            self._arm(now)
            return
        self.due = None
        if self._enabled():
            self._notify(tr("Time to refuel"),
                         tr("Your workout ended about 30 minutes ago. Something with carbohydrate and "
                            "some protein (around 20 g) and a drink tends to help recovery."))

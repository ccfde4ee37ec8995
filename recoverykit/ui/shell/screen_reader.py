"""Phase changes announced to screen readers, not only by sound, voice or colour.

Each batch of session events becomes the same one sentence the voice prompts
say ("Switch sides. Next: …", "Cold time is over: remove the ice"), sent as a
QAccessibleAnnouncementEvent (Qt 6.8+) from the session page. An overrun end
(ice or heat left on too long) interrupts the screen reader; the rest waits
for it to finish speaking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleAnnouncementEvent


class ScreenReaderAnnouncer(QObject):
    """Turns the controller's events into screen-reader announcements from ``target``.

    Signals:
        announced(str, bool): the sentence sent, and whether it was assertive.
    """

    announced = Signal(str, bool)

    def __init__(self, target: QWidget | Callable[[], QWidget], parent: QObject | None = None) -> None:
        """``target`` is the widget announcements come from, or a function giving it (for a page
        that is built on first use)."""
        super().__init__(parent)
        self._target = target
        self.last_event: QAccessibleAnnouncementEvent | None = None

    @Slot(object)
    def on_events(self, events: list) -> None:
        from recoverykit.core.events import StepEnded
        from recoverykit.qt.announcements import batch_announcement  # with the first session

        text = batch_announcement(events)
        if not text:
            return
        # Imported on the first announcement: QAccessible's many enums cost start-up time.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        urgent = any(isinstance(e, StepEnded) and e.overrun_s > 0 for e in events)
        target = self._target if isinstance(self._target, QWidget) else self._target()
        event = QAccessibleAnnouncementEvent(target, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.last_event = event
        self.announced.emit(text, urgent)

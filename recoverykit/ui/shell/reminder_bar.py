"""A reminder in the window (refuel, have a drink) with Done and Snooze, seen with or without a tray.

It sits under the notice line, above the pages. When two reminders are due,
the newest shows and the other waits behind it; answering one shows the next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverykit.qt.text import tr
from recoverykit.ui.common.tinted_bar import TintedBar
from recoverykit.ui.common.widgets import scaled_font


class ReminderBar(TintedBar):
    """Shows due reminders one at a time.

    Signals:
        done(str): the kind of reminder the user acted on.
        snoozed(str): the kind of reminder to bring back later.
    """

    done = Signal(str)
    snoozed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self._queue: list[tuple[str, str, str]] = []
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title, 1.05, QFont.Weight.DemiBold))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.done_button = QPushButton(tr("&Done"))
        self.done_button.setToolTip(tr("Done: ticks it off in the session's journal"))
        self.snooze_button = QPushButton(tr("Sno&oze 15 min"))
        self.done_button.clicked.connect(self._done)
        self.snooze_button.clicked.connect(self._snooze)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addLayout(words, 1)
        layout.addWidget(self.snooze_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(tr("Reminder"))
        self.hide()

    @property
    def kind(self) -> str | None:
        """The kind of the reminder shown (None when none is)."""
        return self._queue[-1][0] if self._queue else None

    def show_reminder(self, kind: str, title: str, text: str) -> None:
        self._queue = [item for item in self._queue if item[0] != kind] + [(kind, title, text)]
        self._show_top()

    def _show_top(self) -> None:
        if not self._queue:
            self.hide()
            return
        _kind, title, text = self._queue[-1]
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title} {text}")
        self.show()

    def _answer(self) -> str | None:
        if not self._queue:
            return None
        kind = self._queue.pop()[0]
        self._show_top()
        return kind

    @Slot()
    def _done(self) -> None:
        kind = self._answer()
        if kind:
            self.done.emit(kind)

    @Slot()
    def _snooze(self) -> None:
        kind = self._answer()
        if kind:
            self.snoozed.emit(kind)

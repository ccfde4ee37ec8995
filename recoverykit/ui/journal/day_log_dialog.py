"""Log a day: how the legs feel on any day, with or without a session, now or for a past moment.

The moment defaults to now and can be set to any earlier date and time (the
morning after, yesterday's rest day), never later than now. Save calls the
``save`` it was given; when that fails the dialog stays open with everything
entered and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.day_log import DayLog
from recoverykit.core.journal import Journal
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import warning_color
from recoverykit.ui.journal.journal_editor import JournalEditor

#: Stores a logged day (moment, journal, rest day, note); returns None when saved, or why not.
SaveDay = Callable[[datetime, Journal, bool, str], "str | None"]


class DayLogDialog(QDialog):
    """When, how the legs feel, sleep, signs, injured areas, a rest day and a note; Save or Cancel."""

    def __init__(self, now: datetime, save: SaveDay, existing: DayLog | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log how you feel") if existing is None else tr("Edit a logged day"))
        self.setAccessibleName(tr("Log how you feel"))
        self._save = save
        self._zone = now.tzinfo
        moment = existing.logged_at.astimezone(self._zone) if existing else now
        self.when = QDateTimeEdit(QDateTime(moment.replace(tzinfo=None)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMaximumDateTime(QDateTime(now.replace(tzinfo=None)))
        self.when.setAccessibleName(tr("Date and time this describes"))
        when_label = QLabel(tr("&When"))
        when_label.setBuddy(self.when)
        self.rest_day = QCheckBox(tr("A &rest day (no run or leg workout)"))
        top = QHBoxLayout()
        top.addWidget(when_label)
        top.addWidget(self.when)
        top.addSpacing(24)
        top.addWidget(self.rest_day)
        top.addStretch(1)
        self.editor = JournalEditor(moment.date(), day_log=True)
        if existing is not None:
            self.editor.set_journal(existing.journal, existing.note, existing.day)
            self.rest_day.setChecked(existing.rest_day)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Why the day was not saved"))
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.problem.hide()
        self._refused = False
        self.editor.refused.connect(self._say)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(920, 640)
        self.editor.sliders[next(iter(self.editor.sliders))].setFocus()

    def moment(self) -> datetime:
        """The chosen date and time, in the offset of the clock's now."""
        return self.when.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=self._zone)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        # Only the Enter that ended the typing is kept from saving: it reaches accept() before the
        # event loop turns; a later click on Save saves.
        self._refused = True
        QTimer.singleShot(0, lambda: setattr(self, "_refused", False))

    def accept(self) -> None:
        if self._refused:  # Enter in a field whose number was refused: stay, so the reason is read
            self._refused = False
            return
        problem = self._save(self.moment(), self.editor.journal(), self.rest_day.isChecked(), self.editor.note())
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.problem.hide()
        super().accept()

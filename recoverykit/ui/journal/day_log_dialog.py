"""Log a day: how the legs feel on any day, with or without a session, now or for a past moment.

The moment defaults to now and can be set to any earlier date and time (the
morning after, yesterday's rest day), never later than now. Save calls the
``save`` it was given; when that fails the dialog stays open with everything
entered and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from recoverykit.core.day_log import DayLog
from recoverykit.core.journal import Journal
from recoverykit.qt.text import tr
from recoverykit.ui.journal.journal_dialog import JournalFormDialog
from recoverykit.ui.journal.journal_editor import JournalEditor

#: Stores a logged day (moment, journal, rest day, note); returns None when saved, or why not.
SaveDay = Callable[[datetime, Journal, bool, str], "str | None"]


class DayLogDialog(JournalFormDialog):
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
        editor = JournalEditor(moment.date(), day_log=True)
        if existing is not None:
            editor.set_journal(existing.journal, existing.note, existing.day)
            self.rest_day.setChecked(existing.rest_day)
        self.lay_out(editor, tr("Why the day was not saved"), self.store, top)
        self.resize(920, 640)

    def moment(self) -> datetime:
        """The chosen date and time, in the offset of the clock's now."""
        return self.when.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=self._zone)

    def store(self) -> str | None:
        return self._save(self.moment(), self.editor.journal(), self.rest_day.isChecked(), self.editor.note())

"""The history's filter bar: routine, From and To dates, Show all, the search box, and quick ranges.

A bar of widgets and the signals they give; the history page decides what
a change means (it reads the history again, or searches what it has).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recoverykit.qt.text import tr

#: The quick ranges: the last N days (None: all time).
QUICK_RANGES = (7, 30, 91, 365, None)


def _quick_text(days: int | None) -> str:
    return {7: tr("&week"), 30: tr("&month"), 91: tr("3 mont&hs"), 365: tr("&year")}.get(days, tr("all t&ime"))


class HistoryFilters(QWidget):
    """The two rows above the history's tabs.

    Signals:
        lastDaysChosen(object): a quick range was chosen: the number of days, or None for all time.
    """

    lastDaysChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine_filter = QComboBox()
        self.routine_filter.setAccessibleName(tr("Show sessions of routine"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, tr("From date")), (self.until, tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.reset_button = QPushButton(tr("Show &all"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search routines and notes"))
        self.search.setAccessibleName(tr("Search routines and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search_action = QAction(tr("&Find"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        routine_label, since_label, until_label = QLabel(tr("&Routine")), QLabel(tr("&From")), QLabel(tr("&To"))
        routine_label.setBuddy(self.routine_filter)
        since_label.setBuddy(self.since)
        until_label.setBuddy(self.until)
        for widget in (routine_label, self.routine_filter, since_label, self.since, until_label, self.until,
                       self.reset_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.search)
        self.quick_row = QHBoxLayout()
        self.quick_row.setContentsMargins(0, 0, 0, 0)
        self.quick_row.addWidget(QLabel(tr("Last:")))
        self.range_buttons: dict[int | None, QPushButton] = {}
        for days in QUICK_RANGES:
            text = _quick_text(days)
            button = QPushButton(text)
            button.setFlat(True)
            button.setAccessibleName(tr("Show the last %1").replace("%1", text.replace("&", "")))
            button.clicked.connect(lambda _checked=False, d=days: self.lastDaysChosen.emit(d))
            self.range_buttons[days] = button
            self.quick_row.addWidget(button)
        self.quick_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.quick_row)

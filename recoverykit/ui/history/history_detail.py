"""The selected session in the history view: every step (planned against actual) and its journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.events import StepStatus
from recoverykit.core.journal import AREAS, SIDES, Journal, distance_in, side_key
from recoverykit.core.routine import Side
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, side_text, tr
from recoverykit.services.types import SessionRow
from recoverykit.ui.common.widgets import page_heading
from recoverykit.ui.journal.journal_words import soreness_key_text, warning_text, workout_text


def journal_lines(journal: Journal | None, note: str, unit: str) -> list[str]:
    """The journal as short lines of text, for the detail pane."""
    lines = []
    if journal is not None:
        for key in (key for area in AREAS for key in (area, *(side_key(area, side) for side in SIDES))):
            before, after = journal.soreness_before.get(key), journal.soreness_after.get(key)
            if before is None and after is None:
                continue
            lines.append(tr("%1: soreness %2 before, %3 after").replace("%1", soreness_key_text(key))
                         .replace("%2", "–" if before is None else str(before))
                         .replace("%3", "–" if after is None else str(after)))
        workout = [workout_text(journal.workout_type)] if journal.workout_type else []
        if journal.distance_km is not None:
            amount = f"{distance_in(journal.distance_km, unit):.2f}"
            workout.append((tr("%1 mi") if unit == "mi" else tr("%1 km")).replace("%1", amount))
        if journal.workout_min is not None:
            workout.append(tr("%n min", "minutes", journal.workout_min))
        if journal.rpe is not None:
            workout.append(tr("effort %1/10").replace("%1", str(journal.rpe)))
        if journal.workout_ended_at is not None:
            workout.append(tr("ended %1").replace("%1", journal.workout_ended_at.astimezone().strftime("%H:%M")))
        if workout:
            lines.append(tr("Workout: %1").replace("%1", ", ".join(workout)))
        care = [text for on, text in ((journal.hydrated, tr("drank")), (journal.refuelled, tr("refuelled")))
                if on]
        if journal.sleep_h is not None:
            care.append(tr("slept %1 h").replace("%1", f"{journal.sleep_h:g}"))
        if care:
            lines.append(tr("Care: %1").replace("%1", ", ".join(care)))
        if journal.warning_signs:
            lines.append(tr("Noted: %1").replace("%1", ", ".join(warning_text(s) for s in journal.warning_signs)))
    if note:
        lines.append(tr("Notes: %1").replace("%1", note))
    return lines or [tr("No journal for this session yet.")]


class HistoryDetail(QWidget):
    """Steps and journal of one session, with Edit journal and Delete.

    Signals:
        editJournalRequested(): the user wants to edit this session's journal and notes.
        deleteRequested(): the user wants this session deleted (it can be undone).
    """

    editJournalRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_heading(factor=1.2)
        self.steps = QTreeWidget()
        self.steps.setAccessibleName(tr("Steps of the selected session"))
        self.steps.setRootIsDecorated(False)
        self.steps.setHeaderLabels([tr("Step"), tr("Side"), tr("Planned"), tr("Actual"), tr("Result")])
        self.steps.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.journal = QLabel()
        self.journal.setWordWrap(True)
        self.journal.setAccessibleName(tr("Journal of the selected session"))
        self.edit_button = QPushButton(tr("&Edit journal…"))
        self.edit_button.clicked.connect(self.editJournalRequested)
        self.delete_button = QPushButton(tr("&Delete session"))
        self.delete_button.setToolTip(tr("Delete this session; Undo brings it back"))
        self.delete_button.clicked.connect(self.deleteRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.journal)
        layout.addLayout(buttons)
        self.show_session(None, None, "km")

    def show_session(self, session: SessionRow | None, journal: Journal | None, unit: str) -> None:
        self.steps.clear()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(session is not None)
        if session is None:
            self.title.setText(tr("No session selected"))
            self.journal.setText("")
            return
        self.title.setText(tr("%1, %2").replace("%1", routine_text(session.routine_name))
                           .replace("%2", date_time_text(session.started_at)))
        for step in session.steps:
            self.steps.addTopLevelItem(QTreeWidgetItem([
                routine_text(step.name), side_text(Side(step.side)) if step.side else "", clock_text(step.planned_s),
                clock_text(step.actual_s), tr("Done") if step.status is StepStatus.DONE else tr("Skipped"),
            ]))
        for column in (1, 2, 3, 4):
            self.steps.resizeColumnToContents(column)
        self.journal.setText("\n".join(journal_lines(journal, session.note, unit)))

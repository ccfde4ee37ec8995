"""The end of a session: what was done, what was skipped, how long it took."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from recoverykit.core.events import SessionStatus
from recoverykit.core.summary import SessionSummary
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, slot_title, tr
from recoverykit.ui.common.widgets import (
    page_heading,
    page_layout,
    primary_button,
    scaled_font,
)


class SummaryPage(QWidget):
    """Shows a SessionSummary.

    Signals:
        doneClicked(str): back to the routine list, with the note the user wrote.
    """

    doneClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_heading(factor=1.8)
        self.totals = QLabel()
        self.totals.setFont(scaled_font(self, 1.2))
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps of this session"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note_label = QLabel(tr("How do your legs feel? (optional)"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(tr("e.g. calves tight, left hamstring better than yesterday"))
        self.note_edit.setAccessibleName(tr("How your legs feel"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.note_label.setBuddy(self.note_edit)
        self.note = QLabel(tr("Saved to your history."))
        self.done_button = primary_button(tr("Done"))
        self.done_button.clicked.connect(lambda: self.doneClicked.emit(self.note_edit.toPlainText()))
        self.journal_button = QPushButton(tr("&Journal: soreness, workout, refuelling…"))
        self.journal_button.setMinimumHeight(44)
        self.journal_button.setToolTip(tr("Log soreness by body area, the workout and how you looked "
                                          "after yourself"))
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.journal_button)
        row.addWidget(self.done_button)
        layout = page_layout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)

    def show_summary(self, summary: SessionSummary) -> None:
        if summary.status is SessionStatus.COMPLETED:
            self.heading.setText(tr("Well done: %1 complete").replace("%1", routine_text(summary.routine.name)))
        else:
            self.heading.setText(tr("Stopped: %1").replace("%1", routine_text(summary.routine.name)))
        done, skipped, missed = summary.done, summary.skipped, summary.not_reached
        self.totals.setText(
            tr("%1 done · %2 skipped · %3 not reached · %4 of activity")
            .replace("%1", str(len(done))).replace("%2", str(len(skipped)))
            .replace("%3", str(len(missed))).replace("%4", clock_text(summary.active_s))
        )
        self.steps.clear()
        for slot in summary.routine.slots:
            if slot in done:
                line = tr("✓  %1", "done step")
            elif slot in skipped:
                line = tr("skipped · %1")
            else:
                line = tr("not reached · %1")
            self.steps.addItem(line.replace("%1", slot_title(slot)))
        self.note_edit.clear()
        self.note_edit.setFocus()

    def note_text(self) -> str:
        return self.note_edit.toPlainText()

    def show_saved_journal(self, note: str) -> None:
        """The journal (and this note) were saved from the Journal dialog."""
        self.note_edit.setPlainText(note)
        self.note.setText(tr("Journal saved to your history."))

"""The journal of one session in a dialog: Save keeps it, Cancel leaves everything as it was.

Save calls the ``save`` it was given; when that fails the dialog stays open
with everything the user entered and says why, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recoverykit.core.journal import Journal
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import warning_color
from recoverykit.ui.journal.journal_editor import JournalEditor

#: Stores a journal and note; returns None when saved, or why it could not be, for the user.
SaveJournal = Callable[[Journal, str], "str | None"]


class JournalDialog(QDialog):
    """A JournalEditor with Save and Cancel; Save closes it only once ``save`` has stored it."""

    def __init__(self, title: str, journal: Journal | None, note: str, day: date, save: SaveJournal,
                 distance_unit: str = "km", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Why the journal was not saved"))
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.problem.hide()
        self.editor = JournalEditor(day, distance_unit)
        self.editor.set_journal(journal, note, day)
        self._refused = False
        self.editor.refused.connect(self._say)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(920, 700)
        self.editor.sliders[next(iter(self.editor.sliders))].setFocus()
        self.setAccessibleName(tr("Journal"))

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
        problem = self._save(self.editor.journal(), self.editor.note())
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.problem.hide()
        super().accept()

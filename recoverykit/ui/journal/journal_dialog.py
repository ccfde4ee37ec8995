"""The journal of one session in a dialog: Save keeps it, Cancel leaves everything as it was.

Save calls the ``save`` it was given; when that fails the dialog stays open
with everything the user entered and says why, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from recoverykit.core.journal import Journal
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import warning_color
from recoverykit.ui.journal.journal_editor import JournalEditor

#: Stores a journal and note; returns None when saved, or why it could not be, for the user.
SaveJournal = Callable[[Journal, str], "str | None"]


class JournalFormDialog(QDialog):
    """Save and Cancel around a JournalEditor; Save closes it only once ``store()`` has stored it.

    A subclass builds its editor (and anything above it) and calls ``lay_out`` with how it is
    saved. A number the editor refused is said under it; the Enter that ended the typing
    does not save past it.
    """

    def lay_out(self, editor: JournalEditor, problem_name: str, store: Callable[[], str | None],
                top: QLayout | None = None) -> None:
        """``store`` saves what the form holds: None when saved, or why not, for the user."""
        self.editor = editor
        self._store = store
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(problem_name)
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.problem.hide()
        self._refused = False
        editor.refused.connect(self._say_refused)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if top is not None:
            layout.addLayout(top)
        layout.addWidget(editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        editor.sliders[next(iter(editor.sliders))].setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _say_refused(self, text: str) -> None:
        self._say(text)
        # Only the Enter that ended the typing is kept from saving: it reaches accept() before the
        # event loop turns; a later click on Save saves.
        self._refused = True
        QTimer.singleShot(0, lambda: setattr(self, "_refused", False))

    def accept(self) -> None:
        if self._refused:  # Enter in a field whose number was refused: stay, so the reason is read
            self._refused = False
            return
        problem = self._store()
        if problem:
            self._say(problem)
            return
        self.problem.hide()
        super().accept()


class JournalDialog(JournalFormDialog):
    """A session's journal and note; ``save(journal, note)`` stores them."""

    def __init__(self, title: str, journal: Journal | None, note: str, day: date, save: SaveJournal,
                 distance_unit: str = "km", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        editor = JournalEditor(day, distance_unit)
        editor.set_journal(journal, note, day)
        self.lay_out(editor, tr("Why the journal was not saved"), self.store)
        self.resize(920, 700)
        self.setAccessibleName(tr("Journal"))

    def store(self) -> str | None:
        return self._save(self.editor.journal(), self.editor.note())

"""The journal of one session in a dialog: Save keeps it, Cancel leaves everything as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from recoverykit.core.journal import Journal
from recoverykit.qt.text import tr
from recoverykit.ui.journal_editor import JournalEditor


class JournalDialog(QDialog):
    """A JournalEditor with Save and Cancel; read ``editor.journal()`` after it is accepted."""

    def __init__(self, title: str, journal: Journal | None, note: str, day: date,
                 distance_unit: str = "km", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = JournalEditor(distance_unit)
        self.editor.set_journal(journal, note, day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(920, 700)
        self.editor.sliders[next(iter(self.editor.sliders))].setFocus()
        self.setAccessibleName(tr("Journal"))

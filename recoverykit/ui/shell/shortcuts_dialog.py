"""The keyboard shortcut sheet, opened with ?."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from recoverykit.qt.text import tr


def shortcut_rows() -> list[tuple[str, str]]:
    return [
        (tr("Enter"), tr("Open the selected routine, then start it")),
        (tr("Space"), tr("Pause or resume; between contrast phases, start the next one now")),
        ("→", tr("Skip this step (ignored in its first second)")),
        ("←", tr("Back: restart this step, or the previous one in its first 3 s")),
        ("+", tr("Add 15 seconds")),
        (tr("Esc"), tr("Leave floor mode; otherwise stop the session (asks first)")),
        ("F11", tr("Floor mode: the countdown fills the screen")),
        ("M", tr("Mute or unmute the sounds")),
        ("V", tr("Voice prompts on or off")),
        ("Ctrl+H", tr("History")),
        ("?", tr("This list")),
        ("F1", tr("About recovery: what each routine is for, and when to see a professional")),
        ("Ctrl+Q", tr("Quit")),
    ]


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        for row, (key, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)

"""Preferences that come from workouts: the watched folder, and the maximum heart rate the workouts show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from recoverykit.qt.text import tr


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(parent, tr("Folder to watch for new workouts"), str(Path.home()))


class WatchedFolderRow(QWidget):
    """The watched folder: where it is, Choose…, and Stop watching.

    Signals:
        changed(str): the folder chosen, or "" to stop watching.
    """

    changed = Signal(str)

    def __init__(self, choose: Callable[[QWidget], str] = choose_folder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(tr("None: workouts are imported by hand"))
        self.path.setAccessibleName(tr("Watched folder"))
        self.path.setToolTip(tr("New workout files in this folder (a mounted watch, a sync folder) are "
                                "imported by themselves"))
        self.choose_button = QPushButton(tr("C&hoose…"))
        self.clear_button = QPushButton(tr("Stop &watching"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.choose_button.clicked.connect(self._pick)
        self.clear_button.clicked.connect(lambda: self.changed.emit(""))

    def show_folder(self, folder: str) -> None:
        self.path.setText(folder)
        self.clear_button.setEnabled(bool(folder))

    def _pick(self) -> None:
        folder = self._choose(self)
        if folder:
            self.changed.emit(folder)


class WorkoutMaxOffer(QWidget):
    """"Your workouts show a steady maximum of 186 bpm" and Use it; hidden when there is nothing to offer.

    Signals:
        accepted(int): the user confirmed that maximum.
    """

    accepted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.use_button = QPushButton(tr("&Use it"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.use_button)
        self._bpm = 0
        self.use_button.clicked.connect(lambda: self.accepted.emit(self._bpm))
        self.hide()

    def offer(self, bpm: int | None, current: int) -> None:
        """Offer ``bpm`` (the highest heart rate held in 12 months of workouts) unless it is already set."""
        self._bpm = bpm or 0
        if not bpm or bpm == current:
            self.hide()
            return
        self.label.setText(tr("Your workouts of the last 12 months show a maximum of %1 bpm, held for more than "
                              "a moment (single-sample spikes left out). Use it as your measured maximum?")
                           .replace("%1", str(bpm)))
        self.show()

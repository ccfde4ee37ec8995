"""The bar that shows a running workout import: what it is doing, how far, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from recoverykit.qt.text import tr
from recoverykit.qt.workout_import import WorkoutImport


class ImportBar(QFrame):
    """Follows one WorkoutImport at a time; hidden when none runs (no signals)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workoutImport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Workout import"))
        self.label = QLabel(tr("Importing workouts…"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Workout import progress"))
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(tr("&Cancel"))
        self.cancel_button.setToolTip(tr("Stop after the current file; what was imported stays"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._job: WorkoutImport | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, job: WorkoutImport) -> None:
        self._job = job
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.label.setText(tr("Importing workouts…"))
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda *_: self.hide())
        self.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.label.setText(tr("Importing workouts: %1 of %2 files").replace("%1", str(done)).replace("%2", str(total)))

    @Slot()
    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Stopping after the current file…"))

"""A workout import that never blocks the window: files are read on a thread, stored as they arrive.

Reading (and decoding) runs on a ``QThread`` through the workouts service's
``read_planned``, which spreads a large folder over every core. Each file's
outcome comes back to the GUI thread, where ``store`` adds it to the
database (SQLite's connection belongs to that thread). Cancel stops between
files; what was stored stays stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from recoverykit.core.messages import of_error
from recoverykit.services import StorageError
from recoverykit.services.workouts import ImportReport, plan, read_planned


class _Reader(QObject):
    """Lives on the import thread: plans the files, then reads them one outcome at a time.

    Signals:
        planned(int): how many files there are to read.
        outcome(object): one file's Outcome.
        done(): every file read, or cancelled.
    """

    planned = Signal(int)
    outcome = Signal(object)
    done = Signal()

    def __init__(self, paths: list[Path], cancelled: threading.Event, workers: int | None) -> None:
        super().__init__()
        self._paths, self._cancelled, self._workers = paths, cancelled, workers

    @Slot()
    def run(self) -> None:
        items = plan(self._paths)
        self.planned.emit(len(items))
        for outcome in read_planned(items, self._workers, self._cancelled.is_set):
            self.outcome.emit(outcome)
        self.done.emit()


class WorkoutImport(QObject):
    """One import: reads ``paths`` on a thread; ``store(outcome, report)`` runs here for each file.

    Signals:
        progress(int, int): files done, files planned.
        finished(object, bool): the ImportReport, and whether it was cancelled.
    """

    progress = Signal(int, int)
    finished = Signal(object, bool)

    def __init__(self, paths: list[Path], store: Callable, parent: QObject | None = None,
                 workers: int | None = None) -> None:
        super().__init__(parent)
        self.report = ImportReport()
        self.problem: str | None = None
        self._store = store
        self._cancelled = threading.Event()
        self._done = 0
        self._total = 0
        self._thread = QThread()
        self._thread.setObjectName("recoverykit-workout-import")
        self._reader = _Reader(paths, self._cancelled, workers)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.planned.connect(self._on_planned)
        self._reader.outcome.connect(self._on_outcome)
        self._reader.done.connect(self._thread.quit)
        self._thread.finished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    def wait(self, ms: int = 5000) -> bool:
        """Stop and wait for the thread (closing the app)."""
        self._cancelled.set()
        return self._thread.wait(ms)

    @Slot(int)
    def _on_planned(self, total: int) -> None:
        self._total = total
        self.progress.emit(0, total)

    @Slot(object)
    def _on_outcome(self, outcome) -> None:
        # After Cancel, files read ahead on the thread are not stored: cancelling stops at once.
        if self.problem is None and not self._cancelled.is_set():
            try:
                self._store(outcome, self.report)
            except StorageError as exc:  # the database refused: stop, say why, keep what was stored
                self.problem = of_error(exc)
                self._cancelled.set()
        self._done += 1
        self.progress.emit(self._done, max(self._total, self._done))

    @Slot()
    def _on_finished(self) -> None:
        self._reader.deleteLater()
        self.finished.emit(self.report, self._cancelled.is_set())

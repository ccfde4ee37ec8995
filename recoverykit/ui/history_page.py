"""Past sessions, newest first, with every step in a detail list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.qt.text import clock_text, tr
from recoverykit.storage.errors import StorageError
from recoverykit.storage.sessions import SessionRepository, SessionRow

_STATUS_TEXT = {
    SessionStatus.IN_PROGRESS: "In progress",
    SessionStatus.COMPLETED: "Completed",
    SessionStatus.ABANDONED: "Stopped early",
    SessionStatus.INTERRUPTED: "Interrupted",
}
from recoverykit.ui.widgets import page_heading, page_layout


class HistoryPage(QWidget):
    """A table of sessions and, for the selected one, its steps."""

    def __init__(self, repository: SessionRepository | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._sessions: list[SessionRow] = []
        heading = page_heading(tr("History"))
        self._empty_text = tr("No sessions yet. Finished and stopped sessions appear here.")
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setWordWrap(True)
        self.sessions = QTreeWidget()
        self.sessions.setAccessibleName(tr("Sessions"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setHeaderLabels([tr("Date"), tr("Routine"), tr("Result"), tr("Time"), tr("Steps")])
        self.sessions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.currentItemChanged.connect(lambda *_: self._show_steps())
        self.steps = QTreeWidget()
        self.steps.setAccessibleName(tr("Steps of the selected session"))
        self.steps.setRootIsDecorated(False)
        self.steps.setHeaderLabels([tr("Step"), tr("Side"), tr("Planned"), tr("Actual"), tr("Result")])
        self.steps.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self.steps)
        splitter.setSizes([300, 200])
        layout = page_layout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

    def set_repository(self, repository: SessionRepository | None) -> None:
        self._repository = repository

    def refresh(self) -> None:
        problem = ""
        try:
            self._sessions = self._repository.sessions(limit=500) if self._repository else []
        except StorageError as exc:
            self._sessions, problem = [], tr("The history cannot be shown just now: %1").replace("%1", str(exc))
        if self._repository is not None and self._repository.skipped_rows:
            problem = tr("%n damaged entries could not be read and are not shown.", "rows",
                         self._repository.skipped_rows)
        self.sessions.clear()
        for session in self._sessions:
            done = sum(1 for s in session.steps if s.status is StepStatus.DONE)
            item = QTreeWidgetItem([
                session.started_at.astimezone().strftime("%a %d %b %Y, %H:%M"),
                session.routine_name,
                tr(_STATUS_TEXT[session.status]),
                clock_text(session.duration_s),
                tr("%1 done, %2 skipped").replace("%1", str(done))
                .replace("%2", str(len(session.steps) - done)),
            ])
            self.sessions.addTopLevelItem(item)
        for column in (0, 2, 3, 4):
            self.sessions.resizeColumnToContents(column)
        self.empty_label.setText(problem or self._empty_text)
        self.empty_label.setVisible(not self._sessions or bool(problem))
        if self._sessions:
            self.sessions.setCurrentItem(self.sessions.topLevelItem(0))
        else:
            self.steps.clear()

    def _show_steps(self) -> None:
        self.steps.clear()
        index = self.sessions.indexOfTopLevelItem(self.sessions.currentItem())
        if not 0 <= index < len(self._sessions):
            return
        for step in self._sessions[index].steps:
            self.steps.addTopLevelItem(QTreeWidgetItem([
                step.name,
                tr(step.side.capitalize()) if step.side else "",
                clock_text(step.planned_s),
                clock_text(step.actual_s),
                tr("Done") if step.status is StepStatus.DONE else tr("Skipped"),
            ]))
        for column in (1, 2, 3, 4):
            self.steps.resizeColumnToContents(column)

"""The main window: routine list, session, summary and history pages, and menus.

Only the routine list is built with the window; the other pages (and their
modules: the session page pulls in Qt SVG) are built the first time they are
needed, so the window appears sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverykit import __version__
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.summary import SessionSummary
from recoverykit.qt.controller import SessionController
from recoverykit.storage.sessions import SessionRepository
from recoverykit.ui.routine_list import RoutineListPage
from recoverykit.ui.text import tr

if TYPE_CHECKING:
    from recoverykit.ui.history_page import HistoryPage
    from recoverykit.ui.session_page import SessionPage
    from recoverykit.ui.summary_page import SummaryPage

Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    """The default confirmation: a Yes/No question, No by default."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """Hosts the pages and routes user intent to the controller.

    Signals:
        pageChanged(str): "routines", "session", "summary" or "history".
        storageNeeded(): about to start a session or show the history; whoever
            owns the storage opens it now if it is not open yet (``set_repository``).
    """

    pageChanged = Signal(str)
    storageNeeded = Signal()

    def __init__(self, controller: SessionController, library: RoutineLibrary,
                 repository: SessionRepository | None, *, confirm: Confirm = ask,
                 storage_message: str = "") -> None:
        super().__init__()
        self._controller = controller
        self._library = library
        self._confirm = confirm
        self._repository = repository
        self.setWindowTitle("recoverykit")
        self.resize(1120, 760)
        self.setMinimumSize(720, 540)

        self.routines_page = RoutineListPage(library, controller.timing)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._add_page("routines", self.routines_page)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(
            "QLabel#banner { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 8px 16px; }")
        self.banner.setAccessibleName(tr("Notice"))
        self.set_banner(storage_message)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.routines_page.startRequested.connect(self.start_routine)
        controller.sessionEnded.connect(self._on_session_ended)
        controller.storageProblem.connect(self.set_banner)
        controller.storageRecovered.connect(lambda: self.set_banner(""))
        self.show_page("routines")

    # -- pages ---------------------------------------------------------

    def _add_page(self, name: str, page: QWidget) -> QWidget:
        self._pages[name] = page
        self.stack.addWidget(page)
        return page

    @property
    def session_page(self) -> SessionPage:
        page = self._pages.get("session")
        if page is None:
            from recoverykit.ui.session_page import SessionPage

            page = self._add_page("session", SessionPage(self._controller))
            page.stopRequested.connect(self.request_stop)
        return page

    @property
    def summary_page(self) -> SummaryPage:
        page = self._pages.get("summary")
        if page is None:
            from recoverykit.ui.summary_page import SummaryPage

            page = self._add_page("summary", SummaryPage())
            page.doneClicked.connect(lambda: self.show_page("routines"))
        return page

    @property
    def history_page(self) -> HistoryPage:
        page = self._pages.get("history")
        if page is None:
            from recoverykit.ui.history_page import HistoryPage

            page = self._add_page("history", HistoryPage(self._repository))
        return page

    def _page(self, name: str) -> tuple[QWidget, QWidget]:
        """The page called ``name`` (built if need be) and the widget to focus on it."""
        if name == "session":
            return self.session_page, self.session_page
        if name == "summary":
            return self.summary_page, self.summary_page.done_button
        if name == "history":
            return self.history_page, self.history_page.sessions
        return self.routines_page, self.routines_page.list

    @property
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is widget)

    def set_repository(self, repository: SessionRepository | None, storage_message: str = "") -> None:
        """The storage was opened (or could not be: ``storage_message`` says why)."""
        self._repository = repository
        if "history" in self._pages:
            self.history_page.set_repository(repository)
        if storage_message:
            self.set_banner(storage_message)

    def show_page(self, name: str) -> None:
        if self._controller.running and name != "session":
            name = "session"
        if name == "history":
            self.storageNeeded.emit()
            self.history_page.refresh()
        page, focus = self._page(name)
        self.stack.setCurrentWidget(page)
        focus.setFocus()
        self._sync_actions()
        self.pageChanged.emit(name)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- session ---------------------------------------------------------

    def start_routine(self, routine_id: str) -> bool:
        routine = self._library.get(routine_id)
        if routine is None or self._controller.running:
            return False
        self.storageNeeded.emit()
        self.session_page  # noqa: B018  (built before the session's first view is emitted)
        self._controller.start(routine)
        self.show_page("session")
        return True

    def request_stop(self) -> None:
        if not self._controller.running:
            return
        was_paused = self._controller.machine is not None and self._controller.machine.paused
        self._controller.pause()
        if self._confirm(self, tr("Stop the session?"),
                         tr("The steps you finished stay in your history.")):
            self._controller.stop()
        elif not was_paused:
            self._controller.resume()

    def _on_session_ended(self, summary: SessionSummary) -> None:
        self.summary_page.show_summary(summary)
        self.stack.setCurrentWidget(self.summary_page)
        self.summary_page.done_button.setFocus()
        self._sync_actions()
        self.pageChanged.emit("summary")

    # -- menus -------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(tr("&Session"))
        self.start_action = QAction(tr("&Start selected routine"), self)
        self.start_action.triggered.connect(
            lambda: self.start_routine(self.routines_page.selected_routine_id() or ""))
        self.stop_action = QAction(tr("S&top session…"), self)
        self.stop_action.triggered.connect(self.request_stop)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.start_action, self.stop_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)

        view = self.menuBar().addMenu(tr("&View"))
        self.routines_action = QAction(tr("&Routines"), self)
        self.routines_action.setShortcut(QKeySequence("Ctrl+1"))
        self.routines_action.triggered.connect(lambda: self.show_page("routines"))
        self.history_action = QAction(tr("&History"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(lambda: self.show_page("history"))
        view.addAction(self.routines_action)
        view.addAction(self.history_action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About recoverykit"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _sync_actions(self) -> None:
        running = self._controller.running
        self.start_action.setEnabled(not running)
        self.stop_action.setEnabled(running)
        self.routines_action.setEnabled(not running)
        self.history_action.setEnabled(not running)

    def _about(self) -> None:
        QMessageBox.about(
            self, tr("About recoverykit"),
            tr("<h3>recoverykit %1</h3><p>Guided cool-downs, contrast therapy timers and a "
               "recovery log.</p><p>recoverykit is a companion, not a medical device. Pain that "
               "is sharp, swollen, numb, getting worse, or still there after three days is a "
               "reason to see a doctor or physiotherapist.</p><p>Licensed under the GNU GPL "
               "version 3 or later.</p>").replace("%1", __version__))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The session page draws nothing while minimised; bring it up to date on restore.
        if (event.type() == QEvent.Type.WindowStateChange and not self.isMinimized()
                and "session" in self._pages):
            view = self._controller.view()
            if view is not None:
                self.session_page.render(view)

    # -- closing -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._controller.running and not self._confirm(
                self, tr("Quit during a session?"),
                tr("The session will be kept in your history as interrupted.")):
            event.ignore()
            return
        self._controller.shutdown()
        event.accept()

"""The main window: routine list, session, summary and history pages, and menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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
from recoverykit.ui.history_page import HistoryPage
from recoverykit.ui.routine_list import RoutineListPage
from recoverykit.ui.session_page import SessionPage
from recoverykit.ui.summary_page import SummaryPage
from recoverykit.ui.text import tr

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
    """

    pageChanged = Signal(str)

    def __init__(self, controller: SessionController, library: RoutineLibrary,
                 repository: SessionRepository | None, *, confirm: Confirm = ask,
                 storage_message: str = "") -> None:
        super().__init__()
        self._controller = controller
        self._library = library
        self._confirm = confirm
        self.setWindowTitle("recoverykit")
        self.resize(1120, 760)
        self.setMinimumSize(720, 540)

        self.routines_page = RoutineListPage(library, controller.timing)
        self.session_page = SessionPage(controller)
        self.summary_page = SummaryPage()
        self.history_page = HistoryPage(repository)
        self.stack = QStackedWidget()
        self._pages = {
            "routines": self.routines_page,
            "session": self.session_page,
            "summary": self.summary_page,
            "history": self.history_page,
        }
        for page in self._pages.values():
            self.stack.addWidget(page)

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
        self._layout = layout
        self.setCentralWidget(central)
        self._build_menus()

        self.routines_page.startRequested.connect(self.start_routine)
        self.session_page.stopRequested.connect(self.request_stop)
        self.summary_page.doneClicked.connect(lambda: self.show_page("routines"))
        controller.sessionStarted.connect(lambda _session_id: self.show_page("session"))
        controller.sessionEnded.connect(self._on_session_ended)
        controller.storageProblem.connect(self.set_banner)
        controller.storageRecovered.connect(lambda: self.set_banner(""))
        self.show_page("routines")

    # -- pages ---------------------------------------------------------

    @property
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is widget)

    def show_page(self, name: str) -> None:
        if self._controller.running and name != "session":
            name = "session"
        if name == "history":
            self.history_page.refresh()
        self.stack.setCurrentWidget(self._pages[name])
        focus = {"routines": self.routines_page.list, "session": self.session_page,
                 "summary": self.summary_page.done_button, "history": self.history_page.sessions}
        focus[name].setFocus()
        self._sync_actions()
        self.pageChanged.emit(name)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def add_notice(self, widget: QWidget) -> None:
        """Put a notice (e.g. a resume offer) under the banner, above the pages."""
        self._layout.insertWidget(self._layout.indexOf(self.stack), widget)

    # -- session ---------------------------------------------------------

    def start_routine(self, routine_id: str) -> bool:
        routine = self._library.get(routine_id)
        if routine is None or self._controller.running:
            return False
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

    # -- closing -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._controller.running and not self._confirm(
                self, tr("Quit during a session?"),
                tr("The session will be kept in your history as interrupted.")):
            event.ignore()
            return
        self._controller.shutdown()
        event.accept()

"""The main window: routine list, session, summary and history pages, and menus."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from recoverykit.core.library import RoutineLibrary
from recoverykit.core.routine import Routine
from recoverykit.core.summary import SessionSummary
from recoverykit.core.timing import SessionTiming
from recoverykit.qt.source_cache import forget_module_sources
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.settings import SettingsStore
from recoverykit.ui.contrast.contrast_flow import ContrastFlow
from recoverykit.ui.session.routine_list import RoutineListPage

if TYPE_CHECKING:  # the other pages are imported when first shown (start-up time)
    from recoverykit.qt.controller import SessionController
    from recoverykit.qt.sound import CueSounds
    from recoverykit.qt.voice import VoicePrompts
    from recoverykit.services.history import HistoryService
    from recoverykit.services.journal import JournalService
    from recoverykit.ui.contrast.contrast_setup_page import ContrastSetupPage
    from recoverykit.ui.history.history_page import HistoryPage
    from recoverykit.ui.session.preview_page import PreviewPage
    from recoverykit.ui.session.session_page import SessionPage
    from recoverykit.ui.session.summary_page import SummaryPage
    from recoverykit.ui.shell.about_dialog import AboutDialog
    from recoverykit.ui.shell.help_page import RecoveryHelpDialog
    from recoverykit.ui.shell.shortcuts_dialog import ShortcutsDialog
from recoverykit.ui.common.theme import banner_colors

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
        pageChanged(str): "routines", "preview", "contrast", "session", "summary" or "history".
        storageNeeded(): about to start a session or show history; the app opens storage now
            if it has not yet (it opens it after the first paint otherwise).
        pageCreated(str, object): a page (built when first shown) now exists: its name and widget.
        historyPageCreated(object): the history page now exists.
    """

    pageChanged = Signal(str)
    storageNeeded = Signal()
    pageCreated = Signal(str, object)
    historyPageCreated = Signal(object)

    def __init__(self, controller: SessionController, library: RoutineLibrary,
                 history: HistoryService, journals: JournalService, *, sounds: CueSounds, voice: VoicePrompts,
                 settings: SettingsStore, confirm: Confirm = ask) -> None:
        super().__init__()
        self._controller = controller
        self._library = library
        self._history, self._journals = history, journals
        self._confirm = confirm
        self.sounds = sounds
        self.voice = voice
        self.settings = settings
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.recovery_help: RecoveryHelpDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.setWindowTitle("recoverykit")
        self.resize(1120, 760)
        self.setMinimumSize(720, 540)

        self.routines_page = RoutineListPage(library, controller.timing)
        self.stack = QStackedWidget()
        # The routine list is the first screen; the other pages are built on first use.
        self._pages: dict[str, QWidget] = {"routines": self.routines_page}
        self._page_factories: dict[str, Callable[[], QWidget]] = {
            "preview": self._make_preview_page,
            "contrast": self._make_contrast_page,
            "session": self._make_session_page,
            "summary": self._make_summary_page,
            "history": self._make_history_page,
        }
        self.stack.addWidget(self.routines_page)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._style_banner()
        self.banner.setAccessibleName(tr("Notice"))
        self.set_banner("")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._layout = layout
        self.setCentralWidget(central)
        self._build_menus()

        self.routines_page.startRequested.connect(self.preview_routine)
        self.contrast = ContrastFlow(settings, self.session_timing, self._start_session, self._notice,
                                     self.set_temperature_unit, self)
        for output in (sounds.output, voice.speech):
            if hasattr(output, "unavailable"):
                output.unavailable.connect(self._notice)
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

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built (and added to the stack) the first time it is asked for."""
        if name not in self._pages:
            widget = self._page_factories[name]()
            forget_module_sources()
            self._pages[name] = widget
            self.stack.addWidget(widget)
            self.pageCreated.emit(name, widget)
            if name == "history":
                self.historyPageCreated.emit(widget)
        return self._pages[name]

    def page_built(self, name: str) -> bool:
        return name in self._pages

    @property
    def preview_page(self) -> PreviewPage:
        return self.page("preview")

    @property
    def contrast_page(self) -> ContrastSetupPage:
        return self.page("contrast")

    @property
    def session_page(self) -> SessionPage:
        return self.page("session")

    @property
    def summary_page(self) -> SummaryPage:
        return self.page("summary")

    @property
    def history_page(self) -> HistoryPage:
        return self.page("history")

    def _make_preview_page(self) -> PreviewPage:
        from recoverykit.ui.session.preview_page import PreviewPage

        page = PreviewPage()
        page.startRequested.connect(self.start_adjusted)
        page.backRequested.connect(lambda: self.show_page("routines"))
        self._pages["preview"] = page
        self.apply_heart_rate_hints()
        return page

    def _make_contrast_page(self) -> ContrastSetupPage:
        from recoverykit.ui.contrast.contrast_setup_page import ContrastSetupPage

        page = ContrastSetupPage()
        page.backRequested.connect(lambda: self.show_page("routines"))
        self.contrast.attach(page)
        return page

    def _make_session_page(self) -> SessionPage:
        from recoverykit.ui.session.session_page import SessionPage

        page = SessionPage(self._controller)
        page.set_temperature_unit(self.settings.settings.temperature_unit)
        page.stopRequested.connect(self.request_stop)
        page.floorModeRequested.connect(self.toggle_floor_mode)
        self._pages["session"] = page
        self.apply_heart_rate_hints()
        return page

    def _make_summary_page(self) -> SummaryPage:
        from recoverykit.ui.session.summary_page import SummaryPage

        page = SummaryPage()
        page.doneClicked.connect(self._on_summary_done)
        return page

    def _make_history_page(self) -> HistoryPage:
        from recoverykit.ui.history.history_page import HistoryPage

        return HistoryPage(self._history, self._journals, lambda: self.settings.settings.distance_unit)

    def set_temperature_unit(self, unit: str) -> None:
        if self.page_built("session"):
            self.session_page.set_temperature_unit(unit)

    def apply_heart_rate_hints(self) -> None:
        """The heart-rate band on the pages that show it, from the current settings."""
        from recoverykit.core.heart_rate import active_recovery_band
        from recoverykit.ui.session.heart_rate_hint import active_band_text

        prefs = self.settings.settings
        text = active_band_text(prefs)
        known = active_recovery_band(prefs.age, prefs.max_heart_rate) is not None
        if self.page_built("session"):
            self.session_page.set_heart_rate_hint(text if known else "")
        if self.page_built("preview"):
            self.preview_page.set_heart_rate_hint(text)

    def show_page(self, name: str) -> None:
        if self._controller.running and name != "session":
            name = "session"
        if name == "history":
            self.storageNeeded.emit()
            self.history_page.refresh()
        self.stack.setCurrentWidget(self.page(name))
        if name != "session" and self.page_built("session") and self.session_page.floor_mode:
            self.toggle_floor_mode()
        focus = {"routines": lambda: self.routines_page.list,
                 "preview": lambda: self.preview_page.start_button,
                 "contrast": lambda: self.contrast_page.start_button,
                 "session": lambda: self.session_page,
                 "summary": lambda: self.summary_page.done_button,
                 "history": lambda: self.history_page.sessions}
        focus[name]().setFocus()
        self._sync_actions()
        self.pageChanged.emit(name)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _notice(self, text: str) -> None:
        """A one-off notice (e.g. sound unavailable) that does not hide a storage problem."""
        if not self.banner.isVisible():
            self.set_banner(text)

    def add_notice(self, widget: QWidget) -> None:
        """Put a notice (e.g. a resume offer) under the banner, above the pages."""
        self._layout.insertWidget(self._layout.indexOf(self.stack), widget)

    # -- session ---------------------------------------------------------

    def session_timing(self) -> SessionTiming:
        prefs = self.settings.settings
        return dataclasses.replace(self._controller.timing, get_ready_s=float(prefs.get_ready_s),
                                   switch_sides_s=float(prefs.switch_sides_s),
                                   change_position_s=float(prefs.change_position_s))

    def preview_routine(self, routine_id: str) -> bool:
        routine = self._library.get(routine_id)
        if routine is None or self._controller.running:
            return False
        if self.contrast.handles(routine):
            self.contrast.show_setup(self.contrast_page, routine)
            self.show_page("contrast")
            return True
        self.preview_page.show_routine(routine, self.session_timing())
        self.show_page("preview")
        return True

    def start_routine(self, routine_id: str) -> bool:
        """Start at once with the routine as written (the command line's `start`)."""
        routine = self._library.get(routine_id)
        if routine is None:
            return False
        if self.contrast.handles(routine):
            return self._start_session(routine, self.contrast.quick_timing())
        return self.start_adjusted(routine, self.session_timing())

    def start_adjusted(self, routine: Routine, timing: SessionTiming) -> bool:
        if self._controller.running:
            return False
        changes = {}
        current = self.settings.settings
        for name in ("get_ready_s", "switch_sides_s", "change_position_s"):
            value = round(getattr(timing, name))
            if value != getattr(current, name):
                changes[name] = value
        if changes:
            problem = self.settings.update(**changes)
            if problem:
                self._notice(problem)
        return self._start_session(routine, timing)

    def _start_session(self, routine: Routine, timing: SessionTiming) -> bool:
        if self._controller.running:
            return False
        self.storageNeeded.emit()
        self._controller.start(routine, timing)
        self.show_page("session")
        return True

    def toggle_floor_mode(self) -> None:
        on = self.current_page == "session" and not self.session_page.floor_mode
        self.session_page.set_floor_mode(on)
        self.menuBar().setVisible(not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()

    def request_stop(self) -> None:
        if self.page_built("session") and self.session_page.floor_mode:
            self.toggle_floor_mode()
            return
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
        if self.page_built("session") and self.session_page.floor_mode:
            self.toggle_floor_mode()
        self.summary_page.show_summary(summary)
        self.stack.setCurrentWidget(self.summary_page)
        self.summary_page.done_button.setFocus()
        self._sync_actions()
        self.pageChanged.emit("summary")

    def _on_summary_done(self, note: str) -> None:
        session_id = self._controller.session_id
        if note.strip() and session_id and self._journals.available:
            try:
                self._journals.save_note(session_id, note)
            except StorageError as exc:  # the note stays in its box, to try again
                self.set_banner(tr("Your note could not be saved (%1).").replace("%1", str(exc)))
                return
        self.show_page("routines")

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

        self.floor_action = QAction(tr("&Floor mode"), self)
        self.floor_action.setShortcut(QKeySequence("F11"))
        self.floor_action.triggered.connect(self.toggle_floor_mode)
        view.addAction(self.floor_action)
        self.addAction(self.floor_action)  # still reachable with the menu bar hidden

        sound = self.menuBar().addMenu(tr("S&ound"))
        prefs = self.settings.settings
        self.mute_action = QAction(tr("&Mute"), self)
        self.mute_action.setCheckable(True)
        self.mute_action.setShortcut(QKeySequence("M"))
        self.mute_action.toggled.connect(self._set_muted)
        self.voice_action = QAction(tr("&Voice prompts"), self)
        self.voice_action.setCheckable(True)
        self.voice_action.setShortcut(QKeySequence("V"))
        self.voice_action.toggled.connect(self._set_voice)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setAccessibleName(tr("Volume"))
        self.volume_slider.valueChanged.connect(self._set_volume)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(24, 4, 12, 4)
        row.addWidget(QLabel(tr("Volume")))
        row.addWidget(self.volume_slider)
        volume_action = QWidgetAction(self)
        volume_action.setDefaultWidget(holder)
        sound.addAction(self.mute_action)
        sound.addAction(volume_action)
        sound.addSeparator()
        sound.addAction(self.voice_action)
        for action in (self.mute_action, self.voice_action):
            self.addAction(action)
        self.mute_action.setChecked(not prefs.sound_on)
        self.voice_action.setChecked(prefs.voice_on)
        self.volume_slider.setValue(prefs.volume_percent)
        self.sounds.set_muted(not prefs.sound_on)
        self.sounds.set_volume(prefs.volume_percent / 100)
        self.voice.set_enabled(prefs.voice_on)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.shortcuts_action = QAction(tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("?"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)
        self.recovery_help_action = QAction(tr("About &recovery"), self)
        # F1 on most desktops.
        self.recovery_help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.recovery_help_action.triggered.connect(self.show_recovery_help)
        self.addAction(self.recovery_help_action)
        about = QAction(tr("&About recoverykit"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(self.recovery_help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            from recoverykit.ui.shell.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def _save(self, **changes) -> None:
        problem = self.settings.update(**changes)
        if problem:
            self._notice(problem)

    def _set_muted(self, muted: bool) -> None:
        self.sounds.set_muted(muted)
        if self.settings.settings.sound_on == muted:
            self._save(sound_on=not muted)

    def _set_voice(self, on: bool) -> None:
        self.voice.set_enabled(on)
        if self.settings.settings.voice_on != on:
            self._save(voice_on=on)

    def _set_volume(self, percent: int) -> None:
        self.sounds.set_volume(percent / 100)
        if self.settings.settings.volume_percent != percent:
            self._save(volume_percent=percent)

    def _sync_actions(self) -> None:
        running = self._controller.running
        self.start_action.setEnabled(not running)
        self.stop_action.setEnabled(running)
        self.routines_action.setEnabled(not running)
        self.history_action.setEnabled(not running)

    def show_recovery_help(self) -> None:
        if self.recovery_help is None:
            from recoverykit.ui.shell.help_page import RecoveryHelpDialog

            self.recovery_help = RecoveryHelpDialog(self)
        self.recovery_help.show()
        self.recovery_help.raise_()

    def _about(self) -> None:
        if self.about_dialog is None:
            from recoverykit.ui.shell.about_dialog import AboutDialog

            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()

    def _style_banner(self) -> None:
        background, text = banner_colors(self.palette())  # the highlight, adjusted to reach AA contrast
        self.banner.setStyleSheet(f"QLabel#banner {{ background: {background.name()}; color: {text.name()};"
                                  " padding: 8px 16px; }")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_banner()
        # The session page draws nothing while minimised; bring it up to date on restore.
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            view = self._controller.view()
            if view is not None and self.page_built("session"):
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

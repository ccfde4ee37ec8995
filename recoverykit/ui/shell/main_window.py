"""The main window: routine list, session, summary and history pages, and menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.library import RoutineLibrary
from recoverykit.core.messages import Message
from recoverykit.core.routine import Routine
from recoverykit.core.timing import SessionTiming, with_gaps
from recoverykit.qt.messages import error_text, message_text
from recoverykit.qt.settings_notifier import SettingsNotifier
from recoverykit.qt.source_cache import forget_module_sources
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.settings import Settings, SettingsStore
from recoverykit.ui.session.routine_list import RoutineListPage
from recoverykit.ui.session.sound_actions import SoundActions
from recoverykit.ui.shell.menus import MenuBar
from recoverykit.ui.shell.notice_bar import NoticeBar, Severity

#: The cause of the notice that the history cannot be written; it clears when writing works again.
STORAGE_PROBLEM = "storage"
#: The cause of the notice about values in the settings file that were not used: saving the settings
#: writes the file anew, so the notice goes then.
SETTINGS_FILE_PROBLEM = "settings-file"

if TYPE_CHECKING:  # the other pages are imported when first shown (start-up time)
    from recoverykit.core.summary import SessionSummary
    from recoverykit.qt.controller import SessionController
    from recoverykit.qt.sound import CueSounds
    from recoverykit.qt.voice import VoicePrompts
    from recoverykit.services.history import HistoryService
    from recoverykit.services.journal import JournalService
    from recoverykit.ui.contrast.contrast_flow import ContrastFlow
    from recoverykit.ui.contrast.contrast_setup_page import ContrastSetupPage
    from recoverykit.ui.history.history_page import HistoryPage
    from recoverykit.ui.session.preview_page import PreviewPage
    from recoverykit.ui.session.session_page import SessionPage
    from recoverykit.ui.session.summary_page import SummaryPage
    from recoverykit.ui.shell.about_dialog import AboutDialog
    from recoverykit.ui.shell.help_page import RecoveryHelpDialog
    from recoverykit.ui.shell.shortcuts_dialog import ShortcutsDialog

Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    """The default confirmation: a Yes/No question, No by default."""
    from PySide6.QtWidgets import QMessageBox  # when asked: its Python enums cost the first paint

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
                 settings: SettingsStore, notifier: SettingsNotifier, confirm: Confirm = ask) -> None:
        super().__init__()
        self._controller = controller
        self._library = library
        self._history, self._journals = history, journals
        self._confirm = confirm
        self.sounds = sounds
        self.voice = voice
        self.settings = settings
        self._notifier = notifier
        #: What may start: the routine, a shorter one, or None (set by the safety room; all by default).
        self.start_gate = lambda routine: routine
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.recovery_help: RecoveryHelpDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self._contrast: ContrastFlow | None = None
        self.setWindowTitle("recoverykit")
        self.resize(1120, 760)
        self.setMinimumSize(720, 540)

        self.routines_page = RoutineListPage(library, self.session_timing)
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

        self.banner = NoticeBar()

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
        for output in (sounds.output, voice.speech):
            if hasattr(output, "unavailable"):
                output.unavailable.connect(self.notice)
        controller.sessionStarted.connect(lambda _session_id: self.show_page("session"))
        # A notice about what was done before (an import, a backup) has no place over a new session;
        # one with a cause (the history cannot be written) stays until the cause is gone.
        controller.sessionStarted.connect(
            lambda _session_id: self.banner.clear_if(Severity.INFO, Severity.WARNING, Severity.ERROR))
        controller.sessionEnded.connect(self._on_session_ended)
        controller.storageProblem.connect(lambda text: self.show_error(text, cause=STORAGE_PROBLEM))
        controller.storageRecovered.connect(lambda: self.banner.clear(STORAGE_PROBLEM))
        notifier.settingsChanged.connect(self._on_settings_changed)
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

    @property
    def contrast(self) -> ContrastFlow:
        """The contrast-therapy set-up and start (made when a routine is first looked at)."""
        if self._contrast is None:
            from recoverykit.ui.contrast.contrast_flow import ContrastFlow

            self._contrast = ContrastFlow(self.settings, self.session_timing, self._start_session, self.notice,
                                          self.set_temperature_unit, self)
        return self._contrast

    @property
    def notifier(self) -> SettingsNotifier:
        """Tells every part of the window when a setting changed (Preferences, the Sound menu, …)."""
        return self._notifier

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
            self.history_page.refresh(keep=self.history_page.selected_id())  # back where you were
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

    def set_banner(self, text: str, severity: Severity = Severity.INFO, cause: str | None = None) -> None:
        """Show ``text`` above the pages ("" hides it); a core Message is shown in the user's language.

        ``cause`` names what the notice is about, so that it can be cleared when that is
        over (``banner.clear(cause)``); see notice_bar for when notices go.
        """
        if isinstance(text, Message):
            text = message_text(text)
        self.banner.show_notice(text, severity, cause)

    def show_warning(self, text: str, cause: str | None = None) -> None:
        self.set_banner(text, Severity.WARNING, cause)

    def show_error(self, text: str, cause: str | None = None) -> None:
        self.set_banner(text, Severity.ERROR, cause)

    def notice(self, text: str, severity: Severity = Severity.WARNING) -> None:
        """A one-off notice (e.g. sound unavailable) that does not hide an error that is still true.

        One that comes while another of the same kind is shown joins it (no sound, then no voice,
        as a session starts on a machine without audio): the first is not lost under the second.
        """
        if isinstance(text, Message):
            text = message_text(text)
        banner = self.banner
        if not banner.isHidden() and banner.severity is Severity.ERROR and banner.cause:
            return
        if (not banner.isHidden() and banner.severity is severity and banner.cause is None
                and text not in banner.text()):
            text = f"{banner.text()} {text}"
        self.set_banner(text, severity)

    def add_notice(self, widget: QWidget) -> None:
        """Put a notice (e.g. a resume offer) under the banner, above the pages."""
        self._layout.insertWidget(self._layout.indexOf(self.stack), widget)

    # -- session ---------------------------------------------------------

    def session_timing(self) -> SessionTiming:
        prefs = self.settings.settings
        return with_gaps(self._controller.timing, prefs.get_ready_s, prefs.switch_sides_s, prefs.change_position_s)

    def preview_routine(self, routine_id: str) -> bool:
        routine = self._library.get(routine_id)
        return routine is not None and self.preview(routine)

    def preview(self, routine: Routine) -> bool:
        """Show ``routine`` (from the library, or made for the moment, like a suggested one) before it starts."""
        if self._controller.running:
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
                self.notice(problem)
        return self._start_session(routine, timing)

    def _start_session(self, routine: Routine, timing: SessionTiming) -> bool:
        if self._controller.running:
            return False
        # Storage first: the gate reads the last 72 hours of journals (a start from the command line
        # comes before the deferred part of the start-up has opened it).
        self.storageNeeded.emit()
        allowed = self.start_gate(routine)  # the health check, steps to ask a doctor about (ui/safety)
        if allowed is None:
            return False
        routine = allowed
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
                self.show_error(tr("Your note could not be saved (%1).").replace("%1", error_text(exc)))
                return
        self.show_page("routines")

    # -- menus -------------------------------------------------------------

    def _build_menus(self) -> None:
        """The window's own actions; the layout of every menu is in ui/shell/menus.py."""
        self.menus = MenuBar(self.menuBar())

        def action(name: str, text: str, slot, keys: QKeySequence | str | None = None) -> QAction:
            made = QAction(text, self)
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
            made.triggered.connect(slot)
            self.menus.add(name, made)
            return made

        self.start_action = action("session.start", tr("&Start selected routine"),
                                   lambda: self.start_routine(self.routines_page.selected_routine_id() or ""))
        self.stop_action = action("session.stop", tr("S&top session…"), self.request_stop)
        action("app.quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.routines_action = action("view.routines", tr("&Routines"), lambda: self.show_page("routines"),
                                      "Ctrl+1")
        self.history_action = action("view.history", tr("&History"), lambda: self.show_page("history"),
                                     "Ctrl+H")
        self.floor_action = action("view.floor", tr("&Floor mode"), self.toggle_floor_mode, "F11")
        self.addAction(self.floor_action)  # still reachable with the menu bar hidden

        self.sound = SoundActions(self, self.sounds, self.voice, self._notifier, self.notice)
        for name, made in self.sound.actions().items():
            self.menus.add(name, made)
        self.addAction(self.sound.mute_action)
        self.addAction(self.sound.voice_action)

        # F1 on most desktops.
        self.recovery_help_action = action("help.recovery", tr("About &recovery"), self.show_recovery_help,
                                           QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = action("help.shortcuts", tr("&Keyboard shortcuts"), self.show_shortcuts, "?")
        action("help.about", tr("&About recoverykit"), self._about)
        self.addAction(self.recovery_help_action)
        self.addAction(self.shortcuts_action)

    @Slot(object, object)
    def _on_settings_changed(self, settings: Settings, names: frozenset) -> None:
        if not self.settings.problems:
            self.banner.clear(SETTINGS_FILE_PROBLEM)
        if "temperature_unit" in names:
            self.set_temperature_unit(settings.temperature_unit)
        if names & {"age", "max_heart_rate"}:
            self.apply_heart_rate_hints()
        if "distance_unit" in names and self.page_built("history"):
            self.history_page.show_selected()  # the open detail in the new unit

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            from recoverykit.ui.shell.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
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

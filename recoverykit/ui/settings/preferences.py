"""Edit → Preferences… (Ctrl+,) and the theme, which follows the settings at once.

Whoever changes a setting (the dialog, the Sound menu, the contrast set-up
page), the SettingsNotifier says so, and whatever shows that setting follows
it by itself: the Sound menu (ui/session/sound_actions.py), the temperature
unit and heart-rate band (the window), and the theme (here). Gap lengths need
nothing: the window reads them at each start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from recoverykit.qt.settings_notifier import SettingsNotifier
from recoverykit.qt.text import tr
from recoverykit.settings import Settings
from recoverykit.ui.settings.appearance import ThemeApplier
from recoverykit.ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # built when first opened
    from recoverykit.ui.settings.settings_dialog import SettingsDialog


class PreferencesActions(QObject):
    """Owns the Preferences action and dialog, and applies settings as they change."""

    def __init__(self, window: MainWindow, notifier: SettingsNotifier,
                 theme: ThemeApplier | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._notifier = notifier
        self._theme = theme or ThemeApplier(self)
        self.dialog: SettingsDialog | None = None
        #: The highest steady heart rate of the last 12 months of workouts (set once storage is open).
        self.workout_max: Callable[[], int | None] = lambda: None
        #: Asks the health check again (set by the composition root; see ui/safety).
        self.health_check: Callable[[], object] = lambda: None
        self.action = QAction(tr("&Preferences…"), window)
        self.action.setShortcuts([QKeySequence("Ctrl+,")])
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_dialog)
        window.menus.add("settings.preferences", self.action)
        window.addAction(self.action)
        notifier.settingsChanged.connect(self._on_changed)
        self._apply(notifier.settings, frozenset({"theme"}))

    @Slot()
    def show_dialog(self) -> SettingsDialog:
        if self.dialog is None:
            from recoverykit.ui.settings.settings_dialog import SettingsDialog

            self.dialog = SettingsDialog(self._notifier, self._window)
            self.dialog.health_button.clicked.connect(lambda: self.health_check())
        self.dialog.show_settings(self._notifier.settings)
        self.dialog.offer_workout_max(self.workout_max())
        voice_action = self._window.sound.voice_action
        self.dialog.set_voice_problem("" if voice_action.isEnabled() else voice_action.toolTip())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot(object, object)
    def _on_changed(self, settings: Settings, names: frozenset) -> None:
        self._apply(settings, names)

    def _apply(self, settings: Settings, names: frozenset) -> None:
        if "theme" in names:
            self._theme.apply(settings.theme)

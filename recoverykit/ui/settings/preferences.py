"""Edit → Preferences… (Ctrl+,) and carrying every settings change to the running app at once.

Whoever changes a setting (the dialog, the Sound menu, the contrast set-up
page), the SettingsNotifier says so and this object brings the rest of the
window in line: the Sound menu, the temperature unit, the theme and the
heart-rate band. Gap lengths need nothing: the window reads them at each start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

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
        self.action = QAction(tr("&Preferences…"), window)
        self.action.setShortcuts([QKeySequence("Ctrl+,")])
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_dialog)
        bar = window.menuBar()
        self.menu = QMenu(tr("&Edit"), window)
        # Right after the first (Session) menu, where people look for it.
        menus = bar.actions()
        bar.insertMenu(menus[1], self.menu) if len(menus) > 1 else bar.addMenu(self.menu)
        self.menu.addAction(self.action)
        window.addAction(self.action)
        notifier.settingsChanged.connect(self._on_changed)
        self._apply(notifier.settings, frozenset({"theme", "age"}))

    @Slot()
    def show_dialog(self) -> SettingsDialog:
        if self.dialog is None:
            from recoverykit.ui.settings.settings_dialog import SettingsDialog

            self.dialog = SettingsDialog(self._notifier, self._window)
        self.dialog.show_settings(self._notifier.settings)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot(object, object)
    def _on_changed(self, settings: Settings, names: frozenset) -> None:
        self._apply(settings, names)

    def _apply(self, settings: Settings, names: frozenset) -> None:
        window = self._window
        if "sound_on" in names:
            window.mute_action.setChecked(not settings.sound_on)
        if "voice_on" in names:
            window.voice_action.setChecked(settings.voice_on)
        if "volume_percent" in names and window.volume_slider.value() != settings.volume_percent:
            window.volume_slider.setValue(settings.volume_percent)
        if "temperature_unit" in names:
            window.set_temperature_unit(settings.temperature_unit)
        if "theme" in names:
            self._theme.apply(settings.theme)
        if names & {"age", "max_heart_rate"}:
            window.apply_heart_rate_hints()

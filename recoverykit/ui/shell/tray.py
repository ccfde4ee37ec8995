"""The app when its window is not in front: a tray icon and step-change notifications."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from recoverykit.core.events import PhaseStarted, SessionEnded, StepStarted
from recoverykit.core.view import SessionView
from recoverykit.qt.announcements import batch_announcement
from recoverykit.qt.controller import SessionController
from recoverykit.qt.text import clock_text, slot_title, tr

Notify = Callable[[str, str], None]
_STEP_CHANGES = (StepStarted, PhaseStarted, SessionEnded)


class TrayPresence(QObject):
    """A tray icon whose tooltip shows the time left, with Pause / Skip / Show.

    At each step change while the window is minimised or not active, it posts a
    desktop notification (through the tray icon, or the injected ``notify``);
    with no tray at all, it asks the taskbar to draw attention to the window.
    """

    def __init__(self, window: QWidget, controller: SessionController, *,
                 notify: Notify | None = None, tray_available: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._controller = controller
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        self.tooltip = "recoverykit"
        self.menu = QMenu()
        self.pause_action = QAction(tr("Pause"), self.menu)
        self.pause_action.triggered.connect(controller.toggle_pause)
        self.skip_action = QAction(tr("Skip"), self.menu)
        self.skip_action.triggered.connect(controller.skip)
        self.show_action = QAction(tr("Show recoverykit"), self.menu)
        self.show_action.triggered.connect(self.show_window)
        for action in (self.pause_action, self.skip_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        if tray_available:
            icon = window.windowIcon() if not window.windowIcon().isNull() else QIcon.fromTheme("alarm-symbolic")
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setContextMenu(self.menu)
            self.tray.setToolTip(self.tooltip)
            self.tray.activated.connect(self._on_activated)
            self.tray.show()
        self._notify = notify or self._default_notify
        self._sync_actions(None)
        controller.viewChanged.connect(self.on_view)
        controller.happened.connect(self.on_events)

    def shutdown(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    @property
    def window_in_front(self) -> bool:
        return self._window.isVisible() and not self._window.isMinimized() and self._window.isActiveWindow()

    @Slot(object)
    def on_view(self, view: SessionView) -> None:
        if view.slot is None:
            self.tooltip = "recoverykit"
        else:
            self.tooltip = tr("%1 — %2 left").replace("%1", slot_title(view.slot)).replace(
                "%2", clock_text(view.remaining_s))
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip)
        self._sync_actions(view)

    @Slot(object)
    def on_events(self, events: list) -> None:
        if self.window_in_front or not any(isinstance(e, _STEP_CHANGES) for e in events):
            return
        text = batch_announcement(events)
        if text:
            self._notify("recoverykit", text)

    def notify(self, title: str, text: str) -> None:
        """Post a desktop notification (e.g. the refuel reminder), whatever the window is doing."""
        self._notify(title, text)

    def show_window(self) -> None:
        if self._window.isMinimized():
            self._window.showNormal()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def _sync_actions(self, view: SessionView | None) -> None:
        running = view is not None and view.slot is not None
        self.pause_action.setEnabled(running)
        self.skip_action.setEnabled(running)
        self.pause_action.setText(tr("Resume") if view is not None and view.paused else tr("Pause"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def _default_notify(self, title: str, text: str) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            QApplication.alert(self._window)

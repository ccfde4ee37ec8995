"""What the window does when a later launch hands it a request: come forward, maybe start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from recoverykit.core.library import RoutineLibrary
from recoverykit.qt.controller import SessionController
from recoverykit.qt.single_instance import Request
from recoverykit.qt.text import tr
from recoverykit.ui.shell.main_window import MainWindow

_HEADLESS = {"offscreen", "minimal"}


def bring_to_front(window: MainWindow) -> None:
    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    if QGuiApplication.platformName() not in _HEADLESS:  # no window manager to raise it with
        window.raise_()
        window.activateWindow()


def apply_request(window: MainWindow, controller: SessionController, library: RoutineLibrary,
                  request: Request) -> None:
    """``show`` brings the window forward; ``start`` also starts the routine, if none is running."""
    bring_to_front(window)
    if request.command != "start" or request.routine is None:
        return
    routine = library.get(request.routine)
    if controller.running:
        running = controller.machine.routine.name if controller.machine else ""
        window.show_warning(tr("“%1” is still running, so “%2” was not started. Finish or stop this "
                             "session first.").replace("%1", running).replace("%2", request.routine))
    elif routine is None:
        window.show_warning(tr("There is no routine with the id “%1”.").replace("%1", request.routine))
    else:
        window.start_routine(routine.id)

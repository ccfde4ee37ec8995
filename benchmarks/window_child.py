"""Child process: open a window the way a user would, then obey the parent.

Run as a script (not imported): ``python window_child.py bare|app DATA_DIR``.
``bare`` opens an empty PySide6 ``QMainWindow`` of recoverykit's size;
``app`` runs the real ``recoverykit`` entry point (``recoverykit.__main__``,
so the real SystemClock, QtTicker and SQLite file in DATA_DIR).

Both create the QApplication the same way and print ``painted`` once the
main window's first paint has finished (with the CPU seconds used so far). recoverykit's entry module is
imported before Qt, as the ``recoverykit`` command does (PySide6 inspects
every module imported after it, so the order matters). Then they read commands on stdin,
one per line, and answer on stdout:

    start ROUTINE   start a routine (app only; the bare window ignores it)
    minimise        showMinimized() on the main window
    restore         showNormal() on the main window
    stats           print ``stats {"cpu_s": …, "maxrss_kb": …, "paints": …}``
    quit            close the window and exit
"""

from __future__ import annotations

import json
import os
import resource
import sys

if __name__ == "__main__" and sys.argv[1:2] == ["app"]:
    import recoverykit.__main__  # noqa: F401  (first, as the real command imports it)

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main_window() -> QMainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)


class FirstPaint(QObject):
    """Watches every object until a main window is painted, then says so and steps aside."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self._seen = True
            # The whole paint pass runs inside this event; report once it is over.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._app.removeEventFilter(self)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        say(f"painted {usage.ru_utime + usage.ru_stime:.6f}")


class PaintCounter(QObject):
    """Counts paint events of the main window's central widget (one per repaint pass)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._target: QObject | None = None

    def attach(self) -> None:
        window = main_window()
        if window is not None and self._target is None:
            self._target = window.centralWidget() or window
            self._target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Commands(QObject):
    """Reads the parent's commands from stdin without blocking the event loop."""

    def __init__(self, app: QApplication, paints: PaintCounter) -> None:
        super().__init__(app)
        self._app = app
        self._paints = paints
        self._buffer = b""
        os.set_blocking(sys.stdin.fileno(), False)
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        try:
            chunk = os.read(sys.stdin.fileno(), 4096)
        except BlockingIOError:
            return
        if not chunk:  # the parent went away
            self._notifier.setEnabled(False)
            self._quit()
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._run(line.decode().split())

    def _run(self, words: list[str]) -> None:
        window = main_window()
        if not words:
            return
        if words[0] == "start" and window is not None and hasattr(window, "start_routine"):
            window.start_routine(words[1])
            self._paints.attach()
            say("started")
        elif words[0] == "start":
            self._paints.attach()
            say("started")
        elif words[0] == "minimise" and window is not None:
            window.showMinimized()
            say("minimised")
        elif words[0] == "restore" and window is not None:
            window.showNormal()
            say("restored")
        elif words[0] == "stats":
            usage = resource.getrusage(resource.RUSAGE_SELF)
            say("stats " + json.dumps({"cpu_s": usage.ru_utime + usage.ru_stime,
                                       "maxrss_kb": usage.ru_maxrss,
                                       "paints": self._paints.count}))
        elif words[0] == "quit":
            self._quit()

    def _quit(self) -> None:
        window = main_window()
        controller = getattr(window, "_controller", None)
        if controller is not None:
            controller.shutdown()  # so closing does not ask "quit during a session?"
        if window is not None:
            window.close()
        self._app.quit()


def run_bare(app: QApplication) -> int:
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1120, 760)
    window.show()
    return app.exec()


def run_app(data_dir: str) -> int:
    from recoverykit.__main__ import main

    return main(["--data-dir", data_dir])


def main() -> int:
    kind, data_dir = sys.argv[1], sys.argv[2]
    app = QApplication([sys.argv[0]])
    FirstPaint(app)
    Commands(app, PaintCounter())
    if kind == "bare":
        return run_bare(app)
    return run_app(data_dir)


if __name__ == "__main__":
    sys.exit(main())

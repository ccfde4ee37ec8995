"""Child process: open a window the way a user would, then obey the parent.

Run as a script (not imported): ``python window_child.py KIND DATA_DIR``.

``bare``
    an empty PySide6 ``QMainWindow`` of recoverykit's size (the reference);
``text``
    the bare window plus what any first screen like recoverykit's shows: a
    heading, a list of six routines, a Start button and a menu bar, laid out
    with the ``Qt`` namespace (a start-up floor, no recoverykit code);
``libraries``
    the bare window plus the libraries the product is built on, doing what a
    session makes them do: Qt Multimedia with a ``QSoundEffect`` on the
    default output, a ``QSvgRenderer``, and sqlite-utils with a migrated file
    database in DATA_DIR (a memory floor, no recoverykit code);
``libraries-text``
    ``libraries`` with ``text``'s heading, list, button and menus in its window:
    what the libraries and a first screen of plain widgets cost together, with
    no recoverykit code (a memory reference for the margin above the floor);
``app``
    the real ``recoverykit`` entry point (``recoverykit.__main__``, so the
    real SystemClock, QtTicker and SQLite file in DATA_DIR).

Both create the QApplication the same way and print ``painted`` once the
main window's first paint has finished (with the CPU seconds used so far),
then ``stages {json}`` once the event loop first goes idle after it: the
``time.perf_counter()`` at each stage (imports done, QApplication made,
window shown, first paint, idle), which the parent subtracts from the moment
it started the process (the clock is the system's monotonic one, the same in
both processes). recoverykit's entry module is
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
import time

if __name__ == "__main__" and sys.argv[1:2] == ["app"]:
    import recoverykit.__main__  # noqa: F401  (first, as the real command imports it)

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

#: When each start-up stage was reached (time.perf_counter()), in order.
STAGES: dict[str, float] = {"imports": time.perf_counter()}


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main_window() -> QMainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)


class FirstPaint(QObject):
    """Reports once a main window's first paint pass has finished.

    Only the main window and its native window (``QWindow``) are watched, never
    the whole application: an application-wide Python event filter would make
    PySide wrap every object that receives any event (creating its Python type
    and enums on first sight), which costs a window with many widgets tens of
    milliseconds a plain run never pays. ``QMainWindow.show`` is wrapped so the
    watch begins for whichever main window is shown first, the bare one or
    recoverykit's.

    The widgets are painted while the native window handles its Expose (or
    UpdateRequest) event. A zero timer queued when that event arrives runs
    once its handling is over, ahead of anything queued during the paint
    (recoverykit queues its deferred start-up there); if the main window was
    painted by then, ``painted`` is printed with the CPU seconds used so far.
    """

    def __init__(self) -> None:
        super().__init__()
        self._window: QMainWindow | None = None
        self._painted = False
        self._reported = False
        original_show = QMainWindow.show
        watch = self

        def show(window: QMainWindow) -> None:
            STAGES.setdefault("shown", time.perf_counter())
            original_show(window)
            watch.watch(window)

        QMainWindow.show = show

    def watch(self, window: QMainWindow) -> None:
        if self._window is not None:
            return
        self._window = window
        window.installEventFilter(self)
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Paint:
                self._painted = True
        elif kind in (QEvent.Type.Expose, QEvent.Type.UpdateRequest) and not self._reported:
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        if self._reported or not self._painted or self._window is None:
            return
        self._reported = True
        self._window.removeEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        STAGES["painted"] = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        say(f"painted {usage.ru_utime + usage.ru_stime:.6f}")
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:  # idle: the first time the loop has nothing left to do and waits
            dispatcher.aboutToBlock.connect(self._idle)

    def _idle(self) -> None:
        if "idle" in STAGES:
            return
        STAGES["idle"] = time.perf_counter()
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._idle)
        say("stages " + json.dumps(STAGES))


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


def run_text(app: QApplication) -> int:
    window = QMainWindow()
    window.setWindowTitle("text")
    window.resize(1120, 760)
    add_text(window)
    window.show()
    return app.exec()


def add_text(window: QMainWindow) -> None:
    """A heading, a list of six routines, a Start button and a menu bar of six menus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

    central = QWidget()
    layout = QVBoxLayout(central)
    heading = QLabel("Choose a routine")
    heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.addWidget(heading)
    routines = QListWidget()
    for number in range(1, 7):
        routines.addItem(f"Routine {number} \u2014 about {number * 5} min")
    routines.setCurrentRow(0)
    layout.addWidget(routines, 1)
    layout.addWidget(QPushButton("Start"), 0, Qt.AlignmentFlag.AlignRight)
    window.setCentralWidget(central)
    for title in ("&File", "&Edit", "&Routines", "&Data", "&View", "&Help"):
        menu = window.menuBar().addMenu(title)
        for number in range(1, 6):
            menu.addAction(f"Action {number}")


def run_libraries(app: QApplication, data_dir: str, with_text: bool = False) -> int:
    import linecache
    import sqlite3
    import wave
    from pathlib import Path

    import sqlite_utils

    linecache.clearcache()  # as recoverykit does: PySide6 read these sources at import
    from PySide6.QtCore import QUrl
    from PySide6.QtSvg import QSvgRenderer

    db = sqlite_utils.Database(sqlite3.connect(str(Path(data_dir) / "libraries.db")))
    migrations = sqlite_utils.Migrations("floor")

    @migrations()
    def create(database) -> None:
        database["rows"].create({"id": int, "name": str}, pk="id")

    migrations.apply(db)
    db["rows"].insert({"id": 1, "name": "one"}, replace=True)
    tone = Path(data_dir) / "tone.wav"
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(bytes(2 * 4410))  # a tenth of a second of silence
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError:  # no audio libraries here: the floor is measured without sound
        effect = None
    else:
        effect = QSoundEffect(QMediaDevices.defaultAudioOutput())
        effect.setSource(QUrl.fromLocalFile(str(tone)))
    svg = QSvgRenderer(b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                       b'<circle cx="5" cy="5" r="4"/></svg>')
    window = QMainWindow()
    window.setWindowTitle("libraries")
    window.resize(1120, 760)
    if with_text:
        add_text(window)
    window.show()
    window.setProperty("kept", [db, effect, svg])  # alive as long as the window
    return app.exec()


def run_app(data_dir: str) -> int:
    from recoverykit.__main__ import main

    return main(["--data-dir", data_dir])


def main() -> int:
    kind, data_dir = sys.argv[1], sys.argv[2]
    app = QApplication([sys.argv[0]])
    STAGES["QApplication"] = time.perf_counter()
    first_paint = FirstPaint()  # noqa: F841  (kept alive until the loop ends)
    Commands(app, PaintCounter())
    if kind == "bare":
        return run_bare(app)
    if kind == "text":
        return run_text(app)
    if kind in ("libraries", "libraries-text"):
        return run_libraries(app, data_dir, with_text=kind == "libraries-text")
    return run_app(data_dir)


if __name__ == "__main__":
    sys.exit(main())

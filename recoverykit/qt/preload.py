"""Importing, in the event loop's idle turns, what the first session will need.

The first window is shown before the state machine, its events, the cue
sounds and the session page are imported (issue 20: they were a tenth of the
time to the first paint). They are imported right after, one module per turn
of the event loop, so a click waits for one import at most, and the first
session starts as quickly as when everything was imported before the window.
A session started before then imports what it needs itself.

Then, in the running app, the start-up's objects are collected once and
frozen (``gc.freeze``): they live as long as the app, and every later full
collection walked all of them. One such collection was a tenth of the
history's first opening.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from recoverykit.qt.source_cache import forget_module_sources

#: In order of likely use: a session (the state machine, what it writes, how it sounds and reads
#: out), its pages, then the contrast set-up. The history and the editor load when opened: they
#: are not needed to start, and a session should not carry their memory.
SESSION_MODULES = (
    "recoverykit.core.events",
    "recoverykit.core.states",
    "recoverykit.core.view",
    "recoverykit.core.machine",
    "recoverykit.core.summary",
    "recoverykit.storage.rows",
    "recoverykit.storage.write_queue",
    "recoverykit.core.cues",
    "recoverykit.sound_synth",
    "recoverykit.qt.announcements",
    "recoverykit.ui.session.preview_page",
    "recoverykit.ui.session.session_page",
    "recoverykit.ui.session.summary_page",
    "recoverykit.ui.contrast.contrast_flow",
    "recoverykit.ui.contrast.contrast_setup_page",
)


class Preloader(QObject):
    """Imports ``modules`` one per event-loop turn, starting in the next turn; with ``settle_heap``,
    then collects and freezes the heap (see the module docstring: the running app does, tests do not,
    since a frozen object is never collected).

    Signals:
        finished(): every module is imported.
    """

    finished = Signal()

    def __init__(self, modules: Iterable[str] = SESSION_MODULES, parent: QObject | None = None,
                 settle_heap: bool = False) -> None:
        super().__init__(parent)
        self._waiting = list(modules)
        self._settle_heap = settle_heap
        self._done = False
        QTimer.singleShot(0, self, self._next)

    @property
    def waiting(self) -> list[str]:
        return list(self._waiting)

    @property
    def done(self) -> bool:
        """Every module is imported (and the heap settled, if asked): ``finished`` was emitted."""
        return self._done

    def _next(self) -> None:
        if not self._waiting:
            forget_module_sources()
            if self._settle_heap:
                settle_heap()
            self._done = True
            self.finished.emit()
            return
        importlib.import_module(self._waiting.pop(0))
        QTimer.singleShot(0, self, self._next)


def settle_heap() -> None:
    """Collect what start-up left behind, then leave everything still alive out of later collections."""
    gc.collect()
    gc.freeze()

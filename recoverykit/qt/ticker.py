"""Wake-up tickers: alarm clocks that tell the controller to look at the clock.

A ticker never counts time itself. The controller arms it for the next moment
that matters (the next displayed second, a cue, a deadline) and, when it
fires, asks the clock what time it really is.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal


class QtTicker(QObject):
    """One precise single-shot QTimer, re-armed for each next moment.

    Signals:
        fired(): the armed moment has come (or passed).
    """

    fired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fired)

    def arm(self, delay_s: float) -> None:
        # Rounding up means the timer never fires before the moment it is for.
        self._timer.start(max(0, math.ceil(delay_s * 1000)))

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

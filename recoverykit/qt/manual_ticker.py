"""A ticker fired by hand, and a driver that moves a ManualClock through a session.

For tests, screenshots, demos and benchmarks: a 50-minute session runs in
milliseconds, each wake-up exactly when the controller asked for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recoverykit.core.clock import ManualClock


class ManualTicker(QObject):
    """Stands in for QtTicker: remembers what it was armed for; fired by hand.

    Signals:
        fired(): emitted by ``fire()``.
    """

    fired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay: float | None = None
        self.arm_count = 0

    def arm(self, delay_s: float) -> None:
        if delay_s < 0:
            raise ValueError("a ticker cannot be armed for the past")
        self.delay = delay_s
        self.arm_count += 1

    def disarm(self) -> None:
        self.delay = None

    @property
    def armed(self) -> bool:
        return self.delay is not None

    def fire(self) -> None:
        self.delay = None
        self.fired.emit()


class ClockDriver:
    """Moves the clock forward, firing the ticker at every moment it asked for."""

    def __init__(self, clock: ManualClock, ticker: ManualTicker) -> None:
        self.clock = clock
        self.ticker = ticker
        self.wakeups = 0

    def _wake(self) -> None:
        assert self.ticker.delay is not None
        self.clock.advance(self.ticker.delay * self.clock.rate)
        self.wakeups += 1
        self.ticker.fire()

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` of session time pass."""
        target = self.clock.now() + seconds
        while self.ticker.delay is not None and self.clock.now() + self.ticker.delay <= target + 1e-9:
            self._wake()
        self.clock.set(max(self.clock.now(), target))

    def run_to_end(self, limit_s: float = 6 * 3600) -> None:
        start = self.clock.now()
        while self.ticker.delay is not None:
            if self.clock.now() - start > limit_s:
                raise RuntimeError("the session did not end")
            self._wake()

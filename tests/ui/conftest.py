"""Qt fixtures: the real app wired with a fake clock and a hand-fired ticker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from recoverykit import app as app_module
from recoverykit.core.clock import ManualClock


class FakeTicker(QObject):
    """Stands in for QtTicker: remembers what it was armed for; fired by hand.

    Signals:
        fired(): emitted by ``fire()``.
    """

    fired = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.delay: float | None = None
        self.arm_count = 0

    def arm(self, delay_s: float) -> None:
        assert delay_s >= 0
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


class Driver:
    """Moves the fake clock forward, firing the ticker at every moment it asked for."""

    def __init__(self, clock: ManualClock, ticker: FakeTicker) -> None:
        self.clock = clock
        self.ticker = ticker
        self.wakeups = 0

    def advance(self, seconds: float) -> None:
        target = self.clock.now() + seconds
        while self.ticker.delay is not None and self.clock.now() + self.ticker.delay <= target + 1e-9:
            self.clock.advance(self.ticker.delay)
            self.wakeups += 1
            self.ticker.fire()
        self.clock.set(max(self.clock.now(), target))

    def run_to_end(self, limit_s: float = 6 * 3600) -> None:
        start = self.clock.now()
        while self.ticker.delay is not None:
            assert self.clock.now() - start < limit_s, "session did not end"
            self.clock.advance(self.ticker.delay)
            self.wakeups += 1
            self.ticker.fire()


class RecordingOutput(QObject):
    """A sound output that records the cues it was asked to play.

    Signals:
        unavailable(str): never emitted unless ``fail`` is called.
    """

    unavailable = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.played: list = []
        self.volume = None

    def play(self, cue) -> None:
        self.played.append(cue)

    def set_volume(self, volume: float) -> None:
        self.volume = volume


class RecordingSpeech(QObject):
    """Speech that records what it was asked to say.

    Signals:
        unavailable(str): never emitted.
    """

    unavailable = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def ticker() -> FakeTicker:
    return FakeTicker()


@pytest.fixture
def driver(clock: ManualClock, ticker: FakeTicker) -> Driver:
    return Driver(clock, ticker)


@pytest.fixture
def confirmations() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def notifications() -> list[tuple[str, str]]:
    return []


def build_app(paths, clock, ticker, *, confirm=lambda *a: True, notifications=None):
    notes = notifications if notifications is not None else []
    return app_module.build(
        paths, clock=clock, ticker=ticker, confirm=confirm, sound_output=RecordingOutput(),
        speech=RecordingSpeech(), notify=lambda title, text: notes.append((title, text)),
        tray_available=False,
    )


@pytest.fixture
def rk(qtbot, paths, clock, ticker, confirmations, notifications):
    """A built app (window, controller, storage) on the fake clock; closed after the test."""
    answers = {"value": True}

    def confirm(parent, title, text):
        confirmations.append((title, text))
        return answers["value"]

    built = build_app(paths, clock, ticker, confirm=confirm, notifications=notifications)
    built.answers = answers
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.close()

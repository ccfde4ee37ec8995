"""Qt fixtures: the real app wired with a fake clock and a hand-fired ticker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from recoverykit import app as app_module
from recoverykit.core.clock import ManualClock
from recoverykit.core.health_check import HealthAnswers
from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker

FakeTicker = ManualTicker
Driver = ClockDriver


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


def skip_health_check(parent, answers):
    """What a test that is not about the health check answers it: skipped, so every step runs as written."""
    return HealthAnswers(answered=True, skipped=True)


def build_app(paths, clock, ticker, *, confirm=lambda *a: True, notifications=None, **extra):
    """The real app with recording sound, speech and notifications (no audio probing)."""
    notes = notifications if notifications is not None else []
    extra.setdefault("ask_health_check", skip_health_check)
    return app_module.build(
        paths, clock=clock, ticker=ticker, confirm=confirm, sound_output=RecordingOutput(),
        speech=RecordingSpeech(), notify=lambda title, text: notes.append((title, text)),
        tray_available=False, **extra,
    )


@pytest.fixture
def chosen() -> dict:
    """What the backup file chooser answers (``path``) and every time it was asked."""
    return {"path": None, "asked": []}


@pytest.fixture
def rk(qtbot, paths, clock, ticker, confirmations, notifications, chosen):
    """A built app (window, controller, storage) on the fake clock; closed after the test."""
    answers = {"value": True, "same_id": "keep-both", "same_id_asked": []}

    def confirm(parent, title, text):
        confirmations.append((title, text))
        return answers["value"]

    def ask_same_id(parent, text, can_replace):
        answers["same_id_asked"].append((text, can_replace))
        return answers["same_id"]

    def choose(parent, title, folder):
        chosen["asked"].append((title, folder))
        return chosen["path"]

    built = build_app(paths, clock, ticker, confirm=confirm, notifications=notifications, choose=choose,
                      ask_same_id=ask_same_id)
    built.answers = answers
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.close()

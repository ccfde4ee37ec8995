"""A speech engine that hangs (speech-dispatcher with no audio server) never stops the countdown."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Signal

from recoverykit import app as app_module
from recoverykit.qt.voice import MAX_FAILURES, START_LIMIT_S, PendingPrompts, QtSpeech, SpeechUnavailable
from tests.ui.conftest import Driver, RecordingOutput


class HangingEngine:
    """Blocks in ``say`` like QTextToSpeech.say on a speech-dispatcher that cannot reach audio.

    It gives up after ``limit_s`` of real time only so that a broken build fails the test
    instead of hanging the suite; a fixed build never waits for it.
    """

    def __init__(self, limit_s: float = 3.0) -> None:
        self.release = threading.Event()
        self.calls: list[str] = []
        self.timed_out = 0
        self.limit_s = limit_s

    def say(self, text: str) -> None:
        self.calls.append(text)
        if not self.release.wait(self.limit_s):
            self.timed_out += 1


def test_a_hanging_speech_engine_never_stops_the_countdown(qtbot, paths, clock, ticker):
    engine = HangingEngine()
    speech = QtSpeech(make_engine=lambda parent: engine, audio_output=lambda: True, clock=clock)
    built = app_module.build(paths, clock=clock, ticker=ticker, confirm=lambda *a: True,
                             sound_output=RecordingOutput(), speech=speech, notify=lambda *a: None,
                             tray_available=False)
    qtbot.addWidget(built.window)
    window = built.window
    notices: list[str] = []
    speech.unavailable.connect(notices.append)
    window.sound.voice_action.setChecked(True)
    try:
        window.start_routine("warmup")
        Driver(clock, ticker).run_to_end()
        assert window.current_page == "summary"
        # The GUI thread never sat in the engine: no call timed out while the session ran.
        assert engine.timed_out == 0
        # Prompts that could not start within 2 s were dropped and counted, and after
        # repeated failures voice turned itself off with one calm notice.
        assert speech.dropped >= 3
        assert len(notices) == 1 and "turned off" in notices[0]
        assert not speech.available
    finally:
        engine.release.set()
        built.close()


class RecordingEngine(QObject):
    """Speaks nothing; records on which thread each prompt was spoken.

    Signals:
        errorOccurred(): emitted by ``fail`` like QTextToSpeech's.
    """

    errorOccurred = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, bool]] = []

    def say(self, text: str) -> None:
        self.calls.append((text, threading.current_thread() is threading.main_thread()))


def test_prompts_are_spoken_in_order_off_the_gui_thread(qtbot, clock):
    engine = RecordingEngine()
    speech = QtSpeech(make_engine=lambda parent: engine, audio_output=lambda: True, clock=clock)
    try:
        for text in ("Calf stretch, left", "Switch sides", "Done"):
            speech.say(text)
        # Across a real thread boundary: wait for the worker, not for a timer.
        qtbot.waitUntil(lambda: len(engine.calls) == 3)
        assert [text for text, _ in engine.calls] == ["Calf stretch, left", "Switch sides", "Done"]
        assert not any(on_gui for _, on_gui in engine.calls)
        assert speech.dropped == 0 and speech.available
    finally:
        speech.shutdown()


def test_a_prompt_that_has_not_started_in_two_seconds_is_dropped(qtbot, clock):
    engine = HangingEngine(limit_s=30)
    speech = QtSpeech(make_engine=lambda parent: engine, audio_output=lambda: True, clock=clock)
    try:
        speech.say("first")
        qtbot.waitUntil(lambda: engine.calls == ["first"])  # the worker is now stuck in it
        speech.say("second")
        clock.advance(START_LIMIT_S - 0.1)
        speech.check()
        assert speech.dropped == 0
        clock.advance(0.2)
        speech.check()
        assert speech.dropped == 1 and speech.available  # one failure is not yet giving up
        engine.release.set()
        speech.say("third")
        qtbot.waitUntil(lambda: engine.calls == ["first", "third"])  # "second" is never said late
    finally:
        engine.release.set()
        speech.shutdown()


@pytest.mark.parametrize(("reason", "notice"), [
    ("libraries", "Voice prompts unavailable: this system lacks the libraries Qt's speech needs."),
    ("engine", "Voice prompts unavailable: no speech engine is working."),
])
def test_no_engine_is_one_notice_and_voice_stays_off(qtbot, clock, reason, notice):
    def no_engine(parent):
        raise SpeechUnavailable(reason)

    speech = QtSpeech(make_engine=no_engine, audio_output=lambda: True, clock=clock)
    notices: list[str] = []
    speech.unavailable.connect(notices.append)
    try:
        speech.say("one")
        qtbot.waitUntil(lambda: notices == [notice])
        speech.say("two")
        speech.say("three")
        assert notices == [notice] and not speech.available
    finally:
        speech.shutdown()


def test_engine_errors_count_as_failures_until_voice_gives_up(qtbot, clock):
    engine = RecordingEngine()
    speech = QtSpeech(make_engine=lambda parent: engine, audio_output=lambda: True, clock=clock)
    notices: list[str] = []
    speech.unavailable.connect(notices.append)
    try:
        speech.say("hello")
        qtbot.waitUntil(lambda: len(engine.calls) == 1)
        for _ in range(MAX_FAILURES):
            engine.errorOccurred.emit()  # queued to the GUI thread through the worker
        qtbot.waitUntil(lambda: not speech.available)
        assert speech.failures == MAX_FAILURES and len(notices) == 1
    finally:
        speech.shutdown()


def test_no_audio_output_means_voice_never_starts_a_thread(clock):
    made = []
    speech = QtSpeech(make_engine=lambda parent: made.append(parent), audio_output=lambda: False, clock=clock)
    notices: list[str] = []
    speech.unavailable.connect(notices.append)
    speech.say("one")
    speech.say("two")
    assert notices == ["Voice prompts unavailable: no audio output was found."]
    assert made == [] and not speech.available


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "take", "expire"]), st.integers(0, 5),
                          st.floats(0, 10, allow_nan=False)), max_size=40))
def test_a_pending_prompt_is_either_started_or_dropped_never_both(operations):
    pending = PendingPrompts()
    added: set[int] = set()
    started: set[int] = set()
    dropped = 0
    for operation, prompt_id, moment in operations:
        if operation == "add" and prompt_id not in added:
            pending.add(prompt_id, moment)
            added.add(prompt_id)
        elif operation == "take" and pending.take(prompt_id):
            assert prompt_id in added and prompt_id not in started
            started.add(prompt_id)
        elif operation == "expire":
            dropped += pending.expire(moment, START_LIMIT_S)
    assert len(started) + dropped + len(pending) == len(added)

"""Optional spoken prompts through Qt TextToSpeech, spoken on a thread of their own.

A speech engine can hang: speech-dispatcher with no audio server sits inside
``QTextToSpeech.say`` for minutes. So no engine call ever runs on the GUI
thread. ``QtSpeech`` hands each prompt to a ``SpeechWorker`` living on a
``QThread``; the engine is made there, on first use.

The policy (docs/reliability.md):

- a prompt the worker has not started within ``START_LIMIT_S`` is dropped
  and counted (``QtSpeech.dropped``): a late "switch sides" is worse than none;
- after ``MAX_FAILURES`` dropped prompts or engine errors, voice turns itself
  off for the rest of the run, with one calm notice;
- with no audio output, or no speech libraries or engine, voice says so once
  and stays off.

The worker and the GUI thread share one ``PendingPrompts`` under a lock, so a
prompt is either started by the worker or dropped by the GUI, never both.
"""

from __future__ import annotations

import atexit
import itertools
import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from recoverykit.core.clock import SystemClock

#: Qt's test engine speaks to nobody; never offer it to users.
_NOT_REAL = {"mock"}
#: A prompt not started this long after it was due is dropped.
START_LIMIT_S = 2.0
#: Dropped prompts or engine errors before voice gives up for the run.
MAX_FAILURES = 3
#: How long closing the app waits for a hung engine before ending its thread.
_STOP_WAIT_MS = 1500


class SpeechUnavailable(Exception):
    """No engine can speak here; ``reason`` is ``libraries`` or ``engine`` (see QtSpeech._reason_text)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def make_qt_engine(parent: QObject):
    """The first real QTextToSpeech engine, made on the calling (speech) thread."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # the libraries Qt TextToSpeech links to are missing
        raise SpeechUnavailable("libraries") from None
    for name in QTextToSpeech.availableEngines():
        if name in _NOT_REAL:
            continue
        engine = QTextToSpeech(name, parent)
        if engine.state() != QTextToSpeech.State.Error:
            return engine
        engine.deleteLater()
    raise SpeechUnavailable("engine")


def has_audio_output() -> bool:
    """Whether Qt Multimedia sees an audio output; False without its libraries too."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())


class PendingPrompts:
    """Prompts handed to the worker and not started yet, shared by both threads under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._due: dict[int, float] = {}

    def add(self, prompt_id: int, due: float) -> None:
        with self._lock:
            self._due[prompt_id] = due

    def take(self, prompt_id: int) -> bool:
        """The worker starts this prompt unless the GUI dropped it already."""
        with self._lock:
            return self._due.pop(prompt_id, None) is not None

    def expire(self, now: float, limit_s: float) -> int:
        """Drop every prompt due more than ``limit_s`` ago; how many were dropped."""
        with self._lock:
            late = [prompt_id for prompt_id, due in self._due.items() if now - due > limit_s]
            for prompt_id in late:
                del self._due[prompt_id]
            return len(late)

    def clear(self) -> None:
        with self._lock:
            self._due.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._due)


class SpeechWorker(QObject):
    """Lives on the speech thread: makes the engine there and speaks each prompt it may start.

    Signals:
        unavailable(str): no engine can speak here (``libraries`` or ``engine``).
        failed(): the engine reported an error while speaking.
    """

    unavailable = Signal(str)
    failed = Signal()

    def __init__(self, make_engine, pending: PendingPrompts) -> None:
        super().__init__()
        self._make_engine = make_engine
        self._pending = pending
        self._engine = None
        self._dead = False

    @Slot(int, str)
    def speak(self, prompt_id: int, text: str) -> None:
        if self._dead or not self._pending.take(prompt_id):
            return
        if self._engine is None:
            try:
                self._engine = self._make_engine(self)
            except SpeechUnavailable as exc:
                self._dead = True
                self.unavailable.emit(exc.reason)
                return
            error_signal = getattr(self._engine, "errorOccurred", None)
            if error_signal is not None:
                error_signal.connect(self.failed)
        self._engine.say(text)


class QtSpeech(QObject):
    """Speaks prompts on its own thread; drops late ones and gives up after repeated failures.

    ``make_engine(parent)`` makes the engine on the speech thread (the first
    real QTextToSpeech by default); ``audio_output()`` says whether there is
    anything to speak through; ``clock`` dates the prompts (the session's clock).

    Signals:
        unavailable(str): once, when voice cannot or will no longer speak.
        speakRequested(int, str): to the worker (queued across threads).
    """

    unavailable = Signal(str)
    speakRequested = Signal(int, str)

    def __init__(self, parent: QObject | None = None, *, make_engine=make_qt_engine,
                 audio_output=has_audio_output, clock=None) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._audio_output = audio_output
        self._clock = clock if clock is not None else SystemClock()
        self._pending = PendingPrompts()
        self._ids = itertools.count(1)
        self._thread: QThread | None = None
        self._worker: SpeechWorker | None = None
        self._state = "unknown"
        self.dropped = 0
        self.failures = 0
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(int(START_LIMIT_S * 1000) + 100)
        self._watchdog.timeout.connect(self.check)

    @property
    def available(self) -> bool:
        return self._state not in ("unavailable", "stopped")

    def _reason_text(self, reason: str) -> str:
        # Spelled out for lupdate: each of REASONS through tr() in this class's context.
        texts = {
            "libraries": self.tr("Voice prompts unavailable: this system lacks the libraries Qt's speech needs."),
            "engine": self.tr("Voice prompts unavailable: no speech engine is working."),
            "no_output": self.tr("Voice prompts unavailable: no audio output was found."),
            "failing": self.tr("Voice prompts turned off for this session: the speech engine did not respond. "
                               "The countdown and the sounds go on as before."),
        }
        return texts[reason]

    def say(self, text: str) -> None:
        """Hand ``text`` to the speech thread; returns at once, whatever the engine does."""
        if self._state == "unknown":
            self._start()
        if self._state != "ready":
            return
        self.check()
        if self._state != "ready":
            return
        prompt_id = next(self._ids)
        self._pending.add(prompt_id, self._clock.now())
        self.speakRequested.emit(prompt_id, text)
        if not self._watchdog.isActive():
            self._watchdog.start()

    @Slot()
    def check(self) -> None:
        """Drop the prompts that did not start in time; give up after repeated failures."""
        late = self._pending.expire(self._clock.now(), START_LIMIT_S)
        if late:
            self.dropped += late
            self._count_failures(late)
        if self._state == "ready" and len(self._pending):
            self._watchdog.start()

    def _count_failures(self, count: int) -> None:
        self.failures += count
        if self.failures >= MAX_FAILURES:
            self._give_up("failing")

    @Slot()
    def _on_engine_error(self) -> None:
        self._count_failures(1)

    @Slot(str)
    def _give_up(self, reason: str) -> None:
        if self._state in ("unavailable", "stopped"):
            return
        self._state = "unavailable"
        self._pending.clear()
        self._watchdog.stop()
        self.unavailable.emit(self._reason_text(reason))

    def _start(self) -> None:
        if not self._audio_output():
            self._give_up("no_output")
            return
        self._thread = QThread()
        self._thread.setObjectName("recoverykit-speech")
        self._worker = SpeechWorker(self._make_engine, self._pending)
        self._worker.moveToThread(self._thread)
        self.speakRequested.connect(self._worker.speak)
        self._worker.unavailable.connect(self._give_up)
        self._worker.failed.connect(self._on_engine_error)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        _running.add(self)
        self._state = "ready"

    def shutdown(self) -> None:
        """Stop the speech thread; a hung engine gets a moment, then its thread is ended."""
        self._watchdog.stop()
        self._pending.clear()
        if self._state == "ready":
            self._state = "stopped"
        _running.discard(self)
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.quit()
        if not thread.wait(_STOP_WAIT_MS):
            # The engine is stuck inside a blocking call and will not come back; the
            # process is closing, so end the thread rather than hang or crash on exit.
            thread.terminate()
            thread.wait(_STOP_WAIT_MS)


#: Speech threads still running, stopped at exit if nobody closed them first.
_running: set[QtSpeech] = set()


@atexit.register
def _stop_running() -> None:
    for speech in list(_running):
        speech.shutdown()


class VoicePrompts(QObject):
    """Turns each batch of session events into at most one spoken sentence.

    Signals:
        enabledChanged(bool)
    """

    enabledChanged = Signal(bool)

    def __init__(self, speech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speech = speech
        self._enabled = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.enabledChanged.emit(enabled)

    @Slot(object)
    def on_events(self, events: list) -> None:
        if not self._enabled:
            return
        from recoverykit.qt.announcements import batch_announcement  # with the first session

        text = batch_announcement(events)
        if text:
            self.speech.say(text)

"""Optional spoken prompts through Qt TextToSpeech; off when no real engine exists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from recoverykit.qt.announcements import batch_announcement

#: Qt's test engine speaks to nobody; never offer it to users.
_NOT_REAL = {"mock"}


class QtSpeech(QObject):
    """Speaks text with the first real TextToSpeech engine, created on first use.

    Signals:
        unavailable(str): once, when no engine can speak.
    """

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = None
        self._state = "unknown"

    @property
    def available(self) -> bool:
        return self._state != "unavailable"

    def say(self, text: str) -> None:
        if self._state == "unknown":
            self._load()
        if self._state == "ready":
            self._engine.say(text)

    def _load(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # the libraries Qt TextToSpeech links to are missing
            self._state = "unavailable"
            self.unavailable.emit(self.tr("Voice prompts unavailable: this system lacks the libraries "
                                          "Qt's speech needs."))
            return

        engines = [name for name in QTextToSpeech.availableEngines() if name not in _NOT_REAL]
        for name in engines:
            engine = QTextToSpeech(name, self)
            if engine.state() != QTextToSpeech.State.Error:
                self._engine = engine
                self._state = "ready"
                return
            engine.deleteLater()
        self._state = "unavailable"
        self.unavailable.emit(self.tr("Voice prompts unavailable: no speech engine is working."))


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
        text = batch_announcement(events)
        if text:
            self.speech.say(text)

"""Cue sounds through Qt Multimedia, and what to do when there is no audio.

``CueSounds`` listens to the controller and plays one cue per batch of
events. It plays through an *output*: ``QtSoundOutput`` (QSoundEffect) in the
app, a recording stand-in in tests. When no audio device can play, the
output says so once and the session runs on in silence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTemporaryDir, QUrl, Signal, Slot

if TYPE_CHECKING:  # the cues and their synthesis load with the first session, not with the window
    from recoverykit.core.cues import Cue


class QtSoundOutput(QObject):
    """Plays cues with one preloaded QSoundEffect each.

    Signals:
        unavailable(str): emitted once, when sound cannot be played here.
    """

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Cue, object] = {}
        self._folder: QTemporaryDir | None = None
        self._volume = 0.7
        self._state = "unknown"

    @property
    def available(self) -> bool:
        return self._state != "unavailable"

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def prepare(self) -> None:
        """Load the cues now (a session is starting), so the first one is ready when it is due."""
        if self._state == "unknown":
            self._load()

    def play(self, cue: Cue) -> None:
        if self._state == "unknown":
            self._load()
        if self._state != "ready":
            return
        effect = self._effects[cue]
        effect.stop()
        effect.play()

    def _give_up(self, reason: str) -> None:
        if self._state != "unavailable":
            self._state = "unavailable"
            self._effects.clear()
            self.unavailable.emit(reason)

    def _load(self) -> None:
        # Imported here: Qt Multimedia probes the audio system when loaded. On a machine
        # without the audio libraries it links to (libpulse0), the import itself fails.
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            self._give_up(self.tr("Sound unavailable: this system lacks the audio libraries Qt needs "
                                  "(on Debian or Ubuntu: libpulse0)."))
            return

        if not QMediaDevices.audioOutputs():
            self._give_up(self.tr("Sound unavailable: no audio output was found."))
            return
        self._folder = QTemporaryDir()
        if not self._folder.isValid():
            self._give_up(self.tr("Sound unavailable: the cue sounds could not be prepared."))
            return
        from recoverykit.core.cues import Cue
        from recoverykit.sound_synth import cue_wav

        for cue in Cue:
            path = self._folder.filePath(f"{cue.name.lower()}.wav")
            with open(path, "wb") as out:
                out.write(cue_wav(cue))
            effect = QSoundEffect(QMediaDevices.defaultAudioOutput(), self)
            effect.setSource(QUrl.fromLocalFile(path))
            effect.setVolume(self._volume)
            effect.statusChanged.connect(lambda e=effect: self._check(e))
            self._effects[cue] = effect
        self._state = "ready"

    def _check(self, effect) -> None:
        from PySide6.QtMultimedia import QSoundEffect  # loaded already: this effect is one of its objects

        if effect.status() == QSoundEffect.Status.Error:
            self._give_up(self.tr("Sound unavailable: the audio device cannot play the cues."))


class CueSounds(QObject):
    """Chooses the cue for each batch of session events and plays it unless muted.

    Signals:
        mutedChanged(bool)
    """

    mutedChanged = Signal(bool)

    def __init__(self, output, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self._muted = False

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.mutedChanged.emit(muted)

    def set_volume(self, volume: float) -> None:
        self.output.set_volume(volume)

    @Slot(object)
    def on_events(self, events: list) -> None:
        from recoverykit.core.cues import cue_for_batch

        prepare = getattr(self.output, "prepare", None)
        if prepare is not None and not self._muted:
            prepare()  # the first events of a session: the sounds load while the user gets ready
        cue = cue_for_batch(events)
        if cue is not None and not self._muted:
            self.output.play(cue)

"""The Sound menu's actions: mute (M), the volume slider and voice prompts (V).

They follow the settings both ways: a change made here is saved, and a
change saved anywhere else (Preferences) moves the action or the slider.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget, QWidgetAction

from recoverykit.qt.settings_notifier import SettingsNotifier
from recoverykit.qt.sound import CueSounds
from recoverykit.qt.text import tr
from recoverykit.qt.voice import VoicePrompts
from recoverykit.settings import Settings


class SoundActions(QObject):
    """Owns the mute and voice actions and the volume slider, kept in step with the settings.

    ``notice`` is told when a setting could not be saved.
    """

    def __init__(self, parent: QWidget, sounds: CueSounds, voice: VoicePrompts, notifier: SettingsNotifier,
                 notice) -> None:
        super().__init__(parent)
        self._sounds, self._voice, self._notifier, self._notice = sounds, voice, notifier, notice
        prefs = notifier.settings
        self.mute_action = QAction(tr("&Mute"), parent)
        self.mute_action.setCheckable(True)
        self.mute_action.setShortcut(QKeySequence("M"))
        self.voice_action = QAction(tr("&Voice prompts"), parent)
        self.voice_action.setCheckable(True)
        self.voice_action.setShortcut(QKeySequence("V"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setAccessibleName(tr("Volume"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(24, 4, 12, 4)
        row.addWidget(QLabel(tr("Volume")))
        row.addWidget(self.volume_slider)
        self.volume_action = QWidgetAction(parent)
        self.volume_action.setDefaultWidget(holder)
        self.mute_action.setChecked(not prefs.sound_on)
        self.voice_action.setChecked(prefs.voice_on)
        self.volume_slider.setValue(prefs.volume_percent)
        sounds.set_muted(not prefs.sound_on)
        sounds.set_volume(prefs.volume_percent / 100)
        voice.set_enabled(prefs.voice_on)
        self.mute_action.toggled.connect(self._set_muted)
        self.voice_action.toggled.connect(self._set_voice)
        self.volume_slider.valueChanged.connect(self._set_volume)
        notifier.settingsChanged.connect(self._on_changed)
        if hasattr(voice.speech, "unavailable"):
            voice.speech.unavailable.connect(self._voice_unavailable)

    def actions(self) -> dict[str, QAction]:
        """The actions by their menu names (see ui/shell/menus.py)."""
        return {"sound.mute": self.mute_action, "sound.volume": self.volume_action,
                "sound.voice": self.voice_action}

    def _save(self, **changes) -> None:
        problem = self._notifier.update(**changes)
        if problem:
            self._notice(problem)

    @Slot(bool)
    def _set_muted(self, muted: bool) -> None:
        self._sounds.set_muted(muted)
        self._save(sound_on=not muted)

    @Slot(bool)
    def _set_voice(self, on: bool) -> None:
        self._voice.set_enabled(on)
        self._save(voice_on=on)

    @Slot(str)
    def _voice_unavailable(self, reason: str) -> None:
        """Voice cannot speak here (or gave up): the action says so and stays off.

        The saved setting is left alone, so voice comes back on a machine (or a
        later run) where it works.
        """
        self._voice.set_enabled(False)
        self.voice_action.blockSignals(True)
        self.voice_action.setChecked(False)
        self.voice_action.blockSignals(False)
        self.voice_action.setEnabled(False)
        self.voice_action.setText(tr("&Voice prompts (unavailable)"))
        self.voice_action.setToolTip(reason)
        self.voice_action.setStatusTip(reason)

    @Slot(int)
    def _set_volume(self, percent: int) -> None:
        self._sounds.set_volume(percent / 100)
        self._save(volume_percent=percent)

    @Slot(object, object)
    def _on_changed(self, settings: Settings, names: frozenset) -> None:
        if "sound_on" in names:
            self.mute_action.setChecked(not settings.sound_on)
        if "voice_on" in names and self.voice_action.isEnabled():
            self.voice_action.setChecked(settings.voice_on)
        if "volume_percent" in names and self.volume_slider.value() != settings.volume_percent:
            self.volume_slider.setValue(settings.volume_percent)

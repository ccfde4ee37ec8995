"""With no audio device and no speech engine, the app says so once and runs on."""

from __future__ import annotations

import pytest

from recoverykit import app as app_module

# What Qt Multimedia itself logs while probing a machine without audio.
AUDIO_PROBE_NOISE = [
    "PulseAudioService",
    "pa_context_connect",
    "symbolsresolver",
    "Couldn't (load|resolve) va",
    "QSoundEffect",
    "pipewire",
]


@pytest.mark.qt_log_ignore(*AUDIO_PROBE_NOISE)
def test_no_audio_device_means_one_notice_and_a_silent_complete_session(qtbot, paths, clock, ticker, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    from tests.ui.conftest import Driver

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    built = app_module.build(paths, clock=clock, ticker=ticker, confirm=lambda *a: True,
                             notify=lambda *a: None, tray_available=False)
    qtbot.addWidget(built.window)
    window = built.window
    notices = []
    window.sounds.output.unavailable.connect(notices.append)
    window.voice.speech.unavailable.connect(notices.append)
    window.sound.voice_action.setChecked(True)
    window.start_routine("warmup")
    Driver(clock, ticker).run_to_end()
    assert window.current_page == "summary"
    # Each said exactly once, however many cues and prompts were due.
    assert sorted(notices) == ["Sound unavailable: no audio output was found.",
                               "Voice prompts unavailable: no speech engine is working."]
    assert "unavailable" in window.banner.text()
    assert not window.sounds.output.available
    assert not window.voice.speech.available
    built.close()

"""With no audio device and no speech engine, the app says so once and runs on."""

from __future__ import annotations

import pytest

from recoverykit import app as app_module
from tests.audio_support import missing_audio_reason

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
    if missing_audio_reason():
        pytest.skip(missing_audio_reason())
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
                               "Voice prompts unavailable: no audio output was found."]
    assert "unavailable" in window.banner.text()
    assert not window.sounds.output.available
    assert not window.voice.speech.available
    # The voice setting says so and stays off; the saved preference is kept for a machine with audio.
    assert not window.sound.voice_action.isEnabled() and not window.sound.voice_action.isChecked()
    assert window.sound.voice_action.toolTip() == "Voice prompts unavailable: no audio output was found."
    assert built.settings.settings.voice_on
    built.close()


BLOCKED_AUDIO = """
import importlib.abc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"):
            raise ImportError("libpulse.so.0: cannot open shared object file (blocked by the test)")
sys.meta_path.insert(0, Block())
from PySide6.QtWidgets import QApplication
qt_app = QApplication([])
from recoverykit import app as app_module
from tests.audio_support import missing_audio_reason
from recoverykit.core.clock import ManualClock
from recoverykit.paths import AppPaths
from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker
data = sys.argv[1]
clock, ticker = ManualClock(), ManualTicker()
from pathlib import Path
built = app_module.build(AppPaths(Path(data), Path(data) / "config"), clock=clock, ticker=ticker,
                         confirm=lambda *a: True, notify=lambda *a: None, tray_available=False)
notices = []
built.window.sounds.output.unavailable.connect(notices.append)
built.window.voice.speech.unavailable.connect(notices.append)
built.window.sound.voice_action.setChecked(True)
built.window.start_routine("warmup")
ClockDriver(clock, ticker).run_to_end()
print(built.window.current_page)
print(len(notices))
print(built.window.banner.text())
built.close()
"""


def test_without_the_audio_libraries_the_app_says_so_once_and_the_session_runs(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", BLOCKED_AUDIO, str(tmp_path / "data")], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    page, notices, banner = result.stdout.strip().splitlines()[-3:]
    assert page == "summary" and notices == "2"
    assert "Sound unavailable" in banner and "libpulse0" in banner

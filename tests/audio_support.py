"""Whether Qt's audio modules load on this machine, for tests that need them to skip with a reason."""

from __future__ import annotations

import functools
import subprocess
import sys


@functools.cache
def missing_audio_reason() -> str | None:
    """Why Qt Multimedia / TextToSpeech cannot load here (e.g. no libpulse0), or None if they can.

    Asked in a child process: loading Qt Multimedia logs its probing of the audio
    system (pipewire, PulseAudio) as Qt warnings, which would fail the asking test.
    """
    result = subprocess.run([sys.executable, "-c", "from PySide6 import QtMultimedia, QtTextToSpeech"],
                            capture_output=True, text=True, timeout=60)
    if result.returncode == 0:
        return None
    lines = result.stderr.strip().splitlines()
    why = lines[-1] if lines else f"exit status {result.returncode}"
    return f"Qt's audio modules cannot load here ({why}); on Debian or Ubuntu install libpulse0"

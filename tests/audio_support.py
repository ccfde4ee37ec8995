"""Whether Qt's audio modules load on this machine, for tests that need them to skip with a reason."""

from __future__ import annotations

import functools


@functools.cache
def missing_audio_reason() -> str | None:
    """Why Qt Multimedia / TextToSpeech cannot load here (e.g. no libpulse0), or None if they can."""
    try:
        from PySide6 import QtMultimedia, QtTextToSpeech  # noqa: F401
    except ImportError as exc:
        return f"Qt's audio modules cannot load here ({exc}); on Debian or Ubuntu install libpulse0"
    return None

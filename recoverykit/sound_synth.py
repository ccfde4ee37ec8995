"""The cue sounds, synthesised: short, soft, and each with its own shape.

Generated at run time (no binary files to ship): ticks are one short high
blip, the start rises, the end of a step falls, halfway and switch-sides are
two equal notes, and the session-complete chime is a three-note arpeggio.
The end of a cold phase is three bright falling notes (an icicle), the end of
a heat phase a low, warm rise and fall: told apart without looking.
"""

from __future__ import annotations

import io
import math
import struct
import wave

from recoverykit.core.cues import Cue

RATE = 44100

#: (frequency Hz, seconds) notes for each cue; 0 Hz is a rest.
PATTERNS: dict[Cue, tuple[tuple[float, float], ...]] = {
    Cue.TICK: ((1320.0, 0.06),),
    Cue.START: ((660.0, 0.12), (0.0, 0.03), (990.0, 0.22)),
    Cue.HALFWAY: ((784.0, 0.12), (0.0, 0.08), (784.0, 0.12)),
    Cue.SWITCH_SIDES: ((587.0, 0.14), (0.0, 0.06), (587.0, 0.14), (0.0, 0.06), (880.0, 0.2)),
    Cue.STEP_END: ((880.0, 0.14), (0.0, 0.03), (587.0, 0.3)),
    Cue.COLD_END: ((1568.0, 0.1), (0.0, 0.04), (1175.0, 0.1), (0.0, 0.04), (880.0, 0.34)),
    Cue.HEAT_END: ((330.0, 0.2), (0.0, 0.04), (440.0, 0.2), (0.0, 0.04), (330.0, 0.4)),
    Cue.COMPLETE: ((523.25, 0.18), (659.25, 0.18), (783.99, 0.18), (1046.5, 0.6)),
}


def _note(frequency: float, seconds: float, amplitude: float) -> list[int]:
    count = int(RATE * seconds)
    if frequency <= 0:
        return [0] * count
    attack, release = int(RATE * 0.008), int(RATE * min(0.08, seconds / 2))
    samples = []
    for i in range(count):
        envelope = min(1.0, i / attack if attack else 1.0, (count - i) / release if release else 1.0)
        # A soft bell: the fundamental plus a quiet octave, decaying.
        t = i / RATE
        decay = math.exp(-2.5 * t / max(seconds, 0.05))
        value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        samples.append(int(32767 * amplitude * envelope * decay * value / 1.25))
    return samples


def cue_wav(cue: Cue, amplitude: float = 0.6) -> bytes:
    """A mono 16-bit WAV file of the cue, as bytes."""
    samples: list[int] = []
    for frequency, seconds in PATTERNS[cue]:
        samples += _note(frequency, seconds, amplitude)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()

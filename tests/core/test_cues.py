"""Which cue a batch of events gets, and that the synthesised sounds differ."""

from __future__ import annotations

import io
import wave

from recoverykit.core.cues import Cue, cue_for_batch
from recoverykit.core.events import (
    SessionEnded,
    SessionStatus,
    StepEnded,
    StepStatus,
    SwitchSides,
)
from recoverykit.core.machine import SessionMachine
from recoverykit.sound_synth import PATTERNS, cue_wav

from .helpers import make_routine, roll, stretch


def batches(machine, now=0.0):
    out = [machine.start(now)]
    while (wake := machine.next_wakeup(now)) is not None:
        now = wake
        batch = machine.advance(now)
        if batch:
            out.append(batch)
    return out


def test_a_whole_routine_cues_in_order():
    machine = SessionMachine(make_routine(stretch(), roll()))
    cues = [cue_for_batch(b) for b in batches(machine)]
    cues = [c for c in cues if c is not None]
    assert cues == [
        Cue.TICK, Cue.TICK, Cue.TICK,                      # get ready 3-2-1
        Cue.START, Cue.HALFWAY, Cue.TICK, Cue.TICK, Cue.TICK,
        Cue.SWITCH_SIDES,                                   # left side ends: switch, not "end"
        Cue.TICK, Cue.TICK, Cue.TICK,
        Cue.START, Cue.HALFWAY, Cue.TICK, Cue.TICK, Cue.TICK,
        Cue.STEP_END,
        Cue.TICK, Cue.TICK, Cue.TICK,
        Cue.START, Cue.HALFWAY, Cue.TICK, Cue.TICK, Cue.TICK,
        Cue.COMPLETE,                                       # not also an end-of-step tone
    ]


def test_a_skipped_step_makes_no_end_tone_and_a_stop_no_chime():
    slot = make_routine(roll()).slots[0]
    skipped = StepEnded(slot, StepStatus.SKIPPED, 45, 3, 0, 3)
    assert cue_for_batch([skipped]) is None
    assert cue_for_batch([skipped, SessionEnded(SessionStatus.ABANDONED, 3)]) is None
    assert cue_for_batch([SwitchSides(slot, 1)]) is Cue.SWITCH_SIDES


def test_every_cue_is_a_short_valid_wav_and_each_sounds_different():
    shapes = set()
    for cue in Cue:
        data = cue_wav(cue)
        with wave.open(io.BytesIO(data)) as sound:
            assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
            seconds = sound.getnframes() / sound.getframerate()
        assert 0.05 <= seconds <= 1.5
        shapes.add(PATTERNS[cue])
    assert len(shapes) == len(Cue)
    tick = dict(PATTERNS)[Cue.TICK]
    assert len(tick) == 1 and tick[0][1] < 0.1  # ticks stay short so 3-2-1 reads as a countdown

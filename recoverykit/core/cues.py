"""Which sound a batch of session events deserves.

One batch (what one wake-up or one key press caused) plays at most one
sound, the most important, so cues never pile on top of each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from recoverykit.core.events import (
    Countdown,
    Event,
    Halfway,
    SessionEnded,
    SessionStatus,
    StepEnded,
    StepStarted,
    StepStatus,
    SwitchSides,
)


class Cue(IntEnum):
    """Sounds, in rising order of importance."""

    TICK = 1
    HALFWAY = 2
    STEP_END = 3
    START = 4
    SWITCH_SIDES = 5
    COMPLETE = 6


def cue_for(event: Event) -> Cue | None:
    if isinstance(event, Countdown):
        return Cue.TICK
    if isinstance(event, Halfway):
        return Cue.HALFWAY
    if isinstance(event, StepEnded):
        return Cue.STEP_END if event.status is StepStatus.DONE else None
    if isinstance(event, StepStarted):
        return Cue.START
    if isinstance(event, SwitchSides):
        return Cue.SWITCH_SIDES
    if isinstance(event, SessionEnded) and event.status is SessionStatus.COMPLETED:
        return Cue.COMPLETE
    return None


def cue_for_batch(events: Iterable[Event]) -> Cue | None:
    cues = [cue for cue in map(cue_for, events) if cue is not None]
    return max(cues) if cues else None

"""Which sound a batch of session events deserves.

One batch (what one wake-up or one key press caused) plays at most one
sound, the most important, so cues never pile on top of each other. The end
of a cold or a heat step has its own sound, more important than the start of
the next step: the ice must come off even if the next phase starts at once.
An ``EndReminder`` repeats the sound of the step that ended.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from recoverykit.core.events import (
    Countdown,
    EndReminder,
    Event,
    Halfway,
    SessionEnded,
    SessionStatus,
    StepEnded,
    StepStarted,
    StepStatus,
    SwitchSides,
)
from recoverykit.core.kinds import KINDS
from recoverykit.core.routine import Slot


class Cue(IntEnum):
    """Sounds, in rising order of importance."""

    TICK = 1
    HALFWAY = 2
    STEP_END = 3
    START = 4
    SWITCH_SIDES = 5
    HEAT_END = 6
    COLD_END = 7
    COMPLETE = 8


def end_cue(slot: Slot) -> Cue:
    """The sound for the end of ``slot``'s step: cold and heat each have their own."""
    return Cue[KINDS[slot.step.kind].end_cue]


def cue_for(event: Event) -> Cue | None:
    if isinstance(event, Countdown):
        return Cue.TICK
    if isinstance(event, Halfway):
        return Cue.HALFWAY
    if isinstance(event, StepEnded):
        return end_cue(event.slot) if event.status is StepStatus.DONE else None
    if isinstance(event, EndReminder):
        return end_cue(event.slot)
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

"""The adjustable timing around a routine's steps: get-ready, gaps, extend, guards, end alarms."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recoverykit.core.routine import Routine


@dataclass(frozen=True)
class SessionTiming:
    """The adjustable timing around the steps themselves (seconds)."""

    get_ready_s: float = 5.0
    switch_sides_s: float = 5.0
    change_position_s: float = 5.0
    extend_s: float = 15.0
    #: Skip is ignored this long into a step, so a double press skips one step.
    skip_guard_s: float = 1.0
    #: Back within this long of a step's start goes to the step before.
    back_restarts_after_s: float = 3.0
    #: A wake-up this late is a suspend or a stall, not timer jitter.
    resync_after_s: float = 2.0
    #: Gaps between steps wait for the user (Space or Skip) instead of counting down.
    wait_between_steps: bool = False
    #: After a step ends by itself its end cue repeats this many more times...
    end_alarm_repeats: int = 0
    #: ...this many seconds apart, until the user acts or the next step starts.
    end_alarm_every_s: float = 4.0

    def __post_init__(self) -> None:
        for name in ("get_ready_s", "switch_sides_s", "change_position_s", "extend_s",
                     "skip_guard_s", "back_restarts_after_s", "resync_after_s"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number of seconds ≥ 0")
        if type(self.end_alarm_repeats) is not int or not 0 <= self.end_alarm_repeats <= 10:
            raise ValueError("end_alarm_repeats must be a whole number from 0 to 10")
        if not (math.isfinite(self.end_alarm_every_s) and self.end_alarm_every_s > 0):
            raise ValueError("end_alarm_every_s must be a finite number of seconds > 0")


def session_length(routine: Routine, timing: SessionTiming) -> float:
    """How long a session of ``routine`` takes: get-ready, every side of every step, and the gaps.

    The one place this is worked out: the routine list, the preview and the
    command line all show it, and the state machine runs exactly this plan.
    """
    slots = routine.slots
    gaps = sum(timing.switch_sides_s if before.step_index == after.step_index else timing.change_position_s
               for before, after in zip(slots, slots[1:], strict=False))
    return timing.get_ready_s + routine.total_s + gaps


def with_gaps(timing: SessionTiming, get_ready_s: float, switch_sides_s: float,
              change_position_s: float) -> SessionTiming:
    """``timing`` with the user's get-ready and gap lengths (Preferences)."""
    return dataclasses.replace(timing, get_ready_s=float(get_ready_s), switch_sides_s=float(switch_sides_s),
                               change_position_s=float(change_position_s))

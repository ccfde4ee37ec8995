"""A read-only snapshot of a running session, for whatever displays it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from recoverykit.core.events import PhaseKind
from recoverykit.core.routine import Slot
from recoverykit.core.states import State


@dataclass(frozen=True)
class SessionView:
    """A snapshot of the session for display, computed from ``now``."""

    state: State
    phase: PhaseKind | None
    slot: Slot | None
    remaining_s: float
    phase_duration_s: float
    next_slot: Slot | None
    slot_count: int
    step_count: int
    total_remaining_s: float
    paused: bool
    #: Between steps with no countdown: the next step starts when the user says so.
    waiting: bool = False

    @property
    def progress(self) -> float:
        if self.phase_duration_s <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.remaining_s / self.phase_duration_s))

    @property
    def display_seconds(self) -> int:
        """The whole seconds a countdown shows: 0.2 s left still reads 1."""
        return math.ceil(round(self.remaining_s, 6))

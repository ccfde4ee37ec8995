"""What the session machine reports as time passes and the user acts.

Events are plain frozen values. The controller turns them into storage writes,
Qt signals and cues; tests read them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.routine import Slot


class PhaseKind(StrEnum):
    """The kinds of timed block a session is made of."""

    GET_READY = "get_ready"
    WORK = "work"
    SWITCH_SIDES = "switch_sides"
    CHANGE_POSITION = "change_position"


class StepStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class SessionStarted:
    at: float


@dataclass(frozen=True)
class PhaseStarted:
    """A get-ready or gap phase began; ``slot`` is the slot it leads into."""

    kind: PhaseKind
    slot: Slot
    duration_s: float
    at: float


@dataclass(frozen=True)
class StepStarted:
    slot: Slot
    duration_s: float
    at: float


@dataclass(frozen=True)
class Halfway:
    slot: Slot
    at: float


@dataclass(frozen=True)
class Countdown:
    """The last seconds of a phase: 3, 2, 1."""

    seconds_left: int
    phase: PhaseKind
    slot: Slot
    at: float


@dataclass(frozen=True)
class SwitchSides:
    """The next slot is the same step on the other side."""

    next_slot: Slot
    at: float


@dataclass(frozen=True)
class StepEnded:
    """A slot ended; ``overrun_s`` is how far past its end it ran unseen (suspend)."""

    slot: Slot
    status: StepStatus
    planned_s: float
    actual_s: float
    started_at: float
    ended_at: float
    overrun_s: float = 0.0


@dataclass(frozen=True)
class EndReminder:
    """The step that ended by itself is still unanswered: its end cue again.

    ``count`` is which sounding this is (the end itself was the first).
    """

    slot: Slot
    count: int
    at: float


@dataclass(frozen=True)
class Paused:
    at: float


@dataclass(frozen=True)
class Resumed:
    at: float


@dataclass(frozen=True)
class Extended:
    seconds: float
    at: float


@dataclass(frozen=True)
class SessionEnded:
    status: SessionStatus
    at: float


Event = (
    SessionStarted | PhaseStarted | StepStarted | Halfway | Countdown | SwitchSides
    | StepEnded | EndReminder | Paused | Resumed | Extended | SessionEnded
)

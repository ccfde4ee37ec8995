"""Where a running session is, as a plain value that can be saved and carried on.

A :class:`Position` is what the session machine exports with ``snapshot(now)``
and accepts back in ``SessionMachine.restored``: the slot, the kind of phase,
how far into it, whether it was paused, and how many steps had ended. It holds
no clock readings, so a position saved by one process is valid in the next one,
whatever its clock says.

A position read back from disk is untrusted: every field is checked here, and
``routine_fingerprint`` tells whether the routine it belongs to has changed
since it was saved.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from recoverykit.core.events import PhaseKind
from recoverykit.core.routine import Routine

#: No phase, however often it was extended, is restored if it claims to be longer.
MAX_PHASE_S = 24 * 60 * 60


@dataclass(frozen=True)
class Position:
    """A session's place in its routine; ``elapsed_s`` is session seconds into the phase."""

    slot_index: int
    phase: PhaseKind
    elapsed_s: float
    duration_s: float
    paused: bool
    records: int

    def __post_init__(self) -> None:
        for name in ("slot_index", "records"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                raise ValueError(f"{name} must be a whole number ≥ 0, got {value!r}")
        if not isinstance(self.phase, PhaseKind):
            raise ValueError(f"phase must be one of {', '.join(PhaseKind)}, got {self.phase!r}")
        if type(self.paused) is not bool:
            raise ValueError(f"paused must be true or false, got {self.paused!r}")
        for name in ("elapsed_s", "duration_s"):
            value = getattr(self, name)
            if type(value) not in (int, float) or not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds ≥ 0, got {value!r}")
        if self.duration_s <= 0:
            raise ValueError("duration_s must be more than 0 seconds")
        if self.elapsed_s > self.duration_s + 1e-6:
            raise ValueError(
                f"elapsed_s ({self.elapsed_s:g}) is past the end of the phase ({self.duration_s:g})")

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.duration_s - self.elapsed_s)


def routine_fingerprint(routine: Routine) -> str:
    """A short digest of what makes a routine's slots: a saved position fits only the same one."""
    shape = [
        [step.kind.value, step.name, step.duration_s, [side.value for side in step.sides]]
        for step in routine.steps
    ]
    text = json.dumps([routine.id, shape], ensure_ascii=True, separators=(",", ":"))
    import hashlib  # here: loading OpenSSL is not worth it before the window shows

    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]

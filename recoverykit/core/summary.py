"""What a finished (or stopped) session amounts to, for the summary screen."""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.events import SessionStatus, StepEnded, StepStatus
from recoverykit.core.routine import Routine, Slot


@dataclass(frozen=True)
class SessionSummary:
    """Done, skipped and never-reached slots of one session."""

    routine: Routine
    status: SessionStatus
    records: tuple[StepEnded, ...]

    def _final_status(self) -> dict[int, StepStatus]:
        # A slot repeated with Back counts as done if any run of it was done.
        outcome: dict[int, StepStatus] = {}
        for record in self.records:
            if outcome.get(record.slot.index) is not StepStatus.DONE:
                outcome[record.slot.index] = record.status
        return outcome

    @property
    def done(self) -> list[Slot]:
        outcome = self._final_status()
        return [s for s in self.routine.slots if outcome.get(s.index) is StepStatus.DONE]

    @property
    def skipped(self) -> list[Slot]:
        outcome = self._final_status()
        return [s for s in self.routine.slots if outcome.get(s.index) is StepStatus.SKIPPED]

    @property
    def not_reached(self) -> list[Slot]:
        outcome = self._final_status()
        return [s for s in self.routine.slots if s.index not in outcome]

    @property
    def active_s(self) -> float:
        return sum(record.actual_s for record in self.records)

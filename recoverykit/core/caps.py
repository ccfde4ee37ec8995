"""Hard caps on time under cold and heat, and on one massage-gun spot: what no "+15 s" passes.

A step's whole time, every extension included, stays at or under its cap,
for each application (each time the ice goes on; in contrast therapy each
cold phase is one, with the heat between). The state machine stops "+15 s"
there (``SessionMachine.extend_blocked`` says why), and the routine editor,
routine files and their import refuse a step longer than its cap with the
same words. The numbers and their sources are the limits table's
(core/limits.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.kinds import StepKind
from recoverykit.core.limits import LIMITS, ColdModality, HeatModality, Limit, limit_for
from recoverykit.core.messages import Message, msg


@dataclass(frozen=True)
class Cap:
    """The most seconds a step may last in all, why, and where that comes from."""

    total_s: float
    reason: Message
    source: Message

    def text(self) -> Message:
        """The reason with its source, as the editor, a routine file's error and the greyed "+15 s" say it."""
        return msg("{reason} (source: {source})", reason=self.reason, source=self.source)

    @classmethod
    def of(cls, limit: Limit) -> Cap:
        assert limit.cap_s is not None
        return cls(limit.cap_s, limit.cap_reason(), limit.source)


#: Every cap of the limits table, by (kind, modality); a cold or heat step that names no modality
#: (or one this version does not know) is capped as its default modality, the milder and commoner one.
CAPS: dict[tuple[StepKind, str | None], Cap] = {
    (StepKind(limit.kind), limit.modality): Cap.of(limit) for limit in LIMITS if limit.cap_s is not None}
ICE_PACK = CAPS[(StepKind.COLD, ColdModality.ICE_PACK.value)]
COLD_IMMERSION = CAPS[(StepKind.COLD, ColdModality.COLD_IMMERSION.value)]
HOT_PACK = CAPS[(StepKind.HEAT, HeatModality.HOT_TOWEL.value)]
WARM_BATH = CAPS[(StepKind.HEAT, HeatModality.WARM_BATH.value)]
MASSAGE_SPOT = CAPS[(StepKind.MASSAGE_GUN, None)]


def cap_for(kind: StepKind, modality: str | None = None) -> Cap | None:
    """The cap on a step of ``kind`` (and ``modality``); None for kinds no safety rule caps."""
    limit = limit_for(kind.value, modality)
    return CAPS.get((kind, limit.modality)) if limit.cap_s is not None else None


def room_left(step, planned_s: float) -> tuple[Cap | None, float | None]:
    """The step's cap and the seconds "+15 s" may still add under it (None, None when uncapped)."""
    cap = cap_for(step.kind, step.modality)
    return (cap, cap.total_s - planned_s) if cap is not None else (None, None)

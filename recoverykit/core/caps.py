"""Hard caps on time under cold and heat, and on one massage-gun spot: what no "+15 s" passes.

A step's whole time, every extension included, stays at or under its cap.
The state machine stops "+15 s" there (``SessionMachine.extend_blocked``
says why), and the routine editor, routine files and their import refuse a
step longer than its cap with the same words. Each cap names its source
(docs/guidance-sources.md); the numbers are GUIDANCE's "Safety rules beyond
the articles".
"""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.contrast_bounds import ColdModality, HeatModality
from recoverykit.core.kinds import StepKind
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


ICE_PACK = Cap(20 * 60, msg("an ice pack stays on at most 20 min in all, every +15 s included"),
               msg("clinicalgate, \u201cCryotherapy\u201d: protocols limit cold to 15\u201320 min"))
COLD_IMMERSION = Cap(15 * 60, msg("cold-water immersion lasts at most 15 min in all, every +15 s included"),
                     msg("Machado et al. 2016, Sports Med 46:503\u2013514: 10\u201315 \u00b0C for 10\u201315 min"))
HOT_PACK = Cap(20 * 60, msg("a hot towel or heat pack stays on at most 20 min in all, every +15 s included"),
               msg("guidance 002: about 40 \u00b0C for 15 min; 20 min is that length with a margin"))
WARM_BATH = Cap(15 * 60, msg("a warm bath lasts at most 15 min in all, every +15 s included"),
                msg("guidance 002: 15 min of heat; a bath warms the whole body, so no longer"))
MASSAGE_SPOT = Cap(90, msg("a massage gun stays at most 90 s on each muscle group, every +15 s included"),
                   msg("guidance 003: 60\u201390 s per muscle group"))

#: A cold or heat step that names no modality is capped as the pack, the milder and commoner one.
CAPS: dict[tuple[StepKind, str | None], Cap] = {
    (StepKind.COLD, None): ICE_PACK,
    (StepKind.COLD, ColdModality.ICE_PACK.value): ICE_PACK,
    (StepKind.COLD, ColdModality.COLD_IMMERSION.value): COLD_IMMERSION,
    (StepKind.HEAT, None): HOT_PACK,
    (StepKind.HEAT, HeatModality.HOT_TOWEL.value): HOT_PACK,
    (StepKind.HEAT, HeatModality.WARM_BATH.value): WARM_BATH,
    (StepKind.MASSAGE_GUN, None): MASSAGE_SPOT,
}


def cap_for(kind: StepKind, modality: str | None = None) -> Cap | None:
    """The cap on a step of ``kind`` (and ``modality``); None for kinds no safety rule caps."""
    if kind is StepKind.MASSAGE_GUN:
        return MASSAGE_SPOT  # whatever the device is called
    found = CAPS.get((kind, modality))
    if found is None and kind in (StepKind.COLD, StepKind.HEAT):
        return CAPS[(kind, None)]  # a modality this version does not know: the pack's cap
    return found


def room_left(step, planned_s: float) -> tuple[Cap | None, float | None]:
    """The step's cap and the seconds "+15 s" may still add under it (None, None when uncapped)."""
    cap = cap_for(step.kind, step.modality)
    return (cap, cap.total_s - planned_s) if cap is not None else (None, None)

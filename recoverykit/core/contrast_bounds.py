"""Safety bounds for contrast therapy, per modality: the limits table's rows as the set-up uses them.

The guidance (source 002) describes one cycle: an ice pack for 10 min, cold
first, then a hot towel at about 40 °C for 15 min, within 48 h after
exercise, with temperature control for sensitive skin. Every phase length
and temperature here is read from the one limits table (core/limits.py), so
the set-up, routine files, the editor and the caps say the same numbers: a
phase may be planned up to its modality's cap, and "+15 s" never passes the
cap either. Bounds are enforced with a one-line reason, never clamped. The
rounds and the swap countdown are the set-up's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from recoverykit.core.limits import MIN_APPLICATION_S, ColdModality, HeatModality, Limit, limit_for
from recoverykit.core.messages import Message, got, msg

__all__ = ["COLD_PHASE", "COLD_TEMPERATURE_C", "DEFAULT_SWAP_S", "HEAT_PHASE", "HEAT_TEMPERATURE_C",
           "MIN_PHASE_S", "ROUNDS", "SWAP", "ColdModality", "HeatModality", "Range"]


@dataclass(frozen=True)
class Range:
    """An inclusive range with the one-line reason shown when a value leaves it."""

    low: float
    high: float
    reason: Message
    source: Message

    def check(self, value: float, shown: Message | str) -> Message | None:
        """``reason (got shown)`` when ``value`` is outside the range, else None."""
        if self.low <= value <= self.high:
            return None
        return got(self.reason, shown)


def _phase(limit: Limit) -> Range:
    assert limit.plan_min_s is not None and limit.plan_max_s is not None
    return Range(limit.plan_min_s, limit.plan_max_s, limit.plan_reason(), limit.source)


def _warmth(limit: Limit) -> Range:
    assert limit.temperature_c is not None and limit.temperature_source is not None
    low, high = limit.temperature_c
    return Range(low, high, limit.temperature_reason(), limit.temperature_source)


#: Shorter than this is not a phase: a product sanity limit for every modality.
MIN_PHASE_S = MIN_APPLICATION_S

COLD_PHASE: dict[ColdModality, Range] = {m: _phase(limit_for("cold", m.value)) for m in ColdModality}
HEAT_PHASE: dict[HeatModality, Range] = {m: _phase(limit_for("heat", m.value)) for m in HeatModality}
COLD_TEMPERATURE_C: dict[ColdModality, Range] = {m: _warmth(limit_for("cold", m.value)) for m in ColdModality}
HEAT_TEMPERATURE_C: dict[HeatModality, Range] = {m: _warmth(limit_for("heat", m.value)) for m in HeatModality}

ROUNDS = Range(1, 4, msg("contrast therapy runs 1 to 4 rounds"),
               msg("the guidance describes one cold\u2192heat cycle; up to 4 is a product decision"))

SWAP = Range(0, 60, msg("the swap countdown lasts 0 to 60 s"), msg("product decision"))

#: The default swap countdown between phases, seconds.
DEFAULT_SWAP_S = 15

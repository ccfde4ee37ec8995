"""Safety bounds for contrast therapy, per modality, each with where it came from.

The guidance (source 002) describes one cycle: an ice pack for 10 min, cold
first, then a hot towel at about 40 °C for 15 min, within 48 h after
exercise, with temperature control for sensitive skin. It says nothing about
cold-water immersion or a warm bath; those bounds are product decisions,
chosen conservatively and explained in ``source``. Bounds are enforced with a
one-line reason, never clamped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.messages import Message, got


class ColdModality(StrEnum):
    """How the cold is applied."""

    ICE_PACK = "ice_pack"            # an ice pack or a cold towel on the muscle
    COLD_IMMERSION = "cold_immersion"  # the legs in a cold tub


class HeatModality(StrEnum):
    """How the warmth is applied."""

    HOT_TOWEL = "hot_towel"  # a hot towel or a heat pack on the muscle
    WARM_BATH = "warm_bath"  # the legs (or the body) in a warm bath


@dataclass(frozen=True)
class Range:
    """An inclusive range with the one-line reason shown when a value leaves it."""

    low: float
    high: float
    reason: str
    source: str

    def check(self, value: float, shown: Message | str) -> Message | None:
        """``reason (got shown)`` when ``value`` is outside the range, else None."""
        if self.low <= value <= self.high:
            return None
        return got(Message(self.reason), shown)


#: Shorter than this is not a phase: a product sanity limit for every modality.
MIN_PHASE_S = 30

COLD_PHASE: dict[ColdModality, Range] = {
    ColdModality.ICE_PACK: Range(
        MIN_PHASE_S, 10 * 60,
        "an ice pack or cold towel stays on 30 s to 10 min a phase",
        "ice pack at most 10 min (guidance 002)",
    ),
    ColdModality.COLD_IMMERSION: Range(
        MIN_PHASE_S, 3 * 60,
        "cold-water immersion is kept to 30 s to 3 min a phase",
        "product decision, conservative: the guidance gives no immersion time. Cold water takes heat "
        "from far more skin than a pack does, so the bound is set well below the 10 min ice pack. "
        "Contrast-water-therapy protocols in common sports practice use cold bouts of about 1-3 min "
        "(e.g. https://www.consciousbodyrecovery.com/post/alternating-temperature-protocols-do-they-work); "
        "3 min is the top of that range",
    ),
}

HEAT_PHASE: dict[HeatModality, Range] = {
    HeatModality.HOT_TOWEL: Range(
        MIN_PHASE_S, 20 * 60,
        "a hot towel or heat pack stays on 30 s to 20 min a phase",
        "hot towel 15 min (guidance 002); the 20 min ceiling is a product decision, "
        "the described length plus a margin",
    ),
    HeatModality.WARM_BATH: Range(
        MIN_PHASE_S, 15 * 60,
        "a warm bath lasts 30 s to 15 min a phase",
        "product decision, conservative: the guidance describes 15 min of heat with a towel; a bath "
        "warms the whole body, so it is never longer than that",
    ),
}

HEAT_TEMPERATURE_C: dict[HeatModality, Range] = {
    HeatModality.HOT_TOWEL: Range(
        30.0, 45.0,
        "a hot towel or heat pack is set between 30 and 45 °C",
        "about 40 °C (guidance 002); 30-45 °C is the range routine files accept",
    ),
    HeatModality.WARM_BATH: Range(
        30.0, 40.0,
        "a warm bath is set between 30 and 40 °C",
        "product decision, conservative: the guidance gives 40 °C for a towel, not a bath. Water all "
        "around the body raises its core temperature, so 40 °C (104 °F) is the ceiling, the limit the "
        "US Consumer Product Safety Commission set for hot tubs (advisory 79-071, 1979; UL 1563 §32.1)",
    ),
}

COLD_TEMPERATURE_C: dict[ColdModality, Range] = {
    ColdModality.ICE_PACK: Range(
        0.0, 20.0,
        "an ice pack or cold towel is between 0 and 20 °C",
        "the range routine files accept; wrapped in a cloth, never straight on the skin",
    ),
    ColdModality.COLD_IMMERSION: Range(
        10.0, 15.0,
        "cold water for immersion is kept between 10 and 15 °C, never colder",
        "Machado et al. 2016, Sports Med 46:503-514: 10-15 °C for 10-15 min gave the best soreness results",
    ),
}

ROUNDS = Range(1, 4, "contrast therapy runs 1 to 4 rounds",
               "the guidance describes one cold→heat cycle; up to 4 is a product decision")

SWAP = Range(0, 60, "the swap countdown lasts 0 to 60 s", "product decision")

#: The default swap countdown between phases, seconds.
DEFAULT_SWAP_S = 15

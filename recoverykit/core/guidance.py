"""The numbers the product is built on, each with where it came from.

The sources are the five recovery articles the product was researched from,
named 000-004 (see docs/guidance-sources.md). Where no source sets a bound the
product sets a sanity limit and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StepKind(StrEnum):
    """What a step asks the body to do; decides bounds, colour and sound."""

    STRETCH = "stretch"
    FOAM_ROLL = "foam_roll"
    MASSAGE_GUN = "massage_gun"
    COLD = "cold"
    HEAT = "heat"
    ACTIVE = "active"
    WARMUP = "warmup"
    REST = "rest"
    COMPRESSION = "compression"
    VIBRATION = "vibration"
    BATH = "bath"


@dataclass(frozen=True)
class DurationBounds:
    """Allowed seconds for one side of one step, and why."""

    min_s: float | None
    max_s: float | None
    reason: str
    source: str

    def check(self, seconds: float) -> str | None:
        """A one-line reason when ``seconds`` is out of bounds, else None."""
        if self.min_s is not None and seconds < self.min_s:
            return f"{self.reason} (got {seconds:g} s)"
        if self.max_s is not None and seconds > self.max_s:
            return f"{self.reason} (got {seconds:g} s)"
        return None


#: No step of any kind runs longer than this: a product sanity limit, not a
#: recommendation from any source.
MAX_STEP_S = 3 * 60 * 60

BOUNDS: dict[StepKind, DurationBounds] = {
    StepKind.STRETCH: DurationBounds(
        20, None, "a static stretch is held for at least 20 s", "001, 002"
    ),
    StepKind.FOAM_ROLL: DurationBounds(
        30, 60, "foam rolling takes 30-60 s per muscle group", "002, 003"
    ),
    StepKind.MASSAGE_GUN: DurationBounds(
        60, 90, "a massage gun stays 60-90 s on each spot", "003"
    ),
    StepKind.COLD: DurationBounds(
        None, 10 * 60, "an ice pack stays on at most 10 min at a time", "002"
    ),
    StepKind.HEAT: DurationBounds(
        None, None, "no source bounds a heat phase; 15 min is the described length", "002"
    ),
    StepKind.ACTIVE: DurationBounds(
        None, None, "no source bounds easy walking; 10-15 min is suggested", "002, 003"
    ),
    StepKind.WARMUP: DurationBounds(None, None, "no source bounds a warm-up drill", "001, 003"),
    StepKind.REST: DurationBounds(None, None, "rest has no bound", "product"),
    StepKind.COMPRESSION: DurationBounds(
        None, None, "no source bounds a session in pneumatic compression boots; "
        "follow the maker's guidance", "none"
    ),
    StepKind.VIBRATION: DurationBounds(
        None, None, "no source bounds time on a vibration plate; follow the maker's guidance",
        "none"
    ),
    StepKind.BATH: DurationBounds(
        None, None, "no source bounds an Epsom-salt soak; it is named only as an optional "
        "relaxing step", "000"
    ),
}

#: Kinds for which no source gives a duration bound: the editor says so beside the field
#: and routine files should say so in the step's ``safety`` note.
UNBOUNDED_BY_SOURCE: frozenset[StepKind] = frozenset(
    {StepKind.COMPRESSION, StepKind.VIBRATION, StepKind.BATH})

#: Heat for contrast therapy: a hot towel at about 40 degrees C (source 002).
HEAT_TEMPERATURE_C = 40.0
#: The temperature range the app accepts for a heat step; warmer risks burns.
HEAT_TEMPERATURE_RANGE_C = (30.0, 45.0)
#: The range the app accepts for a cold step.
COLD_TEMPERATURE_RANGE_C = (0.0, 20.0)
#: Contrast therapy belongs to the 48 h after exercise (source 002).
CONTRAST_WINDOW_H = 48
#: Active recovery at about 50 % of maximum heart rate (source 002).
ACTIVE_RECOVERY_HR_FRACTION = 0.5
#: The easy-run band, 60-70 % of maximum heart rate (source 001).
EASY_RUN_HR_BAND = (0.6, 0.7)

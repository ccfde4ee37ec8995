"""The kind table: everything the core knows about each kind of step, in one entry per kind.

Bounds with their reason and source, the sound at the end, the temperature
range and the temperature to start from, the modalities it may name, and
whether it is done one side at a time. The UI has one table of its own
(label, hue, icon: ``recoverykit/qt/kind_look.py``); a new kind is one entry
here and one there, and tests/core/test_kinds.py walks every kind through both.

The sources are the five recovery articles the product was researched from,
named 000-004 (see docs/guidance-sources.md). Where no source sets a bound
the product sets a sanity limit and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.contrast_bounds import ColdModality, HeatModality
from recoverykit.core.messages import Message, duration_as, got


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

    def check(self, value_s: float) -> Message | None:
        """A one-line reason when ``value_s`` is out of bounds, else None."""
        too_short = self.min_s is not None and value_s < self.min_s
        too_long = self.max_s is not None and value_s > self.max_s
        limit = max(self.min_s or 0, self.max_s or 0)
        return got(Message(self.reason), duration_as(limit, value_s)) if too_short or too_long else None


@dataclass(frozen=True)
class KindFacts:
    """What one kind of step is, as the rules, the cues and the editor need it."""

    bounds: DurationBounds
    #: The cue at the end of the step (a ``core.cues.Cue`` name): cold and heat have their own.
    end_cue: str = "STEP_END"
    #: The temperatures a step of this kind may be set to (°C), or None if it takes none.
    temperature_range_c: tuple[float, float] | None = None
    #: Where the editor starts when a temperature is switched on (°C).
    default_temperature_c: float | None = None
    #: The modalities a step of this kind may name; other kinds take free text (a product name).
    modalities: tuple[str, ...] = ()
    #: One leg at a time: a new step of this kind runs left then right.
    per_side: bool = False
    #: No source gives a duration bound: the editor and the step's note say so.
    unbounded_by_source: bool = False
    #: Done before exercise, not after: a routine with one is no cool-down (no refuel reminder).
    before_exercise: bool = False


#: No step of any kind runs longer than this: a product sanity limit, not a
#: recommendation from any source.
MAX_STEP_S = 3 * 60 * 60

#: The temperature range the app accepts for a heat step; warmer risks burns.
HEAT_TEMPERATURE_RANGE_C = (30.0, 45.0)
#: The range the app accepts for a cold step.
COLD_TEMPERATURE_RANGE_C = (0.0, 20.0)

KINDS: dict[StepKind, KindFacts] = {
    StepKind.STRETCH: KindFacts(
        DurationBounds(20, None, "a static stretch is held for at least 20 s", "001, 002"), per_side=True),
    StepKind.FOAM_ROLL: KindFacts(
        DurationBounds(30, 60, "foam rolling takes 30-60 s per muscle group", "002, 003"), per_side=True),
    StepKind.MASSAGE_GUN: KindFacts(
        DurationBounds(60, 90, "a massage gun stays 60-90 s on each spot", "003"), per_side=True),
    StepKind.COLD: KindFacts(
        DurationBounds(None, 10 * 60, "an ice pack stays on at most 10 min at a time", "002"),
        end_cue="COLD_END", temperature_range_c=COLD_TEMPERATURE_RANGE_C, default_temperature_c=10.0,
        modalities=tuple(m.value for m in ColdModality)),
    StepKind.HEAT: KindFacts(
        DurationBounds(None, 20 * 60, "heat stays on at most 20 min; 15 min is the described length", "002"),
        end_cue="HEAT_END", temperature_range_c=HEAT_TEMPERATURE_RANGE_C, default_temperature_c=40.0,
        modalities=tuple(m.value for m in HeatModality)),
    StepKind.ACTIVE: KindFacts(
        DurationBounds(None, None, "no source bounds easy walking; 10-15 min is suggested", "002, 003")),
    StepKind.WARMUP: KindFacts(
        DurationBounds(None, None, "no source bounds a warm-up drill", "001, 003"), before_exercise=True),
    StepKind.REST: KindFacts(DurationBounds(None, None, "rest has no bound", "product")),
    StepKind.COMPRESSION: KindFacts(
        DurationBounds(None, None, "no source bounds a session in pneumatic compression boots; "
                       "follow the maker's guidance", "none"), unbounded_by_source=True),
    StepKind.VIBRATION: KindFacts(
        DurationBounds(None, None, "no source bounds time on a vibration plate; follow the maker's guidance",
                       "none"), unbounded_by_source=True),
    StepKind.BATH: KindFacts(
        DurationBounds(None, None, "no source bounds an Epsom-salt soak; it is named only as an optional "
                       "relaxing step", "000"), unbounded_by_source=True),
}

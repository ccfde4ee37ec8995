"""The numbers the product is built on, each with where it came from.

The sources are the five recovery articles the product was researched from,
named 000-004 (see docs/guidance-sources.md). Where no source sets a bound the
product sets a sanity limit and says so.
"""

from __future__ import annotations

from recoverykit.core.kinds import (
    COLD_TEMPERATURE_RANGE_C,
    HEAT_TEMPERATURE_RANGE_C,
    KINDS,
    MAX_STEP_S,
    DurationBounds,
    StepKind,
)
from recoverykit.core.limits import limit_for

__all__ = ["BOUNDS", "COLD_TEMPERATURE_RANGE_C", "HEAT_TEMPERATURE_RANGE_C", "KINDS", "MAX_STEP_S",
           "UNBOUNDED_BY_SOURCE", "DurationBounds", "StepKind"]


#: Derived from the kind table (core/kinds.py): the duration bounds of each kind.
BOUNDS: dict[StepKind, DurationBounds] = {kind: facts.bounds for kind, facts in KINDS.items()}

#: Kinds for which no source gives a duration bound: the editor says so beside the field
#: and routine files should say so in the step's ``safety`` note.
UNBOUNDED_BY_SOURCE: frozenset[StepKind] = frozenset(
    kind for kind, facts in KINDS.items() if facts.unbounded_by_source)

#: Heat for contrast therapy: a hot towel at about 40 degrees C (source 002).
HEAT_TEMPERATURE_C = limit_for("heat", "hot_towel").default_temperature_c
#: Contrast therapy belongs to the 48 h after exercise (source 002).
CONTRAST_WINDOW_H = 48
#: Active recovery at about 50 % of maximum heart rate (source 002).
ACTIVE_RECOVERY_HR_FRACTION = 0.5
#: The easy-run band, 60-70 % of maximum heart rate (source 001).
EASY_RUN_HR_BAND = (0.6, 0.7)

"""Heart-rate bands from the settings: an estimated or measured maximum, then a fraction of it.

Maximum heart rate is a measured value when the user gives one, else
Tanaka's estimate, 208 − 0.7 × age (Tanaka, Monahan, Seals 2001, J Am Coll
Cardiol 37:153–156), which the app always labels as an estimate; the talk
test is the alternative, and the only guide for people on beta-blockers.
Active recovery is at about 50 % of it (guidance
002); the easy-run pace at 60-70 % (guidance 001). "About 50 %" is shown as
45-55 %: a product decision, so the band is something one can aim into.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.guidance import ACTIVE_RECOVERY_HR_FRACTION, EASY_RUN_HR_BAND

#: Half-width of the "about 50 %" band, as a fraction of max: a product decision.
ABOUT_MARGIN = 0.05
#: Tanaka, Monahan, Seals 2001: maximum heart rate ≈ 208 − 0.7 × age (an estimate, ± about 10 bpm).
TANAKA_INTERCEPT = 208
TANAKA_SLOPE = 0.7
#: A measured maximum below this is not a maximum (a resting rate typed in the wrong box).
MIN_MEASURED_MAX = 100


class MaxSource(StrEnum):
    """Where the maximum came from."""

    MEASURED = "measured"
    AGE = "age"


@dataclass(frozen=True)
class HeartRateBand:
    """Aim for ``low``-``high`` bpm, from ``max_bpm`` (measured or estimated from age)."""

    low: int
    high: int
    max_bpm: int
    source: MaxSource


#: Ages the estimate is given for: outside them (a typing slip, a child) it is not a useful guide.
AGE_RANGE = (10, 100)


def max_heart_rate(age: int, measured: int) -> tuple[int, MaxSource] | None:
    """The measured max if given (at least MIN_MEASURED_MAX), else 208 − 0.7 × age if an age is given, else None."""
    if measured >= MIN_MEASURED_MAX:
        return measured, MaxSource.MEASURED
    if AGE_RANGE[0] <= age <= AGE_RANGE[1]:
        return round(TANAKA_INTERCEPT - TANAKA_SLOPE * age), MaxSource.AGE
    return None


def band(age: int, measured: int, low_fraction: float, high_fraction: float) -> HeartRateBand | None:
    found = max_heart_rate(age, measured)
    if found is None:
        return None
    maximum, source = found
    return HeartRateBand(round(maximum * low_fraction), round(maximum * high_fraction), maximum, source)


def active_recovery_band(age: int, measured: int) -> HeartRateBand | None:
    """About 50 % of max (guidance 002), or None when neither age nor max is known."""
    return band(age, measured, ACTIVE_RECOVERY_HR_FRACTION - ABOUT_MARGIN,
                ACTIVE_RECOVERY_HR_FRACTION + ABOUT_MARGIN)


def easy_run_band(age: int, measured: int) -> HeartRateBand | None:
    """60-70 % of max (guidance 001), or None when neither age nor max is known."""
    return band(age, measured, *EASY_RUN_HR_BAND)

"""Heart-rate bands: measured max wins over Tanaka's 208 − 0.7 × age; nothing without either."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recoverykit.core.heart_rate import (
    AGE_RANGE,
    MaxSource,
    active_recovery_band,
    easy_run_band,
    max_heart_rate,
)


def test_age_estimate_and_measured_max():
    assert max_heart_rate(40, 0) == (180, MaxSource.AGE)
    assert max_heart_rate(20, 0) == (194, MaxSource.AGE) and max_heart_rate(70, 0) == (159, MaxSource.AGE)
    assert max_heart_rate(40, 172) == (172, MaxSource.MEASURED)
    assert max_heart_rate(0, 0) is None


def test_bands():
    active = active_recovery_band(40, 0)
    assert (active.low, active.high, active.max_bpm, active.source) == (81, 99, 180, MaxSource.AGE)
    easy = easy_run_band(0, 190)
    assert (easy.low, easy.high, easy.source) == (114, 133, MaxSource.MEASURED)
    assert active_recovery_band(0, 0) is None and easy_run_band(0, 0) is None


def test_no_estimate_for_an_age_outside_10_to_100():
    """Age 5 would give 215 bpm: a typing slip or a child, not a guide."""
    assert active_recovery_band(5, 0) is None and active_recovery_band(101, 0) is None
    assert active_recovery_band(10, 0) is not None and active_recovery_band(100, 0) is not None


@given(st.integers(0, 110), st.integers(0, 230))
def test_bands_are_ordered_and_below_max(age, measured):
    band = active_recovery_band(age, measured)
    if band is None:
        assert not AGE_RANGE[0] <= age <= AGE_RANGE[1] and measured < 100
    else:
        assert 0 < band.low <= band.high < band.max_bpm

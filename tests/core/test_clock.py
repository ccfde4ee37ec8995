"""Clocks: the system clock counts suspend; a scaled clock speeds session time only."""

from __future__ import annotations

import time

import pytest

from recoverykit.core.clock import ManualClock, ScaledClock, SystemClock


def test_system_clock_uses_boottime_where_available():
    clock = SystemClock()
    if hasattr(time, "CLOCK_BOOTTIME"):
        assert abs(clock.now() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1.0
    assert clock.wall().utcoffset() is not None


def test_scaled_clock_runs_faster_and_keeps_real_wall_time():
    base = ManualClock(start=50.0)
    scaled = ScaledClock(base, 60)
    start, wall = scaled.now(), scaled.wall()
    base.advance(2.0)
    assert scaled.now() - start == pytest.approx(120.0)
    assert (scaled.wall() - wall).total_seconds() == pytest.approx(2.0)
    assert scaled.rate == 60


@pytest.mark.parametrize("rate", [0, -1, float("inf"), float("nan")])
def test_scaled_clock_refuses_nonsense(rate):
    with pytest.raises(ValueError):
        ScaledClock(ManualClock(), rate)


def test_manual_clock_only_moves_forward():
    clock = ManualClock()
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(clock.now() - 1)

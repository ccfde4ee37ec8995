"""Clocks: where "now" comes from.

Everything else in the core takes ``now`` as an argument; only the
composition root picks a clock. Session time must keep counting while the
computer is suspended (an ice pack keeps cooling while the laptop sleeps), so
the system clock reads ``CLOCK_BOOTTIME`` where the platform has it.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """A source of session time and of wall-clock timestamps.

    ``now()`` is in seconds on a steady scale (only differences matter).
    ``wall()`` is the aware local date and time, for what is stored.
    ``rate`` is how many session seconds pass per real second (1 unless a
    time scale is set for demos and tests).
    """

    rate: float

    def now(self) -> float: ...

    def wall(self) -> datetime: ...


def _steady_seconds() -> float:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    # macOS and Windows: monotonic() already counts time spent asleep there.
    return time.monotonic()


def local_now() -> datetime:
    """The current local time, aware (it carries its UTC offset)."""
    return datetime.now(timezone.utc).astimezone()


class SystemClock:
    """The real clock: a steady time that counts suspend, and local wall time."""

    rate = 1.0

    def now(self) -> float:
        return _steady_seconds()

    def wall(self) -> datetime:
        return local_now()


class ScaledClock:
    """Runs session time ``rate`` times faster than ``base``; wall time stays real."""

    def __init__(self, base: Clock, rate: float) -> None:
        if not rate > 0 or rate == float("inf"):
            raise ValueError(f"time scale must be a positive number, got {rate!r}")
        self._base = base
        self.rate = rate * base.rate
        self._origin = base.now()

    def now(self) -> float:
        return self._origin + (self._base.now() - self._origin) * (self.rate / self._base.rate)

    def wall(self) -> datetime:
        return self._base.wall()


class ManualClock:
    """A clock that moves only when told to: for tests and benchmarks."""

    rate = 1.0

    def __init__(self, start: float = 1000.0, wall_start: datetime | None = None) -> None:
        self._now = start
        self._start = start
        self._wall_start = wall_start or datetime(2026, 5, 4, 7, 30, tzinfo=timezone.utc)

    def now(self) -> float:
        return self._now

    def wall(self) -> datetime:
        return self._wall_start + timedelta(seconds=self._now - self._start)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a manual clock only moves forward")
        self._now += seconds

    def set(self, now: float) -> None:
        if now < self._now:
            raise ValueError("a manual clock only moves forward")
        self._now = now

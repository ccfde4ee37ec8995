"""Step write: committing one finished step, as the controller does when a step ends.

A real database file in a temp dir, opened by ``open_database`` (WAL,
synchronous=NORMAL), one session started, then ``record_step`` timed one call
at a time. Each call is its own committed transaction.
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.options import Options
from benchmarks.results import Result, median, percentile
from recoverykit.core.events import StepStatus
from recoverykit.storage.db import open_database
from recoverykit.storage.sessions import SessionRepository, StepRow

TARGET_S = 0.005


def time_writes(count: int) -> list[float]:
    begun = datetime(2026, 5, 4, 7, 30, tzinfo=timezone.utc)
    times = []
    with tempfile.TemporaryDirectory(prefix="rk-bench-write-") as folder:
        db = open_database(Path(folder) / "recoverykit.db")
        try:
            repository = SessionRepository(db)
            session_id = repository.start_session("cooldown", "Post-run cool-down", begun)
            for position in range(count):
                row = StepRow(position=position, slot=position, step_index=position, kind="stretch",
                              name="Standing quad stretch", side="left", planned_s=30.0, actual_s=30.0,
                              status=StepStatus.DONE, started_at=begun + timedelta(seconds=35 * position),
                              ended_at=begun + timedelta(seconds=35 * position + 30))
                started = time.perf_counter()
                repository.record_step(session_id, row)
                times.append(time.perf_counter() - started)
        finally:
            db.close()
    return times


def measure(options: Options) -> tuple[list[Result], dict]:
    times = time_writes(options.step_writes)
    middle = median(times)
    return [Result(f"step write (median of {len(times)})", f"{middle * 1000:.2f} ms",
                   f"≤ {TARGET_S * 1000:g} ms", "", middle <= TARGET_S,
                   note=f"p99 {percentile(times, 0.99) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
            ], {"write_s": times}

"""Years of daily sessions, written through SessionRepository in one transaction.

Every day has one session of the post-run cool-down (16 steps once both
sides are counted); about one in ten was stopped early, one in fifty
interrupted. The generator is seeded, so every run writes the same history.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from recoverykit import cli
from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.paths import AppPaths
from recoverykit.storage.db import open_database
from recoverykit.storage.sessions import SessionRepository, StepRow

START = datetime(2016, 5, 4, 18, 30, tzinfo=timezone(timedelta(hours=2)))


def write_history(paths: AppPaths, years: float, seed: int = 7) -> tuple[int, int]:
    """Fill ``paths.database`` with ``years`` of daily sessions; returns (sessions, steps)."""
    routine = cli.load_routines(paths).get("cooldown")
    assert routine is not None
    rng = random.Random(seed)
    days = max(1, round(years * 365.25))
    db = open_database(paths.database)
    repository = SessionRepository(db)
    steps_written = 0
    try:
        with db.atomic():
            for day in range(days):
                begun = START + timedelta(days=day, minutes=rng.randint(-90, 90))
                session_id = repository.start_session(routine.id, routine.name, begun,
                                                      str(uuid.UUID(int=rng.getrandbits(128))))
                roll = rng.random()
                status = (SessionStatus.INTERRUPTED if roll < 0.02 else
                          SessionStatus.ABANDONED if roll < 0.12 else SessionStatus.COMPLETED)
                slots = routine.slots if status is SessionStatus.COMPLETED else routine.slots[
                    :rng.randint(1, len(routine.slots) - 1)]
                moment = begun + timedelta(seconds=5)
                for position, slot in enumerate(slots):
                    skipped = rng.random() < 0.05
                    actual = slot.duration_s * (rng.uniform(0.1, 0.9) if skipped else 1.0)
                    repository.record_step(session_id, StepRow(
                        position=position, slot=slot.index, step_index=slot.step_index,
                        kind=slot.step.kind.value, name=slot.step.name,
                        side=slot.side.value if slot.side else None, planned_s=slot.duration_s,
                        actual_s=actual, status=StepStatus.SKIPPED if skipped else StepStatus.DONE,
                        started_at=moment, ended_at=moment + timedelta(seconds=actual),
                        temperature_c=slot.step.temperature_c, modality=slot.step.modality))
                    moment += timedelta(seconds=actual + 5)
                    steps_written += 1
                repository.finish_session(session_id, status, moment)
    finally:
        db.close()
    return days, steps_written


def make(data_dir: Path, years: float) -> tuple[AppPaths, int, int]:
    paths = AppPaths(data_dir, data_dir / "config")
    paths.ensure()
    sessions, steps = write_history(paths, years)
    return paths, sessions, steps

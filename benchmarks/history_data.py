"""Years of daily sessions, written through SessionRepository in one transaction.

Every day has one session of the post-run cool-down (16 steps once both
sides are counted); about one in ten was stopped early, one in fifty
interrupted; each has a journal with some soreness. The generator is
seeded, so every run writes the same history.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from recoverykit import cli
from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.journal import Journal
from recoverykit.paths import AppPaths
from recoverykit.storage.db import open_database
from recoverykit.storage.history_export import json_text
from recoverykit.storage.history_import import import_history
from recoverykit.storage.journal_store import JournalStore
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
                JournalStore(repository).save(session_id, Journal(
                    {"calves": rng.randint(0, 8), "quads": rng.randint(0, 6)},
                    {"calves": rng.randint(0, 6), "quads": rng.randint(0, 5)},
                    "run", round(rng.uniform(3, 20), 1), rng.randint(20, 120), rng.randint(2, 9)), moment)
    finally:
        db.close()
    return days, steps_written


def make(data_dir: Path, years: float) -> tuple[AppPaths, int, int]:
    paths = AppPaths(data_dir, data_dir / "config")
    paths.ensure()
    sessions, steps = write_history(paths, years)
    return paths, sessions, steps


def export_and_import(paths: AppPaths, target_dir: Path) -> tuple[int, float, int]:
    """Export the history to JSON, then time importing it into an empty data folder.

    Returns (file size in bytes, seconds to import, sessions imported).
    """
    db = open_database(paths.database)
    try:
        repository = SessionRepository(db)
        text = json_text(repository.sessions(), JournalStore(repository).all())
    finally:
        db.close()
    target = AppPaths(target_dir, target_dir / "config")
    target.ensure()
    source = target_dir / "history.json"
    source.write_text(text, encoding="utf-8")
    fresh = open_database(target.database)
    try:
        started = time.perf_counter()
        added, _ = import_history(fresh, source, START)
        elapsed = time.perf_counter() - started
    finally:
        fresh.close()
    return len(text.encode()), elapsed, added

"""The workouts service: read watch files (in parallel when there are many) and store what is new.

Reading is pure and may run anywhere (a worker thread, other processes);
storing runs where the database connection lives. ``import_paths`` does
both for the command line; the window reads on a worker thread and calls
``store`` on the GUI thread as each file's outcome arrives.

The readers (fitdecode and the XML formats) and the process pool are imported
when files are first read: the window builds this service at start-up, and
most sessions never read a file (5 MB and 25 ms saved; the footprint benchmark).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.services.changes import WORKOUT, Changes
from recoverykit.services.failures import OnRepository, storage_failures
from recoverykit.workouts.model import Workout

if TYPE_CHECKING:
    from recoverykit.workouts.files import Outcome

#: Below this many files, or this many bytes, one process reads them all: starting the
#: workers (about 0.3 s) costs more than it saves. fitdecode reads about 0.7 MB a second.
PARALLEL_FROM = 4
PARALLEL_FROM_BYTES = 1_000_000


@dataclass
class ImportReport:
    """What an import did, file by file: the public shape of ``workouts import --json``."""

    imported: list[Workout] = field(default_factory=list)
    already_there: list[tuple[str, int]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused


def plan(paths: Iterable[Path]) -> list[Path | Outcome]:
    """Every file to read, folders walked, in order; a path that is no file at all is already an outcome."""
    from recoverykit.workouts.files import read_path, workout_files

    found: list[Path | Outcome] = []
    for path in paths:
        if path.is_dir():
            files = workout_files(path)
            found += files or list(read_path(path))
        elif path.exists():
            found.append(path)
        else:
            found += list(read_path(path))
    return found


def _total_size(files: list[Path]) -> int:
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
        if total >= PARALLEL_FROM_BYTES:
            break
    return total


def _read_one(path: Path) -> list[Outcome]:
    from recoverykit.workouts.files import read_file

    return list(read_file(path))


def read_planned(items: list[Path | Outcome], workers: int | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
    """The outcome of each planned item, in order; other processes read when there are many files.

    The workers are forked from a fresh server process, never from this one: the
    app has threads (Qt's among them), and forking a threaded process can hang.
    """
    from recoverykit.workouts.files import Outcome

    files = [item for item in items if isinstance(item, Path)]
    if workers is None:
        # A frozen build reads in its own process: its executable is not a Python to start workers with.
        workers = 1 if getattr(sys, "frozen", False) else (os.cpu_count() or 1)
    if len(files) < PARALLEL_FROM or workers <= 1 or _total_size(files) < PARALLEL_FROM_BYTES:
        for item in items:
            if cancelled():
                return
            yield from ([item] if isinstance(item, Outcome) else _read_one(item))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["recoverykit.workouts.files"])  # each worker starts with it loaded
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        read = pool.map(_read_one, files, chunksize=max(1, len(files) // (workers * 8)))
        for item in items:
            if cancelled():
                pool.shutdown(wait=False, cancel_futures=True)
                return
            yield from ([item] if isinstance(item, Outcome) else next(read))


def read_all(paths: Iterable[Path], workers: int | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
    """Outcomes for every file under ``paths``, in order."""
    return read_planned(plan(paths), workers, cancelled)


class WorkoutService(OnRepository):
    """Workouts in the history: import, list, delete and undo; the highest steady heart rate."""

    def __init__(self, repository, clock: Clock, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock

    @property
    def is_open(self) -> bool:
        """Whether the history can be read now (it may still be waiting for its database to open)."""
        repository = self._repository
        return repository is not None and getattr(repository, "is_open", True)

    def _store(self):
        from recoverykit.storage.workouts import WorkoutStore

        return WorkoutStore(self._repo().db)

    def store(self, outcome: Outcome, report: ImportReport) -> None:
        """Add the outcome's new workouts to the history (one transaction per file) and to ``report``."""
        if outcome.refused:
            report.refused.append((outcome.file, outcome.refused))
            return
        store = self._store()
        imported = len(report.imported)
        with storage_failures():
            with store.db.atomic():
                for workout in outcome.workouts:
                    existing = store.already_there(workout)
                    if existing is not None:
                        report.already_there.append((outcome.file, existing))
                    else:
                        report.imported.append(store.add(workout, self._clock.wall()))
        if len(report.imported) > imported:
            self.changes.announce(WORKOUT)

    def import_paths(self, paths: Iterable[Path], workers: int | None = None) -> ImportReport:
        report = ImportReport()
        for outcome in read_all(paths, workers):
            self.store(outcome, report)
        return report

    def all(self) -> list[Workout]:
        with storage_failures():
            return self._store().all()

    def get(self, workout_id: int) -> Workout | None:
        with storage_failures():
            return self._store().get(workout_id)

    def latest(self) -> Workout | None:
        with storage_failures():
            return self._store().latest()

    def delete(self, workout: Workout) -> None:
        with storage_failures():
            self._store().delete(workout.id)
        self.changes.announce(WORKOUT)

    def restore(self, workout: Workout) -> None:
        with storage_failures():
            self._store().restore(workout, self._clock.wall())
        self.changes.announce(WORKOUT)

    def link_session(self, session_id: str, workout_id: int | None) -> None:
        with storage_failures():
            self._store().link_session(session_id, workout_id)
        self.changes.announce(WORKOUT)

    def steady_max_hr(self, now: datetime, days: int = 365) -> int | None:
        """The highest heart rate held for a few samples in the last ``days`` (spikes ignored)."""
        with storage_failures():
            recent = self._store().since(now - timedelta(days=days))
        rates = [workout.steady_max_hr for workout in recent if workout.steady_max_hr is not None]
        return max(rates) if rates else None

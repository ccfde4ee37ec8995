"""Workouts: decoding a long ride, a folder on every core, and ``suggest`` with ten years of history.

- **ride**: a 6.5-hour ride recorded every second (about 23,400 FIT records,
  written with fit-tool) read by recoverykit, as a ratio to fitdecode's own
  bare decode of the same file in the same run (medians; target ≤ 1.2×).
- **folder**: a folder of 300 one-hour runs imported with every core, against
  one file's import time × 300 ÷ cores × 1.3. The files are copies of one
  run, so after the first each is "already there": the cost is the decoding,
  which is what the cores share.
- **suggest**: ``suggestion_for`` (what ``recoverykit suggest`` does: open the
  history read-only, the newest workout, the last days' journals, the rules)
  with ten years of daily sessions, journals and workouts; target ≤ 50 ms.
"""

from __future__ import annotations

import collections
import os
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.options import Options
from benchmarks.results import Result

RIDE_RATIO = 1.2
FOLDER_SLACK = 1.3
SUGGEST_S = 0.050


def _bare_decode(path: Path) -> float:
    import fitdecode

    began = time.perf_counter()
    with fitdecode.FitReader(str(path), check_crc=fitdecode.CrcCheck.DISABLED) as reader:
        collections.deque(reader, maxlen=0)  # every frame decoded, none kept
    return time.perf_counter() - began


def _our_read(path: Path) -> float:
    from recoverykit.workouts.files import read_file

    began = time.perf_counter()
    (outcome,) = list(read_file(path))
    assert outcome.workouts, outcome.refused
    return time.perf_counter() - began


def ride(options: Options, folder: Path) -> Result:
    from tests.workouts.fit_writer import long_ride

    path = folder / "long-ride.fit"
    path.write_bytes(long_ride(hours=options.ride_hours))
    bare, ours = [], []
    for _ in range(options.ride_decodes):  # interleaved, so a slow moment hits both
        bare.append(_bare_decode(path))
        ours.append(_our_read(path))
    ratio = statistics.median(ours) / statistics.median(bare)
    records = round(options.ride_hours * 3600) + 1
    return Result(f"workout import, {options.ride_hours:g} h ride ({records} FIT records)",
                  f"{statistics.median(ours) * 1000:.0f} ms", f"≤ {RIDE_RATIO:g}× fitdecode's bare decode",
                  f"{ratio:.2f}× bare decode ({statistics.median(bare) * 1000:.0f} ms)", ratio <= RIDE_RATIO,
                  note=f"medians of {options.ride_decodes}, interleaved; {path.stat().st_size // 1024} KB file")


def _import(paths: list[Path], database: Path, workers: int | None) -> float:
    from recoverykit.core.clock import ManualClock
    from recoverykit.services.workouts import WorkoutService
    from recoverykit.storage.db import open_database
    from recoverykit.storage.sessions import SessionRepository

    repository = SessionRepository(open_database(database))
    try:
        began = time.perf_counter()
        WorkoutService(repository, ManualClock()).import_paths(paths, workers=workers)
        return time.perf_counter() - began
    finally:
        repository.close()


def folder(options: Options, scratch: Path) -> Result:
    from tests.workouts.fit_writer import run

    one = scratch / "one" / "run.fit"
    one.parent.mkdir()
    # A one-hour run recorded every second (five minutes in a quick run).
    one.write_bytes(run(km=options.folder_minutes / 5, minutes=options.folder_minutes, every=1))
    many = scratch / "many"
    many.mkdir()
    for number in range(options.folder_files):
        shutil.copy(one, many / f"run-{number:03d}.fit")
    single = statistics.median(_import([one], scratch / f"single-{attempt}.db", 1) for attempt in range(3))
    cores = os.cpu_count() or 1
    spent = _import([many], scratch / "folder.db", None)
    target = single * options.folder_files / cores * FOLDER_SLACK
    return Result(f"workout import, folder of {options.folder_files} files, {cores} cores", f"{spent:.2f} s",
                  f"≤ {target:.2f} s (1 file × {options.folder_files} ÷ {cores} × {FOLDER_SLACK:g})",
                  f"1 file {single * 1000:.1f} ms", spent <= target)


def suggest(options: Options, scratch: Path) -> Result:
    from benchmarks.history_data import make
    from recoverykit.cli_workouts import suggestion_for
    from recoverykit.storage.db import open_database
    from recoverykit.storage.workouts import WorkoutStore
    from recoverykit.workouts.model import Workout

    paths, sessions, _ = make(scratch / "history", options.years)
    db = open_database(paths.database)
    start = datetime(2016, 5, 4, 6, 0, tzinfo=timezone.utc)
    days = max(1, round(options.years * 365.25))
    with db.atomic():
        store = WorkoutStore(db)
        for day in range(days):
            store.add(Workout(sport="running", started_at=start + timedelta(days=day), duration_s=3600,
                              distance_m=12000, descent_m=100, avg_hr=150, max_hr=175, steady_max_hr=172,
                              source_format="fit", source_file=f"{day}.fit", sha256=f"{day:064x}"), start)
    db.close()
    now = start + timedelta(days=days - 1, hours=1, minutes=10)
    times = []
    for _ in range(options.suggests):
        began = time.perf_counter()
        suggestion_for(paths, None, now)
        times.append(time.perf_counter() - began)
    middle = statistics.median(times)
    return Result(f"suggest, {options.years:g} years ({sessions} sessions, {days} workouts)",
                  f"{middle * 1000:.1f} ms", f"≤ {SUGGEST_S * 1000:g} ms", "", middle <= SUGGEST_S,
                  note=f"median of {options.suggests}; max {max(times) * 1000:.1f} ms")


def measure(options: Options) -> tuple[list[Result], dict]:
    with tempfile.TemporaryDirectory(prefix="rk-bench-workouts-") as folder_name:
        scratch = Path(folder_name)
        rows = [ride(options, scratch), folder(options, scratch), suggest(options, scratch)]
    return rows, {}

"""History: opening the history view (with its charts) on years of daily sessions, and importing them.

The first opening of the view (which also imports Qt Charts and builds the
page) can only be timed once per process, so it is timed in
``options.history_opens`` fresh processes on the same data, and the median is the figure: one sample
on a shared machine swings by tens of milliseconds.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import history_data
from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result, median, spread

#: Issue 20: ten years of history JSON imported (checked, then written) within this.
IMPORT_TARGET_S = 1.5

#: Issue 20: the first opening of ten years, charts included.
TARGET_S = 0.120
#: Issue 20: back to the history with nothing written reads and redraws nothing.
REOPEN_TARGET_S = 0.040
REPEATS = 5


def measure(options: Options) -> tuple[list[Result], dict]:
    with tempfile.TemporaryDirectory(prefix="rk-bench-history-") as folder:
        started = time.perf_counter()
        paths, sessions, steps = history_data.make(Path(folder) / "data", options.years)
        generated = time.perf_counter() - started
        runs = []
        for _ in range(options.history_opens):
            with Child("history_child.py", str(paths.data_dir), str(REPEATS)) as child:
                runs.append(child.result())
        exported, imported_s, imported = history_data.export_and_import(paths, Path(folder) / "again")
    first = median([run["first_s"] for run in runs])
    data = runs[len(runs) // 2] | {"first_runs_s": [run["first_s"] for run in runs],
                                   "first_list_runs_s": [run["first_list_s"] for run in runs]}
    data.update(sessions=sessions, steps=steps, generated_s=generated)
    result = Result(
        f"history view, {options.years:g} years of daily sessions (first open, median of {len(runs)})",
        f"{first * 1000:.1f} ms", f"≤ {TARGET_S * 1000:g} ms", "", first <= TARGET_S,
        note=f"{sessions} sessions, {steps} steps stored; the view lists "
             f"{data['listed_sessions']}; first opens with the charts: {spread(data['first_runs_s'])} "
             f"(list alone: median {median(data['first_list_runs_s']) * 1000:.1f} ms); "
             f"loading from SQLite alone {data['load_s'] * 1000:.1f} ms")
    again = [moment for run in runs for moment in run["again_s"]]
    reopen = Result(
        f"history view, re-open with nothing written (median of {len(again)})",
        f"{median(again) * 1000:.1f} ms", f"≤ {REOPEN_TARGET_S * 1000:g} ms", "",
        median(again) <= REOPEN_TARGET_S, note=spread(again))
    data.update(import_s=imported_s, imported=imported, export_bytes=exported)
    import_result = Result(
        f"import, {options.years:g} years of daily sessions (history JSON)",
        f"{imported_s:.2f} s", f"≤ {IMPORT_TARGET_S:g} s", "", imported_s <= IMPORT_TARGET_S and
        imported == sessions,
        note=f"{exported / 1e6:.1f} MB file, {imported} sessions added in one transaction after "
             "checking the whole file")
    return [result, reopen, import_result], data

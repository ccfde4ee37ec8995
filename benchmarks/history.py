"""History: opening the history view (with its charts) on years of daily sessions, and importing them."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import history_data
from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result, median

IMPORT_TARGET_S = 30.0

TARGET_S = 0.200
REPEATS = 5


def measure(options: Options) -> tuple[list[Result], dict]:
    with tempfile.TemporaryDirectory(prefix="rk-bench-history-") as folder:
        started = time.perf_counter()
        paths, sessions, steps = history_data.make(Path(folder) / "data", options.years)
        generated = time.perf_counter() - started
        with Child("history_child.py", str(paths.data_dir), str(REPEATS)) as child:
            data = child.result()
        exported, imported_s, imported = history_data.export_and_import(paths, Path(folder) / "again")
    first = data["first_s"]
    data.update(sessions=sessions, steps=steps, generated_s=generated)
    result = Result(
        f"history view, {options.years:g} years of daily sessions (first open)",
        f"{first * 1000:.1f} ms", f"≤ {TARGET_S * 1000:g} ms", "", first <= TARGET_S,
        note=f"{sessions} sessions, {steps} steps stored; the view lists "
             f"{data['listed_sessions']}; list alone {data['first_list_s'] * 1000:.1f} ms, with the "
             f"charts {first * 1000:.1f} ms; re-opens with charts: median "
             f"{median(data['again_s']) * 1000:.1f} ms, max {max(data['again_s']) * 1000:.1f} ms; "
             f"loading from SQLite alone {data['load_s'] * 1000:.1f} ms")
    data.update(import_s=imported_s, imported=imported, export_bytes=exported)
    import_result = Result(
        f"import, {options.years:g} years of daily sessions (history JSON)",
        f"{imported_s:.2f} s", f"≤ {IMPORT_TARGET_S:g} s", "", imported_s <= IMPORT_TARGET_S and
        imported == sessions,
        note=f"{exported / 1e6:.1f} MB file, {imported} sessions added in one transaction after "
             "checking the whole file")
    return [result, import_result], data

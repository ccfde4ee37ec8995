"""Punctuality: how late each step-end event comes after its deadline, on the real clock."""

from __future__ import annotations

import tempfile

from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result, median, percentile

TARGET_P99_S = 0.010


def measure(options: Options) -> tuple[list[Result], dict]:
    steps, seconds = options.punctuality_steps, options.step_seconds
    with tempfile.TemporaryDirectory(prefix="rk-bench-punctuality-") as data_dir:
        with Child("punctuality_child.py", data_dir, str(steps), f"{seconds:g}") as child:
            data = child.result(timeout=steps * seconds + 120)
    late = data["lateness_s"]
    p50, p99, worst = median(late), percentile(late, 0.99), max(late)
    result = Result(
        f"punctuality, {len(late)} step ends of {seconds:g} s (real clock)",
        f"p50 {p50 * 1000:.2f} / p99 {p99 * 1000:.2f} / max {worst * 1000:.2f} ms",
        f"p99 ≤ {TARGET_P99_S * 1000:g} ms", "", p99 <= TARGET_P99_S,
        note=f"{data['view_updates']} view updates in {len(late) * seconds:g} s of session")
    return [result], data

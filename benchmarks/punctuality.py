"""Punctuality: how late each step-end event comes after its deadline, on the real clock."""

from __future__ import annotations

import tempfile

from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result, median, percentile

TARGET_P99_S = 0.010


def _run(kind: str, steps: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="rk-bench-punctuality-") as data_dir:
        with Child("punctuality_child.py", kind, data_dir, str(steps), f"{seconds:g}") as child:
            return child.result(timeout=steps * seconds + 120)


def _spread(late: list[float]) -> tuple[str, float]:
    p50, p99, worst = median(late), percentile(late, 0.99), max(late)
    return f"p50 {p50 * 1000:.2f} / p99 {p99 * 1000:.2f} / max {worst * 1000:.2f} ms", p99


def measure(options: Options) -> tuple[list[Result], dict]:
    steps, seconds = options.punctuality_steps, options.step_seconds
    timer = _run("timer", steps, seconds)
    app = _run("app", steps, seconds)
    timer_text, _ = _spread(timer["lateness_s"])
    app_text, p99 = _spread(app["lateness_s"])
    results = [
        Result(f"punctuality, bare QTimer, {steps} deadlines {seconds:g} s apart", timer_text,
               "reference",
               note="the same deadlines on a lone QtTicker: what the OS and Qt give any program"),
        Result(f"punctuality, {len(app['lateness_s'])} step ends of {seconds:g} s (real clock)",
               app_text, f"p99 ≤ {TARGET_P99_S * 1000:g} ms", "", p99 <= TARGET_P99_S,
               note=f"{app['view_updates']} view updates in {len(app['lateness_s']) * seconds:g} s "
                    "of session; lateness is read when the StepEnded cue is emitted (the step "
                    "is committed to SQLite right after it)"),
    ]
    return results, {"timer": timer, "app": app}

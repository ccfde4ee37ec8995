"""Drift: a long session's end against its exact planned end, for growing lengths.

The machine schedules every phase from the previous deadline, not from the
moment it woke up, so late wake-ups must not add up. One tick is one
wake-up of the ticker, which the app arms once per displayed second: 1 s of
session time. The end the app shows may be one (late) wake-up after the
planned end; the end it records must be the planned end, whatever the length.
"""

from __future__ import annotations

from benchmarks.children import Child
from benchmarks.options import Options
from benchmarks.results import Result

TICK_S = 1.0
GROWTH_LIMIT_S = 0.001


def _length(seconds: float) -> str:
    return f"{seconds / 3600:g} h" if seconds >= 3600 else f"{seconds / 60:g} min"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:+.3f} ms"


def measure(options: Options) -> tuple[list[Result], dict]:
    lengths = ",".join(f"{length:g}" for length in options.drift_lengths_s)
    with Child("drift_child.py", lengths, f"{options.drift_real_s:g}",
               f"{options.drift_real_rate:g}") as child:
        data = child.result(timeout=options.drift_real_s / options.drift_real_rate + 300)
    results = []
    for run in data["simulated"]:
        results.append(Result(
            f"drift, {_length(run['planned_s'])} session, wake-ups 0-15 ms late",
            f"shown {_ms(run['seen_error_s'])}, recorded {_ms(run['recorded_error_s'])}",
            "≤ 1 tick (1 s)", "",
            abs(run["seen_error_s"]) <= TICK_S and abs(run["recorded_error_s"]) <= TICK_S,
            note=f"{run['wakeups']} wake-ups, simulated clock"))
    recorded = [abs(run["recorded_error_s"]) for run in data["simulated"]]
    growth = recorded[-1] - recorded[0]
    first, last = data["simulated"][0], data["simulated"][-1]
    results.append(Result(
        f"drift growth, {_length(first['planned_s'])} → {_length(last['planned_s'])}",
        _ms(growth), f"none (≤ {GROWTH_LIMIT_S * 1000:g} ms)", "", growth <= GROWTH_LIMIT_S))
    real = data["real"]
    results.append(Result(
        f"drift, {_length(real['planned_s'])} session, real clock × {real['rate']:g}",
        f"shown {_ms(real['seen_error_s'])}, recorded {_ms(real['recorded_error_s'])}",
        "≤ 1 tick (1 s)", "",
        abs(real["seen_error_s"]) <= TICK_S and abs(real["recorded_error_s"]) <= TICK_S,
        note=f"{real['wakeups']} wake-ups of the real QtTicker; session time, so a wake-up "
             f"1 ms late shows as {real['rate']:g} ms"))
    return results, data

"""The sizes a benchmark run uses: the full defaults, or ``--quick`` for a smoke run."""

from __future__ import annotations

import argparse
from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """How much of each measurement to do (the defaults are issue 7's)."""

    starts: int = 15
    cpu_seconds: float = 30.0
    settle_seconds: float = 3.0
    punctuality_steps: int = 40
    step_seconds: float = 1.0
    drift_lengths_s: tuple[float, ...] = (600.0, 3600.0, 4 * 3600.0)
    drift_real_s: float = 3600.0
    drift_real_rate: float = 360.0
    years: float = 10.0
    history_opens: int = 15
    step_writes: int = 200
    ride_hours: float = 6.5
    ride_decodes: int = 7
    folder_files: int = 300
    folder_minutes: float = 60.0
    suggests: int = 15
    only: tuple[str, ...] = ()


#: The measurements, in the order they run (``--only`` takes these names).
NAMES = ("startup", "footprint", "punctuality", "drift", "history", "step-write", "workouts")

QUICK = Options(starts=1, cpu_seconds=0.5, settle_seconds=0.2, punctuality_steps=5,
                step_seconds=0.2, drift_lengths_s=(120.0, 600.0), drift_real_s=60.0,
                drift_real_rate=60.0, years=0.05, history_opens=1, step_writes=20, ride_hours=0.1,
                ride_decodes=1, folder_files=12, folder_minutes=5.0, suggests=3)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure recoverykit against a bare PySide6 QMainWindow and print a table "
                    "of each figure, its target and the ratio to the bare window.")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes (a smoke run of a few seconds; the figures mean little)")
    parser.add_argument("--starts", type=int, help="start-ups of each window (median; default 15)")
    parser.add_argument("--cpu-seconds", type=float, help="seconds of each CPU window (default 30)")
    parser.add_argument("--punctuality-steps", type=int,
                        help="steps in the real-clock punctuality routine (default 40)")
    parser.add_argument("--step-seconds", type=float,
                        help="length of each punctuality step (default 1)")
    parser.add_argument("--years", type=float, help="years of daily sessions in the history (default 10)")
    parser.add_argument("--history-opens", type=int,
                        help="fresh processes that each time the history view's first opening "
                             "(median; default 15)")
    parser.add_argument("--step-writes", type=int, help="step writes to time (default 200)")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="run only these: " + ", ".join(NAMES))
    return parser


def from_args(args: argparse.Namespace) -> Options:
    base = QUICK if args.quick else Options()
    overrides = {name: getattr(args, name) for name in
                 ("starts", "cpu_seconds", "punctuality_steps", "step_seconds", "years", "history_opens",
                  "step_writes")
                 if getattr(args, name) is not None}
    for name, value in overrides.items():
        if value <= 0:
            raise SystemExit(f"python -m benchmarks: --{name.replace('_', '-')} must be positive")
    only = tuple(name.strip() for name in (args.only or "").split(",") if name.strip())
    unknown = [name for name in only if name not in NAMES]
    if unknown:
        raise SystemExit(f"python -m benchmarks: unknown --only {', '.join(unknown)} "
                         f"(known: {', '.join(NAMES)})")
    return Options(**{**base.__dict__, **overrides, "only": only})

"""``python -m benchmarks [--quick] [...]``: run every measurement, print one table.

Exits 0 even when a target is missed (this is a report); a benchmark that
could not run at all exits 1.
"""

from __future__ import annotations

import sys
import time

from benchmarks import drift, footprint, history, machine, punctuality, startup, step_write, workouts
from benchmarks.children import ChildError, bytecode_cache
from benchmarks.options import NAMES, build_parser, from_args
from benchmarks.results import Result, table

MEASUREMENTS = {
    "startup": startup,
    "footprint": footprint,
    "punctuality": punctuality,
    "drift": drift,
    "history": history,
    "step-write": step_write,
    "workouts": workouts,
}


assert tuple(MEASUREMENTS) == NAMES


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options = from_args(args)
    command = "python -m benchmarks" + ("" if argv is None and len(sys.argv) < 2
                                        else " " + " ".join(sys.argv[1:] if argv is None else argv))
    print(f"recoverykit benchmarks: {command.strip()}")
    print(machine.text(machine.describe()))
    print(flush=True)
    results: list[Result] = []
    began = time.perf_counter()
    with bytecode_cache():
        for name, module in MEASUREMENTS.items():
            if options.only and name not in options.only:
                continue
            print(f"measuring {name}…", file=sys.stderr, flush=True)
            try:
                rows, _details = module.measure(options)
            except ChildError as exc:
                print(f"benchmarks: {name} could not run: {exc}", file=sys.stderr)
                return 1
            results += rows
    print(table(results))
    misses = [r.what for r in results if r.passed is False]
    print()
    print(f"{len(results)} figures in {time.perf_counter() - began:.0f} s; "
          + (f"{len(misses)} MISSED their target: " + "; ".join(misses) if misses
             else "every target met."))
    return 0


if __name__ == "__main__":
    sys.exit(main())

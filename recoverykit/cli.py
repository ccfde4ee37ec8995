"""The command line: a public contract (see README "Command line").

``recoverykit`` opens the window; ``recoverykit start ROUTINE_ID`` opens it
and starts that routine; ``recoverykit routines [--json]`` and
``recoverykit history [--json]`` print without opening a window and never
import Qt, so they work on a machine with no display; so do ``export`` and
``import`` (in cli_data.py), and ``workouts`` and ``suggest`` (in
cli_workouts.py).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from datetime import datetime
from typing import TextIO

from recoverykit import __version__
from recoverykit.assets import builtin_routines_dir
from recoverykit.cli_language import speak
from recoverykit.core.library import RoutineLibrary, load_library
from recoverykit.paths import AppPaths

TIME_SCALE_ENV = "RECOVERYKIT_TIME_SCALE"


class UsageError(Exception):
    """A command-line mistake; printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="keep the database and settings in DIR (also: RECOVERYKIT_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="recoverykit", parents=[common],
        description="Guided recovery routines, contrast therapy timers and a recovery log.",
        epilog=f"Set {TIME_SCALE_ENV}=N to run session time N times faster (demos, tests).",
    )
    parser.add_argument("--version", action="version", version=f"recoverykit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    start = sub.add_parser("start", parents=[common], help="open the window and start a routine")
    start.add_argument("routine_id", metavar="ROUTINE_ID", nargs="?", default=None,
                       help="a routine id, as listed by 'routines'")
    start.add_argument("--suggested", action="store_true",
                       help="open the window on the session suggested for the latest workout")
    routines = sub.add_parser("routines", parents=[common], help="list the routines")
    routines.add_argument("--json", action="store_true", help="print JSON")
    routines.add_argument("--check", metavar="FILE", default=None,
                          help="validate one routine file and print what it contains")
    history = sub.add_parser("history", parents=[common], help="print past sessions")
    history.add_argument("--json", action="store_true", help="print the history JSON document")
    export = sub.add_parser("export", parents=[common], help="write the history to a file")
    export.add_argument("file", metavar="FILE", help="the file to write (JSON unless --csv)")
    export.add_argument("--csv", action="store_true", help="write CSV, one row per session")
    import_ = sub.add_parser("import", parents=[common], help="add the sessions of a history JSON file")
    import_.add_argument("file", metavar="FILE", help="a file written by 'export'")
    workouts = sub.add_parser("workouts", parents=[common], help="list the imported workouts, or import some")
    workouts.add_argument("--json", action="store_true", help="print the workouts JSON document")
    workouts_sub = workouts.add_subparsers(dest="workouts_command", metavar="import")
    workouts_import = workouts_sub.add_parser(
        "import", parents=[common], help="import FIT, GPX or TCX files (also .gz, .zip and folders)")
    workouts_import.add_argument("paths", metavar="PATH", nargs="+", help="a workout file or a folder of them")
    workouts_import.add_argument("--json", action="store_true", help="print what was imported as JSON")
    suggest = sub.add_parser("suggest", parents=[common],
                             help="print the recovery session suggested for the latest workout")
    suggest.add_argument("--json", action="store_true", help="print the suggestion JSON document")
    suggest.add_argument("--workout", metavar="ID", type=int, default=None,
                         help="for this workout id (see 'workouts') instead of the latest")
    return parser


def time_scale(environ=os.environ) -> float:
    text = environ.get(TIME_SCALE_ENV, "").strip()
    if not text:
        return 1.0
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{TIME_SCALE_ENV} must be a number, got {text!r}") from None
    if not (math.isfinite(value) and value > 0):
        raise UsageError(f"{TIME_SCALE_ENV} must be a positive number, got {text!r}")
    return value


def load_routines(paths: AppPaths) -> RoutineLibrary:
    return load_library(builtin_routines_dir(), paths.user_routines)


def routines_json(library: RoutineLibrary) -> list[dict]:
    return [
        {
            "id": routine.id,
            "name": routine.name,
            "builtin": routine.builtin,
            "steps": [
                {
                    "kind": step.kind.value,
                    "name": step.name,
                    "duration_s": step.duration_s,
                    "sides": [side.value for side in step.sides],
                    "temperature_c": step.temperature_c,
                    "areas": list(step.areas),
                }
                for step in routine.steps
            ],
        }
        for routine in library
    ]


def _minutes(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def print_routines(paths: AppPaths, as_json: bool, out: TextIO = sys.stdout,
                   err: TextIO = sys.stderr) -> int:
    library = load_routines(paths)
    for error in library.errors:
        print(f"recoverykit: skipped a routine file: {speak(error, paths.settings_file)}", file=err)
    if as_json:
        json.dump(routines_json(library), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    from recoverykit.core.timing import SessionTiming, session_length, with_gaps
    from recoverykit.settings import SettingsStore

    store = SettingsStore(paths.settings_file)
    for problem in store.problems:
        print(f"recoverykit: {problem}", file=err)
    prefs = store.settings
    timing = with_gaps(SessionTiming(), prefs.get_ready_s, prefs.switch_sides_s, prefs.change_position_s)
    width = max((len(r.id) for r in library), default=2)
    for routine in library:  # as long as the window says a session takes, gaps and all
        print(f"{routine.id:<{width}}  {_minutes(session_length(routine, timing)):>6}  {routine.name}", file=out)
    return 0


def print_history(paths: AppPaths, as_json: bool, out: TextIO = sys.stdout,
                  err: TextIO = sys.stderr, now: datetime | None = None) -> int:
    """Print the history; ``now`` (default: the real time) decides what is recent enough to resume."""
    # Imported here: sqlite-utils takes ~0.1 s to import, which opening the window should not wait for.
    from recoverykit.core.clock import ManualClock, SystemClock
    from recoverykit.services import StorageError
    from recoverykit.services.data import read_only_repository
    from recoverykit.services.history import HistoryService

    clock = ManualClock(wall_start=now) if now is not None else SystemClock()
    document, sessions, skipped = None, [], 0
    try:
        with read_only_repository(paths.database) as repository:
            if repository is not None:
                history = HistoryService(repository, clock).document(load_routines(paths))
                document, sessions, skipped = history.document, history.sessions, history.skipped
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    if skipped:
        print(f"recoverykit: {paths.database}: {skipped} damaged rows could not be read "
              "and are not shown", file=err)
    if as_json:
        json.dump(document or HistoryService.empty_document(), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    if not sessions:
        print("No sessions yet.", file=out)
        return 0
    for session in sessions:
        done = sum(1 for s in session.steps if s.status.value == "done")
        skipped = len(session.steps) - done
        when = session.started_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}  {session.routine_name:<28} {session.status.value:<11} "
            f"{_minutes(session.duration_s):>6}  {done} done, {skipped} skipped",
            file=out,
        )
    return 0


def check_routine_file(path: str, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
                       language: str | None = None) -> int:
    """``routines --check FILE``: 0 and a summary when valid, 1 and the error (file, step, field) when not,
    in the user's language (cli_language.py)."""
    from pathlib import Path

    from recoverykit.core.routine_file import RoutineError, load_routine_file

    try:
        routine = load_routine_file(Path(path))
    except RoutineError as exc:
        from recoverykit.cli_language import user_language, words

        print(f"recoverykit: {words(exc.message, language or user_language())}", file=err)
        return 1
    print(f"{path}: a valid routine", file=out)
    print(f"{routine.id}  {_minutes(routine.total_s)}  {routine.name}", file=out)
    for number, step in enumerate(routine.steps, 1):
        sides = " × 2 sides" if step.two_sided else ""
        print(f"  {number:>2}. {step.kind.value:<11} {_minutes(step.duration_s):>6}{sides}  {step.name}",
              file=out)
    return 0

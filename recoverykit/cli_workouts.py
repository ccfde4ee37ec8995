"""``recoverykit workouts import PATH... [--json]``, ``workouts [--json]`` and ``suggest [--json] [--workout ID]``.

Public contracts (docs/workouts.md). Like ``history``, these never import Qt.
``workouts import`` exits 0 when every file was imported or already there,
1 when any was refused (the others are still imported), and prints one line
per file on stdout ("imported: 21.1 km run, 1 h 52 min, 2026-05-04 06:00")
with the reasons on stderr.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from recoverykit.cli_language import speak
from recoverykit.core.clock import local_now
from recoverykit.paths import AppPaths

WORKOUTS_FORMAT = "recoverykit-workouts"
SUGGESTION_FORMAT = "recoverykit-suggestion"
VERSION = 1


def _dump(document: object, out: TextIO) -> None:
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")


def import_workouts(paths: AppPaths, sources: list[Path], as_json: bool, out: TextIO | None = None,
                    err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from recoverykit.core.clock import SystemClock
    from recoverykit.services import StorageError
    from recoverykit.services.data import writable_repository
    from recoverykit.services.workouts import WorkoutService
    from recoverykit.workouts.model import describe, workout_json

    try:
        with writable_repository(paths.database) as repository:
            report = WorkoutService(repository, SystemClock()).import_paths(sources)
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    if as_json:
        _dump({"imported": [workout_json(workout) for workout in report.imported],
               "already_there": [{"file": file, "id": workout_id} for file, workout_id in report.already_there],
               "refused": [{"file": file, "reason": reason} for file, reason in report.refused]}, out)
    else:
        for workout in report.imported:
            print(f"imported: {describe(workout)}", file=out)
        for file, workout_id in report.already_there:
            print(f"already there: {file} (workout {workout_id})", file=out)
    for _, reason in report.refused:
        print(f"recoverykit: refused: {speak(reason, paths.settings_file)}", file=err)
    return 0 if report.ok else 1


def _stored_workouts(paths: AppPaths):
    """Every stored workout, newest first ([] before the first import)."""
    from recoverykit.services.data import read_only_repository
    from recoverykit.storage.workouts import WorkoutStore, has_workouts

    with read_only_repository(paths.database) as repository:
        if repository is None or not has_workouts(repository.db):
            return []
        return WorkoutStore(repository.db).all()


def print_workouts(paths: AppPaths, as_json: bool, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from recoverykit.services import StorageError
    from recoverykit.workouts.model import describe, workout_json

    try:
        workouts = _stored_workouts(paths)
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    if as_json:
        _dump({"format": WORKOUTS_FORMAT, "version": VERSION,
               "workouts": [workout_json(workout) for workout in workouts]}, out)
        return 0
    if not workouts:
        print("No workouts yet. Import some with: recoverykit workouts import FILE_OR_FOLDER", file=out)
    for workout in workouts:
        print(f"{workout.id:>5}  {describe(workout)}", file=out)
    return 0


def suggestion_for(paths: AppPaths, workout_id: int | None, now: datetime):
    """The Suggestion the recovery picture calls for: the given (or latest) workout, every journal and
    logged day, the sessions since, the health answers. LookupError if that workout id is not stored."""
    from recoverykit.cli import load_routines
    from recoverykit.core.suggestion import suggest_from
    from recoverykit.services.picture import picture_of_database

    picture = picture_of_database(paths.database, paths.health_answers, now, workout_id)
    return suggest_from(picture, list(load_routines(paths)))


def suggestion_json(suggestion) -> dict:
    from recoverykit.cli import routines_json
    from recoverykit.workouts.model import iso, workout_json

    (routine,) = routines_json([suggestion.routine])
    return {
        "format": SUGGESTION_FORMAT, "version": VERSION,
        "workout": workout_json(suggestion.workout) if suggestion.workout is not None else None,
        "routine": routine,
        "reasons": [{"area": reason.area, "why": reason.why, "source": reason.source}
                    for reason in suggestion.reasons],
        "later": [{"routine_id": later.routine_id, "not_before": iso(later.not_before), "why": later.why}
                  for later in suggestion.later],
        "refuel_by": iso(suggestion.refuel_by),
        "done": [{"session_id": session.session_id, "routine_id": session.routine_id,
                  "status": session.status, "started_at": iso(session.started_at),
                  "ended_at": iso(session.ended_at)} for session in suggestion.done],
        "is_done": suggestion.is_done,
        "next": suggestion.next_up,
    }


def print_suggestion(paths: AppPaths, as_json: bool, workout_id: int | None, out: TextIO | None = None,
                     err: TextIO | None = None, now: datetime | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from recoverykit.core.timing import SessionTiming, session_length
    from recoverykit.services import StorageError

    try:
        suggestion = suggestion_for(paths, workout_id, now or local_now())
    except LookupError as exc:
        print(f"recoverykit: {exc.args[0]}", file=err)
        return 1
    except StorageError as exc:
        print(f"recoverykit: {paths.database}: {speak(exc, paths.settings_file)}", file=err)
        return 1
    if as_json:
        _dump(suggestion_json(suggestion), out)
        return 0
    routine = suggestion.routine
    minutes = round(session_length(routine, SessionTiming()) / 60)
    if suggestion.is_done:
        print(f"{routine.name}: done already ({suggestion.next_up})", file=out)
    print(f"{routine.name}: a {minutes}-minute session ({routine.id})", file=out)
    for number, step in enumerate(routine.steps, 1):
        sides = " × 2 sides" if step.two_sided else ""
        print(f"  {number:>2}. {step.name} ({round(step.duration_s)} s{sides})", file=out)
    for reason in suggestion.reasons:
        print(f"  why: {reason.why}", file=out)
    for later in suggestion.later:
        print(f"  later ({later.not_before.astimezone().strftime('%H:%M')}): {later.routine_id}: {later.why}",
              file=out)
    return 0

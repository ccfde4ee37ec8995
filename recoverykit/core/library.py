"""The routines a user can pick: the built-in ones, then the user's own files.

One broken file never hides the good ones: its error is collected and shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from recoverykit.core.routine import Routine
from recoverykit.core.routine_file import RoutineError, load_routine_file


@dataclass
class RoutineLibrary:
    """Routines by id, in display order, plus the files that could not be read."""

    routines: dict[str, Routine] = field(default_factory=dict)
    errors: list[RoutineError] = field(default_factory=list)
    #: The file each user routine was read from, by id (built-ins have none here).
    files: dict[str, Path] = field(default_factory=dict)

    def get(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)

    def __iter__(self):
        return iter(self.routines.values())

    def __len__(self) -> int:
        return len(self.routines)

    def replace_with(self, other: RoutineLibrary) -> None:
        """Take ``other``'s contents, so everyone holding this library sees the new routines."""
        self.routines, self.errors, self.files = other.routines, other.errors, other.files


#: A routine folder holding more files than this is not read past it.
MAX_USER_FILES = 500
BUILTIN_ORDER = ("cooldown", "leg-day", "foam-roll", "massage-gun", "hand-massage", "contrast", "warmup")


def load_library(builtin_dir: Path, user_dir: Path | None = None) -> RoutineLibrary:
    library = RoutineLibrary()
    builtins: dict[str, Routine] = {}
    for path in sorted(builtin_dir.glob("*.toml")):
        try:
            routine = load_routine_file(path, builtin=True)
        except RoutineError as exc:
            library.errors.append(exc)
            continue
        builtins[routine.id] = routine
    ordered = sorted(builtins, key=lambda rid: (
        BUILTIN_ORDER.index(rid) if rid in BUILTIN_ORDER else len(BUILTIN_ORDER), rid))
    library.routines = {rid: builtins[rid] for rid in ordered}
    if user_dir is not None and user_dir.is_dir():
        paths = sorted(user_dir.glob("*.toml"))
        if len(paths) > MAX_USER_FILES:
            library.errors.append(RoutineError(
                user_dir.name, f"holds {len(paths)} routine files; only the first {MAX_USER_FILES} "
                               "(by name) are read"))
        for path in paths[:MAX_USER_FILES]:
            try:
                routine = load_routine_file(path)
            except RoutineError as exc:
                library.errors.append(exc)
                continue
            if routine.id in library.routines:
                library.errors.append(RoutineError(
                    path.name, f"uses the id {routine.id!r}, which another routine already has",
                    field="id"))
                continue
            library.routines[routine.id] = routine
            library.files[routine.id] = path
    return library

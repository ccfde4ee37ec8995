"""The routines service: the user's routine files (new, edited, imported, exported, deleted).

User routines are TOML files in the user's routine folder, in the format of
the built-ins (docs/routine-format.md). Built-ins are never changed. Every
file that comes in is read with the same validation as at start; after each
change the shared library is read again. Failures are RoutineError (the
routine) or StorageError (the disk), with a message for people.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.library import RoutineLibrary, load_library
from recoverykit.core.messages import msg
from recoverykit.core.routine import Routine
from recoverykit.core.routine_file import RoutineError, load_routine_file
from recoverykit.services.failures import explain
from recoverykit.storage.errors import StorageUnavailable

__all__ = ["RoutineError", "RoutineService"]


class RoutineService:
    """Reads and writes routine files and keeps ``library`` in step with the folder."""

    def __init__(self, library: RoutineLibrary, folder: Path) -> None:
        self.library = library
        self._folder = folder

    def taken_ids(self) -> set[str]:
        files = {p.stem for p in self._folder.glob("*.toml")} if self._folder.is_dir() else set()
        return set(self.library.routines) | files

    def free_id(self, base: str) -> str:
        from recoverykit.core.routine_writer import free_id

        return free_id(base, self.taken_ids())

    def new_path(self, routine_id: str) -> Path:
        from recoverykit.core.routine_writer import routine_path

        return routine_path(self._folder, routine_id)

    def path_of(self, routine: Routine) -> Path:
        """The file a user routine lives in (where a new one would go if it has none yet)."""
        return self.library.files.get(routine.id, self.new_path(routine.id))

    def reload(self) -> None:
        self.library.replace_with(load_library(builtin_routines_dir(), self._folder))

    def _write(self, routine: Routine, path: Path) -> Path:
        try:
            from recoverykit.core.routine_writer import write_routine  # the TOML writer: when saving

            return write_routine(routine, path)
        except OSError as exc:
            raise StorageUnavailable(msg("{path} could not be written ({why})", path=path, why=explain(exc))) from exc

    def save(self, routine: Routine, path: Path) -> Path:
        """Write an edited routine; RoutineError if it breaks a rule, StorageError if the disk refuses."""
        written = self._write(routine, path)
        self.reload()
        return written

    def delete(self, routine: Routine) -> Path:
        path = self.library.files.get(routine.id)
        if routine.builtin or path is None:
            raise RoutineError(routine.id, msg("built-in routines cannot be deleted"))
        try:
            path.unlink()
        except OSError as exc:
            raise StorageUnavailable(msg("{path} could not be deleted ({why})", path=path, why=explain(exc))) from exc
        self.reload()
        return path

    def read(self, path: Path) -> Routine:
        """A routine file, checked with every rule; RoutineError names the file, step and field."""
        return load_routine_file(path)

    def replaceable(self, routine_id: str) -> bool:
        """Whether a user routine (not a built-in one) has this id, so an import may replace it."""
        return routine_id in self.library.files

    def replace(self, routine: Routine) -> Routine:
        """Write an imported routine over the user routine with its id, in that routine's file."""
        path = self.library.files.get(routine.id)
        if path is None:
            raise RoutineError(routine.id, msg("only your own routines can be replaced; a built-in one stays as it is"))
        self._write(dataclasses.replace(routine, builtin=False), path)
        self.reload()
        return routine

    def add(self, routine: Routine) -> Routine:
        """Add an imported routine under an id not taken yet; returns it as added."""
        if routine.id in self.taken_ids():
            routine = dataclasses.replace(routine, id=self.free_id(routine.id))
        self._write(routine, self.new_path(routine.id))
        self.reload()
        return routine

    def export(self, routine: Routine, path: Path) -> Path:
        """Write ``routine`` (built-in or not) as a user routine file at ``path`` (.toml added)."""
        if path.suffix != ".toml":
            path = path.with_name(path.name + ".toml")
        return self._write(dataclasses.replace(routine, builtin=False), path)

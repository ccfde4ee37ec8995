"""The picture service: builds the recovery picture (core/picture.py) from storage and the injected now.

The window's card, red-flag notice, safety gate and reminders, and the
command line's ``suggest`` and ``start --suggested`` all get their picture
here; none of them reads journals, logged days or workouts for advice on its
own. Each call reads afresh: after a write (services/changes.py) the next
picture already holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.core.health_check import HealthAnswers
from recoverykit.core.picture import RecoveryPicture
from recoverykit.services.changes import Changes
from recoverykit.services.failures import OnRepository, storage_failures
from recoverykit.services.health import load_answers

if TYPE_CHECKING:
    from recoverykit.storage.sessions import SessionRepository


class PictureService(OnRepository):
    """``picture()``: what is true about the legs now; an empty picture before storage opens."""

    def __init__(self, repository: SessionRepository | None, clock: Clock,
                 health: Callable[[], HealthAnswers | None], changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock
        #: The answers in force (the safety gate's: they apply even when the disk refused to keep them).
        self.health = health

    def picture(self, workout_id: int | None = None, now: datetime | None = None) -> RecoveryPicture:
        """The picture at ``now`` (the clock's by default); StorageError if the history cannot be read,
        LookupError if ``workout_id`` is not stored."""
        now = now or self._clock.wall()
        if self._repository is None:
            return RecoveryPicture(now, health=self.health())
        from recoverykit.storage.picture_read import read_picture

        with storage_failures():
            return read_picture(self._repo(), now, self.health(), workout_id)


def picture_of_database(database: Path, health_file: Path, now: datetime,
                        workout_id: int | None = None) -> RecoveryPicture:
    """The picture read from the database file, opened read-only (the command line)."""
    from recoverykit.services.data import read_only_repository
    from recoverykit.storage.picture_read import read_picture

    with read_only_repository(database) as repository:
        if repository is None:
            if workout_id is not None:
                raise LookupError(f"no workout with the id {workout_id} (no workouts imported yet)")
            return RecoveryPicture(now, health=load_answers(health_file))
        with storage_failures():
            return read_picture(repository, now, load_answers(health_file), workout_id)

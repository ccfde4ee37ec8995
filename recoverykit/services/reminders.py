"""The refuel and drink reminders after a workout, kept in the history so that a restart keeps them.

After a workout (a cool-down starting, a journal or an imported file saying
when one ended): a gentle "had a drink?" HYDRATE_AFTER it ended, and "time to
refuel" REFUEL_AFTER it ended. One reminder of each kind is open: a later
workout replaces it, one whose moment has passed is not set (too late to
help), one switched off in the settings is not set. Each belongs to what it
is about: a session, a logged day, or a workout. Done ticks its check-off
(drank, refuelled) in that session's journal or that day's log; a reminder
about a workout alone ticks it in the day logged since the workout, or logs
the day with it. Every change is stored, then announced (REMINDER).

Qt-free: qt/reminders.py arms an alarm clock for :meth:`ReminderService.next_due`
and shows what :meth:`ReminderService.take_due` hands it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.core.journal import Journal
from recoverykit.core.picture import OpenReminder
from recoverykit.services.changes import DAY, JOURNAL, REMINDER, Changes
from recoverykit.services.failures import OnRepository, storage_failures
from recoverykit.storage.errors import StorageError

if TYPE_CHECKING:
    from recoverykit.storage.sessions import SessionRepository

REFUEL, HYDRATE = "refuel", "hydrate"
KINDS = (HYDRATE, REFUEL)
#: Carbohydrate with some protein within about 30 min of the workout (GUIDANCE.md, nutrition).
REFUEL_AFTER = timedelta(minutes=30)
#: A drink (water or electrolytes) soon after; the gentle nudge comes first, half-way to the refuel.
HYDRATE_AFTER = timedelta(minutes=15)
SNOOZE = timedelta(minutes=15)
AFTER = {REFUEL: REFUEL_AFTER, HYDRATE: HYDRATE_AFTER}
#: The journal's check-off each kind ticks.
CHECK_OFF = {HYDRATE: "hydrated", REFUEL: "refuelled"}


class ReminderService(OnRepository):
    """The open reminders, held here and written through to the history.

    Before the history opens (or while it refuses writes) they live here alone; ``problem`` then
    says why they may not survive a restart.
    """

    def __init__(self, repository: SessionRepository | None, clock: Clock, enabled: Callable[[str], bool],
                 changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock, self._enabled = clock, enabled
        self._open: dict[str, OpenReminder] = {}
        self.problem: str | None = None
        self._load()

    def set_repository(self, repository: SessionRepository | None) -> None:
        super().set_repository(repository)
        self._load()

    def _load(self) -> None:
        if self._repository is None:
            return
        from recoverykit.storage.reminders import ReminderStore

        try:
            with storage_failures():
                stored = ReminderStore(self._repository).all()
        except StorageError as exc:  # the history shows its own problem; keep what is held
            self.problem = str(exc)
            return
        self._open = {reminder.kind: reminder for reminder in stored if reminder.kind in KINDS}

    # -- reading ------------------------------------------------------------------

    def open(self) -> list[OpenReminder]:
        """Every open reminder, the soonest first."""
        return sorted(self._open.values(), key=lambda reminder: reminder.due)

    def due_of(self, kind: str) -> datetime | None:
        reminder = self._open.get(kind)
        return reminder.due if reminder is not None and not reminder.shown else None

    def shown(self) -> list[OpenReminder]:
        """The reminders on screen now (due, not yet answered)."""
        return [reminder for reminder in self.open() if reminder.shown]

    def next_due(self) -> datetime | None:
        """When the next pending reminder is due (None if none is pending)."""
        return min((reminder.due for reminder in self._open.values() if not reminder.shown), default=None)

    # -- changing -----------------------------------------------------------------

    def schedule(self, workout_ended: datetime, session_id: str | None = None, day_log_id: str | None = None,
                 workout_id: int | None = None) -> bool:
        """Both reminders for a workout that ended at ``workout_ended``; True if the refuel one was set."""
        now = self._clock.wall()
        changed = []
        for kind in KINDS:
            due = workout_ended + AFTER[kind]
            known = self._open.get(kind)
            if not self._enabled(kind) or due <= now or (known is not None and due <= known.due):
                continue
            changed.append(OpenReminder(kind, due, session_id, day_log_id, workout_id))
        self._keep(changed)
        return any(reminder.kind == REFUEL for reminder in changed)

    def take_due(self) -> list[OpenReminder]:
        """The pending reminders whose moment has come, now marked as shown (switched-off ones are dropped)."""
        now = self._clock.wall()
        due = [reminder for reminder in self.open() if not reminder.shown and reminder.due <= now]
        shown = [dataclasses.replace(reminder, shown=True) for reminder in due if self._enabled(reminder.kind)]
        self._keep(shown, drop=[reminder.kind for reminder in due if not self._enabled(reminder.kind)])
        return shown

    def snooze(self, kind: str) -> None:
        """Show ``kind`` again SNOOZE from now."""
        reminder = self._open.get(kind)
        if reminder is not None:
            self._keep([dataclasses.replace(reminder, due=self._clock.wall() + SNOOZE, shown=False)])

    def cancel(self, kind: str | None = None) -> None:
        self._keep([], drop=[kind] if kind else list(self._open))

    def done(self, kind: str) -> Journal | None:
        """The reminder was acted on: its check-off is ticked where it belongs, and it is closed.

        Returns the journal ticked (None if the reminder was not open). StorageError if the tick could
        not be stored: the reminder then stays open, to be answered again.
        """
        reminder = self._open.get(kind)
        if reminder is None:
            return None
        ticked, what = self._tick(reminder)
        self._keep([], drop=[kind], also=what)
        return ticked

    def _tick(self, reminder: OpenReminder) -> tuple[Journal, str]:
        repo = self._repo()
        field = CHECK_OFF[reminder.kind]
        from recoverykit.storage.day_logs import DayLogStore
        from recoverykit.storage.journal_store import JournalStore

        now = self._clock.wall()
        with storage_failures(), repo.db.atomic():
            if reminder.session_id is not None and repo.get(reminder.session_id) is not None:
                store = JournalStore(repo)
                journal = dataclasses.replace(store.get(reminder.session_id) or Journal(), **{field: True})
                store.save(reminder.session_id, journal, now)
                return journal, JOURNAL
            days = DayLogStore(repo)
            log = days.get(reminder.day_log_id) if reminder.day_log_id else None
            if log is None:
                # About a workout alone: the day logged since it ended, or a new logged day.
                since = reminder.due - AFTER[reminder.kind]
                log = next(iter(days.since(since)), None)
            from recoverykit.core.day_log import DayLog

            if log is None:
                log = DayLog(uuid.uuid4().hex, now.replace(microsecond=0), Journal())
            log = dataclasses.replace(log, journal=dataclasses.replace(log.journal, **{field: True}))
            days.save(log, now)
            return log.journal, DAY

    def _keep(self, changed: list[OpenReminder], drop: list[str] = (), also: str | None = None) -> None:
        """Hold ``changed`` and close ``drop``; write both through; announce."""
        if not changed and not drop and also is None:
            return
        for kind in drop:
            self._open.pop(kind, None)
        for reminder in changed:
            self._open[reminder.kind] = reminder
        if self._repository is not None:
            from recoverykit.storage.reminders import ReminderStore

            try:
                with storage_failures(), self._repository.db.atomic():
                    store = ReminderStore(self._repository)
                    for kind in drop:
                        store.remove(kind)
                    for reminder in changed:
                        store.save(reminder, self._clock.wall())
                self.problem = None
            except StorageError as exc:  # held here until the next write
                self.problem = str(exc)
        self.changes.announce(*filter(None, (REMINDER, also)))

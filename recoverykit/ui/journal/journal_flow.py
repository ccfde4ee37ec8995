"""Where the journal is entered, and the reminders (refuel, have a drink) it feeds.

Built in ``app.build()``. It opens the journal for the session just finished
from the summary page's Journal button, wires the history page (built when
first shown) to the injected clock and the reminders, and schedules them
when a cool-down starts (any routine without warm-up steps: a
warm-up comes before a run, not after) or when a journal logs the time a
workout ended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from recoverykit.core.clock import Clock
from recoverykit.core.events import StepEnded
from recoverykit.core.journal import MAX_DISTANCE_KM, MAX_WORKOUT_MIN, Journal
from recoverykit.core.kinds import KINDS
from recoverykit.qt.controller import SessionController
from recoverykit.qt.messages import error_text
from recoverykit.qt.reminders import Reminders
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.journal import JournalService
from recoverykit.ui.journal.before_offer import BeforeSorenessOffer
from recoverykit.ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # the dialog (body map, editor) is built when first opened
    from recoverykit.ui.journal.journal_dialog import JournalDialog


def workout_journal(workout) -> Journal | None:
    """A new journal's run context, filled from the imported workout the session followed."""
    if workout is None:
        return None
    return Journal(workout_type="run" if workout.sport in ("running", "trail_running") else "other",
                   distance_km=round(min(workout.distance_m / 1000, MAX_DISTANCE_KM), 2)
                   if workout.distance_m else None,
                   workout_min=min(round(workout.duration_s / 60), MAX_WORKOUT_MIN) if workout.duration_s else None,
                   workout_ended_at=workout.ended_at)


def _not_saved(save) -> str | None:
    """Run ``save``; None when it worked, else why not (the dialog then stays open with the entries)."""
    try:
        save()
    except (StorageError, ValueError) as exc:
        return tr("Your journal could not be saved (%1). What you entered is still here; "
                  "try again or cancel.").replace("%1", error_text(exc))
    return None


class JournalFlow(QObject):
    """Opens and saves journals from the summary page; keeps the reminders in step and ticks their
    check-offs (drank, refuelled) in the journal when a reminder is marked done."""

    def __init__(self, window: MainWindow, controller: SessionController,
                 journals: JournalService, clock: Clock, reminder: Reminders) -> None:
        super().__init__(window)
        self._window, self._controller, self._journals = window, controller, journals
        self._clock, self.reminder = clock, reminder
        self.dialog: JournalDialog | None = None
        window.pageCreated.connect(self._wire_page)
        for name in ("summary", "history"):  # pages built before this object was
            if window.page_built(name):
                self._wire_page(name, window.page(name))
        controller.sessionStarted.connect(self._on_session_started)
        self.before_offer = BeforeSorenessOffer()
        window.add_notice(self.before_offer)
        self.before_offer.rateRequested.connect(self.rate_before)
        controller.sessionStarted.connect(lambda _id: self.before_offer.show())
        controller.sessionEnded.connect(lambda _summary: self.before_offer.hide())
        # "Before" has passed once a step is over: the offer does not sit there for the whole session.
        controller.happened.connect(
            lambda events: self.before_offer.hide() if any(isinstance(e, StepEnded) for e in events) else None)
        #: The imported workout the running session follows, if any (set by the workouts room).
        self.workout_of_session = lambda: None

    @Slot(str)
    def _on_session_started(self, _session_id: str) -> None:
        machine = self._controller.machine
        if machine is not None and not any(KINDS[step.kind].before_exercise for step in machine.routine.steps):
            workout = self.workout_of_session()
            ended = workout.ended_at if workout is not None else None
            # The workout just ended, unless its file says when it really did.
            self.reminder.schedule(ended or self._clock.wall(), _session_id)

    @Slot()
    def rate_before(self) -> JournalDialog | None:
        """The running session's journal, open at Before; the session waits while it is open."""
        session_id = self._controller.session_id
        if session_id is None or not self._journals.available:
            return None
        self.before_offer.hide()
        paused_here = not self._controller.view().paused if self._controller.view() else False
        if paused_here:
            self._controller.pause()
        try:
            journal = self._journals.get(session_id)
        except (StorageError, ValueError):
            journal = None
        from recoverykit.ui.journal.journal_dialog import JournalDialog

        dialog = JournalDialog(tr("Before the session"), journal or workout_journal(self.workout_of_session()),
                               "", self._clock.wall().date(), lambda done, note: self._save_before(session_id, done),
                               self._window.settings.settings.distance_unit, self._window)
        dialog.editor.set_phase("before")
        dialog.finished.connect(dialog.deleteLater)
        if paused_here:
            dialog.finished.connect(lambda _result: self._controller.resume())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_before(self, session_id: str, journal: Journal) -> str | None:
        """Save the journal of a session under way (its note is written on the summary, later)."""
        return _not_saved(lambda: self._journals.save_journal(session_id, journal))

    @Slot(str, object)
    def _wire_page(self, name: str, page) -> None:
        if name == "summary":
            page.journal_button.clicked.connect(self.open_for_finished_session)
        elif name == "history":
            self._wire_history(page)

    def _wire_history(self, page) -> None:
        page.journalSaved.connect(self._on_journal_saved)

    def _on_journal_saved(self, session_id: str, journal: Journal) -> None:
        if journal.workout_ended_at is not None:
            self.reminder.schedule(journal.workout_ended_at, session_id)

    @Slot()
    def open_for_finished_session(self) -> None:
        session_id = self._controller.session_id
        if session_id is None or not self._journals.available:
            return
        try:
            journal = self._journals.get(session_id)
        except (StorageError, ValueError):
            journal = None
        if journal is None:
            journal = workout_journal(self.workout_of_session())
        summary = self._window.summary_page
        from recoverykit.ui.journal.journal_dialog import JournalDialog

        dialog = JournalDialog(tr("Journal"), journal, summary.note_text(), self._clock.wall().date(),
                               lambda done, note: self._save(session_id, done, note),
                               self._window.settings.settings.distance_unit, self._window)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, session_id: str, journal: Journal, note: str) -> str | None:
        """Save from the dialog; why it failed (the dialog then stays open with the entries), or None."""
        problem = _not_saved(lambda: self._journals.save(session_id, journal, note))
        if problem:
            return problem
        self._window.summary_page.show_saved_journal(note)
        self._on_journal_saved(session_id, journal)
        return None

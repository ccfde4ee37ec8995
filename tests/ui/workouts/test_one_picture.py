"""One recovery picture: the card, the gate, the reminders and ``suggest --json`` agree, and follow every write.

The fake clock's wall time is 2026-05-04 07:30 UTC; the run in the history
ended ten minutes before it unless a scenario says otherwise.
"""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from recoverykit.cli_workouts import print_suggestion
from recoverykit.core.day_log import DayLog
from recoverykit.core.events import SessionStatus
from recoverykit.core.journal import Journal
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from recoverykit.storage.workouts import WorkoutStore
from recoverykit.workouts.model import Workout
from tests.ui.conftest import build_app

NOW = datetime(2026, 5, 4, 7, 30, tzinfo=timezone.utc)


def _store(paths, *, ended_ago=timedelta(minutes=10), days=(), journals=(), done=None, health=None) -> None:
    """The history a scenario starts from, written as the app would have written it."""
    repo = SessionRepository(open_database(paths.database))
    start = NOW - ended_ago - timedelta(minutes=50)
    run = WorkoutStore(repo.db).add(Workout(sport="running", started_at=start, duration_s=3000, distance_m=10_000,
                                            descent_m=40, sha256="f" * 64), NOW)
    for back, journal in days:
        DayLogStore(repo).save(DayLog(f"day-{back}", NOW - back, journal), NOW)
    for back, journal in journals:
        session = repo.start_session("cooldown", "Post-run cool-down", NOW - back)
        repo.finish_session(session, SessionStatus.COMPLETED, NOW - back + timedelta(minutes=5))
        JournalStore(repo).save(session, journal, NOW)
    if done is not None:
        session = repo.start_session(done, done, run.ended_at + timedelta(minutes=1))
        repo.finish_session(session, SessionStatus.COMPLETED, run.ended_at + timedelta(minutes=8))
        if done == "suggested":
            WorkoutStore(repo.db).link_session(session, run.id)
    repo.close()
    if health is not None:
        paths.health_answers.parent.mkdir(parents=True, exist_ok=True)
        paths.health_answers.write_text(json.dumps({"version": 1, "skipped": False, "yes": health}))


SCENARIOS = {
    "a run, nothing logged": {},
    "sore quads, hamstrings, calves logged": {"days": [(timedelta(minutes=5),
                                                       Journal(soreness_after={"quads": 8, "hamstrings": 6,
                                                                               "calves": 2}))]},
    "sharp pain and an injured calf": {"days": [(timedelta(minutes=5),
                                                 Journal(warning_signs=("sharp_pain",), injured_areas=("calves",)))]},
    "a session's journal and a later day, sides apart": {
        "journals": [(timedelta(hours=20), Journal(soreness_after={"calves": 7}))],
        "days": [(timedelta(hours=2), Journal(soreness_after={"calves.left": 9, "glutes": 5}))]},
    "the run ended hours ago": {"ended_ago": timedelta(hours=9),
                                "days": [(timedelta(hours=1), Journal(soreness_after={"hamstrings": 7}))]},
    "the suggested session already done": {"done": "suggested"},
    "the massage gun already done, health answered": {"done": "massage-gun", "health": ["heart"]},
}


def _card_model(app) -> dict:
    suggestion = app.workouts.suggestion
    return {"steps": [(step.name, step.duration_s) for step in suggestion.routine.steps],
            "reasons": [str(reason.why) for reason in suggestion.reasons],
            "later": [later.routine_id for later in suggestion.later],
            "is_done": suggestion.is_done, "next": suggestion.next_up}


def _cli_model(paths) -> dict:
    out = io.StringIO()
    assert print_suggestion(paths, True, None, out=out, now=NOW) == 0
    document = json.loads(out.getvalue())
    return {"steps": [(step["name"], step["duration_s"]) for step in document["routine"]["steps"]],
            "reasons": [reason["why"] for reason in document["reasons"]],
            "later": [later["routine_id"] for later in document["later"]],
            "is_done": document["is_done"], "next": document["next"]}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_card_and_suggest_json_give_the_same_steps_order_and_reasons(qtbot, paths, clock, ticker, name):
    _store(paths, **SCENARIOS[name])
    app = build_app(paths, clock, ticker)
    qtbot.addWidget(app.window)
    try:
        card = _card_model(app)
    finally:
        app.close()
    assert card == _cli_model(paths)
    assert card["steps"]


@pytest.fixture
def app(qtbot, paths, clock, ticker, notifications):
    _store(paths)
    built = build_app(paths, clock, ticker, notifications=notifications)
    qtbot.addWidget(built.window)
    built.window.show()
    yield built
    built.close()


def _rolls(card) -> list[str]:
    return [step.name for step in card.suggestion.routine.steps if step.kind.value == "foam_roll"]


def test_ticking_a_sign_in_log_how_you_feel_changes_the_card_before_save_returns(qtbot, app):
    card = app.workouts.card
    assert card.isVisible() and _rolls(card)
    seen = {}
    for attempt in range(2):  # the dialog opens, and works, every time
        app.day_logs.action.trigger()  # Ctrl+L
        dialog = app.day_logs.dialog
        assert dialog is not None and dialog.isVisible()
        if attempt == 0:
            dialog.editor.warnings["sharp_pain"].setChecked(True)
            dialog.editor.injured["calves"].setChecked(True)
            dialog.finished.connect(lambda _r: seen.update(rolls=_rolls(card), why=card.reasons.text(),
                                                           flags=app.red_flag_notice.banner.isVisibleTo(app.window)))
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        else:
            dialog.reject()
        assert not dialog.isVisible()
        # The closed dialog is deleted as the event loop turns, before the next Ctrl+L.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert seen["rolls"] == [] and "ticked sharp pain" in seen["why"] and seen["flags"]
    assert all(later.routine_id not in ("massage-gun", "contrast") for later in card.suggestion.later)


def test_the_gate_holds_back_what_the_card_leaves_out(qtbot, app):
    days = app.day_logs
    dialog = days.open_dialog()
    dialog.editor.injured["calves"].setChecked(True)
    dialog.accept()
    asked = []
    app.safety._choose = lambda parent, text: asked.append(text) or "cancel"
    app.window.start_routine("foam-roll")
    assert asked and "calves" in asked[0].lower()


def test_completing_the_suggested_session_changes_the_card(qtbot, app, driver):
    card = app.workouts.card
    assert card.start_button.isVisibleTo(card)
    card.start_button.click()
    app.window.preview_page.start_button.click()
    assert not card.isVisibleTo(app.window.routines_page)
    driver.run_to_end()
    app.window.show_page("routines")
    assert card.isVisible() and card.suggestion.is_done
    assert not card.start_button.isVisibleTo(card)
    assert card.session.text().startswith("Done at ") and "Next: the massage gun from" in card.session.text()


def test_any_session_brings_the_card_back_without_a_restart(qtbot, app, driver):
    app.window.start_routine("warmup")
    driver.run_to_end()
    app.window.show_page("routines")
    assert app.workouts.card.isVisible() and not app.workouts.card.suggestion.is_done


def test_a_reminders_done_shows_in_the_journal_and_a_restart_keeps_due_reminders(qtbot, paths, clock, ticker,
                                                                                  notifications):
    from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker

    _store(paths, ended_ago=timedelta(minutes=2))  # the run just ended: both reminders are ahead
    alarm = ManualTicker()
    app = build_app(paths, clock, ticker, notifications=notifications, reminder_ticker=alarm)
    qtbot.addWidget(app.window)
    app.window.start_routine("cooldown")  # a cool-down after the run: the reminders belong to it
    session_id = app.controller.session_id
    app.controller.stop()
    app.close()  # quit before any is due

    alarm = ManualTicker()
    app = build_app(paths, clock, ticker, notifications=notifications, reminder_ticker=alarm)
    qtbot.addWidget(app.window)
    app.window.show()
    assert app.reminder.due_of("hydrate") == clock.wall() + timedelta(minutes=15)
    ClockDriver(clock, alarm).advance(15 * 60)
    bar = app.reminder_bar
    assert bar.isVisibleTo(app.window) and bar.title.text() == "Had a drink?"
    bar.done_button.click()
    assert JournalStore(app.repository).get(session_id).hydrated
    app.window.show_page("history")
    page = app.window.history_page
    page.refresh(keep=session_id)
    assert page.selected_id() == session_id and "drank" in page.detail.journal.text()
    app.close()

    app = build_app(paths, clock, ticker, notifications=notifications, reminder_ticker=ManualTicker())
    qtbot.addWidget(app.window)
    app.window.show()
    assert app.reminder.due_of("hydrate") is None and app.reminder.due_of("refuel") is not None
    app.close()

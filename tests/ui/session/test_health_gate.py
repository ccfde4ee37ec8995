"""The health check before a session with cold, heat or the massage gun; steps to ask a doctor about."""

from __future__ import annotations

from recoverykit.core.health_check import HealthAnswers
from recoverykit.services.health import load_answers, save_answers
from recoverykit.ui.safety.safety_gate import CANCEL, KEEP, LEAVE_OUT
from tests.ui.conftest import build_app


def _app(qtbot, paths, clock, ticker, answer, choice):
    asked, shown = [], []

    def ask(parent, answers):
        asked.append(answers)
        return answer

    def choose(parent, text):
        shown.append(text)
        return choice

    built = build_app(paths, clock, ticker, ask_health_check=ask, choose_flagged_steps=choose)
    qtbot.addWidget(built.window)
    built.asked, built.shown = asked, shown
    return built


def test_raynauds_leaves_the_ice_out_by_default_and_says_why(qtbot, paths, clock, ticker):
    app = _app(qtbot, paths, clock, ticker, HealthAnswers(answered=True, yes=frozenset({"raynaud"})), LEAVE_OUT)
    assert app.window.start_routine("contrast")
    assert len(app.asked) == 1
    assert "Ice pack" in app.shown[0] and "Raynaud" in app.shown[0]
    assert [step.name for step in app.controller.machine.routine.steps] == ["Hot towel"]
    assert load_answers(paths.health_answers).yes == {"raynaud"}  # asked once, kept
    app.close()


def test_the_user_may_keep_the_steps_or_not_start(qtbot, paths, clock, ticker):
    save_answers(paths.health_answers, HealthAnswers(answered=True, yes=frozenset({"implant"})))
    app = _app(qtbot, paths, clock, ticker, None, CANCEL)
    assert not app.window.start_routine("massage-gun")
    assert app.asked == [] and not app.controller.running  # answered before: not asked again
    app.close()
    kept = _app(qtbot, paths, clock, ticker, None, KEEP)
    assert kept.window.start_routine("massage-gun")
    assert len(kept.controller.machine.routine.steps) == 4
    kept.close()


def test_closing_the_check_starts_nothing_and_a_stretch_routine_never_asks(qtbot, paths, clock, ticker):
    app = _app(qtbot, paths, clock, ticker, None, LEAVE_OUT)
    assert not app.window.start_routine("contrast") and not app.controller.running
    assert app.window.start_routine("warmup")
    assert len(app.asked) == 1
    app.close()


def test_skipping_runs_every_step_as_written(qtbot, paths, clock, ticker):
    app = _app(qtbot, paths, clock, ticker, HealthAnswers(answered=True, skipped=True), LEAVE_OUT)
    assert app.window.start_routine("contrast")
    assert app.shown == [] and len(app.controller.machine.routine.steps) == 2
    app.close()


def test_edit_health_check_asks_again(qtbot, paths, clock, ticker):
    app = _app(qtbot, paths, clock, ticker, HealthAnswers(answered=True, yes=frozenset({"heart"})), LEAVE_OUT)
    app.safety.action.trigger()
    assert app.safety.answers.yes == {"heart"}
    assert load_answers(paths.health_answers).yes == {"heart"}
    app.close()


def test_the_dialog_reads_and_gives_the_answers(qtbot):
    from recoverykit.ui.safety.health_dialog import HealthCheckDialog

    dialog = HealthCheckDialog(HealthAnswers(answered=True, yes=frozenset({"clotting"})))
    qtbot.addWidget(dialog)
    assert dialog.choices["clotting"].isChecked() and not dialog.choices["heart"].isChecked()
    dialog.choices["heart"].setChecked(True)
    assert dialog.answers().yes == {"clotting", "heart"}
    dialog.skip_button.click()
    assert dialog.answers() == HealthAnswers(answered=True, skipped=True)


def test_damaged_answers_are_asked_again(tmp_path):
    path = tmp_path / "health.json"
    for text in ("{", "[]", '{"version": 1, "yes": "raynaud"}', '{"version": 9, "yes": []}'):
        path.write_text(text)
        assert load_answers(path) == HealthAnswers()
    path.write_text('{"version": 1, "skipped": false, "yes": ["raynaud", "unknown"]}')
    assert load_answers(path).yes == {"raynaud"}


def test_swelling_ticked_in_the_last_72_hours_leaves_out_heat_massage_and_rolling(qtbot, paths, clock, ticker):
    from recoverykit.core.journal import Journal
    from recoverykit.storage.db import open_database
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.storage.sessions import SessionRepository
    from tests.storage.helpers import T0, populate

    paths.ensure()
    (session_id,) = populate(paths.database, sessions=1, first_day=-1)
    repo = SessionRepository(open_database(paths.database))
    JournalStore(repo).save(session_id, Journal(warning_signs=("swelling",)), T0)
    repo.close()
    save_answers(paths.health_answers, HealthAnswers(answered=True))
    app = _app(qtbot, paths, clock, ticker, None, LEAVE_OUT)
    app.finish()
    assert app.window.start_routine("cooldown")
    assert "Foam roll: quads" in app.shown[0] and "swelling" in app.shown[0] and "cold and rest" in app.shown[0]
    kinds = {step.kind.value for step in app.controller.machine.routine.steps}
    assert "foam_roll" not in kinds and {"active", "stretch"} <= kinds
    app.controller.stop()
    contrast = app.window.start_routine("contrast")
    assert contrast and [step.name for step in app.controller.machine.routine.steps] == ["Ice pack"]
    app.close()


def test_preferences_ask_the_health_check_again(qtbot, paths, clock, ticker):
    app = _app(qtbot, paths, clock, ticker, HealthAnswers(answered=True, yes=frozenset({"pregnancy"})), LEAVE_OUT)
    dialog = app.preferences.show_dialog()
    qtbot.addWidget(dialog)
    dialog.health_button.click()
    assert app.asked and app.safety.answers.yes == {"pregnancy"}
    dialog.close()
    app.close()


def test_an_area_marked_injured_holds_the_steps_on_it(qtbot, paths, clock, ticker):
    from recoverykit.core.journal import Journal
    from recoverykit.storage.db import open_database
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.storage.sessions import SessionRepository
    from tests.storage.helpers import T0, populate

    paths.ensure()
    (session_id,) = populate(paths.database, sessions=1, first_day=-1)
    repo = SessionRepository(open_database(paths.database))
    JournalStore(repo).save(session_id, Journal(injured_areas=("quads",)), T0)
    repo.close()
    save_answers(paths.health_answers, HealthAnswers(answered=True))
    app = _app(qtbot, paths, clock, ticker, None, LEAVE_OUT)
    app.finish()
    assert app.window.start_routine("massage-gun")
    assert "quads" in app.shown[0]
    assert [step.name for step in app.controller.machine.routine.steps] == [
        "Massage gun: hamstrings", "Massage gun: calves", "Massage gun: glutes"]
    app.close()


def test_a_start_before_storage_opens_still_sees_the_injured_area(qtbot, paths, clock, ticker):
    """``recoverykit start massage-gun`` starts on the first screen, before the deferred part of the
    start-up has opened storage: the 72-hour injury hold must read the journals all the same."""
    from recoverykit import app as app_module
    from recoverykit.core.journal import Journal
    from recoverykit.storage.db import open_database
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.storage.sessions import SessionRepository
    from tests.storage.helpers import T0, populate
    from tests.ui.conftest import RecordingOutput, RecordingSpeech

    paths.ensure()
    (session_id,) = populate(paths.database, sessions=1, first_day=-1)
    repo = SessionRepository(open_database(paths.database))
    JournalStore(repo).save(session_id, Journal(injured_areas=("quads",)), T0)
    repo.close()
    save_answers(paths.health_answers, HealthAnswers(answered=True))
    shown = []
    built = app_module.build_window(paths, clock=clock, ticker=ticker, sound_output=RecordingOutput(),
                                    speech=RecordingSpeech(), notify=lambda *a: None, tray_available=False,
                                    confirm=lambda *a: True,
                                    choose_flagged_steps=lambda parent, text: (shown.append(text), LEAVE_OUT)[1])
    qtbot.addWidget(built.window)
    assert not built.finished
    assert built.window.start_routine("massage-gun")
    assert shown and "quads" in shown[0]
    assert "Massage gun: quads" not in [step.name for step in built.controller.machine.routine.steps]
    built.close()

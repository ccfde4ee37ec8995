"""No feature slower to appear (issue 20): after the start-up that shows the window first and builds
the rest after its paint, every page and dialog opens, and the first step sounds its cue at once."""

from __future__ import annotations

from recoverykit import app as app_module
from recoverykit.core.cues import Cue
from tests.ui.conftest import RecordingOutput, RecordingSpeech, skip_health_check

GET_READY_S = 5


def _first_screen(paths, clock, ticker):
    """The window as ``recoverykit`` shows it: storage and the rooms come after the first paint."""
    return app_module.build_window(paths, clock=clock, ticker=ticker, sound_output=RecordingOutput(),
                                   speech=RecordingSpeech(), notify=lambda *a: None, tray_available=False,
                                   confirm=lambda *a: True, ask_health_check=skip_health_check)


def test_every_page_and_dialog_opens_and_the_first_step_sounds(qtbot, paths, clock, ticker, driver):
    built = _first_screen(paths, clock, ticker)
    window = built.window
    qtbot.addWidget(window)
    built.finish_after_first_paint()
    window.show()
    qtbot.waitUntil(lambda: built.finished)  # the paint, then the deferred part

    for page in ("history", "routines"):
        window.show_page(page)
        assert window.current_page == page and window.page(page).isVisible()
    window.show_page("history")
    window.history_page.tabs.setCurrentWidget(window.history_page.charts)
    assert window.history_page.charts.isVisible()
    assert window.preview_routine("contrast") and window.current_page == "contrast"
    assert window.contrast_page.isVisible()

    dialogs = [built.preferences.show_dialog(), built.routine_actions.new_routine(),
               built.day_logs.open_dialog()]
    window.show_recovery_help()
    window.show_shortcuts()
    window._about()
    dialogs += [window.recovery_help, window.shortcuts_dialog, window.about_dialog]
    for dialog in dialogs:
        assert dialog.isVisible(), type(dialog).__name__
        dialog.close()

    assert window.preview_routine("cooldown") and window.preview_page.isVisible()
    window.preview_page.start_button.click()
    assert window.current_page == "session" and window.session_page.isVisible()
    played = window.sounds.output.played
    assert Cue.START not in played  # getting ready
    driver.advance(GET_READY_S)
    assert Cue.START in played  # the first step begins with its cue, on time
    driver.run_to_end()
    assert window.current_page == "summary" and window.summary_page.isVisible()
    assert played[-1] is Cue.COMPLETE
    built.close()


def test_a_session_started_before_the_deferred_part_still_sounds_its_first_step(qtbot, paths, clock, ticker,
                                                                                   driver):
    """``recoverykit start cooldown`` starts on the first screen: what the session needs comes first."""
    built = _first_screen(paths, clock, ticker)
    qtbot.addWidget(built.window)
    assert not built.finished
    assert built.window.start_routine("cooldown")
    assert built.finished and built.window.current_page == "session"
    assert Cue.START not in built.window.sounds.output.played
    driver.advance(GET_READY_S)
    assert Cue.START in built.window.sounds.output.played
    built.close()


class PreparingOutput(RecordingOutput):
    """A sound output that, like Qt's, can load its cues ahead of the first one."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared_before: list | None = None

    def prepare(self) -> None:
        if self.prepared_before is None:
            self.prepared_before = list(self.played)


def test_the_cue_sounds_load_as_the_session_starts_not_at_the_first_cue(qtbot, paths, clock, ticker, driver):
    """Qt Multimedia loads a sound in the background: loaded while the user gets ready, the first
    step's cue is ready when it is due, and a launch that never starts a session never loads them."""
    output = PreparingOutput()
    built = app_module.build_window(paths, clock=clock, ticker=ticker, sound_output=output,
                                    speech=RecordingSpeech(), notify=lambda *a: None, tray_available=False,
                                    confirm=lambda *a: True, ask_health_check=skip_health_check)
    qtbot.addWidget(built.window)
    built.finish()
    assert output.prepared_before is None
    built.window.start_routine("cooldown")
    assert output.prepared_before == []  # at the start, before any cue
    driver.advance(GET_READY_S)
    assert Cue.START in output.played
    built.close()


def test_muted_sounds_are_not_loaded(qtbot, paths, clock, ticker, driver):
    output = PreparingOutput()
    built = app_module.build_window(paths, clock=clock, ticker=ticker, sound_output=output,
                                    speech=RecordingSpeech(), notify=lambda *a: None, tray_available=False,
                                    confirm=lambda *a: True, ask_health_check=skip_health_check)
    qtbot.addWidget(built.window)
    built.window.sounds.set_muted(True)
    built.window.start_routine("cooldown")
    driver.advance(GET_READY_S)
    assert output.prepared_before is None and output.played == []
    built.close()

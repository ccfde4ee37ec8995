"""Contrast therapy in the window: set-up, the running view, swaps, alarms, suspend and the log."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from recoverykit.core.cues import Cue
from recoverykit.core.states import State
from recoverykit.settings import load_settings
from tests.ui.session.test_session_flow import history


def open_setup(rk):
    assert rk.window.preview_routine("contrast")
    assert rk.window.current_page == "contrast"
    return rk.window.contrast_page


def test_the_setup_screen_starts_from_the_guidance_and_names_every_bound(rk, qtbot, paths):
    page = open_setup(rk)
    assert page.plan().cold_s == 600 and page.plan().heat_s == 900
    assert page.cold_length.time() == QTime(0, 10, 0)
    assert page.temperature.value() == 40 and page.temperature.suffix() == " °C"
    assert (page.rounds.value(), page.swap.value(), page.wait.isChecked()) == (1, 15, False)
    assert "48 hours after a workout" in page.window_note.text()
    assert "sensitive" in page.heat_note.text() and "burns" in page.heat_note.text()
    assert page.start_button.isEnabled()
    assert page.total_label.text() == "Total: 25:15 · 2 phases"

    # Cold immersion: 12 minutes is allowed (10–15 min at 10–15 °C); 20 is refused with a reason, not clamped.
    page.cold_modality.setCurrentIndex(page.cold_modality.findData("cold_immersion"))
    page.cold_length.setTime(QTime(0, 12, 0))
    assert page.problems["cold_s"].text() == "" and page.start_button.isEnabled()
    page.cold_length.setTime(QTime(0, 20, 0))
    assert page.problems["cold_s"].text().startswith("Cold-water immersion: 30 s to 15 min each time")
    assert not page.start_button.isEnabled()
    page.cold_length.setTime(QTime(0, 12, 0))
    assert page.problems["cold_s"].text() == "" and page.start_button.isEnabled()

    page.cold_modality.setCurrentIndex(0)
    page.cold_length.setTime(QTime(0, 20, 0))  # an ice pack may go up to its cap, 20 min each time
    assert page.problems["cold_s"].text() == ""
    page.cold_length.setTime(QTime(0, 21, 0))
    assert page.problems["cold_s"].text().startswith("An ice pack or cold towel: 30 s to 20 min each time")
    page.cold_length.setTime(QTime(0, 10, 0))

    # °F: 40 °C is 104 °F; a warm bath above 104 °F is refused with its reason.
    page.unit.setCurrentIndex(page.unit.findData("f"))
    assert page.temperature.value() == 104 and page.temperature.suffix() == " °F"
    assert "104 °F" in page.heat_note.text()
    assert load_settings(paths.settings_file)[0].temperature_unit == "f"
    page.heat_modality.setCurrentIndex(page.heat_modality.findData("warm_bath"))
    assert page.problems["heat_temperature_c"].text() == ""
    page.temperature.setValue(106)
    assert page.problems["heat_temperature_c"].text().startswith("A warm bath: 30–40 °C")
    assert not page.start_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert rk.window.current_page == "routines"


def test_three_rounds_ending_on_cold_run_with_the_fake_clock_and_every_phase_is_logged(
        rk, qtbot, driver, paths):
    page = open_setup(rk)
    page.rounds.setValue(3)
    page.end_on.setCurrentIndex(page.end_on.findData("cold"))
    page.cold_length.setTime(QTime(0, 2, 0))
    page.heat_length.setTime(QTime(0, 3, 0))
    assert page.total_label.text() == "Total: 18:30 · 7 phases"
    qtbot.keyClick(page, Qt.Key.Key_Return)
    session = rk.window.session_page
    banner = session.contrast_banner
    assert rk.window.current_page == "session" and session.contrast
    assert banner.isVisible() and not session.position_label.isVisible()
    assert len(banner.timeline.phases) == 7

    driver.advance(5)  # get ready
    seen = []
    for index in range(7):
        kind = "COLD" if index % 2 == 0 else "HEAT"
        assert banner.word_label.text() == kind
        assert banner.round_label.text() == f"Round {min(3, index // 2 + 1)} of 3"
        assert banner.timeline.current == index
        assert banner.phase_left_label.text() == ("2:00" if kind == "COLD" else "3:00") + " left in this phase"
        seen.append((kind, banner.round_label.text(), banner.overall_left_label.text()))
        driver.advance(120 if kind == "COLD" else 180)
        if index < 6:
            nxt = "HEAT" if kind == "COLD" else "COLD"
            assert session.ring.caption == f"Swap: {nxt.lower()} next"
            assert banner.word_label.text() == f"{nxt} NEXT"
            assert session.ring.time_text == "0:15"
            driver.advance(15)
    assert seen[0][2] == "18:30 left overall"
    assert seen[-1][1] == "Round 3 of 3"  # the closing cold belongs to the last round
    assert rk.window.current_page == "summary"

    [logged] = history(paths)["sessions"]
    assert logged["status"] == "completed"
    steps = logged["steps"]
    assert [s["kind"] for s in steps] == ["cold", "heat"] * 3 + ["cold"]
    for step in steps:
        cold = step["kind"] == "cold"
        assert step["planned_s"] == step["actual_s"] == (120.0 if cold else 180.0)
        assert step["status"] == "done"
        assert step["modality"] == ("ice_pack" if cold else "hot_towel")
        assert step["temperature_c"] == (None if cold else 40.0)
    played = rk.window.sounds.output.played
    assert played.count(Cue.HEAT_END) == 3 * 3       # each heat end, then twice more
    assert played.count(Cue.COLD_END) == 3 * 3       # the last cold ends with the chime instead
    assert played[-1] is Cue.COMPLETE


def test_space_during_the_swap_starts_the_next_phase_at_once(rk, qtbot, driver):
    rk.window.start_routine("contrast")  # the command line: at once, with the defaults
    session = rk.window.session_page
    driver.advance(5 + 600 + 3)
    assert session.ring.caption == "Swap: heat next" and session.ring.time_text == "0:12"
    qtbot.keyClick(session, Qt.Key.Key_Space)
    view = rk.controller.view()
    assert view.phase.value == "work" and view.slot.step.kind.value == "heat"
    assert view.remaining_s == 900
    qtbot.keyClick(session, Qt.Key.Key_Space)  # in a phase Space still pauses
    assert rk.controller.machine.state is State.PAUSED


def test_left_alone_the_swap_countdown_starts_the_next_phase_by_itself(rk, driver):
    rk.window.start_routine("contrast")
    driver.advance(5 + 600 + 15)
    view = rk.controller.view()
    assert view.slot.step.kind.value == "heat" and view.remaining_s == 900


def test_the_end_alarm_repeats_three_times_then_stops(rk, driver):
    played = rk.window.sounds.output.played
    page = open_setup(rk)
    page.swap.setValue(30)  # a long swap: the alarm stops by itself, not because heat started
    page.start_button.click()
    driver.advance(5 + 600)
    assert played[-1] is Cue.COLD_END
    driver.advance(29)
    assert played.count(Cue.COLD_END) == 3   # at 0, 4 and 8 s, then quiet
    assert rk.controller.view().slot.step.kind.value == "heat"
    assert rk.controller.view().phase.value == "change_position"


def test_pausing_silences_the_repeated_alarm(rk, qtbot, driver):
    played = rk.window.sounds.output.played
    rk.window.start_routine("contrast")
    driver.advance(5 + 600 + 1)
    qtbot.mouseClick(rk.window.session_page.pause_button, Qt.MouseButton.LeftButton)
    driver.advance(30)
    assert played.count(Cue.COLD_END) == 1


def test_wait_for_me_holds_each_swap_until_space(rk, qtbot, driver, paths):
    page = open_setup(rk)
    page.rounds.setValue(2)
    page.wait.setChecked(True)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert load_settings(paths.settings_file)[0].contrast_swap_waits is True
    session = rk.window.session_page
    played = rk.window.sounds.output.played
    driver.advance(5 + 600)
    assert rk.controller.machine.state is State.WAITING
    driver.advance(3600)  # an hour later it is still waiting; the alarm sounded three times
    assert rk.controller.machine.state is State.WAITING
    assert played.count(Cue.COLD_END) == 3
    assert session.ring.caption == "Press Space to start"
    assert session.pause_button.text() == "Start"
    assert "press Space" in session.contrast_banner.phase_left_label.text()
    qtbot.keyClick(session, Qt.Key.Key_Space)
    view = rk.controller.view()
    assert view.slot.step.kind.value == "heat" and view.remaining_s == 900


def test_a_suspend_past_the_cold_deadline_alarms_at_once_and_logs_the_real_length(
        rk, qtbot, driver, clock, ticker, paths):
    qtbot.keyClick(rk.window.routines_page.list, Qt.Key.Key_V)  # voice prompts on
    said = rk.window.voice.speech.said
    rk.window.start_routine("contrast")
    driver.advance(5 + 240)
    assert rk.window.session_page.ring.time_text == "6:00"
    clock.advance(20 * 60)   # the laptop sleeps for 20 min: no wake-up fires meanwhile
    ticker.fire()            # the first wake-up after resume
    assert said[-1] == "Cold time is over: remove the ice"
    assert rk.window.sounds.output.played[-1] is Cue.COLD_END
    assert rk.window.session_page.ring.caption == "Swap: heat next"
    assert rk.window.session_page.ring.time_text == "0:15"
    [logged] = history(paths)["sessions"]
    [cold] = logged["steps"]
    assert cold["kind"] == "cold" and cold["planned_s"] == 600.0
    assert cold["actual_s"] == 240.0 + 1200.0


def test_a_mid_phase_suspend_shows_the_real_time_left(rk, driver, clock, ticker):
    rk.window.start_routine("contrast")
    driver.advance(5 + 60)
    clock.advance(300)
    ticker.fire()
    assert rk.window.session_page.ring.time_text == "4:00"
    assert rk.window.session_page.contrast_banner.phase_left_label.text() == "4:00 left in this phase"


def test_other_routines_keep_the_generic_session_view(rk, driver):
    rk.window.start_routine("warmup")
    session = rk.window.session_page
    assert not session.contrast and not session.contrast_banner.isVisible()
    assert session.position_label.isVisible()

"""Cues, voice, notifications, floor mode, preview and keys, driven with the fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoverykit.core.cues import Cue
from recoverykit.core.states import State


def start_from_list(rk, qtbot, routine_id: str):
    window = rk.window
    page = window.routines_page
    for row in range(page.list.count()):
        if page.list.item(row).data(Qt.ItemDataRole.UserRole + 1).id == routine_id:
            page.list.setCurrentRow(row)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.current_page == "preview"
    qtbot.keyClick(window.preview_page, Qt.Key.Key_Return)
    assert window.current_page == "session"


def test_cues_fire_at_the_right_moments_in_order(rk, qtbot, driver):
    played = rk.window.sounds.output.played
    start_from_list(rk, qtbot, "warmup")
    assert played == []
    driver.advance(2.0)
    assert played == [Cue.TICK]           # 3 s left of get-ready
    driver.advance(3.0)
    assert played == [Cue.TICK] * 3 + [Cue.START]
    driver.advance(15.0)
    assert played[-1] is Cue.HALFWAY      # leg swings, left: 15 s of 30
    driver.advance(15.0)
    assert played[-4:] == [Cue.TICK, Cue.TICK, Cue.TICK, Cue.SWITCH_SIDES]
    driver.run_to_end()
    assert played[-1] is Cue.COMPLETE
    assert played.count(Cue.START) == 7
    assert played.count(Cue.STEP_END) == 5  # 6 steps; the last ends with the chime instead


def test_mute_with_m_silences_and_is_remembered(rk, qtbot, driver, paths, clock, ticker):
    start_from_list(rk, qtbot, "warmup")
    qtbot.keyClick(rk.window.session_page, Qt.Key.Key_M)
    assert rk.window.sounds.muted
    driver.advance(10)
    assert rk.window.sounds.output.played == []
    from recoverykit.settings import load_settings

    assert load_settings(paths.settings_file)[0].sound_on is False


def test_volume_slider_sets_the_output_volume_and_is_saved(rk, paths):
    rk.window.sound.volume_slider.setValue(35)
    assert rk.window.sounds.output.volume == pytest.approx(0.35)
    from recoverykit.settings import load_settings

    assert load_settings(paths.settings_file)[0].volume_percent == 35


def test_voice_prompts_speak_one_sentence_per_change(rk, qtbot, driver):
    said = rk.window.voice.speech.said
    rk.window.start_routine("cooldown")
    driver.advance(10)
    assert said == []  # voice is off by default
    qtbot.keyClick(rk.window.session_page, Qt.Key.Key_V)
    assert rk.window.voice.enabled
    driver.advance(595)  # the walk ends; 5 s to get into position
    assert said[-1] == "Next: Standing quad stretch, left leg, 30 s"
    driver.advance(5)
    assert said[-1] == "Start: Standing quad stretch, left leg"
    driver.advance(15)
    assert said[-1] == "Halfway"
    driver.advance(15)
    assert said[-1] == "Switch sides. Next: Standing quad stretch, right leg, 30 s"


def test_notifications_only_when_the_window_is_not_in_front(rk, driver, notifications):
    window = rk.window
    window.start_routine("warmup")
    window.showMinimized()
    driver.advance(5)
    assert notifications[-1] == ("recoverykit", "Start: Leg swings, left leg")
    count = len(notifications)
    driver.advance(14)  # halfway and ticks are not step changes
    assert len(notifications) == count
    driver.run_to_end()
    assert notifications[-1] == ("recoverykit", "Session complete. Well done.")


def test_tray_tooltip_and_menu_follow_the_session(rk, driver):
    tray = rk.tray
    assert not tray.pause_action.isEnabled()
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 10)
    assert tray.tooltip == "Foam roll: quads — 0:50 left"
    tray.pause_action.trigger()
    assert rk.controller.machine.state is State.PAUSED
    assert tray.pause_action.text() == "Resume"
    tray.skip_action.trigger()
    assert rk.controller.view().slot.step.name == "Foam roll: hamstrings"


def test_floor_mode_with_f11_and_the_button_and_esc_leaves_it(rk, qtbot, driver, confirmations):
    window = rk.window
    window.resize(1280, 720)
    window.start_routine("cooldown")
    driver.advance(5)
    page = window.session_page
    QApplication.processEvents()  # let the pending layout requests run; no time passes
    normal_share = page.ring.height() / window.height()
    qtbot.keyClick(page, Qt.Key.Key_F11)
    QApplication.processEvents()
    assert page.floor_mode
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not page.instruction_label.isVisible()
    assert page.ring.isVisible()
    floor_share = page.ring.height() / window.height()
    assert floor_share > normal_share
    assert floor_share > 0.55
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # leaves floor mode, does not stop
    assert not page.floor_mode and not window.isFullScreen()
    assert confirmations == []
    assert rk.controller.running
    qtbot.mouseClick(page.floor_button, Qt.MouseButton.LeftButton)
    assert page.floor_mode
    driver.run_to_end()
    assert not page.floor_mode and window.current_page == "summary"


def test_question_mark_opens_the_shortcut_sheet(rk, qtbot):
    qtbot.keyClick(rk.window.routines_page.list, Qt.Key.Key_Question)
    dialog = rk.window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {"Space", "→", "←", "Esc", "F11", "M", "V", "?"} <= set(keys)
    dialog.close()


def test_preview_adjusts_durations_within_bounds_for_this_run(rk, qtbot, driver, paths):
    window = rk.window
    window.preview_routine("foam-roll")
    preview = window.preview_page
    assert not preview.table.item(0, 0).icon().isNull()  # the illustration
    box = preview.duration_box(0)
    assert (box.minimum(), box.maximum()) == (30, 60)  # foam rolling: 30-60 s
    box.setValue(90)
    assert box.value() == 60
    box.setValue(35)
    preview.get_ready.setValue(0)
    assert preview.total_label.text().startswith("Total: ")
    qtbot.mouseClick(preview.start_button, Qt.MouseButton.LeftButton)
    view = rk.controller.view()
    assert view.phase.value == "work"  # no get-ready this time
    assert view.remaining_s == 35
    from recoverykit.settings import load_settings

    assert load_settings(paths.settings_file)[0].get_ready_s == 0
    # The routine as written is unchanged for next time.
    assert rk.library.get("foam-roll").steps[0].duration_s == 60


def test_every_session_control_is_reachable_by_tab_and_named(rk, qtbot):
    rk.window.start_routine("warmup")
    page = rk.window.session_page
    buttons = [page.back_button, page.pause_button, page.skip_button, page.extend_button,
               page.stop_button, page.floor_button]
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()
        assert button.toolTip()
    assert page.ring.accessibleName() == "Time left"
    assert page.ring.accessibleDescription().endswith("0:05")


def test_the_view_repaints_only_when_the_shown_second_changes(rk, driver):
    rk.window.start_routine("foam-roll")
    ring = rk.window.session_page.ring
    driver.advance(5.0)
    before = ring.time_text
    rk.controller._on_tick()  # a spurious extra wake-up within the same second
    assert ring.time_text == before
    wakeups = driver.wakeups
    driver.advance(60)
    assert driver.wakeups - wakeups <= 62  # one per second, plus the halfway cue

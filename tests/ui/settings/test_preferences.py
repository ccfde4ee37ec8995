"""Preferences: grouped, and every change takes effect at once, whichever way it was made."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoverykit.ui.common.theme import is_dark


def open_dialog(rk, qtbot):
    qtbot.keyClick(rk.window.routines_page.list, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = rk.preferences.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def saved(paths) -> dict:
    return json.loads(paths.settings_file.read_text())


def test_sound_settings_follow_both_ways(rk, qtbot, paths):
    dialog = open_dialog(rk, qtbot)
    window = rk.window
    dialog.sound_on.setChecked(False)
    assert window.sound.mute_action.isChecked() and window.sounds.muted
    assert saved(paths)["sound_on"] is False
    qtbot.keyClick(window.routines_page.list, Qt.Key.Key_M)  # unmute from the Sound menu
    assert dialog.sound_on.isChecked() and not window.sounds.muted
    dialog.volume.setValue(35)
    assert window.sound.volume_slider.value() == 35 and window.sounds.output.volume == 0.35
    window.sound.volume_slider.setValue(80)
    assert dialog.volume.value() == 80 and "80 %" in dialog.volume_value.text()
    dialog.voice_on.setChecked(True)
    assert window.sound.voice_action.isChecked() and window.voice.enabled


def test_gaps_units_and_reminders_apply_at_once(rk, qtbot, paths):
    dialog = open_dialog(rk, qtbot)
    dialog.get_ready_s.setValue(12)
    dialog.switch_sides_s.setValue(3)
    timing = rk.window.session_timing()
    assert (timing.get_ready_s, timing.switch_sides_s) == (12, 3)
    dialog.temperature_unit.setCurrentIndex(dialog.temperature_unit.findData("f"))
    assert rk.window.session_page.contrast_banner._unit == "f"
    assert rk.routine_actions.new_routine().form.temperature.suffix() == " °F"
    dialog.contrast_swap_s.setValue(30)
    dialog.refuel_reminder_on.setChecked(False)
    dialog.distance_unit.setCurrentIndex(dialog.distance_unit.findData("mi"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert "next time" in dialog.language_note.text()
    assert {k: saved(paths)[k] for k in ("get_ready_s", "temperature_unit", "contrast_swap_s",
                                         "refuel_reminder_on", "distance_unit", "language")} == {
        "get_ready_s": 12, "temperature_unit": "f", "contrast_swap_s": 30, "refuel_reminder_on": False,
        "distance_unit": "mi", "language": "zh_CN"}
    rk.window.contrast_page.unit.setCurrentIndex(0)  # °C from the contrast set-up page …
    rk.window.contrast_page.temperatureUnitChanged.emit("c")
    assert dialog.temperature_unit.currentData() == "c"  # … shows in the open dialog


def test_theme_switches_without_a_restart(rk, qtbot):
    app = QApplication.instance()
    dialog = open_dialog(rk, qtbot)
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert is_dark(app.palette())
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
        assert not is_dark(app.palette())
    finally:
        dialog.theme.setCurrentIndex(dialog.theme.findData("system"))
    assert not is_dark(app.palette())


def test_heart_rate_band_on_active_steps(rk, qtbot, driver):
    window = rk.window
    window.preview_routine("cooldown")  # its first step is an easy walk
    assert "Preferences" in window.preview_page.heart_rate_label.text()
    dialog = open_dialog(rk, qtbot)
    dialog.age.setValue(40)
    assert "81–99 bpm" in window.preview_page.heart_rate_label.text()
    # Issue 17: Tanaka's 208 − 0.7 × age (180 at 40, as 220 − 40 was), labelled as an estimate.
    assert "208 − 0.7 × 40" in dialog.band.text() and "estimate" in dialog.band.text()
    assert "108–126" in dialog.band.text() and "talk test" in dialog.band.text()
    dialog.max_heart_rate.setValue(190)
    assert "190 bpm (as you measured it)" in window.preview_page.heart_rate_label.text()
    dialog.close()
    window.start_routine("cooldown")
    driver.advance(6)
    assert window.session_page.heart_rate_label.isVisible()
    assert "bpm" in window.session_page.heart_rate_label.text()
    window.session_page.skip_button.click()
    driver.advance(6)
    assert not window.session_page.heart_rate_label.isVisible()  # a stretch: no band


def test_no_band_on_the_session_page_without_age_or_max(rk, driver):
    rk.window.start_routine("cooldown")
    driver.advance(6)
    assert not rk.window.session_page.heart_rate_label.isVisible()

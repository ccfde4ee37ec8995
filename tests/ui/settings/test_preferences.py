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


def test_age_outside_10_to_100_is_refused_not_changed(rk, qtbot, paths):
    """Typing 5 does not become 5 (or 50): the field refuses it and keeps what it had."""
    dialog = open_dialog(rk, qtbot)
    dialog.tabs.setCurrentIndex(2)
    assert "above" in dialog.band.text() and "in Preferences" not in dialog.band.text()
    dialog.age.setValue(40)
    dialog.age.lineEdit().selectAll()
    qtbot.keyClicks(dialog.age.lineEdit(), "5")
    qtbot.keyClick(dialog.age.lineEdit(), Qt.Key.Key_Return)
    assert dialog.age.value() == 40 and saved(paths)["age"] == 40
    assert "5 years" in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
    dialog.age.setValue(dialog.age.minimum())  # "Not set"
    assert dialog.age.text() == "Not set" and saved(paths)["age"] == 0


def test_an_age_of_5_in_the_settings_file_is_not_used(tmp_path):
    from recoverykit.settings import settings_from_mapping

    settings, problems = settings_from_mapping({"version": 2, "age": 5})
    assert settings.age == 0 and problems and "your age" in problems[0]


def test_miles_and_the_dark_theme_reach_what_is_already_open(rk, qtbot, paths):
    from datetime import timedelta

    from recoverykit.core.journal import Journal
    from recoverykit.storage.journal_store import JournalStore
    from recoverykit.ui.common.theme import notice_colors

    rk.window.start_routine("warmup")
    rk.controller.stop()
    session_id = rk.repository.sessions()[0].id
    JournalStore(rk.repository).save(session_id, Journal(distance_km=10.0, soreness_after={"calves": 8}),
                                     rk.clock.wall() - timedelta(hours=1))
    rk.window.show_page("history")
    page = rk.window.history_page
    page.refresh()
    assert "10.00 km" in page.detail.journal.text()
    dialog = open_dialog(rk, qtbot)
    dialog.distance_unit.setCurrentIndex(dialog.distance_unit.findData("mi"))
    assert "6.21 mi" in page.detail.journal.text()  # the open detail follows at once
    page.red_flags.show_flags(rk.history.overview(page.current_filter()).red_flags or [])
    app = QApplication.instance()
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        app.processEvents()  # Qt passes a palette change on to the widgets through the event loop
        background = notice_colors(app.palette(), page.red_flags.severity)[0]
        picture = page.red_flags.grab().toImage()
        painted = picture.pixelColor(picture.width() // 2, picture.height() - 6)
        assert is_dark(app.palette()) and painted.name() == background.name()
        assert painted.lightness() < 128  # not left light on a dark window
    finally:
        dialog.theme.setCurrentIndex(dialog.theme.findData("system"))

"""Notices: a severity you can see (colour and icon), a close button, and gone when their cause is."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from recoverykit.ui.shell.notice_bar import Severity
from tests.ui.conftest import build_app


def shown(rk) -> str:
    return rk.window.banner.text() if rk.window.banner.isVisibleTo(rk.window) else ""


def test_an_import_error_is_an_error_and_goes_when_the_next_session_starts(rk, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    rk.files.choose_open = lambda *a: bad
    assert not rk.files.import_file()
    assert "was not imported" in shown(rk) and rk.window.banner.severity is Severity.ERROR
    rk.window.start_routine("cooldown")
    assert shown(rk) == ""  # not on top of the whole next session


def test_success_is_information_and_the_close_button_dismisses_it(rk, qtbot, tmp_path):
    rk.files.choose_save = lambda *a: tmp_path / "out.json"
    assert rk.files.export(as_csv=False) == tmp_path / "out.json"
    assert "exported" in shown(rk) and rk.window.banner.severity is Severity.INFO
    with qtbot.waitSignal(rk.window.banner.dismissed, timeout=0):
        qtbot.mouseClick(rk.window.banner.close_button, Qt.MouseButton.LeftButton)
    assert shown(rk) == ""


def test_a_storage_problem_stays_through_a_session_until_writing_works_again(rk, driver, qtbot, paths):
    rk.window.start_routine("warmup")
    driver.advance(5 + 20)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the database: the step's write must wait
    try:
        with qtbot.waitSignal(rk.controller.storageProblem, timeout=0):
            driver.advance(15)
        assert "locked" in shown(rk) and rk.window.banner.severity is Severity.ERROR
        rk.window.notice("Sound is unavailable.")  # a one-off notice does not hide it
        assert rk.window.banner.severity is Severity.ERROR and "Sound" not in shown(rk)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with qtbot.waitSignal(rk.controller.storageRecovered, timeout=0):
        driver.advance(6)
    assert shown(rk) == ""


def test_a_settings_file_problem_goes_once_the_settings_are_saved(qtbot, paths, clock, ticker):
    paths.ensure()
    paths.settings_file.write_text('{"version": 2, "volume_percent": "loud"}')
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show()
    built.finish()
    assert "volume" in built.window.banner.text().lower()
    assert built.window.banner.severity is Severity.WARNING
    built.window.notifier.update(volume_percent=60)
    assert built.window.banner.text() == ""
    built.close()


def test_a_missing_watched_folder_is_a_warning_that_goes_when_the_folder_is_back(rk, tmp_path):
    folder = tmp_path / "watch"
    rk.window.notifier.update(watched_folder=str(folder))
    rk.workouts.watch(str(folder))
    assert "is not there" in shown(rk) and rk.window.banner.severity is Severity.WARNING
    folder.mkdir()
    rk.workouts.scan_watched_folder()  # what the once-a-minute look does
    assert shown(rk) == ""


def test_a_newer_notice_replaces_an_older_one_of_any_kind(rk):
    rk.window.show_error("Something failed.")
    rk.window.set_banner("Saved.")
    assert shown(rk) == "Saved." and rk.window.banner.severity is Severity.INFO
    assert "Information" in rk.window.banner.accessibleDescription()  # said, not only coloured


def test_each_severity_has_its_own_icon_drawn_once_the_notice_shows(qtbot):
    from recoverykit.ui.shell.notice_bar import NoticeBar

    bar = NoticeBar()
    qtbot.addWidget(bar)
    assert bar.icon.pixmap().isNull()  # hidden: no icon asked of the style yet (see TintedBar)
    icons = []
    for severity in (Severity.INFO, Severity.WARNING, Severity.ERROR, Severity.INFO):
        bar.show_notice("x", severity)
        icons.append(bar.icon.pixmap().toImage())
    info, warning, error, info_again = icons
    assert not info.isNull() and info != warning and warning != error and info != error
    assert info_again == info

"""Translations: zh_CN covers every visible string of the main views, and nothing clips.

The app is built after the zh_CN translators are installed (as at start-up),
then each main view is shown at the window's minimum size and walked: labels,
buttons, group boxes and menu actions must carry no English left over, and
every label must fit its text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from recoverykit.qt.language import Translations, chosen_locale
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import tr
from tests.storage.helpers import populate
from tests.ui.conftest import build_app
from tools import update_translations

# Words that stay as they are in every language: the app's name, units, key names, file formats,
# a language's own name.
# Names kept as written in any language: the product, keys, units, and the authors and titles cited.
ALLOWED = re.compile(r"recoverykit|English|GNU GPL|GNU|GPL|CSV|JSON|RPE|Alt|Shift|Esc|F11|F1|Ctrl|°C|°F|\bmin\b|\bs\b"
                     r"|https?://\S+|clinicalgate|Machado|Sports Med|Tanaka|\bID\b")


@pytest.fixture
def chinese(qapp):
    translations = Translations(qapp, QLocale("zh_CN"))
    assert translations.installed, "recoverykit_zh_CN.qm did not load"
    yield translations
    translations.remove()


@pytest.fixture
def zh_app(chinese, qtbot, paths, clock, ticker):
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    window = built.window
    window.resize(window.minimumSize())
    window.show()
    yield built
    built.close()


def english_left(text: str) -> str | None:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    plain = ALLOWED.sub(" ", plain)
    found = re.search(r"[A-Za-z]{2,}", plain)
    return found.group(0) if found else None


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((widget, widget.title()))
        for action in widget.actions():
            if action.text() and action.isVisible():
                found.append((widget, action.text()))
    return found


def choice_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Combo-box items, tab titles and spin-box suffixes and special texts of the visible widgets."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, QComboBox):
            found += [(widget, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(widget, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            found += [(widget, widget.specialValueText()), (widget, getattr(widget, "suffix", str)())]
    return found


def assert_translated(root: QWidget) -> None:
    untranslated = [(type(w).__name__, w.objectName(), text) for w, text in visible_texts(root) + choice_texts(root)
                    if text and english_left(text)]
    assert not untranslated, untranslated


def assert_no_clipping(root: QWidget) -> None:
    QApplication.processEvents()
    clipped = []
    for widget in root.findChildren(QLabel):
        if not widget.isVisibleTo(root.window()) or not widget.text() or widget.pixmap() and not widget.text():
            continue
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.contentsRect().width())
            if needed > widget.contentsRect().height() + 1:
                clipped.append((widget.text(), "height", needed, widget.contentsRect().height()))
        elif widget.sizeHint().width() > widget.width() + 1:
            clipped.append((widget.text(), "width", widget.sizeHint().width(), widget.width()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root.window()) and button.text():
            if button.minimumSizeHint().width() > button.width() + 1:
                clipped.append((button.text(), "width", button.minimumSizeHint().width(), button.width()))
    assert not clipped, clipped


def test_routine_list_and_menus_are_in_chinese(zh_app):
    window = zh_app.window
    assert window.current_page == "routines"
    assert_translated(window.routines_page)
    for menu_action in window.menuBar().actions():
        assert not english_left(menu_action.text()), menu_action.text()
        for action in menu_action.menu().actions():
            if action.text():
                assert not english_left(action.text()), action.text()
    item = window.routines_page.list.item(0)
    assert not english_left(item.text()) and not english_left(item.toolTip())
    assert_no_clipping(window.routines_page)


def test_preview_is_in_chinese_and_fits(zh_app):
    window = zh_app.window
    assert window.preview_routine("cooldown")
    page = window.preview_page
    assert_translated(page)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert not any(english_left(h) for h in headers), headers
    steps = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert not any(english_left(s) for s in steps), steps
    assert_no_clipping(page)


def test_contrast_setup_is_in_chinese_and_fits(zh_app):
    window = zh_app.window
    assert window.preview_routine("contrast")
    page = window.contrast_page
    page.rounds.setValue(3)
    assert_translated(page)
    for combo in (page.cold_modality, page.heat_modality, page.end_on):
        assert not any(english_left(combo.itemText(i)) for i in range(combo.count()))
    assert_no_clipping(page)
    page.set_phase_seconds(page.cold_length, 25 * 60)  # out of bounds: the reason is translated too
    problem = page.problems["cold_s"].text()
    assert problem and not english_left(problem), problem


def test_session_and_summary_are_in_chinese_and_fit(zh_app, driver):
    window = zh_app.window
    window.start_routine("cooldown")
    driver.advance(5 + 600 + 5 + 10)  # into the first stretch, left leg
    page = window.session_page
    assert_translated(page)
    assert_no_clipping(page)
    window.toggle_floor_mode()
    assert_translated(page)
    window.toggle_floor_mode()
    zh_app.controller.stop()
    assert window.current_page == "summary"
    assert_translated(window.summary_page)
    assert_no_clipping(window.summary_page)


@pytest.mark.parametrize("cold, heat", [("ice_pack", "hot_towel"), ("cold_immersion", "warm_bath")])
def test_a_contrast_session_from_the_set_up_is_in_chinese(zh_app, driver, cold, heat):
    window = zh_app.window
    window.preview_routine("contrast")
    page = window.contrast_page
    page.cold_modality.setCurrentIndex(page.cold_modality.findData(cold))
    page.heat_modality.setCurrentIndex(page.heat_modality.findData(heat))
    page.set_phase_seconds(page.cold_length, 120)
    page.start_button.click()
    driver.advance(5 + 60)
    assert_translated(window.session_page)
    assert_no_clipping(window.session_page)
    driver.advance(60 + 15 + 30)  # into the heat phase
    assert_translated(window.session_page)
    assert_no_clipping(window.session_page)


def test_help_and_about_are_in_chinese(zh_app):
    window = zh_app.window
    window.show_recovery_help()
    assert_translated(window.recovery_help)
    window._about()
    assert_translated(window.about_dialog)
    assert_no_clipping(window.about_dialog)


@pytest.fixture
def zh_history(chinese, qtbot, paths, clock, ticker):
    """The zh_CN app over a history of six cool-down sessions, one of them with a journal."""
    paths.ensure()
    populate(paths.database, sessions=6, first_day=-5)
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.resize(built.window.minimumSize())
    built.window.show()
    yield built
    built.close()


def test_history_list_detail_and_charts_are_in_chinese(zh_history, qtbot):
    window = zh_history.window
    window.show_page("history")
    page = window.history_page
    assert page.session_count() == 6
    page.sessions.setCurrentIndex(page.model.index(0, 0))
    assert_translated(page)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cells = [page.row_text(r, c) for r in range(page.session_count()) for c in range(model.columnCount())]
    assert not [t for t in headers + cells if t and english_left(t)], headers + cells
    steps = page.detail.steps
    tree = [steps.headerItem().text(c) for c in range(steps.columnCount())]
    tree += [steps.topLevelItem(r).text(c)
             for r in range(steps.topLevelItemCount()) for c in range(steps.columnCount())]
    assert steps.topLevelItemCount() == 8
    assert not [t for t in tree if t and english_left(t)], tree
    assert_no_clipping(page)

    page.edit_journal()
    dialog = page.journal_dialog
    qtbot.waitExposed(dialog)
    dialog.editor.sliders["calves"].setValue(8)
    dialog.editor.workout_type.setCurrentIndex(1)
    dialog.accept()
    assert page.notice.text() and not english_left(page.notice.text()), page.notice.text()
    detail = page.detail.journal.text()
    assert detail and not english_left(detail), detail

    page.tabs.setCurrentWidget(page.charts)
    assert_translated(page.charts)
    charts = page.charts
    titles = [chart.title() for chart in (charts.weekly, charts.soreness)]
    titles += [axis.titleText() for chart in (charts.weekly, charts.soreness) for axis in chart.axes()]
    assert not [t for t in titles if t and english_left(t)], titles


def test_journal_dialog_is_in_chinese_and_fits(zh_app, driver, qtbot):
    window = zh_app.window
    window.start_routine("foam-roll")
    driver.run_to_end()
    assert window.current_page == "summary"
    zh_app.journal.open_for_finished_session()
    dialog = zh_app.journal.dialog
    qtbot.waitExposed(dialog)
    assert not english_left(dialog.windowTitle()), dialog.windowTitle()
    assert_translated(dialog)
    dialog.editor.ended_known.setChecked(True)
    assert_translated(dialog)
    assert_no_clipping(dialog)
    dialog.reject()


def test_routine_editor_is_in_chinese_and_fits(zh_app, qtbot):
    editor = zh_app.routine_actions.new_routine()
    qtbot.waitExposed(editor)
    assert not english_left(editor.windowTitle()), editor.windowTitle()
    assert_translated(editor)
    assert_no_clipping(editor)


def test_preferences_are_in_chinese_and_fit(zh_app, qtbot):
    dialog = zh_app.preferences.show_dialog()
    qtbot.waitExposed(dialog)
    assert not english_left(dialog.windowTitle()), dialog.windowTitle()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert_translated(dialog)
        assert_no_clipping(dialog)
    dialog.close()


def test_every_builtin_routine_text_has_a_chinese_translation(chinese, zh_app):
    missing = [text for text in update_translations.routine_strings() if routine_text(text) == text]
    assert not missing
    from recoverykit.core.limits import LIMITS
    from recoverykit.qt.messages import message_text

    reasons = [str(reason) for limit in LIMITS for reason in (limit.plan_reason(), limit.source)
               if message_text(reason) == str(reason)]
    assert not reasons


def test_english_plurals_come_from_the_english_catalogue(qapp):
    translations = Translations(qapp, QLocale("en"))
    try:
        assert tr("%n steps", "routine length", 1) == "1 step"
        assert tr("%n steps", "routine length", 4) == "4 steps"
    finally:
        translations.remove()


def test_the_language_setting_overrides_the_system_locale():
    system = QLocale("zh_CN")
    assert chosen_locale("en", system).name() == "en_US"
    assert chosen_locale("zh_CN", QLocale("en_GB")).name() == "zh_CN"
    assert chosen_locale("system", system).name() == "zh_CN"


def test_the_committed_translations_are_up_to_date():
    stale = update_translations.out_of_date()
    assert not stale, f"run `uv run python -m tools.update_translations` (stale: {stale})"


def test_core_rule_messages_are_translated(chinese):
    """Step rules and routine-file errors come from the core as data and read in Chinese."""
    from recoverykit.core.guidance import StepKind
    from recoverykit.core.routine_file import RoutineError, parse_routine
    from recoverykit.core.step_rules import duration_problem, routine_name_problem, temperature_problem
    from recoverykit.qt.messages import message_text

    problems = [duration_problem(StepKind.STRETCH, 5), duration_problem(StepKind.FOAM_ROLL, 0),
                temperature_problem(StepKind.HEAT, 60), routine_name_problem(" ")]
    for problem in problems:
        text = message_text(problem)
        assert text and not english_left(text.replace("heat", "")), (str(problem), text)
    assert "5 秒" in message_text(problems[0])
    try:
        parse_routine('format = "recoverykit-routine"\nversion = 1\nid = "x"\nname = "X"\n'
                      '[[steps]]\nkind = "stretch"\nname = "Calf"\nduration_s = 5\n', "x.toml")
    except RoutineError as exc:
        assert str(exc) == "x.toml: step 1 (Calf): duration_s: a static stretch: at least 20 s (got 5 s)"
        text = message_text(exc.message)
        assert text.startswith("x.toml: 第 1 步（Calf）: duration_s: ") and "5 秒" in text, text
    else:
        raise AssertionError("a 5 s stretch was accepted")


# Issue 17: every message the editor, the step form, the settings and routine files can show reads in
# Chinese. Field names from the file format (duration_s, …) and the file's own name stay as written.
FILE_WORDS = re.compile(r"duration_s|temperature_c|modality|name|\S+\.toml|\S+\.json|'[^']*'|\"[^\"]*\"")


def _still_english(text: str) -> str | None:
    return english_left(FILE_WORDS.sub(" ", text))


def test_editor_step_form_settings_and_routine_file_errors_are_in_chinese(chinese, qtbot, paths, clock, ticker,
                                                                         tmp_path):
    paths.ensure()
    paths.settings_file.write_text('{"version": 2, "volume_percent": "loud", "theme": "purple"}')
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show()
    built.finish()
    banner = built.window.banner.text()
    assert banner and not _still_english(banner), banner  # the settings file's problems
    editor = built.routine_actions.new_routine()
    qtbot.waitExposed(editor)
    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Delete)  # as a user empties the name
    form = editor.form
    form.duration.setValue(5)  # a stretch held 5 s
    shown = [label.text() for label in form.problems.values() if label.text()] + editor.problems()
    assert len(shown) >= 3, shown  # the step form's line, and the editor's list: name and step
    for text in shown:
        assert not _still_english(text), text
    editor.reject()
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "recoverykit-routine"\nversion = 1\nid = "bad"\nname = "Bad"\n'
                   '[[steps]]\nkind = "heat"\nname = "热敷包"\nduration_s = 1800\n',  # the name: the user's own
                   encoding="utf-8")
    built.routine_actions.import_file(bad)
    banner = built.window.banner.text()
    assert "30:00" in banner and not _still_english(banner), banner  # the heat cap, with its source
    built.close()


def test_workout_refusals_are_in_chinese(chinese):
    from recoverykit.services.workouts import ImportReport
    from recoverykit.ui.workouts.workout_actions import WorkoutActions
    from recoverykit.workouts.files import read_path

    data = Path(__file__).resolve().parents[1] / "data" / "workouts"
    report = ImportReport()
    for name in ("Settings.fit", "route.gpx", "course.tcx", "planned-workout.fit"):
        (outcome,) = read_path(data / name)
        report.refused.append((outcome.file, outcome.refused))
    text = WorkoutActions.summary(report)
    for name in ("Settings.fit", "route.gpx", "course.tcx"):
        text = text.replace(str(data / name), "")
    assert not _still_english(text), text


def _without_paths(text: str) -> str:
    """``text`` without the file paths in it (the database, the kept copy, the backups folder)."""
    return re.sub(r"[A-Za-z]:\\[\w.\\-]+|/[\w./-]+", " ", text)


def test_a_damaged_database_is_explained_in_chinese(chinese, qtbot, paths, clock, ticker):
    """The start-up repair message (what was wrong, what was kept, what was started) reads in Chinese."""
    paths.ensure()
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 82 + b"junk")
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show()
    built.finish()
    banner = built.window.banner.text()
    text = _without_paths(banner)
    assert "。" in text and not _still_english(text), banner
    built.close()


@pytest.mark.parametrize(("content", "expected"), [
    ('{"format": "recoverykit-history", "version": 1, "sessions": [{"id": "a"}]}', "缺少"),
    ('{"format": "recoverykit-history", "version": 1, "sessions": [', "JSON"),
    ("id,routine_id,routine_name\n", "CSV"),
])
def test_history_import_problems_are_in_chinese(chinese, qtbot, paths, clock, ticker, tmp_path, content, expected):
    source = tmp_path / "history.json"
    source.write_text(content, encoding="utf-8")
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.finish()
    built.files.choose_open = lambda *a: source
    assert not built.files.import_file()
    banner = built.window.banner.text()
    # The JSON keys the file lacks and the parser's own words stay as written: they are in the file.
    words = re.compile(r"routine_id|routine_name|started_at|ended_at|status|steps|Expecting value")
    text = words.sub(" ", _without_paths(banner))
    assert expected in banner and not _still_english(text), banner
    built.close()

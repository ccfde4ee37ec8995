"""Import, export and dropping routine files on the window."""

from __future__ import annotations

import dataclasses

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Routine, Step
from recoverykit.core.routine_file import load_routine_file
from recoverykit.core.routine_writer import write_routine
from tests.core.routine_strategies import routines
from tests.ui.conftest import build_app

SOAK = Routine("soak", "Evening soak", (Step(StepKind.BATH, "Epsom-salt bath", 900.0),
                                        Step(StepKind.STRETCH, "Calf stretch", 30.0)))


def test_import_shows_what_the_file_holds_and_adds_it(rk, tmp_path, confirmations):
    source = write_routine(SOAK, tmp_path / "shared.toml")
    assert rk.routine_actions.import_file(source)
    title, text = confirmations[-1]
    assert title == "Add this routine?"
    assert "Evening soak" in text and "Epsom-salt bath" in text and "2 steps" in text
    assert rk.library.get("soak") == SOAK
    assert "Evening soak" in [rk.window.routines_page.list.item(i).text()
                              for i in range(rk.window.routines_page.list.count())]


def test_a_declined_import_adds_nothing(rk, tmp_path, paths):
    rk.answers["value"] = False
    assert not rk.routine_actions.import_file(write_routine(SOAK, tmp_path / "shared.toml"))
    assert rk.library.get("soak") is None
    assert not (paths.user_routines / "soak.toml").exists()


def test_a_bad_file_is_refused_naming_the_field(rk, tmp_path, confirmations):
    bad = tmp_path / "bad.toml"
    bad.write_text(write_routine(SOAK, tmp_path / "x.toml").read_text().replace("duration_s = 30", "duration_s = 5"))
    assert not rk.routine_actions.import_file(bad)
    banner = rk.window.banner.text()
    assert "bad.toml: step 2 (Calf stretch): duration_s" in banner and "at least 20 s" in banner
    assert confirmations == []


def test_an_id_clash_with_a_built_in_can_only_keep_both(rk, tmp_path, confirmations):
    clash = write_routine(Routine("cooldown", "Mine", SOAK.steps), tmp_path / "cooldown.toml")
    rk.answers["same_id"] = "replace"  # not offered: a built-in is never replaced
    assert rk.routine_actions.import_file(clash)
    ((text, can_replace),) = rk.answers["same_id_asked"]
    assert not can_replace and "cooldown-2" in text and "built-in" in text
    assert rk.library.get("cooldown").builtin and rk.library.get("cooldown-2").name == "Mine"
    assert confirmations == []  # one question, not two


def test_re_importing_an_exported_routine_asks_replace_keep_both_or_cancel(rk, tmp_path, paths):
    """An exported routine, changed and imported again, replaces the one it came from when asked to."""
    assert rk.routine_actions.import_file(write_routine(SOAK, tmp_path / "shared.toml"))
    own_file = paths.user_routines / "soak.toml"
    changed = dataclasses.replace(SOAK, name="Evening soak, longer",
                                  steps=(Step(StepKind.BATH, "Epsom-salt bath", 1200.0),))
    again = write_routine(changed, tmp_path / "soak-again.toml")
    rk.answers["same_id"] = "cancel"
    assert not rk.routine_actions.import_file(again)
    assert rk.library.get("soak") == SOAK and sorted(paths.user_routines.glob("*.toml")) == [own_file]
    text, can_replace = rk.answers["same_id_asked"][-1]
    assert can_replace and "Evening soak" in text and "soak-2" in text

    rk.answers["same_id"] = "replace"
    assert rk.routine_actions.import_file(again)
    assert rk.library.get("soak").name == "Evening soak, longer" and rk.library.get("soak-2") is None
    assert sorted(paths.user_routines.glob("*.toml")) == [own_file]  # the same file, rewritten
    assert load_routine_file(own_file).steps[0].duration_s == 1200.0
    assert "Replaced" in rk.window.banner.text()

    rk.answers["same_id"] = "keep-both"
    assert rk.routine_actions.import_file(again)
    assert rk.library.get("soak-2").name == "Evening soak, longer" and rk.library.get("soak") is not None


def test_the_import_action_asks_for_a_file(qtbot, paths, clock, ticker, tmp_path):
    source = write_routine(SOAK, tmp_path / "shared.toml")
    built = build_app(paths, clock, ticker, choose_routine=lambda parent, title: source)
    qtbot.addWidget(built.window)
    built.routine_actions.import_action.trigger()
    assert built.library.get("soak") is not None
    built.close()


def test_export_writes_one_file_that_reads_back(qtbot, paths, clock, ticker, tmp_path):
    target = tmp_path / "out" / "shared"
    built = build_app(paths, clock, ticker, choose_export=lambda parent, title, suggested: target)
    qtbot.addWidget(built.window)
    built.window.routines_page.list.setCurrentRow(0)
    built.routine_actions.export_action.trigger()
    exported = load_routine_file(tmp_path / "out" / "shared.toml")
    assert exported == dataclasses.replace(built.library.get("cooldown"), builtin=False)
    assert "Exported" in built.window.banner.text()
    built.close()


def test_dropping_a_file_on_the_window_imports_it(rk, tmp_path):
    source = write_routine(SOAK, tmp_path / "dropped.toml")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(rk.window, enter)
    assert enter.isAccepted()  # the window says it takes .toml files
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(rk.window, event)
    assert rk.library.get("soak") is not None


@given(routines(), st.sampled_from(["duration_s = 0.0", 'kind = "yoga"', 'format = "x"', "", "[[steps]]"]))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_any_good_file_imports_and_any_broken_one_is_refused(rk, tmp_path, routine, damage):
    from recoverykit.core.routine_writer import routine_to_toml

    text = routine_to_toml(routine)
    path = tmp_path / "fuzz.toml"
    if damage:
        first = text.split("\n")[0] if damage.startswith("format") else None
        text = text.replace(first, damage) if first else text + "\n" + damage + "\n"
    path.write_text(text, encoding="utf-8")
    before = set(rk.library.routines)
    added = rk.routine_actions.import_file(path)
    if added:
        new = set(rk.library.routines) - before
        assert len(new) == 1
        assert rk.library.get(new.pop()).steps == routine.steps
    else:
        assert set(rk.library.routines) == before
        assert "fuzz.toml" in rk.window.banner.text()

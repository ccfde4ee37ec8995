"""The routine editor: built by keyboard alone, validated live, undoable, saved as a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import BOTH_SIDES
from recoverykit.core.routine_file import load_routine_file

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_over(qtbot, text):
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_routine_is_built_and_saved_by_keyboard_alone(rk, qtbot, paths):
    window, actions = rk.window, rk.routine_actions
    window.routines_page.list.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = actions.editor
    assert editor is not None and editor.isVisible()
    # Activating a window crosses the window system's event loop (not a timer).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    type_over(qtbot, "Evening legs")

    press(qtbot, Qt.Key.Key_N, ALT)  # the step's name
    assert QApplication.focusWidget() is editor.form.name
    type_over(qtbot, "Quad stretch")
    press(qtbot, Qt.Key.Key_D, ALT)  # its duration
    assert QApplication.focusWidget() is editor.form.duration
    type_over(qtbot, "10")
    press(qtbot, Qt.Key.Key_Tab)
    assert "at least 20 s" in editor.form.problems["duration_s"].text()
    assert not editor.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_D, ALT)
    type_over(qtbot, "45")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.save_button.isEnabled()

    press(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)  # add a step after it
    assert QApplication.focusWidget() is editor.form.name
    qtbot.keyClicks(editor.form.name, "Hot towel")
    press(qtbot, Qt.Key.Key_K, ALT)
    for _ in range(list(StepKind).index(StepKind.HEAT)):
        press(qtbot, Qt.Key.Key_Down)
    assert editor.form.kind.currentData() == StepKind.HEAT
    press(qtbot, Qt.Key.Key_B, ALT)  # not two-sided
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_T, ALT)  # set a temperature: starts at 40 °C
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_D, ALT)
    type_over(qtbot, "600")
    press(qtbot, Qt.Key.Key_Tab)
    assert [s.name for s in editor.draft.steps] == ["Quad stretch", "Hot towel"]

    press(qtbot, Qt.Key.Key_Up, ALT)  # move it up: the towel first
    assert [s.name for s in editor.draft.steps] == ["Hot towel", "Quad stretch"]
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the move
    assert [s.name for s in editor.draft.steps] == ["Quad stretch", "Hot towel"]

    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    path = paths.user_routines / "evening-legs.toml"  # the id and file name come from the name typed
    saved = load_routine_file(path)
    assert saved.name == "Evening legs"
    assert [(s.kind, s.name, s.duration_s, s.sides, s.temperature_c) for s in saved.steps] == [
        (StepKind.STRETCH, "Quad stretch", 45.0, BOTH_SIDES, None),
        (StepKind.HEAT, "Hot towel", 600.0, (), 40.0)]
    assert rk.library.get("evening-legs") == saved and rk.library.get("my-routine") is None
    assert window.routines_page.selected_routine_id() == "evening-legs"


def test_every_field_is_checked_live_with_its_reason(rk):
    editor = rk.routine_actions.new_routine()
    form = editor.form

    def set_kind(kind):
        form.kind.setCurrentIndex(form.kind.findData(kind))

    set_kind(StepKind.FOAM_ROLL)
    form.duration.setValue(75)
    assert "30–60 s" in form.problems["duration_s"].text()
    assert form.problems["duration_s"].text().startswith("⚠")  # not by colour alone
    assert "30–60 s" in form.duration.accessibleDescription()
    assert "30–60 s" in editor.summary.text() and not editor.save_button.isEnabled()
    set_kind(StepKind.MASSAGE_GUN)
    assert "60–90 s" in form.problems["duration_s"].text()
    form.duration.setValue(90)
    assert form.problems["duration_s"].text().startswith("Rule:")  # the rule shows even when kept
    assert editor.save_button.isEnabled()

    set_kind(StepKind.COLD)
    form.modality.setCurrentIndex(form.modality.findData("cold_immersion"))
    form.duration.setValue(720)  # 12 minutes of immersion: allowed (10–15 min at 10–15 °C)
    assert form.problems["duration_s"].text().startswith("Rule: cold-water immersion: 30 s to 15 min")
    form.duration.setValue(1200)
    assert "immersion lasts at most 15 min" in form.problems["duration_s"].text()
    form.duration.setValue(120)
    form.has_temperature.setChecked(True)
    form.temperature.setValue(25)
    assert "cold-water immersion: 10–15 °C" in form.problems["temperature_c"].text()
    form.temperature.setValue(12)
    assert form.problems["temperature_c"].text() == ""  # gone, its line kept (nothing below moves)

    set_kind(StepKind.COMPRESSION)
    assert editor.draft.steps[0].temperature_c is None
    assert "No source gives a time limit" in form.safety.text()
    assert "no source bounds" in form.problems["duration_s"].text()

    form.name.setText("")
    form.name.textEdited.emit("")
    assert "needs a name" in form.problems["name"].text()
    editor.name.setText("")
    editor.name.textEdited.emit("")
    assert "needs a name" in editor.name_problem.text()
    assert not editor.save() and not editor.save_button.isEnabled()


def test_the_form_does_not_move_when_a_problem_appears(rk, qtbot):
    """The next click lands on the field the user aimed at: problems appear in reserved lines."""
    editor = rk.routine_actions.new_routine()
    qtbot.waitExposed(editor)
    form = editor.form
    before = (editor.description.mapTo(editor, editor.description.rect().topLeft()),
              form.duration.mapTo(editor, form.duration.rect().topLeft()),
              form.two_sided.mapTo(editor, form.two_sided.rect().topLeft()))
    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Delete)  # the routine name's problem appears
    form.name.selectAll()
    qtbot.keyClick(form.name, Qt.Key.Key_Delete)  # and the step name's
    form.duration.setValue(5)
    form.has_temperature.setChecked(False)
    editor.layout().activate()
    after = (editor.description.mapTo(editor, editor.description.rect().topLeft()),
             form.duration.mapTo(editor, form.duration.rect().topLeft()),
             form.two_sided.mapTo(editor, form.two_sided.rect().topLeft()))
    assert "needs a name" in editor.name_problem.text() and "needs a name" in form.problems["name"].text()
    assert after == before


def test_the_step_name_follows_the_kind_until_it_is_typed(rk, qtbot):
    editor = rk.routine_actions.new_routine()
    form = editor.form
    assert form.name.text() == "New stretch"
    form.kind.setCurrentIndex(form.kind.findData(StepKind.FOAM_ROLL))
    assert form.name.text() == "New foam roller" and editor.draft.steps[0].name == "New foam roller"
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Calves on the roller")
    form.kind.setCurrentIndex(form.kind.findData(StepKind.MASSAGE_GUN))
    assert form.name.text() == "Calves on the roller"  # typed by the user: kept


def test_undo_redo_and_drag_reorder(rk, confirmations):
    rk.window.routines_page.list.setCurrentRow(0)  # the built-in cool-down
    editor = rk.routine_actions.edit_selected()
    assert "copy" in editor.draft.name
    names = [s.name for s in editor.draft.steps]
    editor.steps.model().moveRow(editor.steps.rootIndex(), 0, editor.steps.rootIndex(), 3)  # a drag
    assert [s.name for s in editor.draft.steps] == names[1:3] + names[:1] + names[3:]
    assert editor.steps.item(0).text().splitlines()[0] == "1. " + names[1]
    editor.undo_stack.undo()
    assert [s.name for s in editor.draft.steps] == names
    editor.form.name.setText("Walk")
    editor.form.name.textEdited.emit("W")
    editor.form.name.textEdited.emit("Walk")
    assert editor.undo_stack.count() == 1  # typing in one field is one undo step
    editor.remove_step()
    assert len(editor.draft.steps) == len(names) - 1
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [s.name for s in editor.draft.steps] == names
    editor.undo_stack.redo()
    assert editor.draft.steps[0].name == "Walk"
    rk.answers["value"] = False
    editor.reject()  # unsaved changes: asks, and "no" keeps the editor open
    assert editor.isVisible() and confirmations[-1][0] == "Discard your changes?"
    rk.answers["value"] = True
    editor.reject()
    assert not editor.isVisible()


def test_builtins_are_never_written_and_user_routines_can_be_deleted(rk, paths, qtbot):
    rk.window.routines_page.list.setCurrentRow(0)
    assert not rk.routine_actions.delete_action.isEnabled()
    editor = rk.routine_actions.duplicate_selected()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Calves only")
    assert editor.save()
    copy = rk.library.get("calves-only")
    assert copy is not None and not copy.builtin and copy.name == "Calves only"
    assert rk.library.get("cooldown").builtin
    assert rk.routine_actions.delete_action.isEnabled()
    assert rk.routine_actions.delete_selected()
    assert rk.library.get("calves-only") is None
    assert not (paths.user_routines / "calves-only.toml").exists()


def test_a_negative_duration_is_refused_not_made_positive(rk, qtbot):
    editor = rk.routine_actions.new_routine()
    form = editor.form
    form.duration.setValue(30)
    form.duration.lineEdit().selectAll()
    qtbot.keyClicks(form.duration.lineEdit(), "-10")  # a plain spin box would keep "10"
    qtbot.keyClick(form.duration.lineEdit(), Qt.Key.Key_Return)
    assert form.duration.value() == 30 and editor.draft.steps[0].duration_s == 30
    assert "-10" in form.problems["duration_s"].text() and form.problems["duration_s"].text().startswith("⚠")

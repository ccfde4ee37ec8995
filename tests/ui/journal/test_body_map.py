"""The body map made quick: names on it, the value under the pointer, a 0-10 picker, digits, After from
Before, and Before asked for at the start of a session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt

from recoverykit.core.journal import Journal
from recoverykit.storage.journal_store import JournalStore
from recoverykit.ui.journal.journal_editor import JournalEditor


def _editor(qtbot) -> JournalEditor:
    editor = JournalEditor(date(2026, 5, 4))
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    return editor


def _centre(editor: JournalEditor, area: str) -> QPointF:
    """A point painted by ``area`` (its box's centre may fall between the legs), nearest the centre."""
    body = editor.body_map
    box = body._element_rect(area)
    mask = body._mask(area)
    y = round(box.center().y())
    for dx in range(round(box.width() / 2)):
        for x in (round(box.center().x()) - dx, round(box.center().x()) + dx):
            if mask.pixelColor(x, y).alpha() > 0:
                return QPointF(x, y)
    raise AssertionError(f"{area} has no painted pixel on its middle row")


def test_pointing_names_the_area_and_its_value(qtbot):
    editor = _editor(qtbot)
    body = editor.body_map
    assert body.area_at(_centre(editor, "calves")) == "calves"
    assert body.area_tip("calves") == "Calves: not rated (click to rate)"
    editor.sliders["calves"].setValue(6)
    assert body.area_tip("calves") == "Calves: 6 of 10"


def test_a_click_opens_a_0_to_10_picker_so_a_5_is_one_click_away(qtbot):
    editor = _editor(qtbot)
    centre = _centre(editor, "quads").toPoint()
    with qtbot.waitSignal(editor.body_map.areaChosen, timeout=0):
        qtbot.mouseClick(editor.body_map, Qt.MouseButton.LeftButton, pos=centre)
    menu = editor.picker
    assert menu is not None and [a.text() for a in menu.actions()][:3] == ["not rated", "0", "1"]
    assert len(menu.actions()) == 12 + 3  # 0-10 and "not rated" for both sides; a separator; left; right
    next(a for a in menu.actions() if a.text() == "5").trigger()
    assert editor.journal().soreness_after == {"quads": 5}
    qtbot.mouseClick(editor.body_map, Qt.MouseButton.RightButton, pos=centre)  # right click: one lower
    assert editor.journal().soreness_after == {"quads": 4}


def test_digits_on_a_focused_area_set_the_value_at_once(qtbot):
    editor = _editor(qtbot)
    slider = editor.sliders["hamstrings"]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_7)
    assert slider.value() == 7
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert slider.value() == 10


def test_after_starts_from_before(qtbot):
    editor = _editor(qtbot)
    editor.set_journal(Journal(soreness_before={"calves": 6, "quads": 3}), "", date(2026, 5, 4))
    assert editor.journal().soreness_after == {"calves": 6, "quads": 3}  # only what changed needs a touch
    editor.sliders["calves"].setValue(4)
    assert editor.journal().soreness_after == {"calves": 4, "quads": 3}
    assert editor.journal().soreness_before == {"calves": 6, "quads": 3}


def test_before_is_asked_for_at_the_start_and_the_session_waits_for_it(rk, driver):
    rk.finish()
    rk.window.start_routine("cooldown")
    offer = rk.journal.before_offer
    assert offer.isVisibleTo(rk.window)
    dialog = rk.journal.rate_before()
    assert dialog.editor.before_button.isChecked() and rk.controller.view().paused
    dialog.editor.sliders["calves"].setValue(7)
    dialog.accept()
    assert not rk.controller.view().paused  # it carries on once the journal is closed
    assert not offer.isVisibleTo(rk.window)
    session_id = rk.controller.session_id
    assert JournalStore(rk.repository).get(session_id).soreness_before == {"calves": 7}
    rk.controller.stop()
    assert not offer.isVisibleTo(rk.window)


def test_not_now_hides_the_offer(rk):
    rk.finish()
    rk.window.start_routine("cooldown")
    rk.journal.before_offer.not_now_button.click()
    assert not rk.journal.before_offer.isVisibleTo(rk.window)


def test_left_and_right_are_rated_apart_and_read_as_the_worse_side(qtbot):
    """"Left hamstring better": each side its own value; the rules read the higher one."""
    editor = _editor(qtbot)
    editor.sliders["hamstrings"].setValue(5)
    menu = editor.choose_value("hamstrings", editor.mapToGlobal(editor.rect().center()))
    left_only = next(action.menu() for action in menu.actions() if action.text() == "Left side only")
    next(action for action in left_only.actions() if action.text() == "2").trigger()
    journal = editor.journal()
    assert journal.soreness_after == {"hamstrings.left": 2, "hamstrings.right": 5}  # right kept what both had
    assert journal.worst_soreness() == {"hamstrings": 5}
    assert editor._value_labels["hamstrings"].text() == "L 2 · R 5"
    body = editor.body_map
    rect = body._element_rect("hamstrings")
    sides = dict(body._halves("hamstrings", rect))
    # The back view is seen from behind: its left half is the person's left.
    assert sides["left"].center().x() < sides["right"].center().x()
    editor.sliders["hamstrings"].setValue(4)  # the slider rates both sides as one again
    assert editor.journal().soreness_after == {"hamstrings": 4}


def test_a_journal_with_sides_is_valid_and_counts_for_the_change(qtbot):
    from recoverykit.core.journal import check_journal, soreness_change

    journal = Journal(soreness_before={"calves.left": 7, "calves.right": 4}, soreness_after={"calves": 5})
    assert check_journal(journal) == [] and soreness_change(journal) == -2
    assert check_journal(Journal(soreness_after={"calves.middle": 3}))


def test_the_offer_goes_once_the_first_step_is_over(rk, driver):
    rk.finish()
    rk.window.start_routine("warmup")
    offer = rk.journal.before_offer
    assert offer.isVisibleTo(rk.window)
    driver.advance(5 + 30 + 1)  # get ready, then the first step runs out
    assert not offer.isVisibleTo(rk.window)

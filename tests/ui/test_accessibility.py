"""Accessibility: names on every control, keyboard reach, announcements, font scaling, contrast."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollBar,
    QStyleFactory,
    QWidget,
)

from recoverykit.core.guidance import StepKind
from recoverykit.ui.common.theme import (
    AA_NORMAL_TEXT,
    contrast_ratio,
    kind_color,
    muted_text,
    notice_colors,
    warning_color,
)
from tests.ui.conftest import build_app

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "screenshots"))
from make import dark_palette  # noqa: E402

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractSlider, QPlainTextEdit)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS)
            and w.isVisibleTo(root.window()) and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))
            and w.objectName() not in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
            and not w.objectName().startswith("qt_") and not isinstance(w, (QHeaderView, QScrollBar))]


def assert_named_and_reachable(root: QWidget) -> None:
    found = controls(root)
    assert found
    unnamed = [(type(w).__name__, w.objectName()) for w in found if not accessible_name(w)]
    assert not unnamed, unnamed
    unreachable = [accessible_name(w) for w in found if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert not unreachable, unreachable


def test_every_control_of_every_view_has_a_name_and_takes_keyboard_focus(rk, driver):
    window = rk.window
    assert_named_and_reachable(window.routines_page)
    window.preview_routine("cooldown")
    assert_named_and_reachable(window.preview_page)
    window.preview_routine("contrast")
    assert_named_and_reachable(window.contrast_page)
    window.start_routine("cooldown")
    driver.advance(5 + 600 + 5 + 10)
    assert_named_and_reachable(window.session_page)
    rk.controller.stop()
    assert_named_and_reachable(window.summary_page)
    window.show_recovery_help()
    assert_named_and_reachable(window.recovery_help)
    window._about()
    assert_named_and_reachable(window.about_dialog)


def test_session_controls_have_descriptions_with_their_keys(rk, driver):
    rk.window.start_routine("cooldown")
    page = rk.window.session_page
    for button in (page.back_button, page.pause_button, page.skip_button, page.extend_button,
                   page.stop_button, page.floor_button):
        assert button.accessibleDescription()


def test_the_whole_session_runs_from_the_keyboard(rk, driver, qtbot):
    window = rk.window
    qtbot.keyClick(window.routines_page.list, Qt.Key.Key_Return)  # open the first routine
    assert window.current_page == "preview"
    qtbot.keyClick(window.preview_page, Qt.Key.Key_Return)  # start it
    assert window.current_page == "session"
    page = window.session_page
    driver.advance(6)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert rk.controller.machine.paused
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not rk.controller.machine.paused
    driver.advance(2)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert rk.controller.view().slot.index == 1
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # stop, confirmed by the fixture's answer
    assert window.current_page == "summary"


def test_phase_changes_are_announced_to_screen_readers(rk, driver):
    heard: list[tuple[str, bool]] = []
    rk.announcer.announced.connect(lambda text, urgent: heard.append((text, urgent)))
    rk.window.start_routine("cooldown")
    driver.advance(5 + 600 + 1)
    texts = [text for text, _ in heard]
    assert any(t.startswith("Start: Easy walk or spin") for t in texts)
    assert any("Standing quad stretch, left leg" in t for t in texts)
    event = rk.announcer.last_event
    assert event.message() == texts[-1]
    assert event.object() is rk.window.session_page
    assert event.politeness() == QAccessible.AnnouncementPoliteness.Polite


def test_an_overrun_ice_step_is_announced_assertively(rk, driver, clock, ticker):
    heard: list[tuple[str, bool]] = []
    rk.announcer.announced.connect(lambda text, urgent: heard.append((text, urgent)))
    rk.window.start_routine("contrast")
    driver.advance(5 + 60)
    clock.advance(20 * 60)  # the laptop sleeps through the end of the ice step
    ticker.fire()
    assert ("Cold time is over: remove the ice", True) in heard
    assert rk.announcer.last_event.politeness() == QAccessible.AnnouncementPoliteness.Assertive


def test_text_scales_with_the_system_font(qapp, qtbot, paths, clock, ticker):
    original = QFont(qapp.font())
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(big)
    try:
        built = build_app(paths, clock, ticker)
        qtbot.addWidget(built.window)
        page = built.window.session_page
        assert page.title_label.font().pointSizeF() == pytest.approx(big.pointSizeF() * 2.2)
        assert page.instruction_label.font().pointSizeF() == pytest.approx(big.pointSizeF() * 1.25)
        for label in built.window.findChildren(QLabel):
            assert label.font().pixelSize() == -1, label.text()  # sized in points, from the app font
            assert label.font().pointSizeF() >= big.pointSizeF() * 0.85, label.text()
        built.close()
    finally:
        qapp.setFont(original)


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette() if request.param == "light" else dark_palette()


def test_every_text_colour_meets_wcag_aa(palette):
    window = palette.color(QPalette.ColorRole.Window)
    pairs = {f"kind {kind.value}": (kind_color(kind, palette), window) for kind in StepKind}
    pairs["muted text (notes, next up, ring caption)"] = (muted_text(palette), window)
    pairs["out-of-bounds reason"] = (warning_color(palette), window)
    pairs["window text (ring time)"] = (palette.color(QPalette.ColorRole.WindowText), window)
    for severity in ("info", "warning", "error"):
        background, accent, text = notice_colors(palette, severity)
        pairs[f"{severity} notice"] = (text, background)
        # The stripe beside the text is a non-text mark: 3:1 against the window.
        assert contrast_ratio(accent, window) >= 3.0, severity
    low = {name: round(contrast_ratio(fg, bg), 2) for name, (fg, bg) in pairs.items()
           if contrast_ratio(fg, bg) < AA_NORMAL_TEXT}
    assert not low, low


def test_the_three_notices_look_different_and_use_the_adjusted_colours(rk):
    window = rk.window
    seen = set()
    for show, severity in ((window.set_banner, "info"), (window.show_warning, "warning"),
                           (window.show_error, "error")):
        show("x")
        background, accent, text = notice_colors(window.palette(), severity)
        picture = window.banner.grab().toImage()
        middle = picture.height() // 2
        assert picture.pixelColor(1, middle).name() == accent.name()  # the stripe
        assert picture.pixelColor(picture.width() // 2, middle + picture.height() // 3).name() == background.name()
        assert window.banner.label.palette().color(window.banner.label.foregroundRole()).name() == text.name()
        assert window.banner.severity.value == severity
        seen.add((background.name(), accent.name()))
        assert not window.banner.icon.pixmap().isNull()  # the icon says it too, not colour alone
    assert len(seen) == 3


def test_the_end_of_an_immersion_or_a_bath_says_to_get_out_not_to_remove_the_ice():
    from recoverykit.core.events import StepEnded, StepStatus
    from recoverykit.core.guidance import StepKind
    from recoverykit.core.routine import Slot, Step
    from recoverykit.qt.announcements import announcement

    def ended(kind, modality):
        step = Step(kind, "Phase", 180, modality=modality)
        return StepEnded(Slot(0, 0, step, None), StepStatus.DONE, 180, 185, 0.0, 185.0, overrun_s=5)

    assert announcement(ended(StepKind.COLD, "cold_immersion")) == "Cold time is over: get out of the cold water"
    assert announcement(ended(StepKind.COLD, "ice_pack")) == "Cold time is over: remove the ice"
    assert announcement(ended(StepKind.HEAT, "warm_bath")) == "Heat time is over: get out of the bath"
    assert announcement(ended(StepKind.HEAT, None)) == "Heat time is over: take the heat away"

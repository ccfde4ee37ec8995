"""The session page redraws only what a passing second changes, and nothing while minimised."""

from __future__ import annotations

import pytest


def test_a_passing_second_restyles_nothing(rk, driver, monkeypatch):
    rk.window.start_routine("contrast")  # coloured chip, safety line, "next" line: all styled
    driver.advance(5 + 10)
    page = rk.window.session_page
    restyled: list[str] = []
    for label in (page.kind_label, page.side_label, page.safety_label, page.next_label):
        real = label.setStyleSheet
        name = label.objectName()
        monkeypatch.setattr(label, "setStyleSheet",
                            lambda css, real=real, name=name: (restyled.append(name), real(css)))
    driver.advance(3)
    assert page.ring.time_text == "9:47"
    assert restyled == []


def test_nothing_is_rendered_while_minimised_and_all_of_it_on_restore(rk, qtbot, driver):
    window = rk.window
    window.start_routine("warmup")
    driver.advance(5 + 2)
    page = window.session_page
    assert page.ring.time_text == "0:28"
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    driver.advance(5)
    assert page.ring.time_text == "0:28"  # untouched while nobody can see it
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)
    assert page.ring.time_text == "0:23"  # brought up to date at once, not at the next second


def _direct_ring(ring, size):
    """The ring as it was drawn before its track was kept in a pixmap: everything straight on."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter, QPen

    from recoverykit.ui.common.theme import track_color

    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    side = min(size.width(), size.height())
    thickness = max(8.0, side * 0.055)
    rect = QRectF(0, 0, side - thickness, side - thickness)
    rect.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(track_color(ring.palette()), thickness)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawEllipse(rect)
    painter.end()
    return image


@pytest.mark.parametrize("size", [(360, 360), (301, 257), (517, 433)])
def test_the_kept_track_looks_exactly_like_the_track_drawn_each_second(qtbot, size):
    """The ring's grey circle is drawn once into a pixmap (the dearest part of a second); on
    screen it must be the very same pixels, whatever the size's fractions of a pixel."""
    from PySide6.QtCore import QPoint, QSize, Qt
    from PySide6.QtGui import QColor, QImage, QRegion
    from PySide6.QtWidgets import QWidget

    from recoverykit.ui.session.ring import CountdownRing

    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(*size)
    ring.set_state(0.0, "", "", QColor("#2a7ab0"))  # the track alone: no arc, no text
    image = QImage(QSize(*size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    ring.render(image, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)  # no background
    assert image == _direct_ring(ring, QSize(*size))


@pytest.mark.parametrize("routine", ["cooldown", "contrast"])
def test_a_passing_second_lays_nothing_out_again(rk, driver, qapp, routine):
    """The time left changes every second; a QLabel would have the whole page measured again
    (wrapped instructions and all) for it. Only repaints, no layout request, once a step runs."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    rk.window.start_routine(routine)
    driver.advance(5 + 3)
    qapp.processEvents()
    page = rk.window.session_page

    class LayoutRequests(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LayoutRequest:
                LayoutRequests.count += 1
            return False

    watcher = LayoutRequests()
    for widget in (page, *page.findChildren(QWidget)):
        widget.installEventFilter(watcher)
    before = page.ring.time_text
    driver.advance(3)
    qapp.processEvents()
    assert page.ring.time_text != before
    assert LayoutRequests.count == 0



def test_one_svg_renderer_per_illustration_however_long_the_session(rk, driver):
    """Both sides and every step of a cool-down: the figures are rendered by one renderer each."""
    from PySide6.QtSvg import QSvgRenderer

    rk.window.start_routine("cooldown")
    view = rk.window.session_page.illustration
    shown = set()
    while rk.controller.running:
        driver.advance(5)
        if view.name:
            shown.add(view.name)
    renderers = view.findChildren(QSvgRenderer)
    assert len(shown) >= 3
    assert len(renderers) == len(shown)

"""The session page redraws only what a passing second changes, and nothing while minimised."""

from __future__ import annotations


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

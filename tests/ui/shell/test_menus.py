"""The menu bar is declared in one place; actions land where it says, whatever order they come in."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from recoverykit.ui.shell.menus import MENU_BAR, MenuBar

LAYOUT = (("first", ("a", "b", None, "c")), ("second", ("d",)))


def texts(menu) -> list[str]:
    return ["—" if action.isSeparator() else action.text() for action in menu.actions()]


def test_actions_added_in_any_order_follow_the_declared_order(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menus = MenuBar(window.menuBar(), LAYOUT, {"first": "First", "second": "Second"})
    first = menus.menu("first")
    assert not first.menuAction().isVisible() and not menus.menu("second").menuAction().isVisible()
    menus.add("c", QAction("C", window))
    assert texts(first) == ["C"] and first.menuAction().isVisible()
    menus.add("a", QAction("A", window))
    assert texts(first) == ["A", "—", "C"]
    menus.add("b", QAction("B", window))
    assert texts(first) == ["A", "B", "—", "C"]
    assert not menus.menu("second").menuAction().isVisible()
    with pytest.raises(KeyError):
        menus.add("nowhere", QAction("X", window))


def test_the_window_menus_are_in_order_and_hold_every_declared_action(rk):
    bar = rk.window.menuBar()
    assert [a.text() for a in bar.actions()] == ["&Session", "&Edit", "&Routines", "&View", "S&ound", "&Data",
                                                 "&Help"]
    declared = {name for _menu, names in MENU_BAR for name in names if name}
    for name in declared:  # every name has its action once the app is finished
        assert rk.window.menus.action(name) in rk.window.menus.menu(_home(name)).actions(), name


def _home(name: str) -> str:
    return next(menu for menu, names in MENU_BAR if name in names)

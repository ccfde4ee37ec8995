"""The menu bar, declared in one place: which menus, in which order, with which actions.

Rooms make their actions and hand them to the shell by name
(``window.menus.add("routines.new", action)``); :data:`MENU_BAR` says where
each one goes. Nothing is found by its text or its position, so a
translation or a new menu moves nothing else. Actions may arrive in any
order (the Data menu's arrive after the first paint); each menu is laid out
in its declared order whenever one arrives, and a menu with none of its
actions yet stays hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from recoverykit.qt.text import tr

#: ``None`` is a separator (shown only between actions that are present).
MENU_BAR: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    ("session", ("session.start", "session.stop", None, "session.log_day", None, "app.quit")),
    ("edit", ("settings.preferences", "edit.health")),
    ("routines", ("routines.new", "routines.edit", "routines.duplicate", "routines.delete", None,
                  "routines.import", "routines.export")),
    ("view", ("view.routines", "view.history", "view.floor")),
    ("sound", ("sound.mute", "sound.volume", None, "sound.voice")),
    ("data", ("data.backup", "data.restore", None, "data.export", "data.export_csv", "data.import",
              None, "data.import_workouts")),
    ("help", ("help.recovery", "help.shortcuts", None, "help.about")),
)


def menu_titles() -> dict[str, str]:
    return {"session": tr("&Session"), "edit": tr("&Edit"), "routines": tr("&Routines"), "view": tr("&View"),
            "sound": tr("S&ound"), "data": tr("&Data"), "help": tr("&Help")}


class MenuBar(QObject):
    """Builds ``bar`` from MENU_BAR and places the actions rooms add by name."""

    def __init__(self, bar: QMenuBar, layout: tuple[tuple[str, tuple[str | None, ...]], ...] = MENU_BAR,
                 titles: dict[str, str] | None = None) -> None:
        super().__init__(bar)
        self._layout = dict(layout)
        self._home = {name: menu for menu, names in layout for name in names if name}
        self._actions: dict[str, QAction] = {}
        self._separators: dict[str, list[QAction]] = {}
        titles = titles or menu_titles()
        self.menus: dict[str, QMenu] = {}
        for menu_name, _names in layout:
            menu = bar.addMenu(titles[menu_name])
            menu.menuAction().setVisible(False)
            self.menus[menu_name] = menu

    def add(self, name: str, action: QAction) -> None:
        """Put ``action`` where MENU_BAR says ``name`` goes; KeyError for a name it does not know."""
        menu_name = self._home[name]
        self._actions[name] = action
        self._lay_out(menu_name)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def _lay_out(self, menu_name: str) -> None:
        menu = self.menus[menu_name]
        for placed in menu.actions():
            menu.removeAction(placed)
        for separator in self._separators.pop(menu_name, []):
            separator.deleteLater()
        groups: list[list[QAction]] = [[]]
        for name in self._layout[menu_name]:
            if name is None:
                groups.append([])
            elif name in self._actions:
                groups[-1].append(self._actions[name])
        separators = []
        for group in (g for g in groups if g):
            if menu.actions():
                separators.append(menu.addSeparator())
            menu.addActions(group)
        self._separators[menu_name] = separators
        menu.menuAction().setVisible(bool(menu.actions()))

"""The Routines menu: new, edit, duplicate, delete, import and export, and dropping a file on the window.

User routines are TOML files in the user's routine folder (paths.user_routines),
in the format of the built-ins. Built-ins are never changed: editing one edits
a copy. Every file that comes in is read with the same validation as at start;
a bad one is refused with the file, step and field named, and nothing is added.
After each change the library is re-read and the routine list refreshed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from recoverykit.core.routine import Routine
from recoverykit.qt.controller import SessionController
from recoverykit.qt.messages import error_text as storage_error_text
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import clock_text, kind_text, tr
from recoverykit.services import StorageError
from recoverykit.services.routines import RoutineError, RoutineService
from recoverykit.settings import SettingsStore
from recoverykit.ui.shell.main_window import Confirm, MainWindow

if TYPE_CHECKING:  # the editor (and Qt SVG) loads when first opened
    from recoverykit.ui.editor.routine_editor import RoutineEditor

ChooseOpen = Callable[[QWidget, str], "Path | None"]
ChooseSave = Callable[[QWidget, str, Path], "Path | None"]
_FILTER = "recoverykit routines (*.toml);;All files (*)"


def choose_routine_file(parent: QWidget, title: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog  # the dialogs are imported when asked: first paint

    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), tr(_FILTER))
    return Path(chosen) if chosen else None


def choose_export_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), tr(_FILTER))
    return Path(chosen) if chosen else None


REPLACE, KEEP_BOTH, CANCEL = "replace", "keep-both", "cancel"
#: Asked when an imported routine's id is taken: (parent, text, can_replace) -> REPLACE, KEEP_BOTH or CANCEL.
AskSameId = Callable[[QWidget, str, bool], str]


def ask_same_id(parent: QWidget, text: str, can_replace: bool) -> str:
    """Replace / Keep both / Cancel for an imported routine whose id is taken (Keep both by default)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, tr("A routine with this id already exists"), text, parent=parent)
    replace = box.addButton(tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole) if can_replace else None
    keep = box.addButton(tr("&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return REPLACE if replace is not None and clicked is replace else KEEP_BOTH if clicked is keep else CANCEL


def error_text(exc: Exception) -> str:
    """A routine or storage error in the user's language (a routine error's message is data)."""
    return message_text(exc.message) if isinstance(exc, RoutineError) else storage_error_text(exc)


def routine_summary(routine: Routine) -> str:
    """What a routine contains, one line per step, for the import question."""
    lines = [tr("“%1”: %n steps, %2 of work.", "import summary", len(routine.steps))
             .replace("%1", routine.name).replace("%2", clock_text(routine.total_s))]
    for number, step in enumerate(routine.steps[:12], 1):
        sides = " " + tr("(each side)") if step.two_sided else ""
        lines.append(f"{number}. {step.name} · {kind_text(step.kind)} · {clock_text(step.duration_s)}{sides}")
    if len(routine.steps) > 12:
        lines.append(tr("… and %n more", "steps", len(routine.steps) - 12))
    return "\n".join(lines)


class RoutineActions(QObject):
    """Owns the Routines menu and the editor; keeps the shared library and the list up to date.

    Signals:
        libraryChanged(str): the routines were re-read; the id to select ("" for none).
    """

    libraryChanged = Signal(str)

    def __init__(self, window: MainWindow, controller: SessionController, routines: RoutineService,
                 settings: SettingsStore, confirm: Confirm,
                 choose_open: ChooseOpen = choose_routine_file,
                 choose_save: ChooseSave = choose_export_file,
                 ask_same_id: AskSameId = ask_same_id) -> None:
        super().__init__(window)
        self._window, self._controller, self._routines = window, controller, routines
        self._library = routines.library
        self._settings, self._confirm, self._ask_same_id = settings, confirm, ask_same_id
        self._choose_open, self._choose_save = choose_open, choose_save
        self.editor: RoutineEditor | None = None

        def action(text: str, slot, keys: str | None = None, tip: str = "") -> QAction:
            made = QAction(text, window)
            if keys:
                made.setShortcut(QKeySequence(keys))
            if tip:
                made.setStatusTip(tip)
                made.setToolTip(tip)
            made.triggered.connect(slot)
            return made

        self.new_action = action(tr("&New routine…"), self.new_routine, "Ctrl+N")
        self.edit_action = action(tr("&Edit routine…"), self.edit_selected, "Ctrl+E",
                                  tr("Change one of your routines (a built-in one is copied first)"))
        self.duplicate_action = action(tr("&Duplicate routine…"), self.duplicate_selected, "Ctrl+D")
        self.delete_action = action(tr("De&lete routine…"), self.delete_selected)
        self.import_action = action(tr("&Import routine…"), self.import_routine, "Ctrl+I")
        self.export_action = action(tr("E&xport routine…"), self.export_selected)
        for name, made in (("new", self.new_action), ("edit", self.edit_action),
                           ("duplicate", self.duplicate_action), ("delete", self.delete_action),
                           ("import", self.import_action), ("export", self.export_action)):
            window.menus.add(f"routines.{name}", made)

        page = window.routines_page
        page.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for item in (self.edit_action, self.duplicate_action, self.delete_action, self.export_action):
            page.list.addAction(item)
        self.new_button = QPushButton(tr("New routine…"))
        self.new_button.setToolTip(tr("Make a routine of your own (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_routine)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setToolTip(tr("Edit the selected routine; a built-in one is copied first (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_selected)
        page.button_row.insertWidget(0, self.new_button)
        page.button_row.insertWidget(1, self.edit_button)
        page.list.currentRowChanged.connect(lambda _row: self._sync())
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        controller.sessionStarted.connect(self._sync)
        controller.sessionEnded.connect(self._sync)
        self.libraryChanged.connect(lambda rid: page.refresh(rid or None))
        self._sync()

    # -- helpers ------------------------------------------------------------

    def _selected(self) -> Routine | None:
        routine_id = self._window.routines_page.selected_routine_id()
        return self._library.get(routine_id) if routine_id else None

    def reload(self, select: str = "") -> None:
        self._routines.reload()
        self._changed(select)

    def _changed(self, select: str = "") -> None:
        """The library was read again: refresh whatever shows it."""
        self.libraryChanged.emit(select)
        self._sync()

    def _sync(self, *_args) -> None:
        selected = self._selected()
        idle = not self._controller.running
        for item in (self.new_action, self.import_action, self.new_button):
            item.setEnabled(idle)
        for item in (self.edit_action, self.duplicate_action, self.export_action, self.edit_button):
            item.setEnabled(idle and selected is not None)
        self.delete_action.setEnabled(idle and selected is not None and not selected.builtin)

    def _open_editor(self, routine: Routine, title: str, path: Path | None) -> RoutineEditor:
        """Edit ``routine`` in its file at ``path``; a new routine (``path`` None) takes its id and
        file name from the name typed when it is first saved."""
        from recoverykit.ui.editor.routine_editor import RoutineEditor

        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()

        def save(done: Routine) -> str | None:
            target = path
            if target is None:
                done = dataclasses.replace(done, id=self._routines.free_id(done.name))
                target = self._routines.new_path(done.id)
            try:
                self._routines.save(done, target)
            except (RoutineError, StorageError) as exc:
                return tr("Not saved: %1").replace("%1", error_text(exc))
            self._changed(done.id)
            self._window.set_banner(tr("Saved “%1”.").replace("%1", done.name))
            return None

        editor = RoutineEditor(routine, save, unit=self._settings.settings.temperature_unit, title=title,
                               confirm=self._confirm, parent=self._window)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.show()
        editor.activateWindow()
        editor.name.setFocus()
        self.editor = editor
        return editor

    # -- the actions -----------------------------------------------------------

    @Slot()
    def new_routine(self) -> RoutineEditor:
        from recoverykit.ui.editor.routine_editor import new_step

        routine = Routine(self._routines.free_id("my-routine"), tr("My routine"), (new_step(),))
        return self._open_editor(routine, tr("New routine"), None)

    @Slot()
    def duplicate_selected(self) -> RoutineEditor | None:
        original = self._selected()
        if original is None:
            return None
        copy = dataclasses.replace(original, id=self._routines.free_id(original.id + "-copy"), builtin=False,
                                   name=tr("%1 (copy)").replace("%1", original.name))
        return self._open_editor(copy, tr("New routine"), None)

    @Slot()
    def edit_selected(self) -> RoutineEditor | None:
        routine = self._selected()
        if routine is None:
            return None
        if routine.builtin:
            self._window.set_banner(tr("Built-in routines stay as they are; you are editing a copy."))
            return self.duplicate_selected()
        return self._open_editor(routine, tr("Edit routine"), self._routines.path_of(routine))

    @Slot()
    def delete_selected(self) -> bool:
        routine = self._selected()
        if routine is None or routine.builtin:
            return False
        path = self._library.files.get(routine.id)
        if path is None or not self._confirm(
                self._window, tr("Delete this routine?"),
                tr("“%1” will be deleted (the file %2). Your history keeps the sessions you did with it.")
                .replace("%1", routine.name).replace("%2", str(path))):
            return False
        try:
            self._routines.delete(routine)
        except (RoutineError, StorageError) as exc:
            self._window.show_error(tr("Could not delete %1 (%2).").replace("%1", str(path))
                                    .replace("%2", error_text(exc)))
            return False
        self._changed()
        self._window.set_banner(tr("Deleted “%1”.").replace("%1", routine.name))
        return True

    @Slot()
    def import_routine(self) -> bool:
        chosen = self._choose_open(self._window, tr("Import a routine"))
        return self.import_file(chosen) if chosen is not None else False

    def import_file(self, path: Path) -> bool:
        """Validate ``path``, show what it holds, and add it if the user agrees."""
        if self._controller.running:
            self._window.show_warning(tr("Routines can be imported when no session is running."))
            return False
        try:
            routine = self._routines.read(path)
        except RoutineError as exc:
            self._window.show_error(tr("This routine cannot be imported: %1").replace("%1", message_text(exc.message)))
            return False
        text = routine_summary(routine)
        replace = False
        if routine.id in self._routines.taken_ids():
            can_replace = self._routines.replaceable(routine.id)
            answer = self._ask_same_id(self._window, self._same_id_text(routine, text), can_replace)
            if answer == CANCEL:
                return False
            replace = answer == REPLACE and can_replace
        elif not self._confirm(self._window, tr("Add this routine?"), text):
            return False
        try:
            routine = self._routines.replace(routine) if replace else self._routines.add(routine)
        except (RoutineError, StorageError) as exc:
            self._window.show_error(tr("Could not add the routine: %1").replace("%1", error_text(exc)))
            return False
        self._changed(routine.id)
        done = tr("Replaced “%1” with the imported one.") if replace else tr("Added “%1” to your routines.")
        self._window.set_banner(done.replace("%1", routine.name))
        return True

    def _same_id_text(self, routine: Routine, summary: str) -> str:
        existing = self._library.routines.get(routine.id)
        if not self._routines.replaceable(routine.id):
            said = tr("A built-in routine already has the id “%1”; this one can be added beside it as “%2”.")
        elif existing is not None:
            said = (tr("You already have a routine with the id “%1” (“%3”). Replace it with this one, "
                       "or keep both (this one is then added as “%2”)?").replace("%3", existing.name))
        else:
            said = tr("A routine file with the id “%1” is already in your folder; this one can be added as “%2”.")
        said = said.replace("%1", routine.id).replace("%2", self._routines.free_id(routine.id))
        return summary + "\n\n" + said

    @Slot()
    def export_selected(self) -> Path | None:
        routine = self._selected()
        if routine is None:
            return None
        chosen = self._choose_save(self._window, tr("Export routine"), Path.home() / f"{routine.id}.toml")
        if chosen is None:
            return None
        try:
            chosen = self._routines.export(routine, chosen)
        except (RoutineError, StorageError) as exc:
            self._window.show_error(tr("Could not export: %1").replace("%1", error_text(exc)))
            return None
        self._window.set_banner(tr("Exported “%1” to %2.").replace("%1", routine.name).replace("%2", str(chosen)))
        return chosen

    # -- dropping files on the window ----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            files = self._dropped_files(event)
            if files:
                event.acceptProposedAction()
                for path in files:
                    self.import_file(path)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_files(event) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().endswith(".toml")]

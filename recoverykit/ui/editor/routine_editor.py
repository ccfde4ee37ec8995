"""The routine editor: a routine's name and steps, reordered by drag or keyboard, with undo.

Every change is a snapshot of the draft pushed on a QUndoStack (typing in one
field merges into one undo step). The draft may be invalid while it is being
edited; each problem is shown beside its field and in the summary, and Save
stays off until there is none. Saving goes through the injected ``save``,
which writes the file and says what went wrong if it could not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPalette, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.guidance import KINDS, StepKind
from recoverykit.core.limits import limit_for
from recoverykit.core.routine import BOTH_SIDES, Routine, Step
from recoverykit.core.step_rules import MAX_TEXT, routine_name_problem, step_problems
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import clock_text, kind_text, tr
from recoverykit.ui.common.theme import warning_color
from recoverykit.ui.common.widgets import reserve_line
from recoverykit.ui.editor.step_form import StepForm, default_step_name
from recoverykit.ui.session.illustration import illustration_pixmap

Save = Callable[[Routine], "str | None"]


@dataclass(frozen=True)
class Draft:
    """What the editor holds: the routine's texts and steps, and which step is selected."""

    name: str
    description: str
    steps: tuple[Step, ...]
    current: int


class _Change(QUndoCommand):
    """One edit, as the draft before and after; edits of the same field merge."""

    def __init__(self, editor: RoutineEditor, text: str, before: Draft, after: Draft,
                 merge_key: tuple | None) -> None:
        super().__init__(text)
        self._editor, self.before, self.after, self.merge_key = editor, before, after, merge_key

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._editor.show_draft(self.after)

    def undo(self) -> None:
        self._editor.show_draft(self.before)


def new_step() -> Step:
    sides = BOTH_SIDES if KINDS[StepKind.STRETCH].per_side else ()
    return Step(kind=StepKind.STRETCH, name=default_step_name(StepKind.STRETCH),
                duration_s=float(limit_for(StepKind.STRETCH.value).default_s or 0), sides=sides)


class RoutineEditor(QDialog):
    """Edits one user routine; built-ins are copied before they reach here."""

    def __init__(self, routine: Routine, save: Save, *, unit: str = "c", title: str = "",
                 confirm: Callable[[QWidget, str, str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.setObjectName("routineEditor")
        self.setWindowTitle(title or tr("Edit routine"))
        self._routine = routine
        self._save = save
        self._unit = unit
        self._draft = Draft(routine.name, routine.description, routine.steps, 0)
        self.undo_stack = QUndoStack(self)

        self.name = QLineEdit(routine.name)
        self.name.setAccessibleName(tr("Routine name"))
        self.name.setMaxLength(200)
        self.description = QLineEdit(routine.description)
        self.description.setAccessibleName(tr("Description"))
        self.description.setMaxLength(MAX_TEXT)
        self.name_problem = reserve_line(QLabel())
        self.name_problem.setObjectName("problem_routine_name")
        head = QFormLayout()
        name_label = QLabel(tr("R&outine name:"))
        name_label.setBuddy(self.name)
        name_box = QVBoxLayout()
        name_box.addWidget(self.name)
        name_box.addWidget(self.name_problem)
        head.addRow(name_label, name_box)
        description_label = QLabel(tr("Descri&ption:"))
        description_label.setBuddy(self.description)
        head.addRow(description_label, self.description)

        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps"))
        self.steps.setAccessibleDescription(tr("Drag a step, or press Alt+Up and Alt+Down, to move it"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.setMinimumWidth(280)
        self.steps.setSpacing(2)
        self.steps.setIconSize(QSize(40, 40))
        self.add_button = QPushButton(tr("&Add step"))
        self.add_button.setToolTip(tr("Add a step after the selected one (Ctrl+Shift+N)"))
        self.remove_button = QPushButton(tr("Remo&ve step"))
        self.remove_button.setToolTip(tr("Remove the selected step (Delete in the list)"))
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.setToolTip(tr("Move the step earlier (Alt+Up)"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.down_button.setToolTip(tr("Move the step later (Alt+Down)"))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            list_buttons.addWidget(button)
        move_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            move_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.steps, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addLayout(move_buttons)

        self.form = StepForm()
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.summary = QLabel()
        self.summary.setObjectName("editorSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(tr("Undo"))
        self.redo_button = QPushButton(tr("Redo"))
        self.undo_button.setToolTip(tr("Undo (Ctrl+Z)"))
        self.redo_button.setToolTip(tr("Redo (Ctrl+Shift+Z)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("Save the routine (Ctrl+S)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(960, 640)

        self.name.textEdited.connect(lambda text: self._change(
            tr("Rename routine"), ("name",), name=text))
        self.description.textEdited.connect(lambda text: self._change(
            tr("Edit description"), ("description",), description=text))
        self.steps.currentRowChanged.connect(self._select)
        self.steps.model().rowsMoved.connect(self._dragged)
        self.form.edited.connect(self._step_edited)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo),
                           (QKeySequence.StandardKey.Save, self.save)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        for keys, slot in (("Alt+Up", lambda: self.move_step(-1)), ("Alt+Down", lambda: self.move_step(1)),
                           ("Ctrl+Shift+N", self.add_step)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        for keys, slot in (("Delete", self.remove_step), ("Insert", self.add_step)):
            shortcut = QShortcut(QKeySequence(keys), self.steps, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.show_draft(self._draft)
        self.name.setFocus()

    # -- the draft --------------------------------------------------------------

    @property
    def draft(self) -> Draft:
        return self._draft

    def routine(self) -> Routine:
        """The draft as a routine (it may break rules; see ``problems``)."""
        return dataclasses.replace(self._routine, name=self._draft.name.strip(),
                                   description=self._draft.description.strip(),
                                   steps=self._draft.steps, builtin=False)

    def problems(self) -> list[str]:
        """Every broken rule, in words that name the step and field."""
        found = []
        routine_name = routine_name_problem(self._draft.name)
        if routine_name:
            found.append(tr("Routine name: %1").replace("%1", message_text(routine_name)))
        if not self._draft.steps:
            found.append(tr("A routine needs at least one step."))
        for number, step in enumerate(self._draft.steps, 1):
            for problem in step_problems(step):
                found.append(tr("Step %1 (%2), %3: %4").replace("%1", str(number))
                             .replace("%2", step.name or "?")
                             .replace("%3", self.form.field_names.get(problem.field, problem.field).lower())
                             .replace("%4", message_text(problem.reason)))
        return found

    def show_draft(self, draft: Draft) -> None:
        """Make the widgets show ``draft`` (called by undo and redo too)."""
        self._draft = draft
        if self.name.text() != draft.name:
            self.name.setText(draft.name)
        if self.description.text() != draft.description:
            self.description.setText(draft.description)
        self.steps.blockSignals(True)
        while self.steps.count() > len(draft.steps):
            self.steps.takeItem(self.steps.count() - 1)
        while self.steps.count() < len(draft.steps):
            self.steps.addItem("")
        for row, step in enumerate(draft.steps):
            item = self.steps.item(row)
            broken = bool(step_problems(step))
            sides = " ×2" if step.two_sided else ""
            text = f"{row + 1}. {step.name or '?'}\n{kind_text(step.kind)} · {clock_text(step.duration_s)}{sides}"
            if broken:
                text = "⚠ " + text
            item.setText(text)
            pixmap = illustration_pixmap(step.illustration, self.palette().color(QPalette.ColorRole.Text), 40)
            item.setIcon(QIcon(pixmap) if pixmap is not None else QIcon())
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         text.replace("\n", ", ") + (", " + tr("has a problem") if broken else ""))
            item.setForeground(warning_color(self.palette()) if broken
                               else self.palette().color(self.palette().ColorRole.Text))
        current = min(draft.current, len(draft.steps) - 1)
        self.steps.setCurrentRow(current)
        self.steps.blockSignals(False)
        self.form.show_step(draft.steps[current] if current >= 0 else None, self._unit)
        self._sync()

    def _sync(self) -> None:
        problems = self.problems()
        routine_name = routine_name_problem(self._draft.name)
        self.name_problem.setText("⚠ " + tr("Every routine needs a name") if routine_name else "")
        self.name_problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        if problems:
            self.summary.setText(tr("Cannot be saved yet: %1").replace("%1", problems[0])
                                 + (" " + tr("(and %n more)", "problems", len(problems) - 1)
                                    if len(problems) > 1 else ""))
        else:
            self.summary.setText(tr("Ready to save."))
        self.save_button.setEnabled(not problems)
        row = self.steps.currentRow()
        count = len(self._draft.steps)
        self.remove_button.setEnabled(count > 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _change(self, text: str, merge_key: tuple | None, **changes) -> None:
        before = self._draft
        after = dataclasses.replace(before, **changes)
        if after != before:
            self.undo_stack.push(_Change(self, text, before, after, merge_key))

    # -- what the user does -------------------------------------------------------

    @Slot(int)
    def _select(self, row: int) -> None:
        if row != self._draft.current and row >= 0:
            self._draft = dataclasses.replace(self._draft, current=row)
            self.form.show_step(self._draft.steps[row], self._unit)
            self._sync()

    @Slot(str, object)
    def _step_edited(self, field: str, step: Step) -> None:
        row = self._draft.current
        steps = list(self._draft.steps)
        steps[row] = step
        self._change(tr("Change %1").replace("%1", field), ("step", row, field), steps=tuple(steps))

    @Slot()
    def add_step(self) -> None:
        row = self._draft.current + 1 if self._draft.steps else 0
        steps = list(self._draft.steps)
        steps.insert(row, new_step())
        self._change(tr("Add step"), None, steps=tuple(steps), current=row)
        self.form.name.setFocus()
        self.form.name.selectAll()

    @Slot()
    def remove_step(self) -> None:
        row = self._draft.current
        if not self._draft.steps:
            return
        steps = list(self._draft.steps)
        del steps[row]
        self._change(tr("Remove step"), None, steps=tuple(steps), current=max(0, min(row, len(steps) - 1)))

    def move_step(self, delta: int, row: int | None = None) -> None:
        row = self._draft.current if row is None else row
        target = row + delta
        if not (0 <= row < len(self._draft.steps) and 0 <= target < len(self._draft.steps)):
            return
        steps = list(self._draft.steps)
        steps.insert(target, steps.pop(row))
        self._change(tr("Move step"), None, steps=tuple(steps), current=target)

    @Slot(QModelIndex, int, int, QModelIndex, int)
    def _dragged(self, _parent, start: int, _end: int, _destination, row: int) -> None:
        """A step was dragged: record the move (the list already shows it; show_draft agrees)."""
        target = row - 1 if row > start else row
        self.move_step(target - start, start)

    @Slot()
    def reject(self) -> None:
        """Cancel, Esc or closing: unsaved changes are only dropped after asking."""
        if (not self.undo_stack.isClean() and self._confirm is not None
                and not self._confirm(self, tr("Discard your changes?"),
                                      tr("The changes to “%1” have not been saved.")
                                      .replace("%1", self._draft.name or self._routine.name))):
            return
        super().reject()

    @Slot()
    def save(self) -> bool:
        if self.problems():
            self._sync()
            return False
        problem = self._save(self.routine())
        if problem:
            self.summary.setText(problem)
            return False
        self.undo_stack.setClean()
        self.accept()
        return True

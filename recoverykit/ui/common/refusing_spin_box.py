"""Spin boxes that refuse a number outside their range instead of quietly changing it.

A plain QSpinBox drops the keystroke that would leave its range: "30" hours of
sleep becomes "3", "-10" becomes "10", and nothing says so. These keep what
was typed while editing, and when editing ends on a number outside the range
they put the last good value back and say why (``refused``, and a tooltip at
the field), so a value is never one the user did not type.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QToolTip

from recoverykit.qt.text import tr


def _core(box: QSpinBox | QDoubleSpinBox, text: str) -> str:
    """``text`` without the box's prefix and suffix."""
    core = text.strip()
    for part in (box.prefix().strip(), box.suffix().strip()):
        if part:
            core = core.replace(part, "")
    return core.strip()


def _number(box: QSpinBox | QDoubleSpinBox, text: str) -> float | None:
    """The number in ``text`` (the box's prefix and suffix taken off), or None if it is not one."""
    core = _core(box, text)
    if not core or core in ("-", "+"):
        return None
    value, ok = QLocale().toDouble(core)
    if not ok:
        try:
            value = float(core)
        except ValueError:
            return None
    return value


def _validate(box, state: QValidator.State, text: str, pos: int):
    if state == QValidator.State.Invalid and (_number(box, text) is not None or _core(box, text) in ("-", "+")):
        return QValidator.State.Intermediate, text, pos  # let it be typed; it is judged when editing ends
    return state, text, pos


def _refuse(box, text: str) -> str:
    """Editing ended on ``text``, which is not a value in range: put the last kept value back, say why."""
    number = _number(box, text)
    kept = box.prefix() + box.textFromValue(box.kept) + box.suffix()
    if number is not None and not box.minimum() <= number <= box.maximum():
        shown_low = box.minimum() + (1 if box.specialValueText() and isinstance(box, QSpinBox) else 0)
        message = (tr("%1 is outside %2 to %3, so it was not used; it is still %4.")
                   .replace("%1", text.strip()).replace("%2", box.textFromValue(shown_low))
                   .replace("%3", box.textFromValue(box.maximum())).replace("%4", kept.strip()))
        box.setAccessibleDescription(message)
        if box.isVisible():
            QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), message, box)
        # Said once editing has finished: Qt sends valueChanged for the value put back first, and
        # a form that redraws on it would otherwise cover the message at once.
        box.pending_refusal = message
    return kept


class _Refusing:
    """What both boxes share: the value kept from before the typing began (what a refusal puts back;
    it follows values set in code, by the arrow keys and when editing ends, not the half-typed ones
    in between, "3" on the way to "30"), and the refusal itself."""

    kept: float = 0
    pending_refusal = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kept = self.value()
        self.editingFinished.connect(self._finished)

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text, pos)
        return _validate(self, state, text, pos)

    def fixup(self, text: str) -> str:
        return _refuse(self, text)

    def _finished(self) -> None:
        self.kept = self.value()
        if self.pending_refusal:
            message, self.pending_refusal = self.pending_refusal, ""
            self.refused.emit(message)

    def setValue(self, value) -> None:  # noqa: N802 - Qt's name
        super().setValue(value)
        self.kept = self.value()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        super().stepBy(steps)
        self.kept = self.value()


class RefusingSpinBox(_Refusing, QSpinBox):
    """A QSpinBox that refuses an out-of-range number, saying so (see the module docstring).

    Signals:
        refused(str): a number outside the range was typed and not used; the message says so.
    """

    refused = Signal(str)


class RefusingDoubleSpinBox(_Refusing, QDoubleSpinBox):
    """A QDoubleSpinBox that refuses an out-of-range number, saying so (see the module docstring).

    Signals:
        refused(str): a number outside the range was typed and not used; the message says so.
    """

    refused = Signal(str)

"""The fields of one routine step, each checked live with the guidance rule beside it.

The form never changes a step itself: every edit is announced as
``edited(field, step)`` with the step as it would be, and the editor decides
(and puts it on its undo stack). A value that breaks a rule is kept and shown
with its one-line reason beside the field, marked with a sign as well as a
colour; nothing is clamped.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recoverykit.assets import illustration_names
from recoverykit.core.guidance import MAX_STEP_S, UNBOUNDED_BY_SOURCE, StepKind
from recoverykit.core.routine import BOTH_SIDES, Step
from recoverykit.core.step_rules import MODALITIES, TEMPERATURE_RANGES_C, step_limit, step_problems
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import celsius, duration_words, fahrenheit, kind_text, tr
from recoverykit.ui.common.refusing_spin_box import RefusingDoubleSpinBox, RefusingSpinBox
from recoverykit.ui.common.theme import css_rgba, muted_text, warning_color
from recoverykit.ui.common.widgets import reserve_line
from recoverykit.ui.session.illustration import illustration_pixmap
from recoverykit.ui.session.illustration_text import illustration_text


def modality_text(value: str) -> str:
    return {
        "ice_pack": tr("Ice pack or cold towel"),
        "cold_immersion": tr("Cold-water immersion"),
        "hot_towel": tr("Hot towel or heat pack"),
        "warm_bath": tr("Warm bath"),
    }.get(value, value)


#: Fields whose problem line keeps its height while empty: the ones that go wrong as you type.
RESERVED = ("name", "duration_s", "temperature_c")


def default_step_name(kind: StepKind) -> str:
    """The name a new step has until the user types one: it follows the kind chosen."""
    return tr("New %1").replace("%1", kind_text(kind).lower())


def no_bound_note() -> str:
    """The note a step of a kind no source bounds gets, instead of an invented limit."""
    return tr("No source gives a time limit for this; follow the maker's guidance and stop if "
              "anything hurts.")


class StepForm(QWidget):
    """Edits one Step; shows each field's rule and, when broken, why.

    Signals:
        edited(str, object): the field the user changed and the Step with the change.
    """

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step: Step | None = None
        self._unit = "c"
        self._loading = False

        self.kind = QComboBox()
        for kind in StepKind:
            self.kind.addItem(kind_text(kind), kind)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.duration = RefusingSpinBox()
        self.duration.setRange(0, MAX_STEP_S + 60)  # wider than allowed, so a wrong value can be explained
        self.duration.setSuffix(tr(" s"))
        self.two_sided = QCheckBox(tr("&Both sides, left then right"))
        self.two_sided.setToolTip(tr("A one-leg exercise runs once per side, each for the full time"))
        self.has_temperature = QCheckBox(tr("Se&t a temperature"))
        self.temperature = RefusingDoubleSpinBox()
        self.temperature.setDecimals(0)
        self.modality = QComboBox()
        self.illustration = QComboBox()
        self.illustration.addItem(tr("None"), "")
        for name in illustration_names():
            self.illustration.addItem(illustration_text(name), name)
        self.instruction = QPlainTextEdit()
        self.instruction.setTabChangesFocus(True)
        self.instruction.setFixedHeight(self.instruction.fontMetrics().lineSpacing() * 4 + 12)
        self.safety = QLineEdit()
        self.source = QLineEdit()

        self.field_names = names = {
            "kind": tr("Kind"), "name": tr("Step name"), "duration_s": tr("Seconds (each side)"),
            "sides": tr("Both sides"), "temperature_c": tr("Temperature"), "modality": tr("How"),
            "illustration": tr("Illustration"), "instruction": tr("Instruction"),
            "safety": tr("Safety note"), "source": tr("Source"),
        }
        self.fields = {"kind": self.kind, "name": self.name, "duration_s": self.duration,
                       "sides": self.two_sided, "temperature_c": self.temperature,
                       "modality": self.modality, "illustration": self.illustration,
                       "instruction": self.instruction, "safety": self.safety, "source": self.source}
        for field, widget in self.fields.items():
            widget.setAccessibleName(names[field])
        self.has_temperature.setAccessibleName(tr("Set a temperature"))
        self.safety.setPlaceholderText(tr("Shown beside the step, e.g. for ice or heat"))
        self.source.setPlaceholderText(tr("Where the time comes from"))

        self.problems: dict[str, QLabel] = {}
        for field in ("name", "duration_s", "temperature_c", "modality", "instruction", "safety", "source"):
            label = QLabel()
            label.setWordWrap(True)
            label.setObjectName(f"problem_{field}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if field in RESERVED:
                reserve_line(label)
            self.problems[field] = label

        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, tr("&Kind:"), self.kind)
        self._row(form, tr("&Name:"), self.name, "name")
        duration_row = QHBoxLayout()
        duration_row.addWidget(self.duration)
        self.duration_words = QLabel()
        duration_row.addWidget(self.duration_words)
        duration_row.addStretch(1)
        duration_box = QVBoxLayout()
        duration_box.addLayout(duration_row)
        duration_box.addWidget(self.problems["duration_s"])
        duration_label = QLabel(tr("&Duration:"))
        duration_label.setBuddy(self.duration)
        form.addRow(duration_label, duration_box)
        form.addRow("", self.two_sided)
        temperature_row = QHBoxLayout()
        temperature_row.addWidget(self.has_temperature)
        temperature_row.addWidget(self.temperature)
        temperature_row.addStretch(1)
        temperature_box = QVBoxLayout()
        temperature_box.addLayout(temperature_row)
        temperature_box.addWidget(self.problems["temperature_c"])
        self._temperature_label = QLabel(tr("Te&mperature:"))
        self._temperature_label.setBuddy(self.has_temperature)
        form.addRow(self._temperature_label, temperature_box)
        self._modality_label = QLabel(tr("&How:"))
        self._modality_label.setBuddy(self.modality)
        modality_box = QVBoxLayout()
        modality_box.setSpacing(2)
        modality_box.addWidget(self.modality)
        modality_box.addWidget(self.problems["modality"])
        form.addRow(self._modality_label, modality_box)
        self._row(form, tr("&Illustration:"), self.illustration)
        self._row(form, tr("Instru&ction:"), self.instruction, "instruction")
        self._row(form, tr("Sa&fety note:"), self.safety, "safety")
        self._row(form, tr("Sou&rce:"), self.source, "source")

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.name.textEdited.connect(lambda text: self._edit("name", name=text))
        self.duration.valueChanged.connect(lambda value: self._edit("duration_s", duration_s=float(value)))
        self.two_sided.toggled.connect(lambda on: self._edit("sides", sides=BOTH_SIDES if on else ()))
        self.has_temperature.toggled.connect(lambda _on: self._temperature_changed())
        self.temperature.valueChanged.connect(lambda _v: self._temperature_changed())
        self.modality.currentIndexChanged.connect(
            lambda _i: self._edit("modality", modality=self.modality.currentData() or None))
        self.illustration.currentIndexChanged.connect(
            lambda _i: self._edit("illustration", illustration=self.illustration.currentData() or None))
        self.instruction.textChanged.connect(
            lambda: self._edit("instruction", instruction=self.instruction.toPlainText()))
        self.safety.textEdited.connect(lambda text: self._edit("safety", safety=text))
        self.source.textEdited.connect(lambda text: self._edit("source", source=text))
        self.duration.refused.connect(lambda text: self._say_refused("duration_s", text))
        self.temperature.refused.connect(lambda text: self._say_refused("temperature_c", text))
        self.setEnabled(False)

    def _say_refused(self, field: str, text: str) -> None:
        label = self.problems[field]
        label.setText("⚠ " + text)
        label.setStyleSheet(f"color: {css_rgba(warning_color(self.palette()))};")
        label.setVisible(True)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled row (the label's mnemonic focuses ``widget``), with the field's problem under it."""
        label = QLabel(text)
        label.setBuddy(widget)
        if field is None:
            form.addRow(label, widget)
            return
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.problems[field])
        form.addRow(label, box)

    # -- showing ------------------------------------------------------------

    def show_step(self, step: Step | None, unit: str | None = None) -> None:
        """Show ``step`` (None: nothing to edit) without announcing edits."""
        if unit is not None:
            self._unit = unit
        self._step = step
        self.setEnabled(step is not None)
        if step is None:
            return
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(step.kind))
            if self.name.text() != step.name:
                self.name.setText(step.name)
            self.duration.setValue(round(step.duration_s))
            self.two_sided.setChecked(step.two_sided)
            self._fill_modalities(step)
            self._show_temperature(step)
            self.illustration.setCurrentIndex(max(0, self.illustration.findData(step.illustration or "")))
            self._set_icons()
            if self.instruction.toPlainText() != step.instruction:
                self.instruction.setPlainText(step.instruction)
            for edit, value in ((self.safety, step.safety), (self.source, step.source)):
                if edit.text() != value:
                    edit.setText(value)
        finally:
            self._loading = False
        self._show_problems(step)

    def _fill_modalities(self, step: Step) -> None:
        known = MODALITIES.get(step.kind, ())
        wanted = [("", tr("Not said"))] + [(m, modality_text(m)) for m in known]
        if step.modality and step.modality not in known:
            wanted.append((step.modality, step.modality))
        if [self.modality.itemData(i) for i in range(self.modality.count())] != [w[0] for w in wanted]:
            self.modality.clear()
            for value, text in wanted:
                self.modality.addItem(text, value)
        self.modality.setCurrentIndex(max(0, self.modality.findData(step.modality or "")))
        self.modality.setEnabled(bool(known) or bool(step.modality))
        self._modality_label.setEnabled(self.modality.isEnabled())

    def _show_temperature(self, step: Step) -> None:
        allowed = step.kind in TEMPERATURE_RANGES_C
        self.has_temperature.setEnabled(allowed or step.temperature_c is not None)
        self._temperature_label.setEnabled(self.has_temperature.isEnabled())
        self.has_temperature.setChecked(step.temperature_c is not None)
        suffix = " °F" if self._unit == "f" else " °C"
        self.temperature.setSuffix(suffix)
        self.temperature.setRange(-4, 176) if self._unit == "f" else self.temperature.setRange(-20, 80)
        if step.temperature_c is not None:
            shown = fahrenheit(step.temperature_c) if self._unit == "f" else step.temperature_c
            self.temperature.setValue(round(shown))
        self.temperature.setEnabled(step.temperature_c is not None)

    def _set_icons(self) -> None:
        ink = self.palette().color(QPalette.ColorRole.Text)
        for i in range(1, self.illustration.count()):
            pixmap = illustration_pixmap(self.illustration.itemData(i), ink, 32)
            if pixmap is not None:
                self.illustration.setItemIcon(i, QIcon(pixmap))

    def _show_problems(self, step: Step) -> None:
        found = {p.field: message_text(p.reason) for p in step_problems(step)}
        palette = self.palette()
        bad = f"color: {css_rgba(warning_color(palette))};"
        quiet = f"color: {css_rgba(muted_text(palette))};"
        for field, label in self.problems.items():
            reason = found.get(field)
            widget = self.fields[field]
            if reason:
                label.setText("⚠ " + reason)
                label.setStyleSheet(bad)
                widget.setAccessibleDescription(tr("Not allowed: %1").replace("%1", reason))
            elif field == "duration_s":
                # The limits table's row for this kind and modality (core/limits.py), with its source.
                limit = step_limit(step.kind, step.modality)
                rule = tr("Rule: %1").replace("%1", message_text(limit.plan_reason()))
                if limit.cap_s is not None and limit.cap_s != limit.plan_max_s:
                    rule += "; " + message_text(limit.cap_reason())
                rule += " " + tr("(source %1)").replace("%1", message_text(limit.source))
                label.setText(rule)
                label.setStyleSheet(quiet)
                widget.setAccessibleDescription(message_text(limit.plan_reason()))
            else:
                label.setText("")
                widget.setAccessibleDescription("")
            label.setVisible(field in RESERVED or bool(label.text()))
        self.duration_words.setText("= " + duration_words(step.duration_s) if step.duration_s >= 60 else "")

    # -- editing ------------------------------------------------------------

    def _edit(self, field: str, **changes) -> None:
        if self._loading or self._step is None:
            return
        step = dataclasses.replace(self._step, **changes)
        self._step = step
        self._show_problems(step)
        self.edited.emit(field, step)

    def _kind_changed(self) -> None:
        if self._loading or self._step is None:
            return
        kind = StepKind(self.kind.currentData())
        changes: dict = {"kind": kind}
        if kind not in TEMPERATURE_RANGES_C:
            changes["temperature_c"] = None
        if self._step.modality and self._step.modality in sum(MODALITIES.values(), ()) \
                and self._step.modality not in MODALITIES.get(kind, ()):
            changes["modality"] = None
        if kind in UNBOUNDED_BY_SOURCE and not self._step.safety:
            changes["safety"] = no_bound_note()
        if self._step.name == default_step_name(self._step.kind):  # not named by the user yet
            changes["name"] = default_step_name(kind)
            self.name.setText(changes["name"])
        self._edit("kind", **changes)
        self.show_step(self._step)

    def _temperature_changed(self) -> None:
        if self._loading or self._step is None:
            return
        if not self.has_temperature.isChecked():
            self._edit("temperature_c", temperature_c=None)
        else:
            value = self.temperature.value()
            if not self.temperature.isEnabled():  # just switched on: start from a sensible value
                value = step_limit(self._step.kind, self._step.modality).default_temperature_c or 0.0
                value = fahrenheit(value) if self._unit == "f" else value
            degrees = celsius(value) if self._unit == "f" else value
            self._edit("temperature_c", temperature_c=round(degrees, 1))
        self.show_step(self._step)

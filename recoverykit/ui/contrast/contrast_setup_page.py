"""Setting up a contrast session: modalities, rounds, ending, phase lengths, temperature, swaps.

Every value is checked live against the bounds of its modality; a value out of
bounds is shown with its one-line reason beside the field and Start stays off
until it is fixed. Nothing is silently clamped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from recoverykit.core.contrast import ContrastPlan, EndOn
from recoverykit.core.contrast_bounds import (
    COLD_PHASE,
    HEAT_PHASE,
    SWAP,
    ColdModality,
    HeatModality,
)
from recoverykit.core.guidance import CONTRAST_WINDOW_H, StepKind
from recoverykit.qt.messages import message_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import celsius, clock_text, fahrenheit, temperature_text, tr
from recoverykit.ui.common.theme import css_rgba, muted_text, warning_color
from recoverykit.ui.common.widgets import (
    page_heading,
    page_layout,
    primary_button,
    scaled_font,
)
from recoverykit.ui.contrast.phase_timeline import PhaseTimeline


def problem_text(problem) -> str:
    """A bound's reason from the core (a Message), translated, first letter up."""
    return message_text(problem, capital=True) if problem else ""


def _seconds(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 3600 + time.minute() * 60 + time.second()


class ContrastSetupPage(QWidget):
    """The contrast set-up screen; Start hands the plan to the window, which starts it.

    Signals:
        startRequested(object, bool): the ContrastPlan, and whether swaps wait for the user.
        temperatureUnitChanged(str): the user switched between "c" and "f".
        backRequested(): return to the routine list.
    """

    startRequested = Signal(object, bool)
    temperatureUnitChanged = Signal(str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contrastSetup")
        self._routine_id = "contrast"
        self._routine_name = "Contrast therapy"
        self._unit = "c"
        self._loading = False

        self.heading = page_heading(tr("Contrast therapy"))
        self.window_note = QLabel(
            tr("Contrast therapy is meant for the %1 hours after a workout. Cold first, then heat.")
            .replace("%1", str(CONTRAST_WINDOW_H)))
        self.window_note.setObjectName("windowNote")
        self.window_note.setWordWrap(True)

        self.cold_modality = QComboBox()
        self.cold_modality.addItem(tr("Ice pack or cold towel"), ColdModality.ICE_PACK)
        self.cold_modality.addItem(tr("Cold-water immersion (a cold tub)"), ColdModality.COLD_IMMERSION)
        self.heat_modality = QComboBox()
        self.heat_modality.addItem(tr("Hot towel or heat pack"), HeatModality.HOT_TOWEL)
        self.heat_modality.addItem(tr("Warm bath"), HeatModality.WARM_BATH)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 4)
        self.rounds.setToolTip(tr("A round is a cold phase, then a heat phase"))
        self.end_on = QComboBox()
        self.end_on.addItem(tr("Heat"), EndOn.HEAT)
        self.end_on.addItem(tr("Cold (one more cold phase at the end)"), EndOn.COLD)
        self.cold_length = self._time_edit(tr("Length of each cold phase (minutes:seconds)"))
        self.heat_length = self._time_edit(tr("Length of each heat phase (minutes:seconds)"))
        self.temperature = QDoubleSpinBox()
        self.temperature.setDecimals(0)
        self.temperature.setAccessibleName(tr("Heat temperature"))
        self.unit = QComboBox()
        self.unit.addItem("°C", "c")
        self.unit.addItem("°F", "f")
        self.unit.setAccessibleName(tr("Temperature unit"))
        self.unit.setToolTip(tr("Show temperatures in degrees Celsius or Fahrenheit"))
        self.swap = QSpinBox()
        self.swap.setRange(0, int(SWAP.high) * 10)  # room to type a value the set-up refuses, saying why
        self.swap.setSuffix(tr(" s", "spin box suffix: seconds"))
        self.swap.setAccessibleName(tr("Swap countdown"))
        self.swap.setToolTip(tr("Time to swap between phases; the next phase then starts by itself "
                                "(Space starts it sooner)"))
        self.wait = QCheckBox(tr("Wait for me instead"))
        self.wait.setToolTip(tr("Between phases, wait until you press Space"))

        self.problems: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        rows = (
            (tr("&Cold:"), self.cold_modality, None, "cold_modality"),
            (tr("&Heat:"), self.heat_modality, None, "heat_modality"),
            (tr("&Rounds:"), self.rounds, None, "rounds"),
            (tr("&End on:"), self.end_on, None, "end_on"),
            (tr("C&old phase:"), self.cold_length, None, "cold_s"),
            (tr("H&eat phase:"), self.heat_length, None, "heat_s"),
            (tr("&Temperature:"), self.temperature, self.unit, "heat_temperature_c"),
            (tr("&Swap countdown:"), self.swap, self.wait, "swap_s"),
        )
        for row, (text, field, extra, name) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            holder = QHBoxLayout()
            holder.addWidget(field)
            if extra is not None:
                holder.addWidget(extra)
            holder.addStretch(1)
            grid.addLayout(holder, row, 1)
            problem = QLabel()
            problem.setObjectName("problem")
            problem.setWordWrap(True)
            grid.addWidget(problem, row, 2)
            self.problems[name] = problem
            if isinstance(field, QComboBox):
                field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.itemText(1)) + 48)
            else:
                field.setMinimumWidth(120)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(2, 260)

        self.heat_note = QLabel()
        self.heat_note.setObjectName("heatNote")
        self.heat_note.setWordWrap(True)
        self.timeline = PhaseTimeline()
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setFont(scaled_font(self.total_label, 1.2))
        self.back_button = QPushButton(tr("Back"))
        self.back_button.clicked.connect(self.backRequested)
        self.start_button = primary_button(tr("Start"))
        self.start_button.setToolTip(tr("Start the contrast session (Enter)"))
        self.start_button.clicked.connect(self._start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.start_button)

        layout = page_layout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.window_note)
        layout.addLayout(grid)
        layout.addWidget(self.heat_note)
        layout.addStretch(1)
        layout.addWidget(self.timeline)
        layout.addLayout(buttons)

        for combo in (self.cold_modality, self.heat_modality, self.end_on):
            combo.currentIndexChanged.connect(self._refresh)
        for box in (self.rounds, self.swap):
            box.valueChanged.connect(self._refresh)
        self.temperature.valueChanged.connect(self._refresh)
        for edit in (self.cold_length, self.heat_length):
            edit.timeChanged.connect(self._refresh)
        self.wait.toggled.connect(self._refresh)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def _time_edit(self, tip: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("mm:ss")
        edit.setTimeRange(QTime(0, 0, 0), QTime(0, 59, 59))
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        return edit

    # -- filling in and reading back ------------------------------------------

    def show_plan(self, plan: ContrastPlan, *, unit: str, wait: bool, routine_id: str = "contrast",
                  name: str = "Contrast therapy") -> None:
        """Fill the fields from ``plan`` (out-of-bounds values are shown with their reasons)."""
        self._loading = True
        self._routine_id, self._routine_name = routine_id, name
        self.heading.setText(routine_text(name))
        self.cold_modality.setCurrentIndex(self.cold_modality.findData(plan.cold_modality))
        self.heat_modality.setCurrentIndex(self.heat_modality.findData(plan.heat_modality))
        self.rounds.setValue(plan.rounds)
        self.end_on.setCurrentIndex(self.end_on.findData(plan.end_on))
        self.set_phase_seconds(self.cold_length, plan.cold_s)
        self.set_phase_seconds(self.heat_length, plan.heat_s)
        self.swap.setValue(round(plan.swap_s))
        self.wait.setChecked(wait)
        self._unit = unit
        self.unit.setCurrentIndex(self.unit.findData(unit))
        self._set_temperature_range()
        self.temperature.setValue(fahrenheit(plan.heat_temperature_c) if unit == "f"
                                  else plan.heat_temperature_c)
        self._loading = False
        self._refresh()
        self.start_button.setFocus()

    @staticmethod
    def set_phase_seconds(edit: QTimeEdit, seconds: float) -> None:
        whole = max(0, min(59 * 60 + 59, round(seconds)))
        edit.setTime(QTime(0, whole // 60, whole % 60))

    def plan(self) -> ContrastPlan:
        degrees = self.temperature.value()
        return ContrastPlan(
            cold_modality=ColdModality(self.cold_modality.currentData()),
            heat_modality=HeatModality(self.heat_modality.currentData()),
            rounds=self.rounds.value(),
            end_on=EndOn(self.end_on.currentData()),
            cold_s=float(_seconds(self.cold_length)),
            heat_s=float(_seconds(self.heat_length)),
            heat_temperature_c=round(celsius(degrees) if self._unit == "f" else degrees, 1),
            swap_s=float(self.swap.value()),
        )

    @property
    def wait_for_user(self) -> bool:
        return self.wait.isChecked()

    @property
    def temperature_unit(self) -> str:
        return self._unit

    # -- live checking -------------------------------------------------------------

    def _set_temperature_range(self) -> None:
        # Wide on purpose: an unsafe value is shown with its reason, not clamped away.
        if self._unit == "f":
            self.temperature.setRange(32, 158)
            self.temperature.setSuffix(" °F")
        else:
            self.temperature.setRange(0, 70)
            self.temperature.setSuffix(" °C")

    def _unit_changed(self) -> None:
        unit = self.unit.currentData()
        if unit == self._unit:
            return
        current_c = self.plan().heat_temperature_c
        self._unit = unit
        self._set_temperature_range()
        self.temperature.setValue(fahrenheit(current_c) if unit == "f" else current_c)
        self._refresh()
        if not self._loading:
            self.temperatureUnitChanged.emit(unit)

    def _refresh(self) -> None:
        if self._loading:
            return
        plan = self.plan()
        problems = plan.validate()
        color = warning_color(self.palette()).name()
        for name, label in self.problems.items():
            text = problems.get(name, "")
            label.setText(problem_text(text))
            label.setStyleSheet(f"color: {color};")
            label.setAccessibleDescription(label.text())
        self.cold_modality.setToolTip(message_text(COLD_PHASE[plan.cold_modality].reason))
        self.heat_modality.setToolTip(message_text(HEAT_PHASE[plan.heat_modality].reason))
        self.heat_note.setText(
            tr("⚠ Heat at about %1. If your skin is sensitive, keep it cooler and test it on "
                      "your wrist first, to avoid burns.")
            .replace("%1", temperature_text(plan.heat_temperature_c, self._unit)))
        muted = muted_text(self.palette())
        self.heat_note.setStyleSheet(f"color: {css_rgba(muted)};")
        self.timeline.set_phases(tuple(
            (kind, plan.cold_s if kind is StepKind.COLD else plan.heat_s) for kind in plan.phases()))
        self.start_button.setEnabled(not problems)
        if problems:
            self.total_label.setText(tr("Fix the values marked in red to start."))
        else:
            phases = len(plan.phases())
            self.total_label.setText(
                tr("Total: %1 · %2 phases").replace("%1", clock_text(plan.total_s))
                .replace("%2", str(phases)))

    def routine_identity(self) -> tuple[str, str]:
        return self._routine_id, self._routine_name

    def _start(self) -> None:
        plan = self.plan()
        if plan.valid:
            self.startRequested.emit(plan, self.wait_for_user)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._start()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)



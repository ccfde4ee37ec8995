"""The journal form: soreness on a body map with sliders, the workout, check-offs, warning signs, notes.

Every field is optional and every one is reachable by keyboard: the sliders
are the keyboard path for the body map (all the way left means "not rated").
Distances are entered in the user's unit and returned in km.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QPoint, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.journal import (
    ALL_SIGNS,
    AREAS,
    MAX_DISTANCE_KM,
    MAX_SLEEP_H,
    MAX_WORKOUT_MIN,
    SIDES,
    SORENESS_MAX,
    URGENT_SIGNS,
    WORKOUT_TYPES,
    Journal,
    area_values,
    distance_in,
    km_from,
    side_key,
    split_key,
)
from recoverykit.qt.text import tr
from recoverykit.ui.common.professional import urgent_text
from recoverykit.ui.common.refusing_spin_box import RefusingDoubleSpinBox, RefusingSpinBox
from recoverykit.ui.common.widgets import reserve_wrapped_lines
from recoverykit.ui.journal.body_map import BodyMap
from recoverykit.ui.journal.journal_words import area_text, red_flag_advice, warning_text, workout_text

NOT_RATED = -1


# The narrowest the warning-sign advice gets (pixels), for the lines it reserves.
ADVICE_WIDTH = 600


class JournalEditor(QWidget):
    """Edits one Journal and the session's note; ``journal()`` and ``note()`` read them back.

    ``day`` is the session's day, which a workout's end time (a time of day) belongs to.
    For a logged day (``day_log``) it asks only how the legs feel now (one soreness
    map, kept as "after"), sleep, warning signs, injured areas and a note: no
    before and after, no workout, no check-offs.
    """

    #: A number outside a field's range was typed and not used; the message says so.
    refused = Signal(str)

    def __init__(self, day: date, distance_unit: str = "km", parent: QWidget | None = None,
                 day_log: bool = False) -> None:
        super().__init__(parent)
        self._unit = distance_unit
        self._day = day
        self._soreness: dict[str, dict[str, int]] = {"before": {}, "after": {}}
        self._phase = "after"

        self.before_button = QRadioButton(tr("&Before the session"))
        self.after_button = QRadioButton(tr("&After the session"))
        self.after_button.setChecked(True)
        phases = QButtonGroup(self)
        for button in (self.before_button, self.after_button):
            phases.addButton(button)
            button.toggled.connect(self._phase_changed)
        self.body_map = BodyMap()
        self.body_map.areaClicked.connect(self._map_clicked)
        self.body_map.areaChosen.connect(self.choose_value)
        self.picker: QMenu | None = None
        self.sliders: dict[str, QSlider] = {}
        self._value_labels: dict[str, QLabel] = {}
        sliders = QGridLayout()
        sliders.setColumnStretch(1, 1)
        for row, area in enumerate(AREAS):
            label = QLabel(area_text(area))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(NOT_RATED, SORENESS_MAX)
            slider.setPageStep(2)
            slider.setValue(NOT_RATED)
            slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            slider.setAccessibleName(tr("%1 soreness").replace("%1", area_text(area)))
            slider.setAccessibleDescription(tr("0 is none, 10 is the worst; all the way left is not rated; "
                                               "keys 0 to 9 set a value at once, End sets 10"))
            slider.installEventFilter(self)
            label.setBuddy(slider)
            value = QLabel()
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(tr("not rated")) + 8)
            slider.valueChanged.connect(lambda v, a=area: self._slider_moved(a, v))
            slider.sliderPressed.connect(lambda a=area: self.body_map.set_selected(a))
            self.sliders[area], self._value_labels[area] = slider, value
            sliders.addWidget(label, row, 0)
            sliders.addWidget(slider, row, 1)
            sliders.addWidget(value, row, 2)
            self._show_value(area, NOT_RATED)
        soreness_box = QGroupBox(tr("Soreness (0 none, 10 worst)"))
        soreness_layout = QHBoxLayout(soreness_box)
        left = QVBoxLayout()
        phase_row = QHBoxLayout()
        phase_row.addWidget(self.before_button)
        phase_row.addWidget(self.after_button)
        phase_row.addStretch(1)
        left.addLayout(phase_row)
        left.addLayout(sliders)
        left.addStretch(1)
        soreness_layout.addWidget(self.body_map, 2)
        soreness_layout.addLayout(left, 3)

        self.workout_type = QComboBox()
        self.workout_type.addItem(tr("Not given"), None)
        for kind in WORKOUT_TYPES:
            self.workout_type.addItem(workout_text(kind), kind)
        self.distance = RefusingDoubleSpinBox()
        self.distance.setRange(0, distance_in(MAX_DISTANCE_KM, distance_unit))
        self.distance.setDecimals(2)
        self.distance.setSingleStep(0.5)
        self.distance.setSpecialValueText(tr("not given"))
        self.distance.setSuffix(tr(" mi") if distance_unit == "mi" else tr(" km"))
        self.duration = RefusingSpinBox()
        self.duration.setRange(0, MAX_WORKOUT_MIN)
        self.duration.setSpecialValueText(tr("not given"))
        self.duration.setSuffix(tr(" min"))
        self.rpe = RefusingSpinBox()
        self.rpe.setRange(0, 10)
        self.rpe.setSpecialValueText(tr("not given"))
        self.rpe.setToolTip(tr("Rate of perceived exertion: 1 very easy, 10 all-out"))
        self.ended_known = QCheckBox(tr("I know when it &ended"))
        self.ended_at = QTimeEdit()
        self.ended_at.setDisplayFormat("HH:mm")
        self.ended_at.setEnabled(False)
        self.ended_known.toggled.connect(self.ended_at.setEnabled)
        ended_row = QHBoxLayout()
        ended_row.addWidget(self.ended_known)
        ended_row.addWidget(self.ended_at, 1)
        workout_box = QGroupBox(tr("The workout"))
        workout = QFormLayout(workout_box)
        workout.addRow(tr("&Type"), self.workout_type)
        workout.addRow(tr("&Distance"), self.distance)
        workout.addRow(tr("D&uration"), self.duration)
        workout.addRow(tr("Effort (&RPE 1–10)"), self.rpe)
        workout.addRow(ended_row)
        for field, name in ((self.workout_type, tr("Workout type")), (self.distance, tr("Distance")),
                            (self.duration, tr("Workout duration")), (self.rpe, tr("Effort, RPE 1 to 10")),
                            (self.ended_at, tr("Time the workout ended"))):
            field.setAccessibleName(name)

        self.hydrated = QCheckBox(tr("Drank water or an &electrolyte drink"))
        self.refuelled = QCheckBox(tr("Ate &carbs with some protein (about 20 g) soon after"))
        self.refuelled.setToolTip(tr("Within half an hour or so tends to help; a guide, not a rule"))
        self.sleep = RefusingDoubleSpinBox()
        self.sleep.setRange(0, MAX_SLEEP_H)
        self.sleep.setDecimals(1)
        self.sleep.setSingleStep(0.5)
        self.sleep.setSpecialValueText(tr("not given"))
        self.sleep.setSuffix(tr(" h"))
        self.sleep.setAccessibleName(tr("Hours slept last night"))
        care_box = QGroupBox(tr("Looking after yourself"))
        care = QFormLayout(care_box)
        care.addRow(self.hydrated)
        care.addRow(self.refuelled)
        care.addRow(tr("&Slept last night"), self.sleep)
        self.warnings: dict[str, QCheckBox] = {}
        warn_box = QGroupBox(tr("Anything that worries you?"))
        warn = QVBoxLayout(warn_box)
        for sign in ALL_SIGNS:
            box = QCheckBox(warning_text(sign))
            self.warnings[sign] = box
            warn.addWidget(box)
            box.toggled.connect(self._show_advice)
        # Areas hurt in a fall, a twist or a knock, or swollen: no heat, massage or rolling there for 72 h.
        self.injured: dict[str, QCheckBox] = {}
        injured_box = QGroupBox(tr("Injured or swollen (a fall, a twist, a knock)"))
        injured_grid = QGridLayout(injured_box)
        for number, area in enumerate(AREAS):
            box = QCheckBox(area_text(area))
            box.setAccessibleName(tr("Injured or swollen: %1").replace("%1", area_text(area)))
            self.injured[area] = box
            injured_grid.addWidget(box, number // 2, number % 2)
            box.toggled.connect(self._show_advice)
        injured_grid.setRowStretch((len(AREAS) + 1) // 2, 1)  # spare height below the boxes, not between
        self.injured_box = injured_box
        # Ticking a sign shows the advice right there, not only later in History.
        self.advice = reserve_wrapped_lines(QLabel("⚠ " + red_flag_advice()), ADVICE_WIDTH)
        self.advice.setObjectName("warningAdvice")
        self.advice.setAccessibleName(tr("Advice"))
        self.advice.hide()

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setPlaceholderText(tr("e.g. calves tight, left hamstring better than yesterday"))
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        notes_label = QLabel(tr("&Notes"))
        notes_label.setBuddy(self.notes)

        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(workout_box)
        left.addWidget(self.injured_box)
        lower.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(care_box)
        right.addWidget(warn_box)
        lower.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(soreness_box, 1)
        layout.addLayout(lower)
        layout.addWidget(self.advice)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        if day_log:
            for widget in (self.before_button, self.after_button, workout_box, self.hydrated, self.refuelled):
                widget.hide()
            soreness_box.setTitle(tr("How sore is it now? (0 none, 10 worst)"))
            self.notes.setPlaceholderText(tr("e.g. rest day; calves tight on the stairs, left hamstring better"))
        for box in (self.distance, self.duration, self.rpe, self.sleep):
            box.refused.connect(self.refused)
        # Tab goes down the right column before the injured areas, then to the notes.
        chain = [self.ended_known, self.hydrated, self.refuelled, self.sleep, *self.warnings.values(),
                 *self.injured.values(), self.notes]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_advice(self) -> None:
        urgent = any(self.warnings[sign].isChecked() for sign in URGENT_SIGNS)
        self.advice.setText("⚠ " + (urgent_text() if urgent else red_flag_advice()))
        self.advice.setVisible(any(box.isChecked() for box in (*self.warnings.values(), *self.injured.values())))

    # -- reading and writing ------------------------------------------------

    def set_journal(self, journal: Journal | None, note: str, day: date) -> None:
        journal = journal or Journal()
        self._day = day
        self._soreness = {"before": dict(journal.soreness_before), "after": dict(journal.soreness_after)}
        if self._phase == "after" and not self._soreness["after"] and self._soreness["before"]:
            self._soreness["after"] = dict(self._soreness["before"])  # After starts from Before
        self._load_phase()
        index = self.workout_type.findData(journal.workout_type)
        self.workout_type.setCurrentIndex(max(0, index))
        self.distance.setValue(distance_in(journal.distance_km, self._unit) if journal.distance_km else 0)
        self.duration.setValue(journal.workout_min or 0)
        self.rpe.setValue(journal.rpe or 0)
        self.ended_known.setChecked(journal.workout_ended_at is not None)
        if journal.workout_ended_at is not None:
            ended = journal.workout_ended_at.astimezone()
            self.ended_at.setTime(QTime(ended.hour, ended.minute))
        self.hydrated.setChecked(journal.hydrated)
        self.refuelled.setChecked(journal.refuelled)
        self.sleep.setValue(journal.sleep_h or 0)
        for sign, box in self.warnings.items():
            box.setChecked(sign in journal.warning_signs)
        for area, box in self.injured.items():
            box.setChecked(area in journal.injured_areas)
        self.notes.setPlainText(note)

    def journal(self) -> Journal:
        ended = None
        if self.ended_known.isChecked():
            chosen = self.ended_at.time()
            ended = datetime.combine(self._day, time(chosen.hour(), chosen.minute())).astimezone()
        distance = self.distance.value()
        return Journal(
            soreness_before=dict(self._soreness["before"]), soreness_after=dict(self._soreness["after"]),
            workout_type=self.workout_type.currentData(),
            distance_km=round(km_from(distance, self._unit), 3) if distance > 0 else None,
            workout_min=self.duration.value() or None, rpe=self.rpe.value() or None,
            workout_ended_at=ended, hydrated=self.hydrated.isChecked(),
            refuelled=self.refuelled.isChecked(), sleep_h=self.sleep.value() or None,
            warning_signs=tuple(sign for sign, box in self.warnings.items() if box.isChecked()),
            injured_areas=tuple(area for area, box in self.injured.items() if box.isChecked()))

    def note(self) -> str:
        return self.notes.toPlainText().strip()

    # -- soreness -------------------------------------------------------------

    @Slot(bool)
    def _phase_changed(self, _checked: bool) -> None:
        self._phase = "before" if self.before_button.isChecked() else "after"
        if self._phase == "after" and not self._soreness["after"] and self._soreness["before"]:
            # After starts from Before: change only what changed.
            self._soreness["after"] = dict(self._soreness["before"])
        self._load_phase()

    def set_phase(self, phase: str) -> None:
        """Show "before" or "after" (the soreness that the map and the sliders edit)."""
        (self.before_button if phase == "before" else self.after_button).setChecked(True)

    @Slot(str, QPoint)
    def choose_value(self, area: str, where: QPoint) -> QMenu:
        """The 0-10 picker for ``area``, opened at ``where``: one click sets any value."""
        if self.picker is not None:
            self.picker.close()
            self.picker.deleteLater()
        menu = QMenu(self)
        menu.setTitle(area_text(area))
        menu.setAccessibleName(tr("%1 soreness").replace("%1", area_text(area)))
        values = self._soreness[self._phase]
        current = values.get(area, NOT_RATED)
        for value in (NOT_RATED, *range(SORENESS_MAX + 1)):
            action = menu.addAction(tr("not rated") if value == NOT_RATED else str(value))
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _on=False, a=area, v=value: self._set_both(a, v))
        menu.addSeparator()
        for side, title in (("left", tr("Left side only")), ("right", tr("Right side only"))):
            sub = menu.addMenu(title)
            chosen = values.get(side_key(area, side), NOT_RATED)
            for value in (NOT_RATED, *range(SORENESS_MAX + 1)):
                action = sub.addAction(tr("not rated") if value == NOT_RATED else str(value))
                action.setCheckable(True)
                action.setChecked(value == chosen)
                action.triggered.connect(lambda _on=False, a=area, s=side, v=value: self.set_side(a, s, v))
        self.body_map.set_selected(area)
        self.picker = menu
        menu.popup(where)
        return menu

    def _set_both(self, area: str, value: int) -> None:
        slider = self.sliders[area]
        if slider.value() == value:  # the same number, but sides were apart: make them one
            self._slider_moved(area, value)
        else:
            slider.setValue(value)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # On a focused area's slider, a digit sets that value at once (End gives 10).
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QSlider):
            text = event.text()
            if len(text) == 1 and text.isdigit():
                watched.setValue(int(text))
                return True
        return super().eventFilter(watched, event)

    def _load_phase(self) -> None:
        values = self._soreness[self._phase]
        by_area = area_values(values)
        for area, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(by_area.get(area, NOT_RATED))
            slider.blockSignals(False)
            self._show_value(area, by_area.get(area, NOT_RATED))
        self.body_map.set_values(values)

    def _slider_moved(self, area: str, value: int) -> None:
        """The slider rates both sides as one: any value for one side only is replaced."""
        values = self._soreness[self._phase]
        for side in SIDES:
            values.pop(side_key(area, side), None)
        if value == NOT_RATED:
            values.pop(area, None)
        else:
            values[area] = value
        self._show_value(area, value)
        self.body_map.set_values(values)
        self.body_map.set_selected(area)

    def set_side(self, area: str, side: str, value: int) -> None:
        """Rate one side of ``area`` (NOT_RATED clears it): "left hamstring better" as a value."""
        values = self._soreness[self._phase]
        both = values.pop(area, None)
        other = side_key(area, "right" if side == "left" else "left")
        if both is not None and other not in values:
            values[other] = both  # the side not chosen keeps what both sides had
        if value == NOT_RATED:
            values.pop(side_key(area, side), None)
        else:
            values[side_key(area, side)] = value
        shown = area_values({key: v for key, v in values.items() if split_key(key)[0] == area}).get(area, NOT_RATED)
        slider = self.sliders[area]
        slider.blockSignals(True)
        slider.setValue(shown)
        slider.blockSignals(False)
        self._show_value(area, shown)
        self.body_map.set_values(values)
        self.body_map.set_selected(area)

    def _show_value(self, area: str, value: int) -> None:
        values = self._soreness[self._phase]
        sides = [values.get(side_key(area, side)) for side in SIDES]
        if any(v is not None for v in sides):
            text = tr("L %1 · R %2").replace("%1", "–" if sides[0] is None else str(sides[0])).replace(
                "%2", "–" if sides[1] is None else str(sides[1]))
        else:
            text = tr("not rated") if value == NOT_RATED else str(value)
        self._value_labels[area].setText(text)

    @Slot(str, int)
    def _map_clicked(self, key: str, step: int) -> None:
        area, side = split_key(key)
        if side is not None:
            current = self._soreness[self._phase].get(key, NOT_RATED)
            self.set_side(area, side, max(NOT_RATED, min(SORENESS_MAX, current + step)))
            return
        slider = self.sliders[area]
        current = slider.value()
        if step > 0:
            slider.setValue(0 if current == NOT_RATED else min(SORENESS_MAX, current + 1))
        else:
            slider.setValue(max(NOT_RATED, current - 1))
        slider.setFocus()

"""Before starting: the routine's steps and total time, adjustable for this run."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from recoverykit.core.guidance import MAX_STEP_S, StepKind
from recoverykit.core.routine import Routine
from recoverykit.core.step_rules import step_limit
from recoverykit.core.timing import SessionTiming, session_length
from recoverykit.qt.messages import message_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, kind_text, tr
from recoverykit.ui.common.widgets import (
    page_heading,
    page_layout,
    primary_button,
    scaled_font,
)
from recoverykit.ui.session.illustration import illustration_pixmap


def step_range(step) -> tuple[int, int]:
    """The whole seconds a step may be set to, from its row of the limits table (core/limits.py)."""
    limit = step_limit(step.kind, step.modality)
    low = int(limit.plan_min_s) if limit.plan_min_s is not None else 5
    high = int(limit.plan_max_s) if limit.plan_max_s is not None else MAX_STEP_S
    return low, high


class PreviewPage(QWidget):
    """Lists a routine's steps; durations and gaps can be changed for this run only.

    Signals:
        startRequested(object, object): the adjusted Routine and SessionTiming.
        backRequested(): return to the routine list.
    """

    startRequested = Signal(object, object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routine: Routine | None = None
        self._timing = SessionTiming()
        self.heading = page_heading()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.heart_rate_label = QLabel()  # the active-recovery band, when the routine has such a step
        self.heart_rate_label.setObjectName("heartRate")
        self.heart_rate_label.setWordWrap(True)
        self.heart_rate_label.hide()

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Step"), tr("Kind"), tr("Sides"), tr("Seconds (each side)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(tr("Steps"))
        self.table.setTabKeyNavigation(False)

        self.get_ready = self._seconds_box(0, 30, tr("Get-ready countdown before the first step"))
        self.switch_sides = self._seconds_box(0, 30, tr("Pause to switch sides"))
        self.change_position = self._seconds_box(0, 30, tr("Pause to get into the next position"))
        form = QHBoxLayout()
        form.setSpacing(8)
        for text, box in ((tr("&Get ready:"), self.get_ready), (tr("S&witch sides:"), self.switch_sides),
                          (tr("&Between steps:"), self.change_position)):
            label = QLabel(text)
            label.setBuddy(box)
            box.setFixedWidth(box.fontMetrics().horizontalAdvance("000 s") + 48)
            form.addWidget(label)
            form.addWidget(box)
            form.addSpacing(16)
        form.addStretch(1)

        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setFont(scaled_font(self.total_label, 1.2))
        self.back_button = QPushButton(tr("Back"))
        self.back_button.clicked.connect(self.backRequested)
        self.start_button = primary_button(tr("Start"), tr("Start the routine (Enter)"))
        self.start_button.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addWidget(self.total_label, 1)
        row.addWidget(self.back_button)
        row.addWidget(self.start_button)

        layout = page_layout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(self.heart_rate_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)

    def _seconds_box(self, low: int, high: int, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(tr(" s", "spin box suffix: seconds"))
        box.setToolTip(tip)
        box.setAccessibleName(tip)
        box.valueChanged.connect(self._update_total)
        return box

    def set_heart_rate_hint(self, text: str) -> None:
        self.heart_rate_label.setText(text)
        self._show_heart_rate()

    def _show_heart_rate(self) -> None:
        active = self._routine is not None and any(s.kind is StepKind.ACTIVE for s in self._routine.steps)
        self.heart_rate_label.setVisible(active and bool(self.heart_rate_label.text()))

    def show_routine(self, routine: Routine, timing: SessionTiming) -> None:
        self._routine = routine
        self._show_heart_rate()
        self._timing = timing
        self.heading.setText(routine_text(routine.name))
        self.description.setText(routine_text(routine.description))
        self.table.setRowCount(len(routine.steps))
        for row, step in enumerate(routine.steps):
            name = QTableWidgetItem(routine_text(step.name))
            source = ("\n\n" + step.source) if step.source else ""  # a citation, kept as written
            name.setToolTip(routine_text(step.instruction) + source)
            pixmap = illustration_pixmap(step.illustration, self.palette().color(QPalette.ColorRole.Text), 48)
            if pixmap is not None:
                name.setIcon(QIcon(pixmap))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(kind_text(step.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(tr("left, right") if step.sides else ""))
            low, high = step_range(step)
            box = QSpinBox()
            box.setRange(low, high)
            box.setValue(round(step.duration_s))
            box.setSuffix(tr(" s", "spin box suffix: seconds"))
            reason = message_text(step_limit(step.kind, step.modality).plan_reason())
            box.setToolTip(tr("%1 to %2 s: %3").replace("%1", str(low)).replace("%2", str(high))
                           .replace("%3", reason))
            box.setAccessibleName(tr("Seconds for %1").replace("%1", routine_text(step.name)))
            box.valueChanged.connect(self._update_total)
            self.table.setCellWidget(row, 3, box)
        self.table.setIconSize(QSize(48, 48))
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for box, value in ((self.get_ready, timing.get_ready_s), (self.switch_sides, timing.switch_sides_s),
                           (self.change_position, timing.change_position_s)):
            box.blockSignals(True)
            box.setValue(round(value))
            box.blockSignals(False)
        self._update_total()
        self.start_button.setFocus()

    def duration_box(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, 3)

    def adjusted(self) -> tuple[Routine, SessionTiming]:
        assert self._routine is not None
        steps = tuple(
            dataclasses.replace(step, duration_s=float(self.duration_box(row).value()))
            for row, step in enumerate(self._routine.steps)
        )
        routine = dataclasses.replace(self._routine, steps=steps)
        timing = dataclasses.replace(
            self._timing,
            get_ready_s=float(self.get_ready.value()),
            switch_sides_s=float(self.switch_sides.value()),
            change_position_s=float(self.change_position.value()),
        )
        return routine, timing

    def _update_total(self) -> None:
        if self._routine is None:
            return
        routine, timing = self.adjusted()
        self.total_label.setText(tr("Total: %1").replace("%1", clock_text(session_length(routine, timing))))

    def _start(self) -> None:
        if self._routine is not None:
            self.startRequested.emit(*self.adjusted())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._start()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)

"""The Workouts tab of History: every imported workout, its detail, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverykit.qt.text import tr
from recoverykit.ui.session.illustration import illustration_pixmap
from recoverykit.ui.workouts.workout_text import distance_text, duration_text, sentence_start, sport_word, when_text
from recoverykit.workouts.model import Workout

_WORKOUT_ROLE = Qt.ItemDataRole.UserRole + 1
# The line drawing that stands for each sport (the routines' own illustrations); none for the rest.
SPORT_ILLUSTRATIONS = {"running": "butt-kicks", "trail_running": "butt-kicks", "walking": "easy-walk",
                       "hiking": "easy-walk", "cycling": "easy-cycle", "strength": "squats"}


def columns() -> list[str]:
    return [tr("Sport"), tr("Date"), tr("Distance"), tr("Time"), tr("Avg HR"), tr("Max HR")]


class WorkoutsTab(QWidget):
    """Lists workouts newest first; Delete (with Undo) and the detail of the selected one.

    Signals:
        deleteRequested(object): the Workout to delete.
        undoRequested(object): the Workout to put back.
    """

    deleteRequested = Signal(object)
    undoRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns()))
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setAccessibleName(tr("Workouts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(tr("No workouts yet. Import the files from your watch with Data → Import "
                               "workouts… or drop them on the window."))
        self.empty.setWordWrap(True)
        self.delete_button = QPushButton(tr("&Delete workout"))
        self.undo_button = QPushButton(tr("&Undo delete"))
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._deleted: list[Workout] = []
        self._unit = "km"
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.delete_button.clicked.connect(self._delete)
        self.undo_button.clicked.connect(self._undo)

    def render(self, workouts: list[Workout], unit: str = "km", keep: int | None = None) -> None:
        """Show ``workouts``; keep the selection on ``keep`` (an id) or the row it was on."""
        self._unit = unit
        row_before = self.table.currentRow()
        keep = keep if keep is not None else (self.selected().id if self.selected() else None)
        self.table.setRowCount(len(workouts))
        self.table.setIconSize(QSize(32, 32))
        ink = self.palette().color(QPalette.ColorRole.Text)
        icons = {}
        selected_row = None
        for row, workout in enumerate(workouts):
            sport = sentence_start(sport_word(workout.sport))
            cells = [sport, when_text(workout), distance_text(workout.distance_m, unit),
                     duration_text(workout.duration_s), str(workout.avg_hr or "—"), str(workout.max_hr or "—")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_WORKOUT_ROLE, workout)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    if workout.sport not in icons:
                        pixmap = illustration_pixmap(SPORT_ILLUSTRATIONS.get(workout.sport), ink, 32)
                        if pixmap is None:  # a blank of the same size keeps the sport names in line
                            pixmap = QPixmap(32, 32)
                            pixmap.fill(Qt.GlobalColor.transparent)
                        icons[workout.sport] = QIcon(pixmap)
                    item.setIcon(icons[workout.sport])
                self.table.setItem(row, column, item)
            if workout.id == keep:
                selected_row = row
        if selected_row is None and workouts:
            selected_row = min(max(row_before, 0), len(workouts) - 1)
        if selected_row is not None:
            self.table.selectRow(selected_row)
        self.empty.setVisible(not workouts)
        self.table.setVisible(bool(workouts))
        self.delete_button.setEnabled(bool(workouts))
        self._show_detail()

    def selected(self) -> Workout | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(_WORKOUT_ROLE) if item is not None else None

    def deleted(self, workout: Workout) -> None:
        """The window deleted ``workout``: it can be undone."""
        self._deleted.append(workout)
        self.undo_button.setEnabled(True)

    def restored(self, workout: Workout) -> None:
        if workout in self._deleted:
            self._deleted.remove(workout)
        self.undo_button.setEnabled(bool(self._deleted))

    @Slot()
    def _show_detail(self) -> None:
        workout = self.selected()
        if workout is None:
            self.detail.clear()
            return
        lines = [tr("%1 from %2 (%3)").replace("%1", sentence_start(sport_word(workout.sport)))
                 .replace("%2", workout.source_file).replace("%3", workout.source_format.upper())]
        if workout.ascent_m is not None:
            lines.append(tr("Climb %1 m, descent %2 m").replace("%1", f"{workout.ascent_m:.0f}")
                         .replace("%2", f"{workout.descent_m or 0:.0f}"))
        if workout.moving_s is not None and workout.duration_s and workout.moving_s < workout.duration_s - 30:
            lines.append(tr("Moving %1 of %2").replace("%1", duration_text(workout.moving_s))
                         .replace("%2", duration_text(workout.duration_s)))
        for leg in workout.legs:
            lines.append("  " + tr("%1: %2, %3").replace("%1", sentence_start(sport_word(leg.sport)))
                         .replace("%2", duration_text(leg.duration_s))
                         .replace("%3", distance_text(leg.distance_m, self._unit)))
        lines += [f"  {note}" for note in workout.notes]
        self.detail.setText("\n".join(lines))

    @Slot()
    def _delete(self) -> None:
        workout = self.selected()
        if workout is not None:
            self.deleteRequested.emit(workout)

    @Slot()
    def _undo(self) -> None:
        if self._deleted:
            self.undoRequested.emit(self._deleted[-1])

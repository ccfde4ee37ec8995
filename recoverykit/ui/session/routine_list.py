"""The home page: the routines to choose from, with their length, and Start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from recoverykit.core.library import RoutineLibrary
from recoverykit.core.routine import Routine
from recoverykit.core.timing import SessionTiming, session_length
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import about_words, tr
from recoverykit.ui.common.theme import kind_color, muted_text
from recoverykit.ui.common.widgets import page_heading, page_layout, primary_button

_ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1


class _RoutineDelegate(QStyledItemDelegate):
    """Two lines per routine: the name in bold, then length and description.

    The item's panel (selection, focus, hover) is Qt's own; this draws the text on it. QStyle
    is never named here: PySide6 builds a Python enum for each of its hundreds of values the
    first time it is, which cost the first paint about 5 ms and every session 0.3 MB.
    """

    def meta(self, routine: Routine) -> str:
        """"about 22 min · 9 steps": the session's length with the current gaps, and its steps."""
        meta = (tr("%1 · %2", "length · steps").replace("%1", about_words(session_length(routine, self._timing())))
                .replace("%2", tr("%n steps", "routine length", len(routine.steps))))
        return meta if routine.builtin else tr("%1 · yours", "a routine the user made").replace("%1", meta)

    def __init__(self, timing: Callable[[], SessionTiming], parent=None) -> None:
        super().__init__(parent)
        self._timing = timing

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(400, int(line * 3.6) + 16)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the panel only: paint() draws the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        routine: Routine = index.data(_ROUTINE_ROLE)
        super().paint(painter, option, index)
        rect = option.rect.adjusted(18, 8, -14, -8)
        view = self.parent()
        selected = view is not None and view.selectionModel().isSelected(index)
        palette = option.palette
        painter.save()
        swatch = QRect(rect.left() - 10, rect.top() + 4, 4, rect.height() - 8)
        painter.fillRect(swatch, kind_color(routine.steps[0].kind, palette))
        title = QFont(option.font)
        title.setPointSizeF(title.pointSizeF() * 1.2)
        title.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title)
        text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        title_height = int(option.fontMetrics.height() * 1.5)
        painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         routine_text(routine.name))
        painter.setFont(option.font)
        if not selected:
            painter.setPen(muted_text(palette))
        meta = self.meta(routine)
        body = rect.adjusted(4, title_height, 0, 0)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap,
                         tr("%1  —  %2", "meta  —  description").replace("%1", meta)
                         .replace("%2", routine_text(routine.description)))
        painter.restore()


class RoutineListPage(QWidget):
    """Lists the routines; Start (or Enter, or a double-click) starts the chosen one.

    Signals:
        startRequested(str): the id of the routine to start.
    """

    startRequested = Signal(str)

    def __init__(self, library: RoutineLibrary, timing: Callable[[], SessionTiming],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = page_heading(tr("Choose a routine"))
        hint = QLabel(tr("Put the laptop where you can see it from the floor, then press Start."))
        hint.setWordWrap(True)

        self.list = QListWidget()
        self.list.setItemDelegate(_RoutineDelegate(timing, self.list))
        self.list.setAccessibleName(tr("Routines"))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(lambda item: self._start())

        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setObjectName("routineErrors")
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = primary_button(tr("Start"), tr("Start the selected routine (Enter)"))
        self.start_button.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.button_row = row  # other parts (the routine actions) add their buttons here
        self._library = library
        self.refresh()

        layout = page_layout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.errors_label)
        layout.addLayout(row)
        self._layout = layout

    def add_card(self, card: QWidget) -> None:
        """Put a card (e.g. the suggested session after a workout) between the hint and the list."""
        self._layout.insertWidget(self._layout.indexOf(self.list), card)

    def refresh(self, select: str | None = None) -> None:
        """Show the library as it is now; keep (or move to ``select``) the selection."""
        keep = select or self.selected_routine_id()
        self.list.clear()
        for routine in self._library:
            name, description = routine_text(routine.name), routine_text(routine.description)
            label = name if routine.builtin else tr("%1 · yours", "a routine the user made").replace("%1", name)
            item = QListWidgetItem(name)
            item.setData(_ROUTINE_ROLE, routine)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            item.setToolTip(description)
            self.list.addItem(item)
            if routine.id == keep:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        errors = self._library.errors
        if errors:
            lines = "<br>".join(str(error).replace("&", "&amp;").replace("<", "&lt;") for error in errors)
            self.errors_label.setText(tr("Some routine files could not be used:") + "<br>" + lines)
        self.errors_label.setVisible(bool(errors))
        self.start_button.setEnabled(self.list.count() > 0)

    def selected_routine_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ROUTINE_ROLE).id if item else None

    def _start(self) -> None:
        routine_id = self.selected_routine_id()
        if routine_id:
            self.startRequested.emit(routine_id)

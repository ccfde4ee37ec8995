"""A bar of every phase of a contrast session, each as wide as it is long, the current one marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from recoverykit.core.guidance import StepKind
from recoverykit.ui.common.theme import kind_color


class PhaseTimeline(QWidget):
    """Paints the phases as coloured blocks; done ones solid, later ones pale, the current
    one filled as far as it has run and outlined, with a marker above it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: tuple[tuple[StepKind, float], ...] = ()
        self._current: int | None = None
        self._progress = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(30)
        self.setAccessibleName(self.tr("Phases"))

    def sizeHint(self) -> QSize:
        return QSize(600, 34)

    @property
    def current(self) -> int | None:
        return self._current

    @property
    def phases(self) -> tuple[tuple[StepKind, float], ...]:
        return self._phases

    def set_phases(self, phases: tuple[tuple[StepKind, float], ...]) -> None:
        self._phases = tuple(phases)
        self.update()

    def set_position(self, current: int | None, progress: float) -> None:
        """``current``: the index of the phase under way (or coming, during a swap)."""
        progress = min(1.0, max(0.0, progress))
        if current == self._current and abs(progress - self._progress) < 1e-3:
            return
        self._current, self._progress = current, progress
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._phases:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        marker = 8.0
        top, height = marker + 2, self.height() - marker - 4
        total = sum(seconds for _, seconds in self._phases) or 1.0
        usable = self.width() - gap * (len(self._phases) - 1) - 2
        x = 1.0
        for index, (kind, seconds) in enumerate(self._phases):
            width = max(6.0, usable * seconds / total)
            rect = QRectF(x, top, width, height)
            color = kind_color(kind, self.palette())
            pale = QColor(color)
            pale.setAlphaF(0.28)
            done = self._current is not None and index < self._current
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color if done else pale)
            painter.drawRoundedRect(rect, 4, 4)
            if index == self._current:
                if self._progress > 0:
                    painter.setBrush(color)
                    painter.drawRoundedRect(QRectF(x, top, width * self._progress, height), 4, 4)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.palette().windowText().color(), 2))
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.palette().windowText().color())
                cx = x + width / 2
                painter.drawPolygon(QPolygonF([QPointF(cx - marker / 1.4, 0), QPointF(cx + marker / 1.4, 0),
                                               QPointF(cx, marker)]))
            x += width + gap
        painter.end()

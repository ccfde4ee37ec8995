"""Painted kind icons, a snowflake (cold) and rising warmth (heat): no font or file needed.

Which kind gets which icon is in the UI's kind table (qt/kind_look.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recoverykit.core.guidance import StepKind
from recoverykit.qt.kind_look import KIND_LOOKS


def paint_kind_icon(painter: QPainter, kind: StepKind, center: QPointF, size: float, color: QColor) -> None:
    """Draw the kind's icon ``size`` pixels across, centred on ``center``; nothing for a kind without one."""
    icon = KIND_LOOKS[kind].icon
    if icon is None:
        return
    pen = QPen(color, max(1.5, size * 0.08))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = size / 2
    if icon == "snowflake":
        for k in range(6):
            angle = math.pi / 3 * k
            tip = QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))
            painter.drawLine(center, tip)
            for side in (-1, 1):  # two small branches on each arm
                base = QPointF(center.x() + 0.55 * r * math.cos(angle), center.y() + 0.55 * r * math.sin(angle))
                branch = angle + side * math.pi / 4
                painter.drawLine(base, QPointF(base.x() + 0.32 * r * math.cos(branch),
                                               base.y() + 0.32 * r * math.sin(branch)))
        return
    for offset in (-0.55, 0.0, 0.55):  # three wavy lines of rising warmth
        x = center.x() + offset * r
        path = QPainterPath(QPointF(x, center.y() + r))
        steps = 24
        for i in range(1, steps + 1):
            t = i / steps
            path.lineTo(QPointF(x + 0.16 * r * math.sin(t * 2 * math.pi * 1.5), center.y() + r - 2 * r * t))
        painter.drawPath(path)


class KindIcon(QWidget):
    """A square cold or heat icon in the kind's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = StepKind.COLD
        self._color = QColor("#2a7ab0")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(56, 56)

    @property
    def kind(self) -> StepKind:
        return self._kind

    def set_kind(self, kind: StepKind, color: QColor) -> None:
        if kind != self._kind or color != self._color:
            self._kind, self._color = kind, QColor(color)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        paint_kind_icon(painter, self._kind, QPointF(self.rect().center()), side * 0.8, self._color)
        painter.end()

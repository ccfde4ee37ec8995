"""The countdown ring: remaining time, large, inside a progress circle."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import muted_text, track_color


class CountdownRing(QWidget):
    """Paints a ring that fills as a phase passes, the time left inside it.

    It repaints only when its values change (once per displayed second). The
    track (the full grey circle) is drawn once into a pixmap for the current size
    and colours: an antialiased thick circle was the dearest part of each second.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0.0
        self._time_text = "0:00"
        self._caption = ""
        self._color = QColor("#2a7ab0")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Time left"))
        # (the circle's place in the pixmap, thickness, colour, device pixel ratio) → the track drawn so.
        self._track: tuple[tuple, QPixmap] | None = None

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_state(self, progress: float, time_text: str, caption: str, color: QColor) -> None:
        progress = min(1.0, max(0.0, progress))
        if (abs(progress - self._progress) < 1e-4 and time_text == self._time_text
                and caption == self._caption and color == self._color):
            return
        self._progress, self._time_text, self._caption, self._color = (
            progress, time_text, caption, QColor(color))
        self.setAccessibleDescription(
            tr("%1 %2", "caption, then time left").replace("%1", caption).replace("%2", time_text).strip())
        self.update()

    @property
    def time_text(self) -> str:
        return self._time_text

    @property
    def caption(self) -> str:
        return self._caption

    def _track_pixmap(self, rect: QRectF, thickness: float) -> tuple[QPoint, QPixmap]:
        """Where to put the grey circle the progress runs along, and the circle, drawn as it would be
        drawn straight onto the widget (the pixmap sits on whole pixels, the circle inside it keeps
        its fraction of a pixel)."""
        color = track_color(self.palette())
        ratio = self.devicePixelRatioF()
        origin = QPoint(math.floor(rect.left() - thickness), math.floor(rect.top() - thickness))
        local = rect.translated(-QPointF(origin))
        key = (local.getRect(), thickness, color.rgba(), ratio)
        if self._track is None or self._track[0] != key:
            size = math.ceil(local.right() + thickness) + 1
            pixmap = QPixmap(math.ceil(size * ratio), math.ceil(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(color, thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawEllipse(local)
            painter.end()
            self._track = (key, pixmap)
        return origin, self._track[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(8.0, side * 0.055)
        rect = QRectF(0, 0, side - thickness, side - thickness)
        rect.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(*self._track_pixmap(rect, thickness))
        pen = QPen(self._color, thickness)
        if self._progress > 0:
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(rect, 90 * 16, -round(self._progress * 360 * 16))
        inner = rect.adjusted(thickness * 1.5, thickness * 1.5, -thickness * 1.5, -thickness * 1.5)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * (0.26 if len(self._time_text) <= 5 else 0.19))))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, self._time_text)
        if self._caption:
            caption_font = QFont(self.font())
            # Never smaller than the system font, so it grows with the user's font size.
            caption_font.setPixelSize(max(QFontInfo(self.font()).pixelSize(), round(side * 0.065)))
            caption_font.setWeight(QFont.Weight.Medium)
            painter.setFont(caption_font)
            painter.setPen(muted_text(self.palette()))
            caption_rect = QRectF(inner.left(), inner.center().y() + side * 0.14,
                                  inner.width(), side * 0.1)
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption.upper())
        painter.end()

"""A front and back body map: each body area tinted by its soreness, with the number on it.

Drawn from resources/body/body-map.svg (an original drawing): the group
``silhouette`` in a muted tone, and one group per area (ids as in
``core.journal.AREAS``), each labelled with its name and value. Pointing at
an area names it with its value; clicking it asks for a value from 0 to 10
(``areaChosen``: the editor shows the picker); a right click lowers it by one.
The sliders beside it are the keyboard path (keys 0-9 set a value at once);
the map only mirrors them, so it takes no keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage, QMouseEvent, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from recoverykit.assets import resource_root
from recoverykit.core.journal import AREAS, SIDES, SORENESS_MAX, side_key
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import is_dark
from recoverykit.ui.common.widgets import scaled_font
from recoverykit.ui.journal.journal_words import area_text


def soreness_color(value: int, palette: QPalette) -> QColor:
    """From a calm green (0) to a strong red (10), readable on the palette's window."""
    hue = round(120 * (1 - value / SORENESS_MAX))
    return QColor.fromHsl(hue, 170, 150 if is_dark(palette) else 120)


class BodyMap(QWidget):
    """Body areas of the front and back; ``values`` maps an area to 0–10 (absent: not rated).

    Signals:
        areaClicked(str, int): an area was clicked; +1 for a left click, -1 for a right click.
    """

    areaClicked = Signal(str, int)
    #: An area was clicked to choose its value: the area and where (global) the picker should open.
    areaChosen = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(str(resource_root() / "body" / "body-map.svg"), self)
        self._values: dict[str, int] = {}
        self._selected: str | None = None
        self._masks: dict[str, QImage] = {}
        self._mask_size = QSize()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(220, 250)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Body map"))
        self.setAccessibleDescription(tr("Front and back of the body with each area's soreness. "
                                         "Use the sliders beside it to change a value."))
        self.setToolTip(tr("Click an area to choose its soreness, right-click to lower it"))

    def sizeHint(self) -> QSize:
        return QSize(300, 345)

    def area_tip(self, area: str) -> str:
        """What pointing at ``area`` says: its name and value."""
        value = self._values.get(area)
        if value is None:
            return tr("%1: not rated (click to rate)").replace("%1", area_text(area))
        return tr("%1: %2 of 10").replace("%1", area_text(area)).replace("%2", str(value))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            area = self.area_at(QPointF(event.pos()))
            QToolTip.showText(event.globalPos(), self.area_tip(area) if area else self.toolTip(), self)
            return True
        return super().event(event)

    def set_values(self, values: dict[str, int]) -> None:
        self._values = dict(values)
        self.update()

    def set_selected(self, area: str | None) -> None:
        self._selected = area
        self.update()

    def _frame(self) -> QRectF:
        box = self._renderer.viewBoxF()
        scale = min(self.width() / box.width(), self.height() / box.height())
        width, height = box.width() * scale, box.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _element_rect(self, element: str) -> QRectF:
        frame, box = self._frame(), self._renderer.viewBoxF()
        scale = frame.width() / box.width()
        bounds = self._renderer.boundsOnElement(element)
        return QRectF(frame.x() + (bounds.x() - box.x()) * scale, frame.y() + (bounds.y() - box.y()) * scale,
                      bounds.width() * scale, bounds.height() * scale)

    def _mask(self, area: str) -> QImage:
        if self._mask_size != self.size():
            self._masks.clear()
            self._mask_size = self.size()
        if area not in self._masks:
            image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            self._renderer.render(painter, area, self._element_rect(area))
            painter.end()
            self._masks[area] = image
        return self._masks[area]

    def area_at(self, point: QPointF) -> str | None:
        x, y = int(point.x()), int(point.y())
        if not (0 <= x < self.width() and 0 <= y < self.height()):
            return None
        return next((area for area in AREAS if self._mask(area).pixelColor(x, y).alpha() > 0), None)

    def _tinted(self, area: str, color: QColor) -> QImage:
        image = QImage(self._mask(area))
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), color)
        painter.end()
        return image

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        silhouette = QColor(palette.color(QPalette.ColorRole.WindowText))
        silhouette.setAlphaF(0.14)
        self._mask("silhouette")
        painter.drawImage(0, 0, self._tinted("silhouette", silhouette))
        font = scaled_font(self, 1.0, QFont.Weight.Bold)
        small = scaled_font(self, 0.78)
        painter.setFont(font)
        for area in AREAS:
            rect = self._element_rect(area)
            value = self._values.get(area)
            if not self._sided(area):
                painter.drawImage(0, 0, self._tinted(area, self._color(area, value, palette)))
            if area == self._selected:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
            badge = self._badge(painter, rect)
            if self._sided(area):
                self._paint_sides(painter, area, rect, palette)
            else:
                self._draw_badge(painter, badge, "–" if value is None else str(value), palette)
            self._label(painter, area, rect, badge, small, palette)
            painter.setFont(font)
        captions = scaled_font(self, 0.9)
        painter.setFont(captions)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        frame = self._frame()
        sides = ((tr("Front", "side of the body"), frame.left()),
                 (tr("Back", "side of the body"), frame.center().x()))
        for text, left in sides:
            height = painter.fontMetrics().height()
            painter.drawText(QRectF(left, frame.bottom() - height, frame.width() / 2, height),
                             Qt.AlignmentFlag.AlignHCenter, text)
        painter.end()

    def _sided(self, area: str) -> bool:
        return any(side_key(area, side) in self._values for side in SIDES)

    def _color(self, area: str, value: int | None, palette: QPalette) -> QColor:
        if value is not None:
            return soreness_color(value, palette)
        color = QColor(palette.color(QPalette.ColorRole.WindowText))
        color.setAlphaF(0.30 if area == self._selected else 0.22)
        return color

    def _badge(self, painter: QPainter, rect: QRectF) -> QRectF:
        badge = QRectF(0, 0, painter.fontMetrics().horizontalAdvance("10") + 8, painter.fontMetrics().height() + 2)
        badge.moveCenter(rect.center())
        return badge

    @staticmethod
    def _draw_badge(painter: QPainter, badge: QRectF, text: str, palette: QPalette) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(badge, 5, 5)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _halves(self, area: str, rect: QRectF) -> list[tuple[str, QRectF]]:
        """(side, half of the area's box) for the picture's left and right halves.

        The front view faces us, so the picture's left half is the person's right; the back view
        is seen from behind, so its left half is the person's left.
        """
        left_half = QRectF(rect.left(), rect.top(), rect.width() / 2, rect.height())
        right_half = QRectF(rect.center().x(), rect.top(), rect.width() / 2, rect.height())
        front = rect.center().x() < self._element_rect("silhouette").center().x()
        return [("right", left_half), ("left", right_half)] if front else [("left", left_half), ("right", right_half)]

    def side_at(self, area: str, point: QPointF) -> str:
        """The person's side of ``area`` under ``point``."""
        return next(side for side, half in self._halves(area, self._element_rect(area))
                    if half.left() <= point.x() <= half.right() + 0.5)

    def _paint_sides(self, painter: QPainter, area: str, rect: QRectF, palette: QPalette) -> None:
        """An area rated side by side: each half in its own colour, with its own number."""
        for side, half in self._halves(area, rect):
            value = self._values.get(side_key(area, side))
            painter.save()
            painter.setClipRect(QRectF(half.left(), 0, half.width(), self.height()))
            painter.drawImage(0, 0, self._tinted(area, self._color(area, value, palette)))
            painter.restore()
            badge = QRectF(0, 0, painter.fontMetrics().horizontalAdvance("10") + 6,
                           painter.fontMetrics().height() + 2)
            badge.moveCenter(half.center())
            self._draw_badge(painter, badge, "–" if value is None else str(value), palette)

    def _label(self, painter: QPainter, area: str, rect: QRectF, badge: QRectF, font: QFont,
               palette: QPalette) -> None:
        """The area's name beside the figure (left of the front, right of the back) with a line to it,
        or under its number when there is no room beside; so the map reads without hovering."""
        painter.setFont(font)
        metrics = painter.fontMetrics()
        name = area_text(area)
        width, height = metrics.horizontalAdvance(name) + 6, metrics.height()
        body = self._element_rect("silhouette")
        front = rect.center().x() < body.center().x()
        room = body.left() - 4 if front else self.width() - body.right() - 4
        ink = QColor(palette.color(QPalette.ColorRole.WindowText))
        if room >= width:
            plate = QRectF(body.left() - 4 - width if front else body.right() + 4, 0, width, height)
            plate.moveTop(rect.center().y() - height / 2)
            line = QColor(ink)
            line.setAlphaF(0.35)
            painter.setPen(line)
            edge = plate.right() if front else plate.left()
            painter.drawLine(QPointF(edge, plate.center().y()),
                             QPointF(badge.left() if front else badge.right(), badge.center().y()))
            painter.setPen(ink)
            painter.drawText(plate, (Qt.AlignmentFlag.AlignRight if front else Qt.AlignmentFlag.AlignLeft)
                             | Qt.AlignmentFlag.AlignVCenter, name)
            return
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, round(max(rect.width() + 28, 56)))
        plate = QRectF(0, 0, metrics.horizontalAdvance(name) + 6, height)
        plate.moveCenter(QPointF(badge.center().x(), badge.bottom() + 1 + height / 2))
        backing = QColor(palette.color(QPalette.ColorRole.Base))
        backing.setAlphaF(0.85)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        painter.drawRoundedRect(plate, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, name)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        area = self.area_at(event.position())
        if area is None:
            super().mousePressEvent(event)
            return
        if event.button() == Qt.MouseButton.RightButton:
            # An area rated side by side is lowered on the side clicked.
            key = side_key(area, self.side_at(area, event.position())) if self._sided(area) else area
            self.areaClicked.emit(key, -1)
        else:
            self.areaChosen.emit(area, event.globalPosition().toPoint())

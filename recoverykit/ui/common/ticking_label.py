"""A line of text that changes every second (a time left), redrawn without a new layout.

A QLabel asks its window to lay everything out again whenever its text
changes, even when the new text takes the same room. On the session page that
meant the whole page (wrapped instructions included) was measured again once
a second, for a clock. ``TickingLabel`` only repaints itself; it asks for a
new layout only when a text no longer fits the room it has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class TickingLabel(QWidget):
    """One line of plain text, drawn like a QLabel's, in the window text colour or ``set_color``'s.

    ``text()`` and ``setText()`` are QLabel's; screen readers get the text as the accessible name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._color: QColor | None = None
        self._alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        if self._text_width() > self.width():
            self.updateGeometry()  # no longer fits: the one case that needs more room
        self.update()

    def set_color(self, color: QColor | None) -> None:
        """Draw in ``color``; None: the palette's window text."""
        if color != self._color:
            self._color = QColor(color) if color is not None else None
            self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def _text_size(self) -> QSize:
        """The room the text takes, measured as a QLabel measures it."""
        return self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), int(self._alignment), self._text).size()

    def _text_width(self) -> int:
        return self._text_size().width()

    def sizeHint(self) -> QSize:
        return QSize(self._text_width(), max(self._text_size().height(), self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        # What QStyle.drawItemText does for an enabled label, without asking the style: the first
        # call of ``style()`` makes PySide6 build QStyle's hundreds of Python enums (0.3 MB).
        painter = QPainter(self)
        painter.setPen(self._color if self._color is not None
                       else self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), int(self._alignment), self._text)
        painter.end()

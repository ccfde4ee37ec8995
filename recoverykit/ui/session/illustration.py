"""Exercise illustrations: line-art SVGs drawn in the palette's text colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from recoverykit.assets import illustration_file

#: The colour the SVG files are drawn in; replaced by the theme's at load.
_INK = "#000000"


@lru_cache(maxsize=64)
def _svg_bytes(name: str) -> bytes | None:
    path = illustration_file(name)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def illustration_pixmap(name: str | None, ink: QColor, side: int) -> QPixmap | None:
    """A small rendering of an illustration, e.g. for a list of steps."""
    data = _svg_bytes(name) if name else None
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data.replace(_INK.encode(), ink.name().encode())))
    if not renderer.isValid():
        return None
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap


class IllustrationView(QWidget):
    """Shows one illustration, mirrored for the right side, tinted to the theme.

    One renderer per illustration, kept while the ink stays the same: a session
    shows the same few figures again and again (both sides, every round), and
    each new renderer stayed a child of the view until it closed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._name: str | None = None
        self._mirrored = False
        self._ink = QColor()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    @property
    def name(self) -> str | None:
        return self._name

    @property
    def has_image(self) -> bool:
        return self._renderer is not None

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def show_illustration(self, name: str | None, mirrored: bool, ink: QColor) -> None:
        if name == self._name and mirrored == self._mirrored and ink == self._ink:
            return
        if ink != self._ink:  # another theme: the figures drawn in the old ink go
            for renderer in self._renderers.values():
                if renderer is not None:
                    renderer.deleteLater()
            self._renderers.clear()
        self._name, self._mirrored, self._ink = name, mirrored, QColor(ink)
        self._renderer = self._renderer_for(name) if name else None
        self.update()

    def _renderer_for(self, name: str) -> QSvgRenderer | None:
        if name not in self._renderers:
            data = _svg_bytes(name)
            renderer = None
            if data is not None:
                renderer = QSvgRenderer(QByteArray(data.replace(_INK.encode(), self._ink.name().encode())), self)
                if not renderer.isValid():
                    renderer.deleteLater()
                    renderer = None
            self._renderers[name] = renderer
        return self._renderers[name]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        side = min(self.width(), self.height())
        target = QRectF(0, 0, side, side)
        target.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._renderer.render(painter, target)
        painter.end()

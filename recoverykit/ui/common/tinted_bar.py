"""A bar tinted by how serious it is, with a coloured stripe at its leading edge, in any palette.

The base of the window's notice line, its reminders and the offer to rate
soreness before a session. It is painted, not styled with a style sheet: a
widget with a style sheet is not told when the palette changes, so a switch
to the dark theme would leave it light. Its text colour is set in its own
palette (children inherit it); everything else follows the application's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from recoverykit.ui.common.theme import notice_colors

#: The coloured stripe at the bar's leading edge, in pixels.
STRIPE_WIDTH = 4


class TintedBar(QFrame):
    """A frame painted in the colours of ``severity`` ("info", "warning" or "error").

    A subclass that sets ``icon`` (a label) gets the style's message-box icon for the
    severity in it, drawn while the bar is shown.
    """

    icon: QLabel | None = None

    def __init__(self, parent: QWidget | None = None, severity: str = "info") -> None:
        super().__init__(parent)
        self._severity = severity
        self._restyling = False
        self.restyle()

    @property
    def tint(self) -> str:
        return self._severity

    def set_tint(self, severity: str) -> None:
        self._severity = severity
        self.restyle()

    def colors(self) -> tuple[QColor, QColor, QColor]:
        """(background, accent, text) for the bar's severity in the current palette."""
        return notice_colors(QApplication.palette(), self._severity)

    def restyle(self) -> None:
        """Take the colours of the current palette (called again when it changes)."""
        self._restyling = True
        try:
            _background, _accent, text = self.colors()
            palette = QPalette()
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
                palette.setColor(role, text)
            self.setPalette(palette)
            self.update()
        finally:
            self._restyling = False
        if self.icon is not None and not self.isHidden():
            self._draw_icon()

    def icon_size(self) -> int:
        """The icon's side in pixels: the label's own (a fixed-size label) unless a subclass says."""
        return self.icon.width() if self.icon is not None else 0

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.icon is not None:
            self._draw_icon()

    def _draw_icon(self) -> None:
        # Imported when a bar with an icon is first shown, not with the window: PySide6 builds a
        # Python enum for each of QStyle's hundreds of values the first time it is named (5 ms, 0.3 MB).
        from PySide6.QtWidgets import QStyle

        kind = {"info": QStyle.StandardPixmap.SP_MessageBoxInformation,
                "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                "error": QStyle.StandardPixmap.SP_MessageBoxCritical}[self._severity]
        size = self.icon_size()
        self.icon.setPixmap(self.style().standardIcon(kind, None, self).pixmap(size, size))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        background, accent, _text = self.colors()
        painter = QPainter(self)
        painter.fillRect(self.rect(), background)
        painter.fillRect(0, 0, STRIPE_WIDTH, self.height(), accent)  # seen before it is read

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and not self._restyling:
            self.restyle()

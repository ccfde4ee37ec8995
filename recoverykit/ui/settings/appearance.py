"""Applying the theme setting at once: the platform's colour scheme where it can, a palette where not."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from recoverykit.ui.common.theme import is_dark

_DARK = {
    QPalette.ColorRole.Window: "#232629", QPalette.ColorRole.WindowText: "#eff0f1",
    QPalette.ColorRole.Base: "#1b1e20", QPalette.ColorRole.AlternateBase: "#2a2e32",
    QPalette.ColorRole.Text: "#eff0f1", QPalette.ColorRole.Button: "#31363b",
    QPalette.ColorRole.ButtonText: "#eff0f1", QPalette.ColorRole.Highlight: "#3daee9",
    QPalette.ColorRole.HighlightedText: "#fcfcfc", QPalette.ColorRole.ToolTipBase: "#31363b",
    QPalette.ColorRole.ToolTipText: "#eff0f1", QPalette.ColorRole.PlaceholderText: "#a1a9b1",
    QPalette.ColorRole.Link: "#3daee9", QPalette.ColorRole.BrightText: "#ffffff",
}


def dark_palette() -> QPalette:
    """A Breeze-like dark palette for platforms that cannot switch their own."""
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7377"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#2a2e32"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#202326"))
    return palette


class ThemeApplier(QObject):
    """Switches between the system, light and dark look while the app runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forced = False

    def apply(self, theme: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        hints = QGuiApplication.styleHints()
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
        if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
            hints.setColorScheme(scheme)
        if theme == "system":
            if self._forced:  # an unset palette resolves every role from the platform again
                app.setPalette(QPalette())
                self._forced = False
            return
        want_dark = theme == "dark"
        if is_dark(app.palette()) != want_dark:  # the platform did not switch: do it ourselves
            app.setPalette(dark_palette() if want_dark else app.style().standardPalette())
            self._forced = True

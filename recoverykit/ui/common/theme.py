"""Colours by step kind, derived for the current light or dark palette.

Every colour used for text is checked against the background it sits on and
darkened (light theme) or lightened (dark theme) until it reaches the WCAG AA
contrast ratio for normal text, 4.5:1, whatever the system palette is.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from recoverykit.core.guidance import StepKind
from recoverykit.qt.kind_look import KIND_LOOKS


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


AA_NORMAL_TEXT = 4.5
"""The WCAG 2 AA minimum contrast ratio for normal-size text."""


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def composite(color: QColor, background: QColor) -> QColor:
    """The opaque colour a translucent ``color`` shows as over ``background``."""
    alpha = color.alphaF()
    return QColor(*(round(getattr(color, c)() * alpha + getattr(background, c)() * (1 - alpha))
                    for c in ("red", "green", "blue")))


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); a translucent foreground is composited first."""
    lighter, darker = sorted((relative_luminance(composite(foreground, background)),
                              relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(color: QColor, background: QColor, minimum: float = AA_NORMAL_TEXT) -> QColor:
    """``color`` with its lightness moved away from ``background`` until the ratio is met."""
    hue, saturation, lightness, _ = color.getHsl()
    step = 6 if relative_luminance(background) < 0.18 else -6
    result = QColor(color)
    while contrast_ratio(result, background) < minimum and 0 <= lightness + step <= 255:
        lightness += step
        result = QColor.fromHsl(max(hue, 0), saturation, lightness)
    return result


def kind_color(kind: StepKind, palette: QPalette) -> QColor:
    """A strong colour for the kind that reads well (AA) on the palette's window."""
    look = KIND_LOOKS[kind]
    hue, saturation = look.hue, look.saturation
    lightness = 150 if is_dark(palette) else 95
    return readable(QColor.fromHsl(hue, saturation, lightness), palette.color(QPalette.ColorRole.Window))


def track_color(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.WindowText))
    color.setAlphaF(0.12)
    return color


def muted_text(palette: QPalette) -> QColor:
    color = QColor(palette.color(QPalette.ColorRole.WindowText))
    color.setAlphaF(0.7)
    return color


def warning_color(palette: QPalette) -> QColor:
    """For a value that is out of bounds: a clear red that reads on the window colour."""
    return readable(QColor.fromHsl(2, 190, 165 if is_dark(palette) else 100),
                    palette.color(QPalette.ColorRole.Window))


def notice_colors(palette: QPalette, severity: str) -> tuple[QColor, QColor, QColor]:
    """(background, accent, text) for a notice of ``severity`` ("info", "warning", "error").

    The background is the window tinted with the severity's colour (the highlight
    for info, amber for a warning, red for an error), the accent is that colour
    made to stand out against the window (the stripe and the icon beside it), and
    the text is the window text moved until it reaches AA on the tint.
    """
    window = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    hue = {"info": None, "warning": (38, 220), "error": (2, 190)}[severity]
    base = QColor(palette.color(QPalette.ColorRole.Highlight)) if hue is None else \
        QColor.fromHsl(hue[0], hue[1], 150 if dark else 110)
    tint = QColor(base)
    tint.setAlphaF(0.28 if dark else 0.18)
    background = composite(tint, window)
    accent = readable(base, window, 3.0)  # a non-text mark: WCAG asks 3:1
    text = readable(palette.color(QPalette.ColorRole.WindowText), background)
    return background, accent, text


def css_rgba(color: QColor) -> str:
    """``color`` as a style-sheet ``rgba(…)``, keeping its transparency."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alphaF():.2f})"

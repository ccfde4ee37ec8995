"""Colours by step kind, derived for the current light or dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from recoverykit.core.guidance import StepKind

#: Hue (degrees) and saturation for each kind; lightness follows the theme.
_KIND_HUES: dict[StepKind, tuple[int, int]] = {
    StepKind.COLD: (205, 200),
    StepKind.HEAT: (14, 210),
    StepKind.STRETCH: (160, 150),
    StepKind.FOAM_ROLL: (32, 190),
    StepKind.MASSAGE_GUN: (275, 120),
    StepKind.ACTIVE: (120, 120),
    StepKind.WARMUP: (45, 200),
    StepKind.REST: (220, 20),
    StepKind.COMPRESSION: (190, 140),
    StepKind.VIBRATION: (320, 110),
    StepKind.BATH: (240, 120),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_color(kind: StepKind, palette: QPalette) -> QColor:
    """A strong colour for the kind that reads well on the palette's window."""
    hue, saturation = _KIND_HUES[kind]
    lightness = 150 if is_dark(palette) else 95
    return QColor.fromHsl(hue, saturation, lightness)


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
    return QColor.fromHsl(2, 190, 165 if is_dark(palette) else 100)

"""Small building blocks every page shares: headings, the primary button, scaled fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """The widget's font, ``factor`` times larger, so text scales with the system font size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font


def page_heading(text: str = "", factor: float = 1.6) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, factor, QFont.Weight.DemiBold))
    label.setWordWrap(True)
    return label


def primary_button(text: str, tooltip: str = "") -> QPushButton:
    """The page's main action: large enough to hit from a yoga mat, and the default."""
    button = QPushButton(text)
    button.setDefault(True)
    button.setMinimumHeight(44)
    button.setMinimumWidth(160)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def page_layout(page: QWidget) -> QVBoxLayout:
    """The outer layout every page shares: the same margins and spacing everywhere."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(12)
    return layout


def reserve_line(label: QLabel) -> QLabel:
    """Keep one line of height for ``label`` even while it says nothing (a field's problem), so the
    fields below do not move when a problem appears: the next click lands where the user aimed."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


def reserve_wrapped_lines(label: QLabel, width: int) -> QLabel:
    """Wrap ``label`` and reserve the lines its text takes at ``width``, the narrowest it gets.

    Qt sizes a window before it knows how wrapped text breaks, so a long text (a
    translation, a safety note) would otherwise be cut off at the bottom.
    """
    label.setWordWrap(True)
    label.setMinimumWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))
    return label


def restyle(widget: QWidget, css: str) -> None:
    """Set a style sheet only when it differs: setting one re-polishes and repaints."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)

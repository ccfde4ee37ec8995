"""Every kind of step has its entry in the UI's kind table: a label, a colour, an icon if any."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from recoverykit.core.kinds import StepKind
from recoverykit.qt.kind_look import KIND_LOOKS
from recoverykit.qt.text import kind_text
from recoverykit.ui.common.kind_icon import paint_kind_icon
from recoverykit.ui.common.theme import contrast_ratio, kind_color
from recoverykit.ui.contrast.contrast_banner import kind_word


def painted(kind: StepKind) -> int:
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_kind_icon(painter, kind, QPointF(20, 20), 32, QColor("black"))
    painter.end()
    return sum(1 for x in range(40) for y in range(40) if image.pixelColor(x, y).alpha())


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_kind_has_a_label_a_readable_colour_and_its_icon(qapp, kind):
    look = KIND_LOOKS[kind]
    assert kind_text(kind) == look.label() and kind_text(kind)
    palette = QPalette()
    color = kind_color(kind, palette)
    assert contrast_ratio(color, palette.color(QPalette.ColorRole.Window)) >= 4.5
    assert (painted(kind) > 20) == (look.icon is not None)
    assert kind_word(kind)


def test_labels_and_hues_differ_between_kinds():
    assert len({look.label() for look in KIND_LOOKS.values()}) == len(StepKind)
    assert len({(look.hue, look.saturation) for look in KIND_LOOKS.values()}) == len(StepKind)

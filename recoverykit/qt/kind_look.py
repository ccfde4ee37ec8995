"""The UI's kind table: how each kind of step is named, coloured and drawn.

One entry per kind, beside the core's (``recoverykit/core/kinds.py``). The
label and the banner word are looked up through ``tr()`` when shown, so they
follow the language; the hue and saturation set the kind's colour, whose
lightness follows the light or dark theme (ui/common/theme.py); ``icon``
names the painted icon (ui/common/kind_icon.py), if the kind has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from recoverykit.core.kinds import StepKind
from recoverykit.qt.text import tr


@dataclass(frozen=True)
class KindLook:
    """How one kind of step looks: its name, colour and icon."""

    label: Callable[[], str]
    hue: int
    saturation: int
    #: "snowflake", "warmth" or None: the painted icon beside a cold or heat step.
    icon: str | None = None
    #: The word in capitals on a contrast phase's banner ("COLD"); None for kinds that are no phase.
    banner_word: Callable[[], str] | None = None


KIND_LOOKS: dict[StepKind, KindLook] = {
    StepKind.STRETCH: KindLook(lambda: tr("Stretch"), 160, 150),
    StepKind.FOAM_ROLL: KindLook(lambda: tr("Foam roller"), 32, 190),
    StepKind.MASSAGE_GUN: KindLook(lambda: tr("Massage gun"), 275, 120),
    StepKind.MASSAGE_HAND: KindLook(lambda: tr("Massage by hand"), 300, 100),
    StepKind.COLD: KindLook(lambda: tr("Cold"), 205, 200, "snowflake", lambda: tr("COLD")),
    StepKind.HEAT: KindLook(lambda: tr("Heat"), 14, 210, "warmth", lambda: tr("HEAT")),
    StepKind.ACTIVE: KindLook(lambda: tr("Easy movement"), 120, 120),
    StepKind.WARMUP: KindLook(lambda: tr("Warm-up"), 45, 200),
    StepKind.REST: KindLook(lambda: tr("Rest"), 220, 20),
    StepKind.COMPRESSION: KindLook(lambda: tr("Compression boots"), 190, 140),
    StepKind.VIBRATION: KindLook(lambda: tr("Vibration plate"), 320, 110),
    StepKind.BATH: KindLook(lambda: tr("Bath"), 240, 120),
}


def kind_text(kind: StepKind) -> str:
    """The kind's name, in the current language."""
    return KIND_LOOKS[kind].label()

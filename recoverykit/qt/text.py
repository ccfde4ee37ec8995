"""Formatting times and names for display."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Side, Slot
from recoverykit.qt.routine_text import routine_text

if TYPE_CHECKING:
    from recoverykit.core.events import PhaseKind


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("recoverykit", text, disambiguation, n)


def clock_text(seconds: float) -> str:
    """0:45, 9:59, 1:02:03: how long, at a glance."""
    total = max(0, math.ceil(round(seconds, 6)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def duration_words(seconds: float) -> str:
    total = round(seconds)
    if total < 60:
        return tr("%n s", "seconds", total)
    minutes, secs = divmod(total, 60)
    if secs == 0:
        return tr("%n min", "minutes", minutes)
    return (tr("%1 %2", "minutes and seconds").replace("%1", tr("%n min", "minutes", minutes))
            .replace("%2", tr("%n s", "seconds", secs)))


def about_words(seconds: float) -> str:
    """A whole-session length, rounded the way people say it: "about 20 min"."""
    if seconds < 5 * 60:
        return duration_words(seconds)
    return tr("about %n min", "rounded minutes", round(seconds / 60))


def fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def celsius(fahrenheit_degrees: float) -> float:
    return (fahrenheit_degrees - 32) * 5 / 9


def temperature_text(celsius_degrees: float, unit: str) -> str:
    """40 °C, or 104 °F when ``unit`` is "f"; whole degrees."""
    if unit == "f":
        return f"{round(fahrenheit(celsius_degrees))} °F"
    return f"{round(celsius_degrees)} °C"


def side_text(side: Side | None) -> str:
    if side is Side.LEFT:
        return tr("Left leg")
    if side is Side.RIGHT:
        return tr("Right leg")
    return ""


def kind_text(kind: StepKind) -> str:
    """The kind's name, in the current language (from the UI's kind table, qt/kind_look.py)."""
    from recoverykit.qt.kind_look import kind_text as looked_up

    return looked_up(kind)


def swap_caption(next_kind: StepKind) -> str:
    """"Swap: heat next", between contrast phases."""
    return tr("Swap: cold next") if next_kind is StepKind.COLD else tr("Swap: heat next")


def phase_caption(phase: PhaseKind | None, paused: bool, next_kind: StepKind | None = None) -> str:
    """The word under the countdown; a gap before a cold or heat step is a swap."""
    from recoverykit.core.events import PhaseKind  # a session's: not loaded with the first window

    if paused:
        return tr("Paused")
    if phase is PhaseKind.CHANGE_POSITION and next_kind in (StepKind.COLD, StepKind.HEAT):
        return swap_caption(next_kind)
    return {
        PhaseKind.GET_READY: tr("Get ready"),
        PhaseKind.SWITCH_SIDES: tr("Switch sides"),
        PhaseKind.CHANGE_POSITION: tr("Get into position"),
    }.get(phase, "")


def slot_title(slot: Slot) -> str:
    side = side_text(slot.side)
    name = routine_text(slot.step.name)
    return tr("%1 · %2", "step name · side").replace("%1", name).replace("%2", side) if side else name

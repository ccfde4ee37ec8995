"""Short sentences for what just happened: spoken, notified, and announced to screen readers."""

from __future__ import annotations

from recoverykit.core.events import (
    Event,
    Halfway,
    PhaseKind,
    PhaseStarted,
    SessionEnded,
    SessionStatus,
    StepEnded,
    StepStarted,
    SwitchSides,
)
from recoverykit.core.guidance import StepKind
from recoverykit.core.routine import Slot
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import duration_words, side_text, swap_caption, tr


def _what(slot: Slot) -> str:
    side = side_text(slot.side).lower()
    name = routine_text(slot.step.name)
    return tr("%1, %2", "step name, side").replace("%1", name).replace("%2", side) if side else name


def announcement(event: Event) -> str | None:
    if isinstance(event, PhaseStarted):
        if event.kind is PhaseKind.CHANGE_POSITION and event.slot.step.kind in (StepKind.COLD, StepKind.HEAT):
            return (tr("%1: %2, %3", "swap caption: step, duration").replace("%1", swap_caption(event.slot.step.kind))
                    .replace("%2", _what(event.slot)).replace("%3", duration_words(event.slot.duration_s)))
        lead = tr("Switch sides. Next: %1") if event.kind is PhaseKind.SWITCH_SIDES else tr("Next: %1")
        what = (tr("%1, %2", "step, duration").replace("%1", _what(event.slot))
                .replace("%2", duration_words(event.slot.duration_s)))
        return lead.replace("%1", what)
    if isinstance(event, StepStarted):
        return tr("Start: %1").replace("%1", _what(event.slot))
    if isinstance(event, SwitchSides):
        return tr("Switch sides")
    if isinstance(event, Halfway):
        return tr("Halfway")
    if isinstance(event, StepEnded) and event.overrun_s > 0:
        step = event.slot.step
        if step.kind is StepKind.COLD:
            if step.modality == "cold_immersion":  # no ice to remove: the legs are in the water
                return tr("Cold time is over: get out of the cold water")
            return tr("Cold time is over: remove the ice")
        if step.kind is StepKind.HEAT:
            if step.modality == "warm_bath":
                return tr("Heat time is over: get out of the bath")
            return tr("Heat time is over: take the heat away")
        return tr("Time is up: %1").replace("%1", routine_text(event.slot.step.name))
    if isinstance(event, SessionEnded):
        if event.status is SessionStatus.COMPLETED:
            return tr("Session complete. Well done.")
        return tr("Session stopped.")
    return None


# An overrun end comes first: "remove the ice" matters more than "session complete".
_PRIORITY = (StepEnded, SessionEnded, PhaseStarted, SwitchSides, StepStarted, Halfway)


def batch_announcement(events: list[Event]) -> str | None:
    """The one sentence a batch deserves, the most important first."""
    for kind in _PRIORITY:
        for event in events:
            if isinstance(event, kind):
                text = announcement(event)
                if text:
                    return text
    return None

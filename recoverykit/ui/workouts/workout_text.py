"""Workouts in the user's words and units: sport names, one-line summaries, the card's title."""

from __future__ import annotations

from recoverykit.core.journal import area_word as core_area_word
from recoverykit.core.suggestion import Suggestion
from recoverykit.core.timing import SessionTiming, session_length
from recoverykit.qt.messages import message_text
from recoverykit.qt.text import tr
from recoverykit.workouts.model import Workout
from recoverykit.workouts.model import sport_word as core_sport_word


def sport_word(sport: str) -> str:
    return message_text(core_sport_word(sport))


def sentence_start(text: str) -> str:
    """"run" → "Run", for a word that starts a cell or a sentence (no change in Chinese)."""
    return text[:1].upper() + text[1:]


def distance_text(metres: float | None, unit: str = "km") -> str:
    if metres is None:
        return "—"
    if unit == "mi":
        return tr("%1 mi").replace("%1", f"{metres / 1609.344:.1f}")
    if metres < 1000:
        return tr("%1 m").replace("%1", f"{metres:.0f}")
    return tr("%1 km").replace("%1", f"{metres / 1000:.1f}")


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return tr("%1 s").replace("%1", str(round(seconds)))
    minutes = round(seconds / 60)
    if minutes < 60:
        return tr("%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))


def when_text(workout: Workout) -> str:
    if workout.started_at is None:
        return tr("time unknown")
    return workout.started_at.astimezone().strftime("%Y-%m-%d %H:%M")


def card_title(workout: Workout, unit: str = "km") -> str:
    """"After your run at 07:12 (12.4 km)"."""
    ended = workout.ended_at
    at = ended.astimezone().strftime("%H:%M") if ended is not None else None
    what = sport_word(workout.sport)
    if at and workout.distance_m:
        return (tr("After your %1 at %2 (%3)").replace("%1", what).replace("%2", at)
                .replace("%3", distance_text(workout.distance_m, unit)))
    if at:
        return tr("After your %1 at %2").replace("%1", what).replace("%2", at)
    return tr("After your %1").replace("%1", what)


def session_words(suggestion: Suggestion, timing: SessionTiming) -> str:
    """"22-minute cool-down for calves, hamstrings and quads"."""
    minutes = max(1, round(session_length(suggestion.routine, timing) / 60))
    areas = []
    for step in suggestion.routine.steps:
        for area in step.areas:
            if area not in areas and step.kind.value != "active":
                areas.append(area)
    names = [area_word(area) for area in areas[:3]]
    if not names:
        return tr("%1-minute cool-down").replace("%1", str(minutes))
    separator = tr(", ", "between the items of a list")
    listed = names[0] if len(names) == 1 else tr("%1 and %2").replace("%1", separator.join(names[:-1])).replace(
        "%2", names[-1])
    return tr("%1-minute cool-down for %2").replace("%1", str(minutes)).replace("%2", listed)


def area_word(area: str) -> str:
    return message_text(core_area_word(area))


def done_words(suggestion: Suggestion) -> str:
    """"Done at 17:40: the suggested cool-down. Next: contrast therapy from 18:00"."""
    last = suggestion.done_session
    assert last is not None, "only a done suggestion has done words"
    moment = last.ended_at or last.started_at
    done = tr("Done at %1: the suggested cool-down.").replace("%1", moment.astimezone().strftime("%H:%M"))
    if suggestion.next_up is None:
        return done
    return (tr("%1 %2.", "what was done, then what is next, as two sentences").replace("%1", done)
            .replace("%2", message_text(suggestion.next_up, capital=True)))

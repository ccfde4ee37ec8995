"""The workout record every reader produces, and its public JSON shape (docs/workouts.md)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from recoverykit.core.messages import Message, msg

#: Names in a folder or an archive worth opening.
WORKOUT_SUFFIXES = (".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz", ".zip")

#: The sports a workout can have, as the JSON names them.
SPORTS = ("running", "trail_running", "walking", "hiking", "cycling", "swimming", "rowing", "strength",
          "multisport", "other")


@dataclass(frozen=True)
class Leg:
    """One leg of a multisport workout (transitions are legs of sport ``transition``)."""

    sport: str
    started_at: datetime | None
    duration_s: float | None
    distance_m: float | None


@dataclass(frozen=True)
class Workout:
    """One recorded workout's summary. Unknown figures are None; times are aware (UTC) or None."""

    sport: str
    started_at: datetime | None
    duration_s: float | None
    moving_s: float | None = None
    distance_m: float | None = None
    avg_hr: int | None = None
    max_hr: int | None = None
    ascent_m: float | None = None
    descent_m: float | None = None
    legs: tuple[Leg, ...] = ()
    notes: tuple[str, ...] = ()
    source_format: str = ""
    source_file: str = ""
    #: The highest heart rate held for at least a few samples (single-sample spikes ignored).
    steady_max_hr: int | None = None
    sha256: str = ""
    id: int | None = None

    @property
    def ended_at(self) -> datetime | None:
        if self.started_at is None or self.duration_s is None:
            return None
        return self.started_at + timedelta(seconds=self.duration_s)

    def with_note(self, note: str) -> Workout:
        return replace(self, notes=(*self.notes, note))


#: Heart-rate samples a peak must last to count: a single-sample spike is a sensor glitch.
STEADY_SAMPLES = 3


def steady_max(rates: list[int]) -> int | None:
    """The highest heart rate held for STEADY_SAMPLES samples in a row, or None."""
    return max((min(rates[i:i + STEADY_SAMPLES]) for i in range(len(rates) - STEADY_SAMPLES + 1)), default=None)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _figure(value: float | None, digits: int = 1) -> float | None:
    return round(value, digits) if value is not None else None


def workout_json(workout: Workout) -> dict:
    """The WORKOUT object of ``recoverykit workouts --json`` (a public format)."""
    return {
        "id": workout.id,
        "sport": workout.sport,
        "started_at": iso(workout.started_at),
        "ended_at": iso(workout.ended_at),
        "duration_s": _figure(workout.duration_s),
        "moving_s": _figure(workout.moving_s),
        "distance_m": _figure(workout.distance_m),
        "avg_hr": workout.avg_hr,
        "max_hr": workout.max_hr,
        "ascent_m": _figure(workout.ascent_m),
        "descent_m": _figure(workout.descent_m),
        "legs": [{"sport": leg.sport, "started_at": iso(leg.started_at), "duration_s": _figure(leg.duration_s),
                  "distance_m": _figure(leg.distance_m)} for leg in workout.legs],
        "source": {"format": workout.source_format, "file": workout.source_file},
        "notes": list(workout.notes),
    }


def sport_word(sport: str) -> Message:
    """A sport in words ("run", "ride"): English as a str, translated by the window."""
    return {"running": msg("run"), "trail_running": msg("trail run"), "walking": msg("walk"),
            "hiking": msg("hike"), "cycling": msg("ride"), "swimming": msg("swim"), "rowing": msg("row"),
            "strength": msg("strength session"), "multisport": msg("multisport workout"),
            "transition": msg("transition")}.get(sport, msg("workout"))


def describe(workout: Workout, local=None) -> str:
    """One line for people: "21.1 km run, 1 h 52 min, 2026-05-04 06:00" (local time)."""
    parts = []
    what = str(sport_word(workout.sport))
    if workout.distance_m:
        distance = workout.distance_m
        parts.append(f"{distance / 1000:.1f} km {what}" if distance >= 1000 else f"{distance:.0f} m {what}")
    else:
        parts.append(what[0].upper() + what[1:])
    if workout.duration_s is not None:
        parts.append(duration_text(workout.duration_s))
    if workout.started_at is not None:
        moment = workout.started_at.astimezone(local) if local is not None else workout.started_at.astimezone()
        parts.append(moment.strftime("%Y-%m-%d %H:%M"))
    else:
        parts.append("start time unknown")
    return ", ".join(parts)


def duration_text(seconds: float) -> str:
    """"45 s", "12 min", "1 h 52 min"."""
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"

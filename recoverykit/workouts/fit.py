"""FIT activity files (watches, bike computers) read with fitdecode.

The ``session`` messages hold the summary: sport, start, elapsed and moving
time, distance, heart rate, ascent and descent. The reader copes with what
real devices write:

- chained FIT files (several files back to back): each activity is read;
- multisport: several sessions in one activity become one workout of sport
  ``multisport`` with its legs in order (transitions included), totals summed;
- indoor workouts with no GPS: no position is needed;
- unknown sport values: ``other``, with the raw value in a note;
- times counted from when the watch was switched on (older watches): resolved
  from a message that pairs them with clock time, else the start is unknown;
- damaged files: a file cut short, or a bad message after the summary, keeps
  what was read; with no ``session`` message the totals are rebuilt from the
  ``record`` messages and the workout says it was salvaged.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

import fitdecode

from recoverykit.core.messages import msg
from recoverykit.workouts.model import STEADY_SAMPLES, Leg, Workout
from recoverykit.workouts.sports import fit_sport

#: What a non-activity FIT file is, for the refusal.
FILE_TYPES = {
    "device": msg("a device description"), "settings": msg("a device settings"), "sport": msg("a sport settings"),
    "workout": msg("a planned workout"), "course": msg("a course (a planned route)"), "schedules": msg("a schedule"),
    "weight": msg("a weight scale"), "totals": msg("a lifetime totals"), "goals": msg("a goals"),
    "blood_pressure": msg("a blood pressure"), "monitoring_a": msg("an all-day monitoring"),
    "monitoring_b": msg("an all-day monitoring"), "monitoring_daily": msg("an all-day monitoring"),
    "activity_summary": msg("an activity summary"), "segment": msg("a segment"), "segment_list": msg("a segment list"),
}


class NotAWorkout(ValueError):
    """The file is readable but holds no recorded workout; the message says what it is."""


def _when(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None


@dataclass
class _Activity:
    """What one FIT file (of a chain) told us, gathered message by message."""

    file_type: object = None
    sessions: list[dict] = field(default_factory=list)
    records: int = 0
    first_record: object = None
    last_record: object = None
    last_distance: float | None = None
    hr_sum: int = 0
    hr_count: int = 0
    hr_max: int | None = None
    steady_max: int | None = None
    recent_hr: list[int] = field(default_factory=list)
    #: relative (since power-on) seconds → UTC, from a message that carries both
    clock_offset: timedelta | None = None
    clock_note: str | None = None
    sport: object = None
    sub_sport: object = None

    def add_record(self, values: dict) -> None:
        self.records += 1
        stamp = values.get("timestamp")
        if stamp is not None:
            if self.first_record is None:
                self.first_record = stamp
            self.last_record = stamp
        distance = values.get("distance")
        if isinstance(distance, (int, float)):
            self.last_distance = float(distance)
        hr = values.get("heart_rate")
        if isinstance(hr, int) and 20 <= hr <= 250:
            self.hr_sum += hr
            self.hr_count += 1
            self.hr_max = hr if self.hr_max is None else max(self.hr_max, hr)
            self.recent_hr.append(hr)
            if len(self.recent_hr) > STEADY_SAMPLES:
                del self.recent_hr[0]
            if len(self.recent_hr) == STEADY_SAMPLES:
                held = min(self.recent_hr)
                self.steady_max = held if self.steady_max is None else max(self.steady_max, held)

    def anchor(self, relative: object, absolute: object, local: object) -> None:
        """Learn how the watch's since-power-on seconds map to clock time."""
        if self.clock_offset is not None or not isinstance(relative, int):
            return
        if isinstance(absolute, datetime):
            self.clock_offset = absolute - timedelta(seconds=relative)
            self.clock_note = "times resolved from the watch's clock (the file counts from power-on)"
        elif isinstance(local, datetime):
            # Local wall time with no zone: read in this computer's zone, the best guess there is.
            zoned = local.replace(tzinfo=None).astimezone(timezone.utc)
            self.clock_offset = zoned - timedelta(seconds=relative)
            self.clock_note = ("start time taken from the watch's local clock, read in this "
                               "computer's time zone (the file counts from power-on)")

    def moment(self, value: object) -> datetime | None:
        if isinstance(value, datetime):
            return value
        if isinstance(value, int) and self.clock_offset is not None:
            return self.clock_offset + timedelta(seconds=value)
        return None


def _values(frame) -> dict:
    return {item.name: item.value for item in frame.fields}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _session_workout(activity: _Activity, values: dict) -> tuple[Workout, list[str]]:
    sport, note = fit_sport(values.get("sport"), values.get("sub_sport"))
    notes = [note] if note else []
    hr_avg, hr_max = values.get("avg_heart_rate"), values.get("max_heart_rate")
    return Workout(
        sport=sport,
        started_at=activity.moment(values.get("start_time")),
        duration_s=_number(values.get("total_elapsed_time")),
        moving_s=_number(values.get("total_timer_time")),
        distance_m=_number(values.get("total_distance")),
        avg_hr=hr_avg if isinstance(hr_avg, int) else None,
        max_hr=hr_max if isinstance(hr_max, int) else None,
        ascent_m=_number(values.get("total_ascent")),
        descent_m=_number(values.get("total_descent")),
        source_format="fit",
    ), notes


def _sum(values: list[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def _multisport(parts: list[Workout]) -> Workout:
    legs = tuple(Leg(part.sport, part.started_at, part.duration_s, part.distance_m) for part in parts)
    first = parts[0]
    timed = [part for part in parts if part.started_at is not None and part.duration_s is not None]
    duration = _sum([part.duration_s for part in parts])
    if timed and first.started_at is not None:
        last = max(timed, key=lambda part: part.ended_at)
        duration = (last.ended_at - first.started_at).total_seconds()
    hr_parts = [part for part in parts if part.avg_hr is not None and part.duration_s]
    avg_hr = None
    if hr_parts:
        weight = sum(part.duration_s for part in hr_parts)
        avg_hr = round(sum(part.avg_hr * part.duration_s for part in hr_parts) / weight)
    max_hrs = [part.max_hr for part in parts if part.max_hr is not None]
    return Workout(
        sport="multisport", started_at=first.started_at, duration_s=duration,
        moving_s=_sum([part.moving_s for part in parts]), distance_m=_sum([part.distance_m for part in parts]),
        avg_hr=avg_hr, max_hr=max(max_hrs) if max_hrs else None,
        ascent_m=_sum([part.ascent_m for part in parts]), descent_m=_sum([part.descent_m for part in parts]),
        legs=legs, source_format="fit")


def _salvaged(activity: _Activity) -> Workout | None:
    """Totals rebuilt from the record messages, when the file lost its summary."""
    start, end = activity.moment(activity.first_record), activity.moment(activity.last_record)
    if activity.records == 0 or (start is None and activity.last_distance is None):
        return None
    sport, _ = fit_sport(activity.sport, activity.sub_sport)
    duration = (end - start).total_seconds() if start is not None and end is not None else None
    return Workout(
        sport=sport if activity.sport is not None else "other", started_at=start, duration_s=duration,
        distance_m=activity.last_distance,
        avg_hr=round(activity.hr_sum / activity.hr_count) if activity.hr_count else None,
        max_hr=activity.hr_max, source_format="fit",
        notes=(f"salvaged: the file has no summary, so the totals were rebuilt from its "
               f"{activity.records} recorded points",))


def _finish(activity: _Activity) -> Workout | None:
    parts: list[Workout] = []
    notes: list[str] = []
    for values in activity.sessions:
        part, part_notes = _session_workout(activity, values)
        parts.append(part)
        notes += part_notes
    if not parts:
        workout = _salvaged(activity)
    elif len(parts) == 1:
        workout = parts[0]
    else:
        workout = _multisport(parts)
    if workout is None:
        return None
    if workout.started_at is None:
        notes.append("start time unknown: the watch counted time from power-on and the file has no clock time")
    elif activity.clock_note:
        notes.append(activity.clock_note)
    return replace(workout, notes=(*workout.notes, *notes), steady_max_hr=activity.steady_max)


def read_fit(data: bytes) -> tuple[list[Workout], list[str]]:
    """The workouts in a FIT file (one per activity in a chain) and notes about damage.

    Raises NotAWorkout for a FIT file that holds no recorded activity, and
    ValueError for bytes that cannot be read as FIT at all.
    """
    workouts: list[Workout] = []
    damage: list[str] = []
    activity: _Activity | None = None
    kinds: list[object] = []

    def close() -> None:
        if activity is not None and activity.file_type in ("activity", None):
            workout = _finish(activity)
            if workout is not None:
                workouts.append(workout)

    reader = fitdecode.FitReader(data, check_crc=fitdecode.CrcCheck.DISABLED,
                                 error_handling=fitdecode.ErrorHandling.RAISE)
    read_any = False
    try:
        for frame in reader:
            if isinstance(frame, fitdecode.FitHeader):
                close()
                activity = _Activity()
                continue
            if not isinstance(frame, fitdecode.FitDataMessage) or activity is None:
                continue
            read_any = True
            name = frame.name
            if name == "record":
                activity.add_record(_values(frame))
            elif name == "session":
                activity.sessions.append(_values(frame))
            elif name == "file_id":
                activity.file_type = frame.get_value("type", fallback=None)
                kinds.append(activity.file_type)
            elif name == "sport" and activity.sport is None:
                values = _values(frame)
                activity.sport, activity.sub_sport = values.get("sport"), values.get("sub_sport")
            elif name == "timestamp_correlation":
                values = _values(frame)
                activity.anchor(values.get("system_timestamp"), values.get("timestamp"), values.get("local_timestamp"))
            elif name == "activity":
                values = _values(frame)
                activity.anchor(values.get("timestamp"), None, values.get("local_timestamp"))
    except fitdecode.FitEOFError as exc:
        if not read_any:
            raise ValueError(f"the file is cut short before any workout data ({exc})") from None
        damage.append(f"the file is cut short (at byte {_byte(exc)}); what came before was kept")
    except (fitdecode.FitError, struct.error, ValueError, KeyError, IndexError, TypeError, OverflowError,
            AssertionError) as exc:
        # What fitdecode raises on damaged bytes varies with where the damage is.
        if not read_any:
            raise ValueError(f"not a readable FIT file ({exc})") from None
        damage.append(f"a damaged message (at byte {_byte(exc)}); what came before was kept")
    close()
    if not workouts:
        other = [kind for kind in kinds if kind not in ("activity", None)]
        if other:
            what = FILE_TYPES.get(other[0], msg("a {kind}", kind=other[0]) if isinstance(other[0], str)
                                  else msg("another kind of"))
            raise NotAWorkout(msg("{what} file, not a recorded workout", what=what))
        raise NotAWorkout(msg("a FIT file with no recorded workout in it"))
    if damage:
        workouts = [workout.with_note(note) for workout in workouts for note in damage[:1]]
    return workouts, damage


def _byte(exc: Exception) -> str:
    text = str(exc)
    return text.rsplit("@", 1)[-1].strip() if "@" in text else "?"

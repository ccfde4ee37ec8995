"""TCX activities (Garmin Training Center XML, exported by Garmin Connect and Strava).

``<Activity Sport="…">`` gives the sport; its laps give time, distance and
heart rate; trackpoints fill in the elevation and the steady peak heart rate.
Parsed with defusedxml: a file is never allowed to expand entities.
"""

from __future__ import annotations

from datetime import datetime, timezone

from defusedxml import ElementTree

from recoverykit.core.messages import msg
from recoverykit.workouts.fit import NotAWorkout
from recoverykit.workouts.model import Workout, steady_max
from recoverykit.workouts.sports import word_sport


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _all(element, name: str) -> list:
    """Every descendant named ``name``, whatever its namespace."""
    return [item for item in element.iter() if _local(item.tag) == name]


def _children(element, name: str) -> list:
    return [child for child in element if _local(child.tag) == name]


def _child(element, name: str):
    found = _children(element, name)
    return found[0] if found else None


def _float(element, *path: str) -> float | None:
    for name in path:
        if element is None:
            return None
        element = _child(element, name)
    if element is None or element.text is None:
        return None
    try:
        return float(element.text.strip())
    except ValueError:
        return None


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _activity(activity) -> Workout | None:
    laps = _children(activity, "Lap")
    start = _time(activity.findtext("{*}Id")) or (_time(laps[0].get("StartTime")) if laps else None)
    duration = sum(_float(lap, "TotalTimeSeconds") or 0.0 for lap in laps) or None
    distance = sum(_float(lap, "DistanceMeters") or 0.0 for lap in laps) or None
    rates, altitudes, times = [], [], []
    for point in _all(activity, "Trackpoint"):
        rate = _float(point, "HeartRateBpm", "Value")
        if rate is not None and 20 <= rate <= 250:
            rates.append(int(rate))
        altitude = _float(point, "AltitudeMeters")
        if altitude is not None:
            altitudes.append(altitude)
        moment = _time(point.findtext("{*}Time"))
        if moment is not None:
            times.append(moment)
    lap_avg = [(_float(lap, "AverageHeartRateBpm", "Value"), _float(lap, "TotalTimeSeconds")) for lap in laps]
    lap_avg = [(rate, seconds) for rate, seconds in lap_avg if rate is not None and seconds]
    lap_max = [rate for rate in (_float(lap, "MaximumHeartRateBpm", "Value") for lap in laps) if rate is not None]
    if lap_avg:
        avg_hr = round(sum(rate * seconds for rate, seconds in lap_avg) / sum(seconds for _, seconds in lap_avg))
    else:
        avg_hr = round(sum(rates) / len(rates)) if rates else None
    max_hr = round(max(lap_max)) if lap_max else (max(rates) if rates else None)
    elapsed = (times[-1] - times[0]).total_seconds() if len(times) >= 2 else duration
    if start is None and not times:
        return None
    ascent = sum(max(0.0, b - a) for a, b in zip(altitudes, altitudes[1:], strict=False)) if altitudes else None
    descent = sum(max(0.0, a - b) for a, b in zip(altitudes, altitudes[1:], strict=False)) if altitudes else None
    steady = steady_max(rates)
    return Workout(sport=word_sport(activity.get("Sport")), started_at=start or times[0],
                   duration_s=max(elapsed or 0.0, duration or 0.0) or None, moving_s=duration,
                   distance_m=distance, avg_hr=avg_hr, max_hr=max_hr, ascent_m=ascent, descent_m=descent,
                   steady_max_hr=steady, source_format="tcx")


def read_tcx(data: bytes) -> list[Workout]:
    """One workout per ``<Activity>``; NotAWorkout when the file has none (e.g. a course)."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ValueError(f"not readable XML ({str(exc)[:80]})") from None
    workouts = [workout for workout in (_activity(activity) for activity in _all(root, "Activity"))
                if workout is not None]
    if not workouts:
        if _all(root, "Course"):
            raise NotAWorkout(msg("a course (a planned route), not a recorded workout"))
        raise NotAWorkout(msg("a TCX file with no recorded activity in it"))
    return workouts

"""GPX tracks with times (Strava, Garmin Connect, most apps) read with gpxpy.

A track with times is a workout: distance, elapsed time, elevation gain and
loss, heart rate from Garmin's TrackPointExtension where present, and the
sport from ``<type>``. A GPX with no times (a planned route), or with only
waypoints and routes, is refused.
"""

from __future__ import annotations

from datetime import timezone

import gpxpy
import gpxpy.gpx

from recoverykit.core.messages import msg
from recoverykit.workouts.fit import NotAWorkout
from recoverykit.workouts.model import Workout, steady_max
from recoverykit.workouts.sports import word_sport

PLANNED_ROUTE = msg("no recorded times: this looks like a planned route, not a workout")


def _heart_rate(point) -> int | None:
    for extension in point.extensions:
        for element in extension.iter():
            if element.tag.endswith("}hr") or element.tag == "hr":
                try:
                    value = int(float((element.text or "").strip()))
                except ValueError:
                    return None
                return value if 20 <= value <= 250 else None
    return None


def read_gpx(text: str) -> list[Workout]:
    """One workout per track with times; NotAWorkout when there is none."""
    try:
        gpx = gpxpy.parse(text)
    except gpxpy.gpx.GPXException as exc:
        raise ValueError(f"not a readable GPX file ({str(exc)[:80]})") from None
    workouts = []
    for track in gpx.tracks:
        points = [point for segment in track.segments for point in segment.points]
        timed = [point for point in points if point.time is not None]
        if len(timed) < 2:
            continue
        start, end = timed[0].time, timed[-1].time
        if start.tzinfo is None:  # GPX times are UTC by the standard; "Z" is sometimes left out
            start, end = start.replace(tzinfo=timezone.utc), end.replace(tzinfo=timezone.utc)
        moving = track.get_moving_data()
        climb = track.get_uphill_downhill()
        rates = [rate for rate in (_heart_rate(point) for point in points) if rate is not None]
        steady = steady_max(rates)
        has_elevation = any(point.elevation is not None for point in points)
        workouts.append(Workout(
            sport=word_sport(track.type), started_at=start.astimezone(timezone.utc),
            duration_s=(end - start).total_seconds(),
            moving_s=moving.moving_time if moving else None,
            distance_m=track.length_3d() if has_elevation else track.length_2d(),
            avg_hr=round(sum(rates) / len(rates)) if rates else None, max_hr=max(rates) if rates else None,
            ascent_m=climb.uphill if has_elevation else None, descent_m=climb.downhill if has_elevation else None,
            steady_max_hr=steady, source_format="gpx"))
    if not workouts:
        raise NotAWorkout(PLANNED_ROUTE)
    return workouts

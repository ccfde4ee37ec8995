"""Each format's sport names mapped to the app's sports (model.SPORTS); anything else is ``other``."""

from __future__ import annotations

_FIT_SPORTS = {
    "running": "running", "walking": "walking", "hiking": "hiking", "cycling": "cycling",
    "e_biking": "cycling", "swimming": "swimming", "rowing": "rowing", "multisport": "multisport",
    "transition": "transition", "fitness_equipment": "other", "training": "other",
}
#: Sub-sports that change the app's sport (a treadmill run is still a run, and so on).
_FIT_SUB_SPORTS = {("running", "trail"): "trail_running", ("training", "strength_training"): "strength",
                   ("fitness_equipment", "strength_training"): "strength",
                   ("fitness_equipment", "indoor_rowing"): "rowing"}
#: Words seen in GPX <type> and TCX Sport="…" (Strava, Garmin Connect, other apps).
_WORDS = {
    "run": "running", "running": "running", "trail_running": "trail_running", "trailrun": "trail_running",
    "trail running": "trail_running", "walk": "walking", "walking": "walking", "hike": "hiking",
    "hiking": "hiking", "ride": "cycling", "cycling": "cycling", "biking": "cycling", "bike": "cycling",
    "virtualride": "cycling", "virtual ride": "cycling", "ebikeride": "cycling", "swim": "swimming",
    "swimming": "swimming", "rowing": "rowing", "row": "rowing", "weighttraining": "strength",
    "weight training": "strength", "strength": "strength", "strength_training": "strength",
    "multisport": "multisport", "virtualrun": "running", "treadmill": "running",
}


def fit_sport(sport: object, sub_sport: object) -> tuple[str, str | None]:
    """The app's sport for a FIT sport/sub_sport pair, and a note when the value was not known."""
    if (sport, sub_sport) in _FIT_SUB_SPORTS:
        return _FIT_SUB_SPORTS[(sport, sub_sport)], None
    if isinstance(sport, str):
        if sport in _FIT_SPORTS:
            return _FIT_SPORTS[sport], None
        return "other", f"sport {sport!r} is read as other"
    if sport is None:
        return "other", "the file names no sport"
    return "other", f"sport value {sport} is unknown to this version; read as other"


def word_sport(word: str | None) -> str:
    """The app's sport for a GPX <type> or TCX Sport attribute; unknown words are ``other``."""
    if not word:
        return "other"
    key = word.strip().lower().replace("-", "_")
    return _WORDS.get(key, _WORDS.get(key.replace("_", ""), "other"))

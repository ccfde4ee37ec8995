"""The words for the heart-rate band shown on active-recovery steps."""

from __future__ import annotations

from recoverykit.core.heart_rate import MaxSource, active_recovery_band, easy_run_band
from recoverykit.qt.text import tr
from recoverykit.settings import Settings


def _source_words(source: MaxSource, age: int) -> str:
    """Which maximum the band comes from: the user's own measurement, or the age estimate."""
    if source is MaxSource.MEASURED:
        return tr("as you measured it")
    return tr("an estimate from your age: 208 − 0.7 × %1 (Tanaka)").replace("%1", str(age))


def active_band_text(settings: Settings, in_preferences: bool = False) -> str:
    """"Aim for about 81–99 bpm, …", or a hint to set an age when nothing is known (where it is set,
    in Preferences itself: "above")."""
    band = active_recovery_band(settings.age, settings.max_heart_rate)
    if band is None:
        if in_preferences:
            return tr("Easy enough that you can talk in full sentences (the talk test). Set your age or "
                      "measured maximum heart rate above to see a heart-rate band.")
        return tr("Easy enough that you can talk in full sentences (the talk test). Set your age or "
                  "measured maximum heart rate in Preferences to see a heart-rate band here.")
    return (tr("Aim for about %1–%2 bpm, about half of your maximum heart rate of %3 bpm (%4). "
               "Or the talk test: easy enough to talk in full sentences. On beta-blockers, use the talk "
               "test only.")
            .replace("%1", str(band.low)).replace("%2", str(band.high)).replace("%3", str(band.max_bpm))
            .replace("%4", _source_words(band.source, settings.age)))


def easy_run_text(settings: Settings) -> str:
    """The easy-run band (60–70 %), or "" when neither age nor max is known."""
    band = easy_run_band(settings.age, settings.max_heart_rate)
    if band is None:
        return ""
    return (tr("Easy runs: about %1–%2 bpm, 60–70 % of that maximum.")
            .replace("%1", str(band.low)).replace("%2", str(band.high)))

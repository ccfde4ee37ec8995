"""The words for the journal's codes (areas, workout types, warning signs) and for red flags."""

from __future__ import annotations

from recoverykit.core.journal import split_key
from recoverykit.core.red_flags import PERSISTENT_SORENESS, URGENT_SIGN, RedFlag
from recoverykit.qt.dates import day_month_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.professional import professional_text, urgent_text


def area_text(area: str) -> str:
    return {
        "quads": tr("Quads"), "hamstrings": tr("Hamstrings"), "calves": tr("Calves"),
        "glutes": tr("Glutes"), "hip_flexors": tr("Hip flexors"), "shins": tr("Shins"),
        "feet": tr("Feet"), "lower_back": tr("Lower back"),
    }.get(area, area)


def soreness_key_text(key: str) -> str:
    """A soreness map's key in words: "Calves", or "Calves (left)" for one side."""
    area, side = split_key(key)
    if side is None:
        return area_text(area)
    return (tr("%1 (left)") if side == "left" else tr("%1 (right)")).replace("%1", area_text(area))


def workout_text(kind: str | None) -> str:
    return {"run": tr("Run"), "leg_day": tr("Leg day"), "other": tr("Other")}.get(kind or "", "")


def warning_text(sign: str) -> str:
    return {
        "sharp_pain": tr("Sharp pain"),
        "swelling": tr("Swelling"),
        "numbness": tr("Numbness or tingling"),
        "worsening": tr("Pain getting worse despite rest"),
        "hot_swollen_calf": tr("A hot, swollen, painful calf"),
        "dark_urine": tr("Dark (cola-coloured) urine after hard exercise"),
        "chest_pain": tr("Chest pain, fainting or breathlessness"),
    }.get(sign, sign)


def red_flag_text(flag: RedFlag) -> str:
    """One calm sentence with the reason; it suggests, never diagnoses."""
    if flag.code == URGENT_SIGN:
        return tr("You noted: %1 (%2). Get medical help today.").replace(
            "%1", warning_text(flag.subject).lower()).replace("%2", day_month_text(flag.last_day))
    if flag.code == PERSISTENT_SORENESS:
        return (tr("Your %1 soreness has been 7 or more over %n days (%2 to %3).", "days", flag.days)
                .replace("%1", area_text(flag.subject).lower()).replace("%2", day_month_text(flag.first_day))
                .replace("%3", day_month_text(flag.last_day)))
    return tr("You noted: %1 (%2).").replace("%1", warning_text(flag.subject).lower()).replace(
        "%2", day_month_text(flag.last_day))


def red_flag_advice() -> str:
    """The notices' advice: the one professional text, and the urgent signs (ui/common/professional.py)."""
    return professional_text() + " " + urgent_text()

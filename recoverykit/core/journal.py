"""The journal kept with a session: soreness by body area, the workout it follows, check-offs.

Every field is optional. Soreness is 0–10 per area, logged before and after
the session; the workout is the run or leg day the session recovers from
(distances are stored in km whatever unit the user sees). ``warning_signs``
are the ticks that make the red-flag rules (see ``red_flags``) suggest a
professional. Values are checked by ``check_journal``: the one place that
knows the bounds, shared by the editor, the storage and the import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from recoverykit.core.messages import Message, msg

#: Body areas, in the order the editor lists them (front of the body first).
AREAS = ("quads", "hip_flexors", "shins", "feet", "hamstrings", "glutes", "calves", "lower_back")
WORKOUT_TYPES = ("run", "leg_day", "other")
#: Ticks that on their own are a reason to see a professional.
WARNING_SIGNS = ("sharp_pain", "swelling", "numbness", "worsening")
#: Ticks that mean "get medical help today", never "wait and see": a hot, swollen, painful calf (a
#: clot), dark urine after hard exercise (muscle breakdown), chest pain, fainting or breathlessness.
URGENT_SIGNS = ("hot_swollen_calf", "dark_urine", "chest_pain")
ALL_SIGNS = WARNING_SIGNS + URGENT_SIGNS

SORENESS_MAX = 10
RPE_RANGE = (1, 10)
#: Bounds that catch typing slips and damaged files, not athletic limits.
MAX_DISTANCE_KM = 500.0
MAX_WORKOUT_MIN = 24 * 60
MAX_SLEEP_H = 24.0
KM_PER_MILE = 1.609344


@dataclass(frozen=True)
class Journal:
    """How one session went, all optional; soreness maps an area in AREAS to 0–10."""

    soreness_before: dict[str, int] = field(default_factory=dict)
    soreness_after: dict[str, int] = field(default_factory=dict)
    workout_type: str | None = None
    distance_km: float | None = None
    workout_min: int | None = None
    rpe: int | None = None
    workout_ended_at: datetime | None = None
    hydrated: bool = False
    refuelled: bool = False
    sleep_h: float | None = None
    warning_signs: tuple[str, ...] = ()
    #: Areas with a fresh injury (a fall, a twist, a knock) or swelling: no heat, massage or rolling
    #: there for 72 hours (core/health_check.injury_blocked).
    injured_areas: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == Journal()

    def worst_soreness(self) -> dict[str, int]:
        """Each area's highest logged value, before or after, either side."""
        return worst_of(area_values(self.soreness_before), area_values(self.soreness_after))


#: A soreness map's key is an area (both legs, or not told apart) or an area and a side,
#: "calves.left": "left hamstring better" is a value, not only a note.
SIDES = ("left", "right")
_AREA_SET = frozenset(AREAS)


def side_key(area: str, side: str) -> str:
    return f"{area}.{side}"


def split_key(key: str) -> tuple[str, str | None]:
    """("calves", "left") for "calves.left", ("calves", None) for "calves"."""
    area, _, side = str(key).partition(".")
    return area, side or None


def area_values(soreness: dict[str, int]) -> dict[str, int]:
    """Each area's value, the higher side's when the sides were rated apart (the rules read this)."""
    values: dict[str, int] = {}
    for key, value in soreness.items():
        area = key if "." not in key else split_key(key)[0]  # most keys are plain areas: no split
        if area in _AREA_SET and isinstance(value, int):
            known = values.get(area)
            values[area] = value if known is None or value > known else known
    return values


def worst_of(before: Mapping[str, int], after: Mapping[str, int]) -> dict[str, int]:
    """Each area's higher value of two area_values maps (before and after a session)."""
    worst = dict(before)
    for area, value in after.items():
        worst[area] = max(value, worst.get(area, 0))
    return worst


def area_word(area: str) -> Message:
    """An area in words, for messages (translated by the window)."""
    return {"quads": msg("quads"), "hamstrings": msg("hamstrings"), "calves": msg("calves"),
            "glutes": msg("glutes"), "hip_flexors": msg("hip flexors"), "shins": msg("shins"), "feet": msg("feet"),
            "lower_back": msg("lower back")}.get(area, msg("{area}", area=area))


def soreness_change(journal: Journal | None) -> int | None:
    """After minus before, summed over areas logged both times; None if no area was."""
    if journal is None:
        return None
    before, after = area_values(journal.soreness_before), area_values(journal.soreness_after)
    both = [area for area in AREAS if area in before and area in after]
    if not both:
        return None
    return sum(after[area] - before[area] for area in both)


def sign_word(sign: str) -> Message:
    """A warning sign in plain words, as part of a sentence ("sharp pain")."""
    return {"sharp_pain": msg("sharp pain"), "swelling": msg("swelling"), "numbness": msg("numbness"),
            "worsening": msg("pain getting worse"), "hot_swollen_calf": msg("a hot, swollen, painful calf"),
            "dark_urine": msg("dark urine after hard exercise"),
            "chest_pain": msg("chest pain, fainting or breathlessness")}.get(sign, msg("{sign}", sign=sign))


def km_from(distance: float, unit: str) -> float:
    return distance * KM_PER_MILE if unit == "mi" else distance


def distance_in(km: float, unit: str) -> float:
    return km / KM_PER_MILE if unit == "mi" else km


def _whole(value: object, low: int, high: int, name: str) -> list[Message]:
    if type(value) is not int or not low <= value <= high:
        return [msg("{name} must be a whole number from {low} to {high}", name=name, low=low, high=high)]
    return []


def _real(value: object, low: float, high: float, name: str) -> list[Message]:
    if type(value) not in (int, float) or not low <= value <= high:  # NaN fails both comparisons
        return [msg("{name} must be a number from {low} to {high}", name=name, low=float(low), high=float(high))]
    return []


def check_journal(journal: Journal) -> list[Message]:
    """What is wrong with ``journal`` (each problem one phrase naming the field); [] if nothing."""
    problems: list[Message] = []
    for label, soreness in (("soreness_before", journal.soreness_before),
                            ("soreness_after", journal.soreness_after)):
        if not isinstance(soreness, dict):
            problems.append(msg("{name} must map body areas to numbers", name=label))
            continue
        for key, value in soreness.items():
            area, side = split_key(key)
            if area not in AREAS or side not in (None, *SIDES):
                problems.append(msg("{name} names {area}, not one of {areas}", name=label,
                                    area=repr(str(key)[:40]), areas=", ".join(AREAS)))
            else:
                problems += _whole(value, 0, SORENESS_MAX, f"{label}.{key}")
    if journal.workout_type is not None and journal.workout_type not in WORKOUT_TYPES:
        problems.append(msg("{name} must be one of {values}", name="workout_type",
                            values=", ".join(WORKOUT_TYPES)))
    if journal.distance_km is not None:
        problems += _real(journal.distance_km, 0, MAX_DISTANCE_KM, "distance_km")
    if journal.workout_min is not None:
        problems += _whole(journal.workout_min, 0, MAX_WORKOUT_MIN, "workout_min")
    if journal.rpe is not None:
        problems += _whole(journal.rpe, *RPE_RANGE, "rpe")
    if journal.workout_ended_at is not None and (
            not isinstance(journal.workout_ended_at, datetime) or journal.workout_ended_at.tzinfo is None):
        problems.append(msg("{name} must be a time with a UTC offset", name="workout_ended_at"))
    for name in ("hydrated", "refuelled"):
        if type(getattr(journal, name)) is not bool:
            problems.append(msg("{name} must be true or false", name=name))
    if journal.sleep_h is not None:
        problems += _real(journal.sleep_h, 0, MAX_SLEEP_H, "sleep_h")
    injured = journal.injured_areas
    if (not isinstance(injured, tuple) or any(area not in AREAS for area in injured)
            or len(set(injured)) != len(injured)):
        problems.append(msg("{name} must list some of {values}, each once", name="injured_areas",
                            values=", ".join(AREAS)))
    signs = journal.warning_signs
    if not isinstance(signs, tuple) or any(sign not in ALL_SIGNS for sign in signs) \
            or len(set(signs)) != len(signs):
        problems.append(msg("{name} must list some of {values}, each once", name="warning_signs",
                            values=", ".join(ALL_SIGNS)))
    return problems

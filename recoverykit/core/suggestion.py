"""The recovery session a workout calls for: a pure function of the workout, the log, and now.

``suggest`` picks the body areas the workout loaded, raises the ones the
journal says are sore, and builds a routine from the built-in steps that work
those areas, in the order of the guidance: active recovery right after the
workout, then stretching, then rolling; the massage device (or hands) 1–2 h later and
contrast therapy only within 48 h, as "later" entries. Its length follows the
workout (a 20-minute jog is not a marathon). A warning sign ticked in the
last 72 h removes rolling, massage and contrast and says to have it checked;
an injured area loses what the injury gate would hold back. Soreness, signs
and injuries are read by the recovery picture's rules (core/picture.py);
``suggest_from`` takes the picture itself.

Every rule is a named constant here with its ``source`` (guidance article
numbers, see docs/guidance-sources.md), and has
a test in tests/core/test_suggestion.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from recoverykit.core.guidance import StepKind
from recoverykit.core.health_check import injury_blocked
from recoverykit.core.journal import Journal, area_word, sign_word
from recoverykit.core.messages import Message, msg
from recoverykit.core.picture import DoneSession, Entry, RecoveryPicture
from recoverykit.core.routine import Routine, Step
from recoverykit.workouts.model import Workout, sport_word

#: Areas each sport loads, most loaded first, and the rule's source.
SPORT_AREAS: dict[str, tuple[tuple[str, ...], str]] = {
    "running": (("calves", "hamstrings", "quads", "glutes", "hip_flexors"), "001, 002"),
    "trail_running": (("quads", "calves", "hamstrings", "glutes", "hip_flexors"), "001, 002"),
    "walking": (("calves", "quads", "glutes"), "002"),
    "hiking": (("quads", "calves", "glutes", "hamstrings"), "002"),
    "cycling": (("quads", "hip_flexors", "glutes", "lower_back"), "002"),
    "rowing": (("lower_back", "hamstrings", "glutes", "quads"), "002"),
    "strength": (("quads", "hamstrings", "glutes"), "001"),
    "swimming": (("lower_back",), "002"),
    "other": (("quads", "hamstrings", "calves"), "002"),
}
#: What the routines do not cover, said plainly.
NOT_COVERED = {
    "swimming": msg("swimming works the shoulders and back most; the app's routines are for the legs and lower "
                    "back, so this session covers only part of it"),
    "strength": msg("if the session was not a leg day, the app's routines (all for the legs) may not fit it"),
    "other": msg("the workout's sport is not known, so this is the general cool-down for the legs"),
}
#: A descent this big (or this steep per km) makes the quads the first area: downhill work is eccentric.
BIG_DESCENT_M = 300.0
STEEP_DESCENT_M_PER_KM = 25.0
#: How far back the journal is read for a suggestion (the longest rule window, with a margin).
JOURNAL_WINDOW = timedelta(days=4)
#: Active recovery belongs right after the workout; after this long it is left out.
ACTIVE_WITHIN = timedelta(hours=6)
#: Contrast therapy only within 48 h of the workout (002); the massage device 1–2 h after it (003).
CONTRAST_WITHIN = timedelta(hours=48)
MASSAGE_AFTER = timedelta(hours=1)
#: Eat carbohydrate with some protein soon after the workout (000, 001, 002); 30 min is the usual advice.
REFUEL_WITHIN = timedelta(minutes=30)


@dataclass(frozen=True)
class Size:
    """How much cool-down a workout calls for."""

    name: str
    active_s: float
    hold_s: float
    stretch_areas: int
    roll_s: float
    roll_areas: int


#: By the workout's length: a short jog, an ordinary run, a long one (source 002, 003: 10–15 min of
#: active recovery, holds of at least 20 s, 30–60 s of rolling per muscle group).
SIZES = (
    Size("short", active_s=300, hold_s=30, stretch_areas=3, roll_s=30, roll_areas=1),
    Size("standard", active_s=600, hold_s=30, stretch_areas=5, roll_s=45, roll_areas=3),
    Size("long", active_s=900, hold_s=40, stretch_areas=5, roll_s=60, roll_areas=5),
)
SHORT_BELOW_S = 35 * 60
LONG_FROM_S = 90 * 60
LONG_FROM_M = 21_000.0


@dataclass(frozen=True)
class Reason:
    """Why an area is in the session (``area`` None for the session as a whole).

    ``why`` is a core Message: English as a str, translated by the window.
    """

    area: str | None
    why: Message
    source: str


@dataclass(frozen=True)
class Later:
    """A session for later: which routine, not before when, and why."""

    routine_id: str
    not_before: datetime
    why: Message


@dataclass(frozen=True)
class Suggestion:
    """The suggested session for one workout (or for none: the standard cool-down).

    ``done`` holds the sessions already done for the workout (the suggested one among them when
    ``is_done``); ``next_up`` says what comes next then: a later session, or rest.
    """

    workout: Workout | None
    routine: Routine
    reasons: tuple[Reason, ...]
    later: tuple[Later, ...]
    refuel_by: datetime | None
    done: tuple[DoneSession, ...] = ()
    next_up: Message | None = None

    @property
    def done_session(self) -> DoneSession | None:
        """The suggested session, the last time it was completed for this workout (None: not yet)."""
        return next((session for session in reversed(self.done)
                     if session.completed and session.routine_id == SUGGESTED_ID), None)

    @property
    def is_done(self) -> bool:
        """The suggested session was completed (it is not offered again)."""
        return self.done_session is not None


#: The id of a suggested session's routine, as stored with the session.
SUGGESTED_ID = "suggested"
#: Two ways to the same massage: one done, neither is offered again.
MASSAGES = ("massage-gun", "hand-massage")
#: The guidance behind raising a sore area.
_AREA_WHY = "002"


def size_for(workout: Workout) -> Size:
    duration = workout.duration_s or 0.0
    if duration >= LONG_FROM_S or (workout.distance_m or 0.0) >= LONG_FROM_M:
        return SIZES[2]
    if duration < SHORT_BELOW_S:
        return SIZES[0]
    return SIZES[1]


def loaded_areas(workout: Workout) -> tuple[list[str], list[Reason]]:
    """The areas the workout loaded, most loaded first, with why."""
    sports = [leg.sport for leg in workout.legs if leg.sport != "transition"] or [workout.sport]
    areas: list[str] = []
    reasons: list[Reason] = []
    for sport in dict.fromkeys(sports):
        sport_areas, source = SPORT_AREAS.get(sport, SPORT_AREAS["other"])
        for area in sport_areas:
            if area not in areas:
                areas.append(area)
                reasons.append(Reason(area, msg("a {sport} works the {area}", sport=sport_word(sport),
                                                area=area_word(area)), source))
        if sport in NOT_COVERED:
            reasons.append(Reason(None, NOT_COVERED[sport], source))
    descent = workout.descent_m or 0.0
    per_km = descent / (workout.distance_m / 1000) if workout.distance_m else 0.0
    if descent >= BIG_DESCENT_M or (descent >= 50 and per_km >= STEEP_DESCENT_M_PER_KM):
        if "quads" in areas:
            areas.remove("quads")
        areas.insert(0, "quads")
        reasons = [reason for reason in reasons if reason.area != "quads"]
        reasons.insert(0, Reason("quads", msg("{metres} m of descent: running or walking downhill works the quads "
                                              "hardest, and that is the work that leaves them sorest",
                                              metres=round(descent)), "000, 003"))
    return areas, reasons


def _find(library: Sequence[Routine], kind: StepKind, area: str) -> Step | None:
    for routine in library:
        if not routine.builtin:
            continue
        for step in routine.steps:
            if step.kind is kind and area in step.areas:
                return step
    return None


def _active_step(library: Sequence[Routine], workout: Workout) -> Step | None:
    wanted = "Easy cycling" if workout.sport == "cycling" else "Easy walk or spin"
    steps = [step for routine in library if routine.builtin for step in routine.steps
             if step.kind is StepKind.ACTIVE]
    return next((step for step in steps if step.name == wanted), steps[0] if steps else None)


def _title(workout: Workout) -> Message:
    what = sport_word(workout.sport)
    if workout.distance_m and workout.distance_m >= 1000:
        return msg("After your {km} km {sport}", km=round(workout.distance_m / 1000), sport=what)
    return msg("After your {sport}", sport=what)


def suggest_from(picture: RecoveryPicture, library: Sequence[Routine]) -> Suggestion:
    """The suggestion the recovery picture calls for: what the card, ``suggest`` and the reminders show."""
    return suggest(picture.workout, library, picture.journals(JOURNAL_WINDOW), picture.now, picture.done)


def suggest(workout: Workout | None, library: Sequence[Routine], journals: Sequence[tuple[datetime, Journal]],
            now: datetime, done: Sequence[DoneSession] = ()) -> Suggestion:
    """The session for ``workout`` (None: the standard cool-down), given the journal, the sessions
    already done since it, and ``now``."""
    library = list(library)
    if workout is None:
        standard = next((routine for routine in library if routine.id == "cooldown"), library[0])
        return Suggestion(None, standard, (Reason(None, msg("no workout imported yet: the standard cool-down after "
                                                            "a run"), "002"),), (), None)
    areas, reasons = loaded_areas(workout)
    # The picture's rules (soreness, signs and injuries of the last 72 h), whoever called with journals.
    seen = RecoveryPicture(now, workout, tuple(Entry(when, journal) for when, journal in journals))
    sore = seen.sore_areas()
    # Sorest first; an area logged as sore outranks one the workout merely loaded; ties keep the
    # workout's order (the higher side of an area rated by side is its value: Journal.worst_soreness).
    rank = {area: index for index, area in enumerate(areas)}
    sorest = sorted(sore, key=lambda area: (-sore[area][0], rank.get(area, len(rank))))
    areas = sorest + [area for area in areas if area not in sore]
    sore_reasons = [Reason(area, msg("you logged your {area} at {value}/10 on {day}", area=area_word(area),
                                     value=sore[area][0], day=sore[area][1].date().isoformat()), _AREA_WHY)
                    for area in sorest]
    reasons = sore_reasons + [reason for reason in reasons if reason.area not in sore]
    signs = seen.warning_signs()
    injured = seen.injured_areas()
    size = size_for(workout)
    ended = workout.ended_at
    steps: list[Step] = []
    if ended is None or now - ended <= ACTIVE_WITHIN:
        active = _active_step(library, workout)
        if active is not None:
            steps.append(replace(active, duration_s=float(size.active_s)))
            reasons.append(Reason(None, msg("{minutes} minutes of easy movement first, at about half your maximum "
                                            "heart rate: better right after than standing still",
                                            minutes=round(size.active_s / 60)), "002, 003"))
    else:
        reasons.append(Reason(None, msg("the workout ended hours ago, so the easy walk that belongs right after "
                                        "it is left out"), "002, 003"))
    for area in areas[:size.stretch_areas]:
        stretch = _find(library, StepKind.STRETCH, area)
        if stretch is not None and stretch not in steps:
            steps.append(replace(stretch, duration_s=float(max(size.hold_s, 20.0))))
    if not signs:
        for area in [area for area in areas if area not in injured][:size.roll_areas]:
            roll = _find(library, StepKind.FOAM_ROLL, area)
            if roll is not None and roll not in steps:
                steps.append(replace(roll, duration_s=float(size.roll_s)))
    # What the injury gate would hold back (an area marked injured, or a sign of an injury) is not
    # suggested at all: the card and the gate must not disagree.
    blocked = injury_blocked(Routine(id="suggested", name="", steps=tuple(steps)), [sign for sign, _ in signs],
                             injured)
    steps = [step for index, step in enumerate(steps) if index not in blocked]
    if not steps:
        # Nothing built-in works these areas (a swim, long after): gentle stretches for the legs.
        for area in SPORT_AREAS["other"][0]:
            stretch = _find(library, StepKind.STRETCH, area)
            if stretch is not None:
                steps.append(replace(stretch, duration_s=float(size.hold_s)))
        reasons.append(Reason(None, msg("no built-in step works those areas, so this is a gentle stretch for the "
                                        "legs"), "001, 002"))
    later: list[Later] = []
    if signs:
        sign, when = signs[0]
        reasons.insert(0, Reason(None, msg("you ticked {sign} on {day}: no rolling, massage, heat or contrast "
                                           "until it has been checked. If it persists or gets worse, see a doctor "
                                           "or a sports physiotherapist", sign=sign_word(sign),
                                           day=when.date().isoformat()), "002, 003"))
    if injured:
        reasons.insert(1 if signs else 0, Reason(None, msg(
            "you marked your {area} injured or swollen: no rolling, massage, heat or contrast there for 72 hours, "
            "only cold and rest, and have it checked", area=area_word(sorted(injured)[0])), "003"))
    if not signs and not injured and ended is not None:
        ids = {routine.id for routine in library}
        if "massage-gun" in ids:
            later.append(Later("massage-gun", ended + MASSAGE_AFTER,
                               msg("the massage gun works best an hour or two after the workout, "
                                   "60–90 s per muscle group, kept moving")))
        if "hand-massage" in ids:
            later.append(Later("hand-massage", ended + MASSAGE_AFTER,
                               msg("no massage gun at hand? Your hands do it too: knead and lightly tap the calves "
                                   "and thighs, then shake them loose; again tomorrow eases the soreness")))
        if "contrast" in ids and now - ended < CONTRAST_WITHIN:
            later.append(Later("contrast", max(now, ended + MASSAGE_AFTER),
                               msg("contrast therapy helps within 48 h of the workout: until {until}",
                                   until=(ended + CONTRAST_WITHIN).strftime("%Y-%m-%d %H:%M %z"))))
    routine = Routine(id=SUGGESTED_ID, name=_title(workout), steps=tuple(steps),
                      description=msg("A {size} cool-down, in the order of the guidance: easy movement, then "
                                      "stretching, then rolling.", size=size_word(size.name)),
                      source="Suggested from the imported workout (guidance 001–003).")
    refuel_by = ended + REFUEL_WITHIN if ended is not None else None
    done = tuple(session for session in done if _belongs(session, workout))
    # A later session already done since the workout is not offered again (a massage by gun or by hand
    # is one massage).
    massaged = any(session.completed and session.routine_id in MASSAGES for session in done)
    later = [item for item in later if not any(session.completed and session.routine_id == item.routine_id
                                               for session in done)
             and not (massaged and item.routine_id in MASSAGES)]
    suggestion = Suggestion(workout, routine, tuple(reasons), tuple(later), refuel_by, done)
    if suggestion.is_done:
        return replace(suggestion, next_up=_next_up(later, now))
    return suggestion


def _belongs(session: DoneSession, workout: Workout) -> bool:
    """A session linked to the workout, or one that started after the workout ended."""
    if session.workout_id is not None:
        return session.workout_id == workout.id
    ended = workout.ended_at
    return ended is not None and session.started_at >= ended


def _next_up(later: Sequence[Later], now: datetime) -> Message:
    """What comes after the suggested session: the first later session, or rest."""
    if not later:
        return msg("nothing more today: rest")
    first = min(later, key=lambda item: item.not_before)
    name = later_word(first.routine_id)
    if first.not_before <= now:
        return msg("next: {what}, whenever you like", what=name)
    return msg("next: {what} from {time}", what=name,
               time=first.not_before.astimezone(now.tzinfo).strftime("%H:%M"))


def later_word(routine_id: str) -> Message | str:
    """A later session's name in words."""
    return {"massage-gun": msg("the massage gun"), "hand-massage": msg("massage by hand"),
            "contrast": msg("contrast therapy")}.get(routine_id, routine_id)


def size_word(size: str) -> Message:
    return {"short": msg("short"), "standard": msg("standard"), "long": msg("long")}[size]

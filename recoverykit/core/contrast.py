"""The contrast therapy protocol: a plan, its validation, and the routine it becomes.

A *round* is one cold phase followed by one heat phase, cold first (guidance
002). ``end_on = HEAT`` runs exactly ``rounds`` rounds; ``end_on = COLD`` adds
one final cold phase after the last round, so the session finishes cooled
down. The closing cold belongs to the last round ("round n of n"):

    rounds=1, end on heat:  cold heat
    rounds=1, end on cold:  cold heat cold
    rounds=3, end on cold:  cold heat cold heat cold heat cold

Bounds come from :mod:`recoverykit.core.contrast_bounds`; ``validate`` names
every field that is out of bounds with a one-line reason, and nothing is ever
clamped.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from enum import StrEnum

from recoverykit.core.contrast_bounds import (
    COLD_PHASE,
    DEFAULT_SWAP_S,
    HEAT_PHASE,
    HEAT_TEMPERATURE_C,
    ROUNDS,
    SWAP,
    ColdModality,
    HeatModality,
)
from recoverykit.core.guidance import StepKind
from recoverykit.core.limits import limit_for
from recoverykit.core.messages import Message, celsius, clock_minutes, got, seconds
from recoverykit.core.routine import Routine, Step
from recoverykit.core.timing import SessionTiming

#: After a cold or heat phase ends by itself its end sound plays, then this many
#: more times, this far apart, unless the user acts or the next phase starts.
END_ALARM_REPEATS = 2
END_ALARM_EVERY_S = 4.0


class EndOn(StrEnum):
    """Which kind of phase closes the session."""

    COLD = "cold"
    HEAT = "heat"


@dataclass(frozen=True)
class _Template:
    name: str
    instruction: str
    safety: str
    illustration: str | None


_COLD: dict[ColdModality, _Template] = {
    ColdModality.ICE_PACK: _Template(
        "Ice pack",
        "Wrap the ice pack or cold towel in a thin cloth and rest it on the sore muscle. "
        "Stay still and breathe slowly.",
        "Never put ice straight on bare skin. Take it off early if the skin goes numb or white.",
        "ice-pack",
    ),
    ColdModality.COLD_IMMERSION: _Template(
        "Cold immersion",
        "Lower the sore legs into the cold water and keep still. Breathe out slowly as you go in.",
        "Cold water is harsher than a pack: keep it short. Get out at once if you shiver hard, "
        "feel dizzy or the skin goes numb.",
        None,
    ),
}

_HEAT: dict[HeatModality, _Template] = {
    HeatModality.HOT_TOWEL: _Template(
        "Hot towel",
        "Lay the hot towel or heat pack over the same area. Warm, never hot: re-soak or "
        "re-warm it when it cools.",
        "Test it on your wrist first. If your skin is sensitive, keep it cooler to avoid burns.",
        "hot-towel",
    ),
    HeatModality.WARM_BATH: _Template(
        "Warm bath",
        "Sit in the warm bath with the sore muscles under water. Relax and breathe slowly.",
        "Check the water with your wrist first. If your skin is sensitive, keep it cooler to avoid "
        "burns; get out if you feel dizzy.",
        None,
    ),
}


@dataclass(frozen=True)
class ContrastPlan:
    """One contrast session as the user set it up; defaults from the guidance (002)."""

    cold_modality: ColdModality = ColdModality.ICE_PACK
    heat_modality: HeatModality = HeatModality.HOT_TOWEL
    rounds: int = 1
    end_on: EndOn = EndOn.HEAT
    cold_s: float = float(limit_for("cold", ColdModality.ICE_PACK.value).default_s or 0)
    heat_s: float = float(limit_for("heat", HeatModality.HOT_TOWEL.value).default_s or 0)
    heat_temperature_c: float = float(limit_for("heat", HeatModality.HOT_TOWEL.value).default_temperature_c or 0)
    swap_s: float = float(DEFAULT_SWAP_S)

    def validate(self) -> dict[str, Message]:
        """A one-line reason for every field out of bounds, keyed by field name."""
        problems: dict[str, Message] = {}
        checks = (
            ("rounds", ROUNDS, self.rounds, str(self.rounds)),
            ("cold_s", COLD_PHASE[self.cold_modality], self.cold_s, clock_minutes(self.cold_s)),
            ("heat_s", HEAT_PHASE[self.heat_modality], self.heat_s, clock_minutes(self.heat_s)),
            ("heat_temperature_c", HEAT_TEMPERATURE_C[self.heat_modality],
             self.heat_temperature_c, celsius(self.heat_temperature_c)),
            ("swap_s", SWAP, self.swap_s, seconds(self.swap_s)),
        )
        for name, bounds, value, shown in checks:
            if isinstance(value, float) and not math.isfinite(value):
                problems[name] = got(bounds.reason, str(value))
                continue
            if name == "rounds" and type(value) is not int:
                problems[name] = got(bounds.reason, repr(value))
                continue
            problem = bounds.check(value, shown)
            if problem:
                problems[name] = problem
        return problems

    @property
    def valid(self) -> bool:
        return not self.validate()

    def phases(self) -> tuple[StepKind, ...]:
        """Every phase in order: ``rounds`` × (cold, heat), plus a closing cold if asked."""
        kinds = (StepKind.COLD, StepKind.HEAT) * self.rounds
        return kinds + ((StepKind.COLD,) if self.end_on is EndOn.COLD else ())

    @property
    def total_s(self) -> float:
        """Phases plus the swap countdowns between them."""
        kinds = self.phases()
        work = sum(self.cold_s if k is StepKind.COLD else self.heat_s for k in kinds)
        return work + self.swap_s * (len(kinds) - 1)

    def to_routine(self, routine_id: str = "contrast", name: str = "Contrast therapy") -> Routine:
        """The session as a routine of cold and heat steps; raises ValueError if invalid."""
        problems = self.validate()
        if problems:
            raise ValueError("; ".join(problems.values()))
        cold, heat = _COLD[self.cold_modality], _HEAT[self.heat_modality]
        cold_step = Step(
            kind=StepKind.COLD, name=cold.name, duration_s=float(self.cold_s),
            instruction=cold.instruction, modality=self.cold_modality.value,
            illustration=cold.illustration, safety=cold.safety,
            source=str(COLD_PHASE[self.cold_modality].source),
        )
        heat_step = Step(
            kind=StepKind.HEAT, name=heat.name, duration_s=float(self.heat_s),
            instruction=heat.instruction, temperature_c=float(self.heat_temperature_c),
            modality=self.heat_modality.value, illustration=heat.illustration, safety=heat.safety,
            source=str(HEAT_PHASE[self.heat_modality].source) + "; "
            + str(HEAT_TEMPERATURE_C[self.heat_modality].source),
        )
        steps = tuple(cold_step if k is StepKind.COLD else heat_step for k in self.phases())
        return Routine(
            id=routine_id, name=name, steps=steps,
            description=f"{self.rounds} × cold then heat"
            + (", ending on cold" if self.end_on is EndOn.COLD else ""),
            source="Within 48 h after exercise: ice pack 10 min, cold first, then a hot towel at "
                   "about 40 °C for 15 min (guidance 002).",
        )

    def session_timing(self, base: SessionTiming, *, wait_for_user: bool = False) -> SessionTiming:
        """``base`` with this plan's swap countdown (or a wait) and the repeated end alarm."""
        return contrast_timing(base, self.swap_s, wait_for_user=wait_for_user)

    @classmethod
    def from_routine(cls, routine: Routine) -> ContrastPlan:
        """A starting plan that matches a cold/heat routine as closely as the bounds allow."""
        plan = cls()
        colds = [s for s in routine.steps if s.kind is StepKind.COLD]
        heats = [s for s in routine.steps if s.kind is StepKind.HEAT]
        changes: dict = {}
        if colds:
            changes["cold_s"] = colds[0].duration_s
            if colds[0].modality in set(ColdModality):
                changes["cold_modality"] = ColdModality(colds[0].modality)
        if heats:
            changes["heat_s"] = heats[0].duration_s
            if heats[0].modality in set(HeatModality):
                changes["heat_modality"] = HeatModality(heats[0].modality)
            if heats[0].temperature_c is not None:
                changes["heat_temperature_c"] = heats[0].temperature_c
        changes["rounds"] = min(4, max(1, len(heats)))
        if routine.steps and routine.steps[-1].kind is StepKind.COLD and heats:
            changes["end_on"] = EndOn.COLD
        return dataclasses.replace(plan, **changes)


def contrast_timing(base: SessionTiming, swap_s: float, *, wait_for_user: bool = False) -> SessionTiming:
    """Gaps between phases become the swap countdown; ends repeat their alarm."""
    return dataclasses.replace(
        base, change_position_s=float(swap_s), wait_between_steps=wait_for_user,
        end_alarm_repeats=END_ALARM_REPEATS, end_alarm_every_s=END_ALARM_EVERY_S,
    )


def is_contrast(routine: Routine) -> bool:
    """A contrast routine: every step is cold or heat (the built-in ``contrast`` is one)."""
    return bool(routine.steps) and all(
        step.kind in (StepKind.COLD, StepKind.HEAT) for step in routine.steps)


def phase_rounds(routine: Routine) -> tuple[tuple[int, ...], int]:
    """The round of each step, and the number of rounds.

    A round ends with its heat phase; a cold phase after the last heat closes
    the last round instead of opening a new one.
    """
    heats = sum(1 for step in routine.steps if step.kind is StepKind.HEAT)
    total = max(1, heats)
    rounds, seen = [], 0
    for step in routine.steps:
        rounds.append(min(total, seen + 1))
        if step.kind is StepKind.HEAT:
            seen += 1
    return tuple(rounds), total

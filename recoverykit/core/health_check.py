"""The one-time health check: short yes/no questions, and which steps each answer makes "ask your doctor first".

Cold, heat and the massage gun are safe for most people after ordinary
training and not for everyone (GUIDANCE, "Safety rules beyond the articles";
DeRoyal hot/cold therapy instructions, the clinicalgate "Cryotherapy"
chapter, massage-gun makers' instructions). Each question names a condition
in plain words; a "yes" marks the step kinds it concerns. Those steps are
then off by default: before a session the app offers to leave them out, and
says why. The answers are the user's: stored on this computer only, never
shared, and the check can be skipped (the app then says it cannot warn).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from recoverykit.core.journal import AREAS, area_word, sign_word
from recoverykit.core.kinds import StepKind
from recoverykit.core.messages import Message, msg
from recoverykit.core.routine import Routine, Step

#: Step kinds the check is about; a routine with none of them never asks.
CHECKED_KINDS = frozenset({StepKind.COLD, StepKind.HEAT, StepKind.BATH, StepKind.MASSAGE_GUN,
                           StepKind.COMPRESSION, StepKind.VIBRATION, StepKind.MASSAGE_HAND})
_COLD = frozenset({StepKind.COLD})
_HEAT = frozenset({StepKind.HEAT, StepKind.BATH})
_PRESSURE = frozenset({StepKind.MASSAGE_GUN, StepKind.COMPRESSION, StepKind.VIBRATION})
#: Deep kneading by hand presses on the veins too: the clot question covers it.
_KNEADING = frozenset({StepKind.MASSAGE_HAND})


@dataclass(frozen=True)
class Question:
    """One yes/no question: its id, its words, what a "yes" concerns and why."""

    id: str
    text: Message
    kinds: frozenset[StepKind]
    because: Message
    #: For heat, only a bath (whole-body heat), not a towel on one muscle.
    bath_only: bool = False


QUESTIONS: tuple[Question, ...] = (
    Question("raynaud", msg("Do your fingers or toes turn white or blue in the cold (Raynaud's)?"), _COLD,
             msg("cold can bring on an attack of Raynaud's")),
    Question("cold_allergy", msg("Does cold give you hives or a rash (cold urticaria)?"), _COLD,
             msg("cold can bring on a reaction")),
    Question("sensation", msg("Is the feeling in your legs or feet reduced (for example diabetic neuropathy)?"),
             _COLD | _HEAT, msg("you may not feel the skin getting too cold or too hot")),
    Question("circulation", msg("Do you have poor circulation or a disease of the blood vessels in your legs?"),
             _COLD | _HEAT, msg("cold and heat change the blood flow in the legs")),
    Question("clotting", msg("Do you have a clotting disorder, have you had a clot (DVT), do you have varicose "
                             "veins, or do you take blood thinners?"), _COLD | _PRESSURE | _KNEADING,
             msg("pressure and cold on the legs are not safe with clots or thinned blood")),
    Question("pregnancy", msg("Are you pregnant?"), _PRESSURE | _HEAT,
             msg("hot baths and pressure devices are not advised in pregnancy"), bath_only=True),
    Question("heart", msg("Do you have a heart condition?"), _HEAT,
             msg("a hot bath puts strain on the heart"), bath_only=True),
    Question("implant", msg("Do you have a pacemaker or another implant, or have you had surgery recently?"),
             _PRESSURE, msg("vibration and pressure devices are not used over implants or fresh surgery")),
)
QUESTION_IDS = tuple(question.id for question in QUESTIONS)


@dataclass(frozen=True)
class HealthAnswers:
    """The user's answers: ``yes`` holds the ids answered yes; ``skipped`` if they chose not to answer."""

    answered: bool = False
    skipped: bool = False
    yes: frozenset[str] = frozenset()


def _is_bath(step: Step) -> bool:
    return step.kind is StepKind.BATH or (step.kind is StepKind.HEAT and step.modality == "warm_bath")


def concerns(question: Question, step: Step) -> bool:
    """Whether a "yes" to ``question`` makes ``step`` one to ask a doctor about first."""
    if step.kind not in question.kinds:
        return False
    return not (question.bath_only and step.kind in _HEAT) or _is_bath(step)


def needs_check(routine: Routine, answers: HealthAnswers) -> bool:
    """Ask before this routine: it has a checked kind of step and the check was never answered."""
    return not answers.answered and any(step.kind in CHECKED_KINDS for step in routine.steps)


def flagged_steps(routine: Routine, answers: HealthAnswers) -> dict[int, list[Question]]:
    """Step index → the questions answered yes that make the step "ask your doctor first"."""
    flagged: dict[int, list[Question]] = {}
    if answers.skipped:
        return flagged
    for index, step in enumerate(routine.steps):
        reasons = [question for question in QUESTIONS if question.id in answers.yes and concerns(question, step)]
        if reasons:
            flagged[index] = reasons
    return flagged


def without_steps(routine: Routine, indices: set[int] | dict[int, object]) -> Routine | None:
    """The routine without those steps; None if nothing would be left."""
    steps = tuple(step for index, step in enumerate(routine.steps) if index not in indices)
    return replace(routine, steps=steps) if steps else None


#: Journal ticks that mean a fresh injury or swelling: no heat, bath, massage, rolling or vibration for
#: 72 h, only cold and rest, and have it checked (GUIDANCE safety rules: 003; DeRoyal hot/cold instructions).
INJURY_SIGNS = ("swelling", "sharp_pain", "hot_swollen_calf")
INJURY_HOURS = 72
NOT_ON_AN_INJURY = frozenset({StepKind.HEAT, StepKind.BATH, StepKind.MASSAGE_GUN, StepKind.MASSAGE_HAND,
                              StepKind.FOAM_ROLL,
                              StepKind.VIBRATION})


def injury_blocked(routine: Routine, signs: list[str], injured_areas: set[str] | frozenset[str] = frozenset()
                   ) -> dict[int, Message]:
    """Step index → why it waits: an area marked injured or swollen, or a sign of it, in the last 72 h.

    A step that names its areas waits only when one of them is marked; a step that names
    none (a contrast towel "on the sore muscle") waits whenever any area is. A ticked
    sign (swelling, sharp pain, a hot swollen calf) names no area, so it holds them all.
    """
    blocked: dict[int, Message] = {}
    fresh = [sign for sign in INJURY_SIGNS if sign in signs]
    for index, step in enumerate(routine.steps):
        if step.kind not in NOT_ON_AN_INJURY:
            continue
        hit = [area for area in AREAS if area in injured_areas and (not step.areas or area in step.areas)]
        if hit:
            blocked[index] = msg("you marked your {area} injured or swollen in the last 72 hours: no heat, massage "
                                 "or rolling there yet, only cold and rest, and have it checked",
                                 area=area_word(hit[0]))
        elif fresh:
            blocked[index] = msg("you noted {sign} in the last 72 hours: no heat, massage or rolling there yet, "
                                 "only cold and rest, and have it checked", sign=sign_word(fresh[0]))
    return blocked

"""The health check: each answer, the steps it makes "ask your doctor first", and skipping."""

from __future__ import annotations

import pytest

from recoverykit.core.guidance import StepKind
from recoverykit.core.health_check import (
    QUESTION_IDS,
    QUESTIONS,
    HealthAnswers,
    flagged_steps,
    needs_check,
    without_steps,
)
from recoverykit.core.routine import Step

from .helpers import make_routine

ICE = Step(StepKind.COLD, "Ice pack", 600, modality="ice_pack")
IMMERSION = Step(StepKind.COLD, "Cold tub", 180, modality="cold_immersion")
TOWEL = Step(StepKind.HEAT, "Hot towel", 900, modality="hot_towel")
BATH = Step(StepKind.HEAT, "Warm bath", 900, modality="warm_bath")
EPSOM = Step(StepKind.BATH, "Epsom-salt bath", 900)
GUN = Step(StepKind.MASSAGE_GUN, "Massage gun: calves", 60)
BOOTS = Step(StepKind.COMPRESSION, "Compression boots", 900)
PLATE = Step(StepKind.VIBRATION, "Vibration plate", 300)
STRETCH = Step(StepKind.STRETCH, "Calf stretch", 30)
EVERYTHING = make_routine(ICE, IMMERSION, TOWEL, BATH, EPSOM, GUN, BOOTS, PLATE, STRETCH)
NAMES = [step.name for step in EVERYTHING.steps]

#: What a "yes" to each question makes "ask your doctor first" (the GUIDANCE safety table).
EXPECTED = {
    "raynaud": {"Ice pack", "Cold tub"},
    "cold_allergy": {"Ice pack", "Cold tub"},
    "sensation": {"Ice pack", "Cold tub", "Hot towel", "Warm bath", "Epsom-salt bath"},
    "circulation": {"Ice pack", "Cold tub", "Hot towel", "Warm bath", "Epsom-salt bath"},
    "clotting": {"Ice pack", "Cold tub", "Massage gun: calves", "Compression boots", "Vibration plate"},
    "pregnancy": {"Warm bath", "Epsom-salt bath", "Massage gun: calves", "Compression boots", "Vibration plate"},
    "heart": {"Warm bath", "Epsom-salt bath"},
    "implant": {"Massage gun: calves", "Compression boots", "Vibration plate"},
}


def test_every_question_is_mapped_and_has_words():
    assert set(EXPECTED) == set(QUESTION_IDS)
    assert all(question.text and question.because for question in QUESTIONS)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_each_yes_flags_exactly_the_steps_it_concerns(question_id):
    flagged = flagged_steps(EVERYTHING, HealthAnswers(answered=True, yes=frozenset({question_id})))
    assert {NAMES[index] for index in flagged} == EXPECTED[question_id]
    assert "Calf stretch" not in {NAMES[index] for index in flagged}


def test_all_no_flags_nothing_and_skipping_flags_nothing_either():
    assert flagged_steps(EVERYTHING, HealthAnswers(answered=True)) == {}
    everything_yes = HealthAnswers(answered=True, skipped=True, yes=frozenset(QUESTION_IDS))
    assert flagged_steps(EVERYTHING, everything_yes) == {}


def test_several_answers_give_every_reason():
    flagged = flagged_steps(EVERYTHING, HealthAnswers(answered=True, yes=frozenset({"raynaud", "clotting"})))
    assert [question.id for question in flagged[0]] == ["raynaud", "clotting"]


def test_the_check_is_asked_once_and_only_for_routines_that_need_it():
    assert needs_check(make_routine(ICE), HealthAnswers())
    assert not needs_check(make_routine(STRETCH), HealthAnswers())
    assert not needs_check(make_routine(ICE), HealthAnswers(answered=True))
    assert not needs_check(make_routine(ICE), HealthAnswers(answered=True, skipped=True))


def test_leaving_steps_out_keeps_the_rest_in_order_or_nothing():
    shorter = without_steps(EVERYTHING, {0, 1, 8})
    assert [step.name for step in shorter.steps] == NAMES[2:8]
    assert without_steps(make_routine(ICE), {0}) is None


def test_an_injured_area_holds_heat_massage_and_rolling_on_that_area_only():
    from recoverykit.core.health_check import injury_blocked

    calf_roll = Step(StepKind.FOAM_ROLL, "Foam roll: calves", 45, areas=("calves",))
    quad_roll = Step(StepKind.FOAM_ROLL, "Foam roll: quads", 45, areas=("quads",))
    calf_gun = Step(StepKind.MASSAGE_GUN, "Massage gun: calves", 60, areas=("calves",))
    towel = Step(StepKind.HEAT, "Hot towel", 900, modality="hot_towel")  # names no area: "the sore muscle"
    calf_stretch = Step(StepKind.STRETCH, "Calf stretch", 30, areas=("calves",))
    ice = Step(StepKind.COLD, "Ice pack", 600)
    routine = make_routine(calf_roll, quad_roll, calf_gun, towel, calf_stretch, ice)
    blocked = injury_blocked(routine, [], {"calves"})
    assert sorted(blocked) == [0, 2, 3]  # not the quads, not the stretch, not the ice: cold and rest
    assert "calves" in blocked[0] and "cold and rest" in blocked[0]
    assert injury_blocked(routine, [], set()) == {}
    assert sorted(injury_blocked(routine, ["swelling"], set())) == [0, 1, 2, 3]  # a sign names no area


def test_a_journal_checks_its_injured_areas():
    from recoverykit.core.journal import Journal, check_journal

    assert check_journal(Journal(injured_areas=("calves", "feet"))) == []
    assert check_journal(Journal(injured_areas=("elbow",)))
    assert check_journal(Journal(injured_areas=("calves", "calves")))

"""The recovery picture and the suggestion that follows it: order, injuries, sessions already done."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.guidance import StepKind
from recoverykit.core.health_check import NOT_ON_AN_INJURY
from recoverykit.core.journal import AREAS, Journal
from recoverykit.core.library import load_library
from recoverykit.core.picture import DAY, DoneSession, Entry, RecoveryPicture
from recoverykit.core.suggestion import suggest_from
from recoverykit.workouts.model import Workout

LIBRARY = list(load_library(builtin_routines_dir(), Path("/nonexistent")))
START = datetime(2026, 5, 4, 6, 0, tzinfo=timezone.utc)
RUN = Workout(sport="running", started_at=START, duration_s=3000, distance_m=10_000, descent_m=40, ascent_m=40,
              id=3)
NOW = RUN.ended_at + timedelta(minutes=15)


def picture(*journals: Journal, done=(), now=NOW, workout=RUN) -> RecoveryPicture:
    entries = tuple(Entry(now - timedelta(minutes=5), journal, DAY, f"day{i}") for i, journal in enumerate(journals))
    return RecoveryPicture(now, workout, entries, None, tuple(done))


def areas_of(suggestion, kind: StepKind) -> list[str]:
    return [step.areas[0] for step in suggestion.routine.steps if step.kind is kind]


def test_sore_areas_come_first_sorest_first():
    sore = picture(Journal(soreness_after={"hamstrings": 4, "quads": 5, "calves": 7}))
    suggestion = suggest_from(sore, LIBRARY)
    assert areas_of(suggestion, StepKind.STRETCH)[:3] == ["calves", "quads", "hamstrings"]
    assert [reason.area for reason in suggestion.reasons[:3]] == ["calves", "quads", "hamstrings"]


def test_the_issue_example_quads_then_hamstrings_then_calves():
    suggestion = suggest_from(picture(Journal(soreness_after={"quads": 8, "hamstrings": 6, "calves": 2})), LIBRARY)
    assert areas_of(suggestion, StepKind.STRETCH)[:3] == ["quads", "hamstrings", "calves"]
    assert areas_of(suggestion, StepKind.FOAM_ROLL) == ["quads", "hamstrings", "calves"]


def test_an_area_rated_by_side_counts_its_higher_side():
    suggestion = suggest_from(picture(Journal(soreness_after={"quads": 5, "calves.left": 3, "calves.right": 8})),
                              LIBRARY)
    assert areas_of(suggestion, StepKind.STRETCH)[:2] == ["calves", "quads"]
    assert "8/10" in suggestion.reasons[0].why


def test_an_injured_calf_is_not_rolled_and_nothing_is_offered_for_later():
    suggestion = suggest_from(picture(Journal(soreness_after={"calves": 9}, injured_areas=("calves",))), LIBRARY)
    assert "calves" not in areas_of(suggestion, StepKind.FOAM_ROLL)
    assert not any(step.kind in NOT_ON_AN_INJURY and "calves" in step.areas for step in suggestion.routine.steps)
    assert suggestion.later == ()
    assert any("injured or swollen" in reason.why for reason in suggestion.reasons)


def test_sharp_pain_and_an_injured_calf_say_both_and_remove_all_rolling():
    suggestion = suggest_from(picture(Journal(warning_signs=("sharp_pain",), injured_areas=("calves",))), LIBRARY)
    assert areas_of(suggestion, StepKind.FOAM_ROLL) == []
    assert suggestion.later == ()
    whys = [reason.why for reason in suggestion.reasons[:2]]
    assert "sharp pain" in whys[0] and "injured or swollen" in whys[1]


def test_a_completed_suggested_session_is_not_offered_again_and_says_what_is_next():
    before = suggest_from(picture(), LIBRARY)
    assert not before.is_done and before.next_up is None and before.later
    done = DoneSession("s1", "suggested", "After your 10 km run", RUN.ended_at + timedelta(minutes=2),
                       RUN.ended_at + timedelta(minutes=14), "completed", RUN.id)
    after = suggest_from(picture(done=[done]), LIBRARY)
    assert after.is_done
    # The massage gun comes an hour after the workout, at 07:50 UTC; contrast too.
    assert after.next_up.render(str) == f"next: the massage gun from {(RUN.ended_at + timedelta(hours=1)):%H:%M}"


def test_when_everything_is_done_the_card_says_rest():
    sessions = [DoneSession(f"s{i}", routine, routine, RUN.ended_at + timedelta(minutes=i), RUN.ended_at
                            + timedelta(minutes=i + 1), "completed", None)
                for i, routine in enumerate(("suggested", "massage-gun", "contrast"))]
    suggestion = suggest_from(picture(done=sessions), LIBRARY)
    assert suggestion.is_done and suggestion.later == ()
    assert suggestion.next_up.render(str) == "nothing more today: rest"


def test_an_abandoned_session_or_one_for_another_workout_does_not_count():
    abandoned = DoneSession("a", "suggested", "x", RUN.ended_at, RUN.ended_at, "abandoned", RUN.id)
    other = DoneSession("b", "suggested", "x", RUN.ended_at, RUN.ended_at, "completed", 99)
    assert not suggest_from(picture(done=[abandoned, other]), LIBRARY).is_done


def test_the_picture_reads_signs_and_injuries_only_for_72_hours_and_flags_from_the_same_entries():
    old = Entry(NOW - timedelta(hours=73), Journal(warning_signs=("sharp_pain",), injured_areas=("quads",)))
    fresh = Entry(NOW - timedelta(hours=1), Journal(warning_signs=("swelling",)))
    seen = RecoveryPicture(NOW, RUN, (old, fresh))
    assert [sign for sign, _ in seen.warning_signs()] == ["swelling"]
    assert seen.injured_areas() == set()
    assert {flag.subject for flag in seen.red_flags()} == {"sharp_pain", "swelling"}


soreness = st.dictionaries(st.sampled_from(AREAS), st.integers(0, 10), max_size=len(AREAS))


@settings(max_examples=60, deadline=None)
@given(soreness, st.lists(st.sampled_from(AREAS), max_size=3, unique=True))
def test_whatever_is_logged_the_sorest_lead_and_nothing_touches_an_injured_area(values, injured):
    suggestion = suggest_from(picture(Journal(soreness_after=values, injured_areas=tuple(injured))), LIBRARY)
    stretched = areas_of(suggestion, StepKind.STRETCH)
    ranked = [area for area in stretched if values.get(area, 0) >= 4]
    assert ranked == sorted(ranked, key=lambda area: -values[area])
    assert all(values.get(area, 0) >= 4 for area in stretched[:len(ranked)])
    for step in suggestion.routine.steps:
        assert not (step.kind in NOT_ON_AN_INJURY and set(step.areas) & set(injured))
    if injured:
        assert suggestion.later == ()


def test_massage_by_hand_is_offered_beside_the_gun_and_one_massage_done_is_enough():
    assert [later.routine_id for later in suggest_from(picture(), LIBRARY).later] == [
        "massage-gun", "hand-massage", "contrast"]
    by_hand = DoneSession("h", "hand-massage", "Massage by hand", RUN.ended_at + timedelta(minutes=70),
                          RUN.ended_at + timedelta(minutes=80), "completed", None)
    assert [later.routine_id for later in suggest_from(picture(done=[by_hand]), LIBRARY).later] == ["contrast"]

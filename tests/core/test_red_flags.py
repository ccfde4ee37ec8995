"""Red-flag rules: persistent severe soreness (more than 3 days) and warning signs."""

from __future__ import annotations

from datetime import date, timedelta

from recoverykit.core.journal import Journal
from recoverykit.core.red_flags import (
    PERSISTENT_SORENESS,
    WARNING_SIGN,
    current_red_flags,
    severe_runs,
)

D0 = date(2026, 5, 4)


def sore(day: int, **areas: int) -> tuple[date, Journal]:
    return D0 + timedelta(days=day), Journal(soreness_after=areas)


def test_exactly_three_severe_days_is_not_a_flag():
    entries = [sore(0, calves=8), sore(1, calves=7), sore(2, calves=9)]
    assert severe_runs(entries) == []
    assert current_red_flags(entries, D0 + timedelta(days=2)) == []


def test_four_consecutive_severe_days_is_a_flag_naming_the_area_and_days():
    entries = [sore(0, calves=8), sore(1, calves=7), sore(2, calves=9), sore(3, calves=7)]
    (flag,) = current_red_flags(entries, D0 + timedelta(days=3))
    assert (flag.code, flag.subject, flag.first_day, flag.days) == (PERSISTENT_SORENESS, "calves", D0, 4)


# Issue 17 changed the rule (GUIDANCE "Red flag timing"): 4 severe days of any 5 count, so a day
# missing from the log, or one milder day, no longer hides persistent soreness.
def test_a_day_without_a_journal_does_not_hide_it():
    entries = [sore(0, quads=8), sore(1, quads=8), sore(3, quads=8), sore(4, quads=8)]
    (flag,) = severe_runs(entries)
    assert (flag.subject, flag.first_day, flag.last_day) == ("quads", D0, D0 + timedelta(days=4))


def test_one_milder_day_does_not_hide_it_but_two_in_five_do():
    entries = [sore(0, quads=8), sore(1, quads=6), sore(2, quads=8), sore(3, quads=8), sore(4, quads=8)]
    assert [flag.subject for flag in severe_runs(entries)] == ["quads"]
    milder = [sore(0, quads=8), sore(1, quads=6), sore(2, quads=6), sore(3, quads=8), sore(4, quads=8)]
    assert severe_runs(milder) == []


def test_four_severe_days_spread_over_more_than_five_are_not_a_flag():
    entries = [sore(0, quads=8), sore(2, quads=8), sore(4, quads=8), sore(6, quads=8)]
    assert severe_runs(entries) == []


def test_two_episodes_far_apart_are_two_flags():
    entries = [sore(day, calves=8) for day in (0, 1, 2, 3)] + [sore(day, calves=8) for day in (20, 21, 23, 24)]
    flags = severe_runs(entries)
    assert [(flag.first_day, flag.last_day) for flag in flags] == [
        (D0, D0 + timedelta(days=3)), (D0 + timedelta(days=20), D0 + timedelta(days=24))]


def test_still_severe_more_than_72_hours_after_the_workout_is_a_flag_on_one_entry():
    from datetime import datetime, timezone

    ended = datetime(2026, 5, 4, 18, 0, tzinfo=timezone.utc)
    too_soon = (D0 + timedelta(days=3), Journal(soreness_after={"calves": 8}, workout_ended_at=ended))
    assert current_red_flags([too_soon], D0 + timedelta(days=3)) == []  # day 3 may be under 72 h
    later = (D0 + timedelta(days=4), Journal(soreness_after={"calves": 8}, workout_ended_at=ended))
    (flag,) = current_red_flags([later], D0 + timedelta(days=4))
    assert (flag.code, flag.subject, flag.first_day, flag.last_day) == (
        PERSISTENT_SORENESS, "calves", D0, D0 + timedelta(days=4))
    mild = (D0 + timedelta(days=5), Journal(soreness_after={"calves": 6}, workout_ended_at=ended))
    assert current_red_flags([mild], D0 + timedelta(days=5)) == []


def test_different_areas_do_not_add_up():
    entries = [sore(0, quads=9), sore(1, calves=9), sore(2, quads=9), sore(3, calves=9)]
    assert severe_runs(entries) == []


def test_before_values_and_several_sessions_a_day_count_with_the_worst():
    entries = [(D0, Journal(soreness_before={"feet": 7})), sore(0, feet=2),
               sore(1, feet=7), sore(2, feet=8), (D0 + timedelta(days=3), Journal(soreness_before={"feet": 9}))]
    (flag,) = severe_runs(entries)
    assert flag.subject == "feet" and flag.days == 4


def test_an_old_run_is_not_current_but_a_recent_one_is():
    entries = [sore(day, hamstrings=8) for day in range(5)]
    assert current_red_flags(entries, D0 + timedelta(days=4 + 3)) != []
    assert current_red_flags(entries, D0 + timedelta(days=4 + 4)) == []


def test_future_entries_are_ignored():
    entries = [sore(day, hamstrings=8) for day in range(5)]
    assert current_red_flags(entries, D0 + timedelta(days=2)) == []


def test_a_warning_sign_is_a_flag_on_its_own():
    entries = [(D0, Journal(warning_signs=("numbness", "sharp_pain")))]
    flags = current_red_flags(entries, D0 + timedelta(days=1))
    assert [(f.code, f.subject) for f in flags] == [(WARNING_SIGN, "sharp_pain"), (WARNING_SIGN, "numbness")]
    assert current_red_flags(entries, D0 + timedelta(days=10)) == []


def test_an_urgent_sign_comes_first_and_is_its_own_flag():
    from recoverykit.core.journal import check_journal
    from recoverykit.core.red_flags import URGENT_SIGN

    journal = Journal(soreness_after={"calves": 8}, warning_signs=("swelling", "hot_swollen_calf"))
    assert check_journal(journal) == []
    entries = [sore(day, calves=8) for day in range(4)] + [(D0 + timedelta(days=3), journal)]
    flags = current_red_flags(entries, D0 + timedelta(days=3))
    assert [(flag.code, flag.subject) for flag in flags] == [
        (URGENT_SIGN, "hot_swollen_calf"), (PERSISTENT_SORENESS, "calves"), (WARNING_SIGN, "swelling")]

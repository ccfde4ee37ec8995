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


def test_a_day_without_a_journal_breaks_the_run():
    entries = [sore(0, quads=8), sore(1, quads=8), sore(3, quads=8), sore(4, quads=8)]
    assert severe_runs(entries) == []


def test_a_day_under_seven_breaks_the_run():
    entries = [sore(0, quads=8), sore(1, quads=6), sore(2, quads=8), sore(3, quads=8), sore(4, quads=8)]
    assert severe_runs(entries) == []


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

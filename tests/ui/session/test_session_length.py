"""The list, the preview, the command line and the running session agree on how long a session takes."""

from __future__ import annotations

import io

import pytest

from recoverykit import cli
from recoverykit.core.timing import session_length
from recoverykit.qt.text import about_words, clock_text


@pytest.mark.parametrize("routine_id", ["cooldown", "foam-roll", "leg-day", "massage-gun"])
def test_every_place_shows_the_length_the_session_then_takes(rk, driver, clock, paths, routine_id):
    window = rk.window
    assert window.settings.update(get_ready_s=10, switch_sides_s=8, change_position_s=12) is None
    routine = rk.library.get(routine_id)
    expected = session_length(routine, window.session_timing())
    assert expected > routine.total_s + 10  # the gaps are counted
    assert about_words(expected) in window.routines_page.list.itemDelegate().meta(routine)
    window.preview_routine(routine_id)
    assert window.preview_page.total_label.text() == f"Total: {clock_text(expected)}"
    out = io.StringIO()
    assert cli.print_routines(paths, False, out, io.StringIO()) == 0
    [line] = [line for line in out.getvalue().splitlines() if line.split()[0] == routine_id]
    minutes, seconds = divmod(round(expected), 60)
    assert f"{minutes}:{seconds:02d}" in line
    started = clock.now()
    window.start_adjusted(routine, window.session_timing())
    driver.run_to_end()
    assert clock.now() - started == pytest.approx(expected, abs=1.0)

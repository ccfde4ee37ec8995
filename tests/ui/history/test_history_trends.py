"""The charts follow the filters and say their range; trends over any range; a labelled calendar; export."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QPoint

from recoverykit.core.day_log import DayLog
from recoverykit.core.journal import Journal
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, populate
from tests.ui.conftest import build_app


@pytest.fixture
def charted(qtbot, paths, clock, ticker):
    """Forty days of cool-downs with journals (calves easing, effort logged) and one logged rest day."""
    paths.ensure()
    ids = populate(paths.database, sessions=40, first_day=-39)
    repo = SessionRepository(open_database(paths.database))
    store = JournalStore(repo)
    for back, session_id in enumerate(ids):  # oldest first: sorest then, easing since
        store.save(session_id, Journal(soreness_after={"calves": max(0, 8 - back // 5)}, rpe=6,
                                       workout_min=45), T0)
    DayLogStore(repo).save(DayLog("rest", T0 - timedelta(days=2, hours=3), Journal(soreness_after={"quads": 5}),
                                  rest_day=True), T0)
    repo.close()
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    built.window.show_page("history")
    page = built.window.history_page
    page.tabs.setCurrentWidget(page.charts)
    yield built
    built.close()


def test_the_bars_cover_the_chosen_dates_and_say_so(charted):
    page = charted.window.history_page
    page.choose_last(30)
    charts = page.charts
    (series,) = charts.weekly.series()
    weeks = series.barSets()[0].count()
    assert 5 <= weeks <= 6  # thirty days of weeks, not the last twelve weeks
    since = page.since.date().toPython()
    assert since == charted.clock.wall().date() - timedelta(days=29)
    assert "per week" in charts.weekly.title() and f"{since.day:02d}" in charts.weekly.title()
    page.since.setDate(QDate(2025, 1, 1))  # more than 26 weeks: by month
    assert "per month" in charts.weekly.title()


def test_the_trend_shows_each_area_the_effort_and_the_logged_days(charted):
    page = charted.window.history_page
    page.choose_last(30)
    names = {series.name(): series for series in page.charts.trend.series()}
    assert set(names) == {"Calves", "Quads", "Effort (RPE)", "Workout load"}  # quads: the logged rest day
    calves = [point.y() for point in names["Calves"].points()]
    assert calves[0] > calves[-1]  # easing over the month
    assert [point.y() for point in names["Quads"].points()] == [5]
    point = names["Effort (RPE)"].points()[-1]
    charted.window.history_page.charts.trend_chart._tip("Effort (RPE)", point, True,
                                                        {point.x(): 270})
    assert "6" in page.charts.trend_chart.last_tip and "270" in page.charts.trend_chart.last_tip


def test_a_routine_filter_says_the_streak_is_that_routines_only(charted):
    page = charted.window.history_page
    page.routine_filter.setCurrentIndex(page.routine_filter.findText("Post-run cool-down"))
    assert "Post-run cool-down only" in page.charts.streak_label.text()
    page.routine_filter.setCurrentIndex(0)
    assert "only" not in page.charts.streak_label.text()


def test_the_calendar_names_the_day_under_the_pointer(charted):
    heat_map = charted.window.history_page.charts.heat_map
    today = charted.clock.wall().date()
    cell = heat_map._cell()
    weekday = today.weekday()
    point = QPoint(int(heat_map._left + 25 * cell + cell / 2), int(heat_map._top + weekday * cell + cell / 2))
    assert heat_map.day_at(point) == today
    assert "min of recovery" in heat_map.day_tip(today)
    assert "no recovery" in heat_map.day_tip(today - timedelta(days=150))
    assert heat_map.day_at(QPoint(1, 1)) is None  # the labels, not a day


def test_the_charts_export_as_png_and_svg(charted, tmp_path):
    page = charted.window.history_page
    for name in ("charts.png", "charts.svg"):
        page.choose_chart_file = lambda *a, n=name: tmp_path / n
        assert page.export_charts() == tmp_path / name
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "charts.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "charts.svg").read_bytes()[:2000]
    page.choose_chart_file = lambda *a: tmp_path / "no-such-folder" / "c.png"
    assert page.export_charts() is None and "could not be saved" in page.notice.text()


def test_the_workout_load_is_drawn_beside_the_effort(charted):
    page = charted.window.history_page
    page.choose_last(30)
    load = next(series for series in page.charts.trend.series() if series.name() == "Workout load")
    assert {point.y() for point in load.points()} == {270.0}  # RPE 6 × 45 min, every day

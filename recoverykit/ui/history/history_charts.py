"""The history charts (Qt Charts), themed from the app palette in light and dark.

Each chart is a small class behind one protocol (:class:`HistoryChart`): a
widget, and ``show(data, palette)`` drawing it from the numbers
``core/history_stats.chart_data`` computed once for all of them. Adding a
chart is one class and one entry in :attr:`HistoryCharts.charts`. Recovery
minutes per week or month over the range the filters chose (bars with their
values), soreness by area and workout effort over that range (lines; hover
for the values), soreness by area over the days after the selected session,
and a labelled calendar heat map of recovery days with a legend, tooltips and
the streak. Every title says the range it shows; Export charts… writes them
as PNG or SVG (for a physio).
This module imports PySide6.QtCharts, so it is only imported when the
history view is first shown.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Protocol

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QToolTip, QWidget

from recoverykit.core.history_stats import HistoryChartData, TrendEntry, chart_data
from recoverykit.core.journal import AREAS, SORENESS_MAX, Journal
from recoverykit.qt.dates import date_text, day_month_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import is_dark, muted_text, track_color
from recoverykit.ui.history.recovery_calendar import RecoveryCalendar
from recoverykit.ui.journal.journal_words import area_text

_AREA_HUES = dict(zip(AREAS, (205, 30, 120, 280, 0, 170, 55, 320), strict=True))


def _theme(chart: QChart, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setBackgroundVisible(False)  # the page shows through, as under the calendar beside it
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    chart.setMargins(QMargins(4, 4, 4, 4))
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(muted_text(palette))
        axis.setGridLineColor(track_color(palette))


def area_color(area: str, palette: QPalette) -> QColor:
    return QColor.fromHsl(_AREA_HUES[area], 170, 160 if is_dark(palette) else 100)


class HistoryChart(Protocol):
    """One chart of the history: a widget, drawn from the shared chart data."""

    widget: QWidget

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        """Draw ``data`` in the colours of ``palette``."""


def _chart_view(name: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    view.viewport().setAutoFillBackground(False)
    view.setAccessibleName(name)
    return chart, view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def range_text(data: HistoryChartData) -> str:
    """"3 Mar 2026 – 4 May 2026", the range a chart shows."""
    return tr("%1 – %2").replace("%1", date_text(data.since)).replace("%2", date_text(data.until))


def month_text(day: date) -> str:
    return QLocale().toString(QDateTime(day, QTime(0, 0)).date(), tr("MMM yy", "month and year format"))


def _show_tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


class WeeklyMinutesChart:
    """Recovery minutes per week (per month over a long range) over the chosen range, as bars."""

    def __init__(self) -> None:
        self.chart, self.widget = _chart_view(tr("Recovery minutes per week"))
        self.chart.legend().hide()
        self.labels: list[str] = []

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        chart = self.chart
        _clear(chart)
        period = data.period
        bars = QBarSet(tr("Minutes"))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        for _, minutes in data.weeks:
            bars.append(round(minutes))
        series = QBarSeries()
        series.append(bars)
        if len(data.weeks) <= 16:  # the value on each bar, while there is room for it
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            bars.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        starts = [start for start, _ in data.weeks]
        bars.hovered.connect(lambda on, index: _show_tip(self.tip(data, index)) if on else QToolTip.hideText())
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        self.labels = [str(start.year) if period == "year" else month_text(start) if period == "month"
                       else f"{start.day}/{start.month}" for start in starts]
        axis_x.append(self.labels)
        axis_x.setTitleText({"year": tr("year"), "month": tr("month")}.get(period, tr("week starting (day/month)")))
        axis_x.setTruncateLabels(False)
        if len(starts) > 8:  # slanted, so every label fits whole
            axis_x.setLabelsAngle(-60)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(10.0, max((m for _, m in data.weeks), default=0) * 1.15))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        axis_y.setTitleText(tr("minutes"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if data.since is None:
            chart.setTitle(tr("Recovery minutes per week, last 12 weeks"))
        else:
            title = {"year": tr("Recovery minutes per year, %1"), "month": tr("Recovery minutes per month, %1")
                     }.get(period, tr("Recovery minutes per week, %1"))
            chart.setTitle(title.replace("%1", range_text(data)))
        _theme(chart, palette)

    @staticmethod
    def tip(data: HistoryChartData, index: int) -> str:
        start, minutes = data.weeks[index]
        what = {"year": tr("Year from %1"), "month": tr("Month of %1")}.get(data.period, tr("Week of %1"))
        return (what.replace("%1", date_text(start)) + ": " +
                tr("%n min of recovery", "minutes", round(minutes)))


class TrendChart:
    """Each area's soreness and the workouts' effort (RPE) over the chosen range, on one 0-10 scale."""

    def __init__(self) -> None:
        self.chart, self.widget = _chart_view(tr("Soreness and effort over the chosen dates"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_tip = ""

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        chart = self.chart
        _clear(chart)
        if data.since is None:
            chart.setTitle(tr("Soreness and effort: choose dates above"))
            _theme(chart, palette)
            return
        axis_x, axis_y = QDateTimeAxis(), QValueAxis()
        axis_x.setRange(QDateTime(data.since, QTime(0, 0)), QDateTime(data.until, QTime(23, 59)))
        axis_x.setFormat(tr("dd MMM", "day and month format"))
        axis_x.setTickCount(6)
        axis_y.setRange(0, SORENESS_MAX)
        axis_y.setTickCount(6)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(tr("0–10"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for area, points in (data.trend or {}).items():
            name = area_text(area)
            line = QLineSeries()
            line.setName(name)
            line.setPointsVisible(len(points) <= 60)
            line.setPen(QPen(area_color(area, palette), 2))
            line.append([QPointF(_ms(day), value) for day, value in points])
            line.hovered.connect(lambda point, on, name=name: self._tip(name, point, on))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        if data.effort:
            effort = QLineSeries()
            effort.setName(tr("Effort (RPE)"))
            pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1.5, Qt.PenStyle.DashLine)
            effort.setPen(pen)
            effort.setPointsVisible(len(data.effort) <= 60)
            effort.append([QPointF(_ms(day), rpe) for day, rpe, _load in data.effort])
            loads = {_ms(day): load for day, _rpe, load in data.effort}
            effort.hovered.connect(lambda point, on: self._tip(tr("Effort (RPE)"), point, on, loads))
            chart.addSeries(effort)
            effort.attachAxis(axis_x)
            effort.attachAxis(axis_y)
            loaded = [(day, load) for day, _rpe, load in data.effort if load]
            if loaded:  # the workout load beside it, on its own scale at the right
                load_axis = QValueAxis()
                load_axis.setRange(0, max(load for _, load in loaded) * 1.1)
                load_axis.setLabelFormat("%d")
                load_axis.applyNiceNumbers()
                load_axis.setTitleText(tr("load (effort × min)"))
                chart.addAxis(load_axis, Qt.AlignmentFlag.AlignRight)
                load_line = QLineSeries()
                load_line.setName(tr("Workout load"))
                muted = muted_text(palette)
                load_line.setPen(QPen(muted, 1.5, Qt.PenStyle.DotLine))
                load_line.setPointsVisible(len(loaded) <= 60)
                load_line.append([QPointF(_ms(day), load) for day, load in loaded])
                load_line.hovered.connect(lambda point, on: self._tip(tr("Workout load"), point, on))
                chart.addSeries(load_line)
                load_line.attachAxis(axis_x)
                load_line.attachAxis(load_axis)
        chart.setTitle(tr("Soreness by area and effort, %1").replace("%1", range_text(data))
                       if data.trend or data.effort else
                       tr("Soreness and effort, %1: nothing logged").replace("%1", range_text(data)))
        _theme(chart, palette)

    def _tip(self, name: str, point: QPointF, on: bool, loads: dict | None = None) -> None:
        if not on:
            QToolTip.hideText()
            return
        day = QDateTime.fromMSecsSinceEpoch(round(point.x())).date().toPython()
        text = tr("%1, %2: %3").replace("%1", name).replace("%2", day_month_text(day)).replace(
            "%3", str(round(point.y())))
        load = (loads or {}).get(_ms(day))
        if load:
            text += " " + tr("(load %1: effort × minutes)").replace("%1", str(load))
        self.last_tip = text
        _show_tip(text)


@functools.lru_cache(maxsize=4096)
def _ms(day: date) -> float:
    """Noon of ``day`` as the chart's x (milliseconds); the series of one chart share their days."""
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


class SorenessChart:
    """Each area's soreness on the days after the selected session, as lines."""

    def __init__(self) -> None:
        self.chart, self.widget = _chart_view(tr("Soreness by area in the days after the selected session"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        chart = self.chart
        _clear(chart)
        days_x, values_y = QValueAxis(), QValueAxis()
        days_x.setRange(0, 6)
        days_x.setTickCount(7)
        days_x.setLabelFormat("%d")
        days_x.setTitleText(tr("days after"))
        values_y.setRange(0, SORENESS_MAX)
        values_y.setTickCount(6)
        values_y.setLabelFormat("%d")
        chart.addAxis(days_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_y, Qt.AlignmentFlag.AlignLeft)
        for area, points in data.soreness.items():
            line = QLineSeries()
            line.setName(area_text(area))
            line.setPointsVisible(True)
            line.setPen(QPen(area_color(area, palette), 2.5))
            line.setColor(area_color(area, palette))
            line.append([QPointF(offset, value) for offset, value in points])
            chart.addSeries(line)
            line.attachAxis(days_x)
            line.attachAxis(values_y)
        chart.setTitle(tr("Soreness after %1").replace("%1", date_text(data.workout_day))
                       if data.soreness and data.workout_day else tr("Soreness after a session: no journal to show"))
        _theme(chart, palette)


class HistoryCharts(QWidget):
    """The charts in a grid; ``show_history`` redraws every one from the listed sessions."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekly_chart, self.soreness_chart = WeeklyMinutesChart(), SorenessChart()
        self.trend_chart = TrendChart()
        self.calendar = RecoveryCalendar(today)
        self.charts: tuple[HistoryChart, ...] = (self.weekly_chart, self.trend_chart, self.soreness_chart,
                                                 self.calendar)
        # The names the page and its tests know the parts by.
        self.weekly, self.weekly_view = self.weekly_chart.chart, self.weekly_chart.widget
        self.soreness, self.soreness_view = self.soreness_chart.chart, self.soreness_chart.widget
        self.trend, self.trend_view = self.trend_chart.chart, self.trend_chart.widget
        self.heat_map, self.streak_label = self.calendar.heat_map, self.calendar.streak_label
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.weekly_view, 0, 0)
        grid.addWidget(self.trend_view, 0, 1)
        grid.addWidget(self.soreness_view, 1, 0)
        grid.addWidget(self.calendar.widget, 1, 1)
        for row in (0, 1):
            grid.setRowStretch(row, 1)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        self._data: HistoryChartData | None = None

    def show_history(self, sessions: list[tuple[date, float]], journals: list[tuple[date, Journal]],
                     workout_day: date | None, today: date, since: date | None = None, until: date | None = None,
                     range_entries: list[TrendEntry] = (), scope: str = "") -> None:
        """``sessions`` are (day, active seconds); ``journals`` are dated journals (the selected
        session's week); with ``since``/``until`` the range charts cover those dates, from
        ``range_entries`` (what the trends read of the journals and logged days in the range);
        ``scope`` names the routine the filter chose, if any."""
        self.calendar.scope = scope
        self.show_data(chart_data(sessions, journals, workout_day, today, since, until, range_entries))

    def show_data(self, data: HistoryChartData) -> None:
        self._data = data
        palette = self.palette()
        for chart in self.charts:
            chart.show(data, palette)

    def save_picture(self, path) -> None:
        """Write the charts as shown to ``path``: SVG for a .svg name, else PNG. OSError if it fails."""
        from pathlib import Path

        path = Path(path)
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.size())
            generator.setViewBox(self.rect())
            generator.setTitle(tr("recoverykit history charts"))
            painter = QPainter(generator)
            self.render(painter, QPoint(0, 0))
            painter.end()
            if not path.is_file() or path.stat().st_size == 0:
                raise OSError(tr("the SVG file could not be written"))
        elif not self.grab().save(str(path), "PNG"):
            raise OSError(tr("the PNG file could not be written"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self.show_data(self._data)

"""The history charts (Qt Charts), themed from the app palette in light and dark.

Each chart is a small class behind one protocol (:class:`HistoryChart`): a
widget, and ``show(data, palette)`` drawing it from the numbers
``core/history_stats.chart_data`` computed once for all of them. Adding a
chart is one class and one entry in :attr:`HistoryCharts.charts`. Recovery
minutes per week (bars), soreness by area over the days after the selected
session (lines), and a calendar heat map of recovery days with the streak.
This module imports PySide6.QtCharts, so it is only imported when the
history view is first shown.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from recoverykit.core.history_stats import HistoryChartData, chart_data, week_start
from recoverykit.core.journal import AREAS, SORENESS_MAX, Journal
from recoverykit.qt.dates import date_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import is_dark, muted_text, track_color
from recoverykit.ui.common.widgets import scaled_font
from recoverykit.ui.journal.journal_words import area_text

HEAT_WEEKS = 26
_AREA_HUES = dict(zip(AREAS, (205, 30, 120, 280, 0, 170, 55, 320), strict=True))


def _theme(chart: QChart, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
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
    view.setAccessibleName(name)
    return chart, view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


class WeeklyMinutesChart:
    """Recovery minutes in each of the last weeks, as bars."""

    def __init__(self) -> None:
        self.chart, self.widget = _chart_view(tr("Recovery minutes per week"))
        self.chart.legend().hide()

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        chart = self.chart
        _clear(chart)
        bars = QBarSet(tr("Minutes"))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        for _, minutes in data.weeks:
            bars.append(round(minutes, 1))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{start.day}/{start.month}" for start, _ in data.weeks])
        axis_x.setTitleText(tr("week starting (day/month)"))
        axis_y = QValueAxis()
        axis_y.setRange(0, max(10.0, max(m for _, m in data.weeks) * 1.15))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        axis_y.setTitleText(tr("minutes"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.setTitle(tr("Recovery minutes per week"))
        _theme(chart, palette)


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


class HeatMap(QWidget):
    """Recovery minutes per day for the last HEAT_WEEKS weeks, a column per week (Monday on top)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes: dict[date, float] = {}
        self._today = today
        self.setMinimumHeight(7 * 14 + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Calendar of recovery days"))

    def sizeHint(self) -> QSize:
        return QSize(HEAT_WEEKS * 16, 7 * 16 + 8)

    def set_days(self, minutes: dict[date, float], today: date) -> None:
        self._minutes, self._today = minutes, today
        first = week_start(today) - timedelta(weeks=HEAT_WEEKS - 1)
        active = sum(1 for day in minutes if first <= day <= today)
        self.setAccessibleDescription(tr("%n recovery days in the last 26 weeks", "days", active))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = min((self.width() - 4) / HEAT_WEEKS, (self.height() - 4) / 7)
        gap = max(1.0, cell * 0.15)
        first = week_start(self._today) - timedelta(weeks=HEAT_WEEKS - 1)
        accent = palette.color(QPalette.ColorRole.Highlight)
        for week in range(HEAT_WEEKS):
            for weekday in range(7):
                day = first + timedelta(weeks=week, days=weekday)
                if day > self._today:
                    continue
                minutes = self._minutes.get(day, 0.0)
                rect = QRectF(2 + week * cell, 2 + weekday * cell, cell - gap, cell - gap)
                if minutes <= 0:
                    painter.fillRect(rect, track_color(palette))
                    continue
                color = QColor(accent)
                color.setAlphaF(0.35 + 0.65 * min(1.0, minutes / 30))
                painter.fillRect(rect, color)
                if day == self._today:
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
                    painter.drawRect(rect)
        painter.end()


class RecoveryCalendar:
    """The heat map of recovery days with the streak under it."""

    def __init__(self, today: date) -> None:
        self.widget = QWidget()
        self.heat_map = HeatMap(today)
        self.streak_label = QLabel()
        self.streak_label.setFont(scaled_font(self.streak_label, 1.1))
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Recovery days, last 26 weeks")))
        layout.addWidget(self.heat_map)
        layout.addWidget(self.streak_label)
        layout.addStretch(1)

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        self.heat_map.set_days(data.minutes_by_day, data.today)
        self.streak_label.setText(tr("Streak: %n recovery days (one rest day in a row keeps it going)",
                                     "days", data.streak_days))


class HistoryCharts(QWidget):
    """The charts side by side; ``show_history`` redraws every one from the listed sessions."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekly_chart, self.soreness_chart = WeeklyMinutesChart(), SorenessChart()
        self.calendar = RecoveryCalendar(today)
        self.charts: tuple[HistoryChart, ...] = (self.weekly_chart, self.soreness_chart, self.calendar)
        # The names the page and its tests know the parts by.
        self.weekly, self.weekly_view = self.weekly_chart.chart, self.weekly_chart.widget
        self.soreness, self.soreness_view = self.soreness_chart.chart, self.soreness_chart.widget
        self.heat_map, self.streak_label = self.calendar.heat_map, self.calendar.streak_label
        top = QHBoxLayout()
        top.addWidget(self.weekly_view, 1)
        top.addWidget(self.soreness_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(self.calendar.widget)
        self._data: HistoryChartData | None = None

    def show_history(self, sessions: list[tuple[date, float]], journals: list[tuple[date, Journal]],
                     workout_day: date | None, today: date) -> None:
        """``sessions`` are (day, active seconds); ``journals`` are dated journals."""
        self.show_data(chart_data(sessions, journals, workout_day, today))

    def show_data(self, data: HistoryChartData) -> None:
        self._data = data
        palette = self.palette()
        for chart in self.charts:
            chart.show(data, palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self.show_data(self._data)

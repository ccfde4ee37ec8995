"""The history charts (Qt Charts), themed from the app palette in light and dark.

Recovery minutes per week (bars), soreness by area over the days after the
selected session (lines), and a calendar heat map of recovery days with the
streak. This module imports PySide6.QtCharts, so it is only imported when the
history view is first shown.
"""

from __future__ import annotations

from datetime import date, timedelta

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

from recoverykit.core.history_stats import minutes_by_day, minutes_per_week, soreness_after, week_start
from recoverykit.core.journal import AREAS, SORENESS_MAX, Journal
from recoverykit.core.streak import streak
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


class HeatMap(QWidget):
    """Recovery minutes per day for the last HEAT_WEEKS weeks, a column per week (Monday on top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes: dict[date, float] = {}
        self._today = date.today()
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


class HistoryCharts(QWidget):
    """The three charts; ``show_history`` redraws them from the listed sessions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekly = QChart()
        self.weekly.legend().hide()
        self.weekly_view = QChartView(self.weekly)
        self.weekly_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.weekly_view.setAccessibleName(tr("Recovery minutes per week"))
        self.soreness = QChart()
        self.soreness.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.soreness_view = QChartView(self.soreness)
        self.soreness_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.soreness_view.setAccessibleName(tr("Soreness by area in the days after the selected session"))
        self.heat_map = HeatMap()
        self.streak_label = QLabel()
        self.streak_label.setFont(scaled_font(self.streak_label, 1.1))
        calendar = QVBoxLayout()
        calendar_title = QLabel(tr("Recovery days, last 26 weeks"))
        calendar.addWidget(calendar_title)
        calendar.addWidget(self.heat_map)
        calendar.addWidget(self.streak_label)
        calendar.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.weekly_view, 1)
        top.addWidget(self.soreness_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addLayout(calendar)
        self._data: tuple = ([], [], None, date.today())

    def show_history(self, sessions: list[tuple[date, float]], journals: list[tuple[date, Journal]],
                     workout_day: date | None, today: date) -> None:
        """``sessions`` are (day, active seconds); ``journals`` are dated journals."""
        self._data = (sessions, journals, workout_day, today)
        palette = self.palette()
        weeks = minutes_per_week(sessions, today)
        self.weekly.removeAllSeries()
        for axis in self.weekly.axes():
            self.weekly.removeAxis(axis)
        bars = QBarSet(tr("Minutes"))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        for _, minutes in weeks:
            bars.append(round(minutes, 1))
        series = QBarSeries()
        series.append(bars)
        self.weekly.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{start.day}/{start.month}" for start, _ in weeks])
        axis_x.setTitleText(tr("week starting (day/month)"))
        axis_y = QValueAxis()
        axis_y.setRange(0, max(10.0, max(m for _, m in weeks) * 1.15))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        axis_y.setTitleText(tr("minutes"))
        self.weekly.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.weekly.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.weekly.setTitle(tr("Recovery minutes per week"))
        _theme(self.weekly, palette)

        self.soreness.removeAllSeries()
        for axis in self.soreness.axes():
            self.soreness.removeAxis(axis)
        by_area = soreness_after(journals, workout_day) if workout_day else {}
        days_x, values_y = QValueAxis(), QValueAxis()
        days_x.setRange(0, 6)
        days_x.setTickCount(7)
        days_x.setLabelFormat("%d")
        days_x.setTitleText(tr("days after"))
        values_y.setRange(0, SORENESS_MAX)
        values_y.setTickCount(6)
        values_y.setLabelFormat("%d")
        self.soreness.addAxis(days_x, Qt.AlignmentFlag.AlignBottom)
        self.soreness.addAxis(values_y, Qt.AlignmentFlag.AlignLeft)
        for area, points in by_area.items():
            line = QLineSeries()
            line.setName(area_text(area))
            line.setPointsVisible(True)
            line.setPen(QPen(area_color(area, palette), 2.5))
            line.setColor(area_color(area, palette))
            line.append([QPointF(offset, value) for offset, value in points])
            self.soreness.addSeries(line)
            line.attachAxis(days_x)
            line.attachAxis(values_y)
        self.soreness.setTitle(tr("Soreness after %1").replace("%1", date_text(workout_day))
                               if by_area else tr("Soreness after a session: no journal to show"))
        _theme(self.soreness, palette)

        by_day = minutes_by_day(sessions)
        self.heat_map.set_days(by_day, today)
        days = streak(by_day, today)
        self.streak_label.setText(tr("Streak: %n recovery days (one rest day in a row keeps it going)",
                                     "days", days))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data[0]:
            self.show_history(*self._data)

"""The calendar heat map of recovery days, labelled, with a legend, tooltips and the streak under it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from recoverykit.core.history_stats import HistoryChartData, week_start
from recoverykit.qt.dates import date_text
from recoverykit.qt.text import tr
from recoverykit.ui.common.theme import muted_text, track_color
from recoverykit.ui.common.widgets import scaled_font

HEAT_WEEKS = 26


class HeatMap(QWidget):
    """Recovery minutes per day for the last HEAT_WEEKS weeks, a column per week (Monday on top).

    Month names run along the top and weekday names down the left; a legend
    says what the shades mean; pointing at a day says its date and minutes.
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes: dict[date, float] = {}
        self._today = today
        metrics = self.fontMetrics()
        self._left = max(metrics.horizontalAdvance(self._weekday(n)) for n in range(7)) + 8
        self._top = metrics.height() + 4
        self._bottom = metrics.height() + 10  # the legend
        self.setMinimumHeight(self._top + 7 * 14 + self._bottom)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Calendar of recovery days"))
        self.setMouseTracking(True)

    @staticmethod
    def _weekday(number: int) -> str:
        return QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat)

    def sizeHint(self) -> QSize:
        return QSize(self._left + HEAT_WEEKS * 16, self._top + 7 * 16 + self._bottom)

    def set_days(self, minutes: dict[date, float], today: date) -> None:
        self._minutes, self._today = minutes, today
        first = week_start(today) - timedelta(weeks=HEAT_WEEKS - 1)
        active = sum(1 for day in minutes if first <= day <= today)
        self.setAccessibleDescription(tr("%n recovery days in the last 26 weeks", "days", active))
        self.update()

    def _cell(self) -> float:
        return min((self.width() - self._left - 4) / HEAT_WEEKS, (self.height() - self._top - self._bottom) / 7)

    def day_at(self, point: QPoint) -> date | None:
        """The day under ``point`` (None off the grid or in the future)."""
        cell = self._cell()
        week, weekday = int((point.x() - self._left) // cell), int((point.y() - self._top) // cell)
        if not (0 <= week < HEAT_WEEKS and 0 <= weekday < 7) or point.x() < self._left or point.y() < self._top:
            return None
        day = week_start(self._today) - timedelta(weeks=HEAT_WEEKS - 1) + timedelta(weeks=week, days=weekday)
        return day if day <= self._today else None

    def day_tip(self, day: date) -> str:
        minutes = self._minutes.get(day, 0.0)
        if minutes <= 0:
            return tr("%1: no recovery").replace("%1", date_text(day))
        return tr("%1: %2").replace("%1", date_text(day)).replace(
            "%2", tr("%n min of recovery", "minutes", round(minutes)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_tip(day), self)
            return True
        return super().event(event)

    def _shade(self, accent: QColor, minutes: float) -> QColor:
        color = QColor(accent)
        color.setAlphaF(0.35 + 0.65 * min(1.0, minutes / 30))
        return color

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self._cell()
        gap = max(1.0, cell * 0.15)
        first = week_start(self._today) - timedelta(weeks=HEAT_WEEKS - 1)
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(muted_text(palette))
        metrics = self.fontMetrics()
        for weekday in (0, 2, 4):  # Mon, Wed, Fri: enough to find any row
            top = self._top + weekday * cell
            painter.drawText(QRectF(0, top, self._left - 6, cell), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, self._weekday(weekday))
        shown_month = None
        for week in range(HEAT_WEEKS):
            monday = first + timedelta(weeks=week)
            if monday.month != shown_month and (week == 0 or monday.day <= 7):
                shown_month = monday.month
                painter.drawText(QPointF(self._left + week * cell, metrics.ascent() + 1),
                                 QLocale().monthName(monday.month, QLocale.FormatType.ShortFormat))
            for weekday in range(7):
                day = monday + timedelta(days=weekday)
                if day > self._today:
                    continue
                minutes = self._minutes.get(day, 0.0)
                rect = QRectF(self._left + week * cell, self._top + weekday * cell, cell - gap, cell - gap)
                painter.fillRect(rect, track_color(palette) if minutes <= 0 else self._shade(accent, minutes))
                if day == self._today:
                    painter.setPen(QPen(text, 1.5))
                    painter.drawRect(rect)
                    painter.setPen(muted_text(palette))
        # The legend: what the shades mean.
        y = self._top + 7 * cell + 4
        x = float(self._left)
        painter.setPen(muted_text(palette))
        less, more = tr("none"), tr("30 min or more")
        painter.drawText(QPointF(x, y + metrics.ascent()), less)
        x += metrics.horizontalAdvance(less) + 6
        size = metrics.height() - 2
        for minutes in (0, 5, 15, 30):
            painter.fillRect(QRectF(x, y + 1, size, size),
                             track_color(palette) if minutes == 0 else self._shade(accent, minutes))
            x += size + 3
        painter.drawText(QPointF(x + 3, y + metrics.ascent()), more)
        painter.end()


class RecoveryCalendar:
    """The heat map of recovery days with the streak under it."""

    def __init__(self, today: date) -> None:
        self.widget = QWidget()
        self.heat_map = HeatMap(today)
        self.streak_label = QLabel()
        self.streak_label.setFont(scaled_font(self.streak_label, 1.1))
        self.title = QLabel(tr("Recovery days, last 26 weeks"))
        self.title.setFont(scaled_font(self.title, 1.0, QFont.Weight.DemiBold))
        self.scope = ""
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.heat_map)
        layout.addWidget(self.streak_label)
        layout.addStretch(1)

    def show(self, data: HistoryChartData, palette: QPalette) -> None:
        self.heat_map.set_days(data.minutes_by_day, data.today)
        streak = tr("Streak: %n recovery days (one rest day in a row keeps it going)", "days", data.streak_days)
        if self.scope:  # a routine filter: the streak counts that routine's days only, and says so
            streak = tr("%1 — %2 only").replace("%1", streak).replace("%2", self.scope)
        self.streak_label.setText(streak)
        title = tr("Recovery days, last 26 weeks")
        self.title.setText(title if not self.scope else tr("%1 — %2 only").replace("%1", title)
                           .replace("%2", self.scope))

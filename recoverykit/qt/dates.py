"""Dates and times for display, with day and month names in the interface language.

``strftime`` always writes English names ("Tue", "Mar"); these go through QLocale
(the default locale is set by ``recoverykit.qt.language``) and a translatable
format, so zh_CN reads "2024年3月12日 周二 18:05".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from recoverykit.qt.text import tr


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def date_time_text(moment: dt.datetime) -> str:
    """Weekday, date and time as stored (no time-zone conversion): "Tue 12 Mar 2024, 18:05" (as strftime wrote it)."""
    return QLocale().toString(_qdatetime(moment), tr("ddd dd MMM yyyy, HH:mm", "date and time format"))


def date_text(day: dt.date) -> str:
    """A date with its year: "12 Mar 2024"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("dd MMM yyyy", "date format"))


def day_month_text(day: dt.date) -> str:
    """A date in the current year: "12 Mar"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("dd MMM", "day and month format"))

"""Times and numbers as an instructor reads them: "3 days ago", the exact time in a tooltip.

Timestamps are stored in UTC without tzinfo; they are shown in local time. Month and day
names and digit grouping come from the default :class:`QLocale` (the app's language);
the date patterns themselves are translatable, so German reads "12. Okt. 2026".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

translate = QCoreApplication.translate


def to_local(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()


def _qt(local: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def number(value: int | float, decimals: int = 0) -> str:
    """1,500 in English, 1.500 in German."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float) -> str:
    """'42 %' with the locale's digits."""
    return translate("timefmt", "{value} %").format(value=number(round(value)))


def date_text(value: dt.date | None) -> str:
    """'12 Sep 2026' ('12. Sept. 2026' in German); '' for None."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), translate("timefmt", "d MMM yyyy")
    )


def day_month(value: dt.date) -> str:
    """'12 Sep' ('12. Sept.' in German)."""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), translate("timefmt", "d MMM")
    )


def exact(when: dt.datetime | None) -> str:
    """'Tue 13 Oct 2026, 14:05' in local time; '' for None."""
    if when is None:
        return ""
    return QLocale().toString(_qt(to_local(when)), translate("timefmt", "ddd d MMM yyyy, HH:mm"))


def clock_time(when: dt.datetime, now: dt.datetime) -> str:
    """'14:05' today, '12 Oct 14:05' this year, '12 Oct 2025' before."""
    local, today = to_local(when), to_local(now)
    if local.date() == today.date():
        pattern = translate("timefmt", "HH:mm")
    elif local.year == today.year:
        pattern = translate("timefmt", "d MMM HH:mm")
    else:
        pattern = translate("timefmt", "d MMM yyyy")
    return QLocale().toString(_qt(local), pattern)


def relative(when: dt.datetime | None, now: dt.datetime, *, never: str | None = None) -> str:
    """'Just now', '5 minutes ago', 'Today', 'Yesterday', '3 days ago', '4 weeks ago', ..."""
    if when is None:
        return translate("timefmt", "Never") if never is None else never
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return translate("timefmt", "Just now") if seconds > -300 else exact(when)
    if seconds < 90:
        return translate("timefmt", "Just now")
    if seconds < 3600:
        minutes = round(seconds / 60)
        return translate("timefmt", "%Ln minute(s) ago", "", minutes)
    local, today = to_local(when).date(), to_local(now).date()
    days = (today - local).days
    if days <= 0:
        hours = max(1, round(seconds / 3600))
        return translate("timefmt", "%Ln hour(s) ago", "", hours)
    if days == 1:
        return translate("timefmt", "Yesterday")
    if days < 14:
        return translate("timefmt", "%Ln day(s) ago", "", days)
    if days < 60:
        weeks = days // 7
        return translate("timefmt", "%Ln week(s) ago", "", weeks)
    if days < 365:
        months = round(days / 30.4)
        return translate("timefmt", "%Ln month(s) ago", "", months)
    years = days // 365
    return translate("timefmt", "%Ln year(s) ago", "", years)

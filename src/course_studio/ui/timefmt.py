"""Times as an instructor reads them: "3 days ago", with the exact time in a tooltip.

Timestamps are stored in UTC without tzinfo; they are shown in local time.
"""

from __future__ import annotations

import datetime as dt


def to_local(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()


def exact(when: dt.datetime | None) -> str:
    """'Tue 13 Oct 2026, 14:05' in local time; '' for None."""
    if when is None:
        return ""
    local = to_local(when)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def clock_time(when: dt.datetime, now: dt.datetime) -> str:
    """'14:05' today, '12 Oct 14:05' this year, '12 Oct 2025' before."""
    local, today = to_local(when), to_local(now)
    if local.date() == today.date():
        return f"{local:%H:%M}"
    if local.year == today.year:
        return f"{local.day} {local:%b %H:%M}"
    return f"{local.day} {local:%b %Y}"


def relative(when: dt.datetime | None, now: dt.datetime, *, never: str = "Never") -> str:
    """'Just now', '5 minutes ago', 'Today', 'Yesterday', '3 days ago', '4 weeks ago', ..."""
    if when is None:
        return never
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "Just now" if seconds > -300 else exact(when)
    if seconds < 90:
        return "Just now"
    if seconds < 3600:
        return f"{round(seconds / 60)} minutes ago"
    local, today = to_local(when).date(), to_local(now).date()
    days = (today - local).days
    if days <= 0:
        hours = round(seconds / 3600)
        return "1 hour ago" if hours <= 1 else f"{hours} hours ago"
    if days == 1:
        return "Yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 365:
        return f"{round(days / 30.4)} months ago"
    years = days // 365
    return "A year ago" if years == 1 else f"{years} years ago"

"""How completion and at-risk are derived (one definition for the app, the SQL
filters and the server)."""

from __future__ import annotations

import datetime as dt

from .enums import EnrollmentRole, EnrollmentStatus

#: Days without activity after which an active student counts as at risk.
DEFAULT_AT_RISK_DAYS = 14
#: Percentage points a student may be behind the course's pace before at risk.
PACE_MARGIN = 25.0


def completion(completed_lessons: int, total_lessons: int) -> float:
    """Completion in percent, 0 when the course has no lessons yet.

    Not rounded: the database computes the same expression, and the two must agree.
    """
    if total_lessons <= 0:
        return 0.0
    return 100.0 * min(completed_lessons, total_lessons) / total_lessons


def expected_progress(start: dt.date | None, end: dt.date | None, today: dt.date) -> float | None:
    """Where a student on pace would be today, in percent (None: no schedule)."""
    if start is None or end is None or end <= start:
        return None
    if today <= start:
        return 0.0
    if today >= end:
        return 100.0
    return 100.0 * (today - start).days / (end - start).days


def is_at_risk(
    *,
    role: str,
    status: str,
    progress: float,
    last_activity_at: dt.datetime | None,
    enrolled_at: dt.datetime,
    course_start: dt.date | None,
    course_end: dt.date | None,
    now: dt.datetime,
    threshold_days: int = DEFAULT_AT_RISK_DAYS,
) -> bool:
    """An active student who has gone quiet, or who is well behind the course's pace.

    Nobody is at risk before the course starts, after finishing every lesson, or when
    not an active student (waitlisted, dropped, TA, observer).
    """
    if role != EnrollmentRole.STUDENT or status != EnrollmentStatus.ACTIVE:
        return False
    if progress >= 100.0:
        return False
    today = now.date()
    if course_start is not None and today < course_start:
        return False
    quiet_since = last_activity_at or max(
        enrolled_at, dt.datetime.combine(course_start, dt.time()) if course_start else enrolled_at
    )
    if now - quiet_since > dt.timedelta(days=threshold_days):
        return True
    pace = expected_progress(course_start, course_end, today)
    return pace is not None and progress < pace - PACE_MARGIN

"""The at-risk rule of :mod:`.progress` as a SQL expression, for filters, counts and
sorting done by the database (SQLite on the desktop, SQLite or PostgreSQL on the
server). Both versions must select the same rows; tests/unit/test_progress_rules.py
checks them against each other."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, literal, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import Float

from .enums import EnrollmentRole, EnrollmentStatus
from .models import Course, Enrollment
from .progress import DEFAULT_AT_RISK_DAYS, PACE_MARGIN


class days_between(FunctionElement[float]):
    """``end - start`` in days, for two DATE values."""

    type = Float()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"(julianday({compiler.process(end, **kw)}) - julianday({compiler.process(start, **kw)}))"
    )


@compiles(days_between, "postgresql")
def _days_between_pg(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    end_sql, start_sql = compiler.process(end, **kw), compiler.process(start, **kw)
    return f"(CAST({end_sql} AS DATE) - CAST({start_sql} AS DATE))"


def at_risk_clause(
    now: dt.datetime,
    threshold_days: int = DEFAULT_AT_RISK_DAYS,
    enrollment: Any = Enrollment,
    course: Any = Course,
) -> ColumnElement[bool]:
    """True for enrollment rows at risk; the query must join ``course``."""
    today = now.date()
    cutoff = now - dt.timedelta(days=threshold_days)
    # datetime(start) < cutoff  <=>  start < the first date whose midnight is >= cutoff
    start_cutoff = (
        cutoff.date() if cutoff.time() == dt.time() else cutoff.date() + dt.timedelta(days=1)
    )
    started = or_(course.start_date.is_(None), course.start_date <= today)
    quiet = or_(
        and_(enrollment.last_activity_at.is_not(None), enrollment.last_activity_at < cutoff),
        and_(
            enrollment.last_activity_at.is_(None),
            enrollment.enrolled_at < cutoff,
            or_(course.start_date.is_(None), course.start_date < start_cutoff),
        ),
    )
    today_p: Any = bindparam("at_risk_today", today, unique=True)
    span = days_between(course.start_date, course.end_date)
    elapsed = days_between(course.start_date, today_p)
    scheduled = and_(
        course.start_date.is_not(None),
        course.end_date.is_not(None),
        course.end_date > course.start_date,
    )
    behind = or_(
        # after the end date the pace is 100 %
        and_(scheduled, course.end_date <= today, enrollment.progress < 100.0 - PACE_MARGIN),
        and_(
            scheduled,
            course.start_date < today,
            course.end_date > today,
            enrollment.progress * span < literal(100.0) * elapsed - PACE_MARGIN * span,
        ),
    )
    return and_(
        enrollment.role == EnrollmentRole.STUDENT.value,
        enrollment.status == EnrollmentStatus.ACTIVE.value,
        enrollment.progress < 100.0,
        started,
        or_(quiet, behind),
    )

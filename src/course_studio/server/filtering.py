"""How ``GET /courses?q=...`` filters courses.

This is the one place that turns the filter text into a SQL condition on the
server's courses. For now it is plain text search: every word must appear in the
code, title, term, category or tags. The app's filter language (status:published,
term:"Fall 2026", ...) plugs in here: parse the text to its FilterSpec and compile
that to a condition on :class:`~course_studio.server.models.Course`, keeping the
signature of :func:`course_condition`.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, or_

from ..domain.errors import ValidationError
from .models import Course

QUERY_MAX = 500


def course_condition(text: object) -> ColumnElement[bool] | None:
    """The WHERE condition for a filter text; None matches every course."""
    if not isinstance(text, str):
        raise ValidationError("The search must be text.", "q")
    if len(text) > QUERY_MAX:
        raise ValidationError(f"A search has at most {QUERY_MAX} characters.", "q")
    words = text.split()
    if not words:
        return None
    clauses = []
    for word in words:
        pattern = (
            "%" + word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        clauses.append(
            or_(
                *(
                    func.lower(column).like(pattern, escape="\\")
                    for column in (
                        Course.code,
                        Course.title,
                        Course.term,
                        Course.category,
                        Course.tags,
                    )
                )
            )
        )
    return and_(*clauses)

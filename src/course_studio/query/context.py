"""What both compilations of a filter share: the context a filter runs in and the few
rules that decide how values compare, written once so that the Python predicate and
the SQL clause cannot drift apart."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..domain.models import utcnow
from ..domain.progress import DEFAULT_AT_RISK_DAYS
from .spec import Missing, Period, Today, Value


@dataclass(frozen=True, slots=True)
class FilterContext:
    """Who runs a filter and when: ``instructor:me``, ``today`` and at-risk need it."""

    #: The current instructor's id; ``instructor:me`` matches nothing without one.
    me: str | None = None
    now: dt.datetime = field(default_factory=utcnow)
    at_risk_days: int = DEFAULT_AT_RISK_DAYS

    @property
    def today(self) -> dt.date:
        return self.now.date()


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Lower-case ASCII letters only, as SQLite's ``lower()`` and ``LIKE`` do.

    Text matching ignores the case of A-Z everywhere; other letters match as they
    are (on PostgreSQL, whose ``lower()`` knows every alphabet, they also match in
    the other case).
    """
    return text.translate(_ASCII_LOWER)


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape character ``\\``) finding ``text`` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


LIKE_ESCAPE = "\\"

_TAG_CHARS = re.compile(r"[a-z0-9+#._-]+")


def tag_like(text: str) -> bool:
    """True when ``text`` could be (part of) a tag.

    Tags are stored as a JSON array; only such text can be looked for in that
    column without matching the JSON punctuation between tags.
    """
    return _TAG_CHARS.fullmatch(text) is not None


#: Separator of the joined text the predicate searches; a value containing it is
#: looked for in each part instead.
SEPARATOR = "\x00"


def period_of(value: Period | Today, today: dt.date) -> Period:
    return Period(today) if isinstance(value, Today) else value


def is_missing(value: Value) -> bool:
    return isinstance(value, Missing)

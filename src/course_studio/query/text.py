"""Filter text to :class:`FilterSpec` and back.

The grammar (docs/filter-language.md has the full story, with examples)::

    filter    := group ("OR" group)*
    group     := clause+                       (clauses separated by spaces; AND is implied)
    clause    := ["-"] (condition | text)
    condition := field op values
    op        := ":" | "=" | "!=" | "<" | "<=" | ">" | ">="
    values    := value ("," value)*
    value     := '"' quoted '"' | bare         (bare: up to a space or a comma)
    text      := '"' quoted '"' | word         (word: up to a space)

Inside quotes ``\\"`` is a quote and ``\\\\`` a backslash. ``OR`` (in capitals) joins
groups; ``AND`` may be written and means nothing more than the space. A mistake
raises :class:`~course_studio.domain.errors.QuerySyntaxError` pointing at the place,
with a suggested fix when there is a likely one.

The parser is written by hand rather than generated: a search box needs messages
that name the field and the value the instructor typed, and a handful of tokens
does not justify a parser generator.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from collections.abc import Iterable

from ..domain.errors import QuerySyntaxError, msg
from .fields import FIELDS, Field, Kind, lookup, names
from .spec import (
    ORDERING_OPS,
    Clause,
    Condition,
    FilterSpec,
    Flag,
    Group,
    Me,
    Missing,
    Op,
    Period,
    Scope,
    Text,
    Today,
    Unit,
    Value,
)

_FIELD_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*(?=!=|<=|>=|[:=<>])")
_OP_RE = re.compile(r"!=|<=|>=|[:=<>]")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_KEYWORDS = frozenset({"none", "today", "me", "yes", "no", "true", "false"})
_YES = frozenset({"yes", "true", "y"})
_NO = frozenset({"no", "false", "n"})


def _at(position: int) -> str:
    return f"at {position + 1}"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _listing(words: Iterable[str], conjunction: str = "or") -> str:
    items = list(words)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


# -- parsing ---------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, scope: Scope) -> None:
        self.text = text
        self.n = len(text)
        self.scope = scope
        self.i = 0

    # -- helpers ---------------------------------------------------------------------

    def error(
        self, message: str, position: int, length: int = 0, suggestion: str | None = None
    ) -> QuerySyntaxError:
        return QuerySyntaxError(message, position=position, length=length, suggestion=suggestion)

    def at_space(self, i: int) -> bool:
        return i >= self.n or self.text[i].isspace()

    def skip_space(self) -> None:
        while self.i < self.n and self.text[self.i].isspace():
            self.i += 1

    def keyword(self, word: str) -> bool:
        end = self.i + len(word)
        return self.text.startswith(word, self.i) and self.at_space(end)

    def quoted(self) -> str:
        """The text of a quoted string starting at ``self.i``; moves past it."""
        start = self.i
        out: list[str] = []
        i = start + 1
        while i < self.n:
            ch = self.text[i]
            if ch == "\\" and i + 1 < self.n and self.text[i + 1] in '"\\':
                out.append(self.text[i + 1])
                i += 2
                continue
            if ch == '"':
                self.i = i + 1
                return "".join(out)
            out.append(ch)
            i += 1
        raise self.error(
            f'The quote {_at(start)} is not closed: add a closing ".',
            start,
            self.n - start,
            self.text[start:] + '"',
        )

    def word_end(self, i: int, stop: str = "") -> int:
        while i < self.n and not self.text[i].isspace() and self.text[i] not in stop:
            i += 1
        return i

    # -- grammar ---------------------------------------------------------------------

    def parse(self) -> FilterSpec:
        groups: list[Group] = []
        current: list[Clause] = []
        while True:
            self.skip_space()
            if self.i >= self.n:
                break
            joiner = next((w for w in ("OR", "AND") if self.keyword(w)), None)
            if joiner is None:
                clause = self.clause()
                if clause is not None:
                    current.append(clause)
                continue
            start = self.i
            if not current:
                raise self.error(
                    f"{joiner} {_at(start)} needs a condition before it.", start, len(joiner), ""
                )
            self.i += len(joiner)
            self.skip_space()
            if self.i >= self.n or self.keyword("OR") or self.keyword("AND"):
                raise self.error(
                    f"{joiner} {_at(start)} needs a condition after it.", start, len(joiner), ""
                )
            if joiner == "OR":
                groups.append(Group(tuple(current)))
                current = []
        if current:
            groups.append(Group(tuple(current)))
        return FilterSpec(self.scope, tuple(groups))

    def clause(self) -> Clause | None:
        start = self.i
        negated = False
        if self.text[self.i] == "-":
            if self.at_space(self.i + 1):
                raise self.error(
                    f"The minus {_at(start)} must be followed by what to leave out, "
                    "as in -tag:legacy.",
                    start,
                    1,
                    "",
                )
            negated = True
            self.i += 1
        if self.text[self.i] == '"':
            phrase = self.quoted()
            if not self.at_space(self.i):
                raise self.error(
                    f"Put a space after the closing quote {_at(self.i - 1)}.",
                    self.i,
                    0,
                    " ",
                )
            return Text(phrase, negated) if phrase else None
        match = _FIELD_RE.match(self.text, self.i)
        if match is not None:
            return self.condition(match.group(), negated)
        end = self.word_end(self.i)
        word = self.text[self.i : end]
        if word.startswith("(") or word.endswith(")"):
            pos = self.i if word.startswith("(") else end - 1
            raise self.error(
                f"Brackets are not part of the filter language ({_at(pos)}); write each "
                'alternative in full with OR between them, or put the text in quotes: "'
                + word
                + '".',
                self.i,
                len(word),
                _quote(word),
            )
        self.i = end
        return Text(word, negated)

    def condition(self, name: str, negated: bool) -> Condition:
        name_at = self.i
        f = lookup(self.scope, name)
        if f is None:
            raise self.unknown_field(name, name_at)
        self.i += len(name)
        op_match = _OP_RE.match(self.text, self.i)
        assert op_match is not None
        op = Op(op_match.group())
        op_at = self.i
        self.i = op_match.end()
        if op not in f.ops:
            raise self.error(
                f"The field '{f.name}' cannot be compared with '{op.value}' ({_at(op_at)}); "
                f"use ':' to {'search within it' if f.kind is Kind.TEXT else 'match it'}, "
                "'=' for an exact match or '!=' to leave it out.",
                op_at,
                len(op.value),
                ":",
            )
        values: list[Value] = []
        while True:
            value_at = self.i
            if self.at_space(self.i) or self.text[self.i] == ",":
                example = f.example
                raise self.error(
                    f"The field '{f.name}' {_at(value_at)} needs a value, for example {example}.",
                    value_at,
                    0,
                )
            if self.text[self.i] == '"':
                raw = self.quoted()
                quoted = True
            else:
                end = self.word_end(self.i, ",")
                raw = self.text[self.i : end]
                self.i = end
                quoted = False
            values.append(self.value(f, op, raw, quoted, value_at, self.i - value_at))
            if self.i < self.n and self.text[self.i] == ",":
                self.i += 1
                continue
            if not self.at_space(self.i):
                raise self.error(
                    f"Put a space or a comma after the closing quote {_at(self.i - 1)}.",
                    self.i,
                    0,
                    " ",
                )
            break
        if len(values) > 1 and op in ORDERING_OPS:
            raise self.error(
                f"A list of values ({_at(op_at + len(op.value))}) works with ':', '=' and "
                f"'!=', not with '{op.value}'.",
                op_at,
                len(op.value),
                ":",
            )
        return Condition(f.name, op, tuple(values), negated)

    def unknown_field(self, name: str, at: int) -> QuerySyntaxError:
        other = Scope.ENROLLMENTS if self.scope is Scope.COURSES else Scope.COURSES
        end = self.word_end(at)
        word = self.text[at:end]
        if lookup(other, name) is not None:
            where = "enrollment" if other is Scope.ENROLLMENTS else "course"
            here = "courses" if self.scope is Scope.COURSES else "enrollments"
            return self.error(
                f"The field '{name}' ({_at(at)}) filters {where} lists; the list of {here} has no "
                "such field. Put it in quotes to search for the text.",
                at,
                end - at,
                _quote(word),
            )
        close = difflib.get_close_matches(name.lower(), names(self.scope, aliases=True), 1, 0.6)
        if close:
            f = lookup(self.scope, close[0])
            assert f is not None
            return self.error(
                f"Unknown field '{name}' {_at(at)}: did you mean '{f.name}'?",
                at,
                len(name),
                f.name,
            )
        return self.error(
            f"Unknown field '{name}' {_at(at)}. The fields are "
            f"{_listing(FIELDS[self.scope], 'and')}; put the text in quotes to search for it.",
            at,
            end - at,
            _quote(word),
        )

    # -- values ----------------------------------------------------------------------

    def value(self, f: Field, op: Op, raw: str, quoted: bool, at: int, length: int) -> Value:
        word = raw.lower() if not quoted else None
        if word is not None and word in f.keywords:
            if word == "none":
                if op in ORDERING_OPS:
                    raise self.error(
                        f"The word 'none' ({_at(at)}) can only be matched with ':', '=' or '!='.",
                        at,
                        length,
                    )
                return Missing()
            if word == "today":
                return Today()
            if word == "me":
                return Me()
        elif word == "none" and f.kind in (Kind.NUMBER, Kind.DATE, Kind.COUNT):
            raise self.error(
                f"Every row has a value for '{f.name}', so 'none' {_at(at)} finds nothing; "
                "remove it.",
                at,
                length,
            )
        kind = f.kind
        if kind is Kind.CHOICE:
            return self.choice(f, raw, at, length)
        if kind is Kind.TAG:
            return raw.strip().lower()
        if kind in (Kind.TEXT, Kind.INSTRUCTOR):
            return raw
        if kind in (Kind.FLAG, Kind.COUNT):
            low = raw.strip().lower()
            if low in _YES or low in _NO:
                if op in ORDERING_OPS:
                    raise self.error(
                        f"The value '{raw}' ({_at(at)}) can only be matched with ':' or '='; "
                        f"compare '{f.name}' with a number instead.",
                        at,
                        length,
                    )
                return Flag(low in _YES)
            if kind is Kind.FLAG:
                raise self.error(
                    f"The field '{f.name}' is yes or no (got '{raw}' {_at(at)}).",
                    at,
                    length,
                    "yes",
                )
        if kind in (Kind.NUMBER, Kind.COUNT):
            return self.number(f, raw, at, length)
        return self.date(f, raw, at, length)

    def choice(self, f: Field, raw: str, at: int, length: int) -> str:
        low = raw.strip().lower()
        if low in f.choices:
            return low
        close = difflib.get_close_matches(low, f.choices, 1, 0.5)
        label = f.name.replace("-", " ")
        if close:
            raise self.error(
                f"Unknown {label} '{raw}' {_at(at)}: did you mean '{close[0]}'?",
                at,
                length,
                close[0],
            )
        raise self.error(
            f"The {label} is {_listing(f.choices)} (got '{raw}' {_at(at)}).",
            at,
            length,
        )

    def number(self, f: Field, raw: str, at: int, length: int) -> int | float:
        text = raw.strip()
        if f.percent and text.endswith("%"):
            text = text[:-1]
        if _NUMBER_RE.fullmatch(text):
            value = float(text)
            if math.isfinite(value):
                return normalise_number(value)
        example = f"{f.name}>{50 if f.percent else 20}"
        raise self.error(
            f"The field '{f.name}' needs a number {_at(at)}, for example {example} (got '{raw}').",
            at,
            length,
        )

    def date(self, f: Field, raw: str, at: int, length: int) -> Period:
        match = _DATE_RE.fullmatch(raw.strip())
        if match is not None:
            year, month, day = match.groups()
            try:
                if int(year) > 9998:
                    raise ValueError(year)
                if day is not None:
                    return Period(dt.date(int(year), int(month), int(day)), Unit.DAY)
                if month is not None:
                    return Period(dt.date(int(year), int(month), 1), Unit.MONTH)
                if int(year) >= 1:
                    return Period(dt.date(int(year), 1, 1), Unit.YEAR)
            except ValueError:
                pass
        raise self.error(
            f"The field '{f.name}' needs a day such as 2026-09-01, a month such as 2026-09, "
            f"a year or today; '{raw}' {_at(at)} is none of these.",
            at,
            length,
        )


def normalise_number(value: float) -> int | float:
    """Whole numbers as int, so ``50``, ``50.0`` and ``5e1`` are the same value."""
    if value.is_integer():
        return int(value)
    return value


def _check_characters(text: str) -> None:
    for i, ch in enumerate(text):
        if not ch.isspace() and unicodedata.category(ch) in ("Cc", "Cs"):
            raise QuerySyntaxError(
                msg(
                    "The filter has an invisible control character {value}; remove it.",
                    value=_at(i),
                ),
                position=i,
                length=1,
                suggestion="",
            )


def parse(text: str, scope: Scope | str = Scope.COURSES) -> FilterSpec:
    """Read a filter text; raises QuerySyntaxError (field ``query``) on a mistake."""
    if not isinstance(text, str):
        raise QuerySyntaxError("The filter must be text.", position=0)
    _check_characters(text)
    return _Parser(text, Scope(scope)).parse()


# -- writing ---------------------------------------------------------------------------


def _bare_value_ok(text: str) -> bool:
    return (
        bool(text)
        and not any(ch.isspace() or ch in '",\\' for ch in text)
        and text.lower() not in _KEYWORDS
    )


def _bare_word_ok(text: str) -> bool:
    return (
        bool(text)
        and not any(ch.isspace() or ch in '"\\' for ch in text)
        and not text.startswith(("-", "("))
        and not text.endswith(")")
        and text not in ("OR", "AND")
        and _FIELD_RE.match(text) is None
    )


def format_value(value: Value) -> str:
    """One value as the filter text writes it."""
    if isinstance(value, Flag):
        return "yes" if value.value else "no"
    if isinstance(value, int | float):
        return str(value) if isinstance(value, int) else repr(value)
    if isinstance(value, Period):
        return value.text()
    if isinstance(value, Today):
        return "today"
    if isinstance(value, Me):
        return "me"
    if isinstance(value, Missing):
        return "none"
    return value if _bare_value_ok(value) else _quote(value)


def format_clause(clause: Clause) -> str:
    sign = "-" if clause.negated else ""
    if isinstance(clause, Text):
        return sign + (clause.text if _bare_word_ok(clause.text) else _quote(clause.text))
    values = ",".join(format_value(v) for v in clause.values)
    return f"{sign}{clause.field}{clause.op.value}{values}"


def canonical(spec: FilterSpec) -> str:
    """The spec as filter text; ``parse(canonical(spec), spec.scope) == spec``."""
    return " OR ".join(" ".join(format_clause(c) for c in g.clauses) for g in spec.groups)


def normalise(text: str, scope: Scope | str = Scope.COURSES) -> str:
    """The canonical form of a filter text (raises QuerySyntaxError when invalid)."""
    return canonical(parse(text, scope))

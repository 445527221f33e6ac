"""Completion for the search box: field names, operators and known values.

    known = studio.courses.known_values()          # terms, categories, tags, languages
    complete("stat", 4, Scope.COURSES, known)      # -> status:
    complete("tag:py", 6, Scope.COURSES, known)    # -> tag:python, tag:pytest ...

Each :class:`Completion` says which part of the text it replaces
(``text[start:end]``) and with what, so a completer widget does not need to know
the grammar. :func:`field_infos` lists every field with its operators, values and
an example, for help popups and filter widgets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .context import fold
from .fields import FIELDS, Field, Kind, lookup
from .spec import Scope
from .text import format_value

_CONDITION_RE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)(!=|<=|>=|[:=<>])")


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """A field as help text and filter widgets need it."""

    name: str
    kind: str
    help: str
    example: str
    operators: tuple[str, ...]
    #: The values of a choice field (statuses, roles).
    choices: tuple[str, ...]
    #: Unquoted words with a meaning here: today, none, me, yes, no.
    keywords: tuple[str, ...]
    aliases: tuple[str, ...]
    #: Key of CourseService.known_values() with values in use, if any.
    known: str | None


@dataclass(frozen=True, slots=True)
class Completion:
    """Replace ``text[start:end]`` with ``replacement`` to accept this completion."""

    replacement: str
    start: int
    end: int
    #: What the completion list shows.
    label: str
    kind: str  # "field" or "value"
    help: str = ""

    def apply(self, text: str) -> tuple[str, int]:
        """The text with the completion applied, and where the cursor goes."""
        new = text[: self.start] + self.replacement + text[self.end :]
        return new, self.start + len(self.replacement)


def field_infos(scope: Scope | str = Scope.COURSES) -> list[FieldInfo]:
    return [
        FieldInfo(
            name=f.name,
            kind=f.kind.value,
            help=f.help,
            example=f.example,
            operators=tuple(op.value for op in f.ops),
            choices=f.choices,
            keywords=f.keywords,
            aliases=f.aliases,
            known=f.known,
        )
        for f in FIELDS[Scope(scope)].values()
    ]


def _token_bounds(text: str, cursor: int) -> tuple[int, int]:
    """Start and end of the whitespace-separated token around ``cursor`` (quotes
    keep spaces inside a token)."""
    start, quoted = 0, False
    for i in range(cursor):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif ch.isspace() and not quoted:
            start = i + 1
    end = cursor
    while end < len(text) and (quoted or not text[end].isspace()):
        if text[end] == '"':
            quoted = not quoted
        end += 1
    return start, end


def _rank(candidates: Iterable[str], prefix: str) -> list[str]:
    """Candidates starting with ``prefix`` first, then those containing it."""
    want = fold(prefix)
    first, then = [], []
    for c in dict.fromkeys(candidates):
        low = fold(c)
        if low.startswith(want):
            first.append(c)
        elif want and want in low:
            then.append(c)
    return first + then


def _values(f: Field, known: Mapping[str, Sequence[str]]) -> list[str]:
    values = list(f.keywords)
    values += f.choices
    if f.known is not None:
        values += list(known.get(f.known, ()))
    return values


def complete(
    text: str,
    cursor: int | None = None,
    scope: Scope | str = Scope.COURSES,
    known: Mapping[str, Sequence[str]] | None = None,
    limit: int = 20,
) -> list[Completion]:
    """Completions for the token at ``cursor`` (default: the end of the text)."""
    scope = Scope(scope)
    known = known or {}
    cursor = len(text) if cursor is None else max(0, min(cursor, len(text)))
    start, end = _token_bounds(text, cursor)
    token = text[start:cursor]
    if token.startswith("-"):
        start, token = start + 1, token[1:]
    match = _CONDITION_RE.match(token)
    if match is not None:
        f = lookup(scope, match.group(1))
        if f is None:
            return []
        values_at = start + match.end()
        typed = token[match.end() :]
        if "," in typed:  # a list: complete the last value
            values_at += typed.rindex(",") + 1
            typed = typed[typed.rindex(",") + 1 :]
        typed = typed.lstrip('"')
        out = []
        for value in _rank(_values(f, known), typed)[:limit]:
            shown = value if value in f.keywords else format_value(value)
            out.append(Completion(shown, values_at, end, value, "value", f.help))
        return out
    out = []
    names = [f.name for f in FIELDS[scope].values()]
    for name in _rank(names, token):
        f = FIELDS[scope][name]
        out.append(Completion(f"{name}:", start, end, f"{name}:", "field", f.help))
    if len(token) >= 2:  # values that go with a field, as in tag:python for "pyt"
        for f in FIELDS[scope].values():
            if f.known is None or f.kind is Kind.INSTRUCTOR:
                continue
            for value in _rank(known.get(f.known, ()), token):
                shown = f"{f.name}:{format_value(value)}"
                out.append(Completion(shown, start, end, shown, "value", f.help))
    return out[:limit]

"""Errors the core raises for anything an instructor can get wrong.

Every message is a sentence written for an instructor, ready to be shown next to
the field named by ``field`` (or as a dialog when ``field`` is ``None``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class Message(str):
    """An English sentence that remembers how it was made, so a UI can translate it.

    ``template`` is the sentence with ``{name}`` placeholders and ``params`` the values;
    the string itself is the English text. Make one with :func:`msg`.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Message:
        text = (
            template.format(**{k: _english(v) for k, v in params.items()}) if params else template
        )
        made = super().__new__(cls, text)
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[type[Message], tuple[str, dict[str, Any]]]:
        # copied and pickled (exceptions cross processes) with its template
        return (Message, (self.template, self.params))


def _english(value: Any) -> Any:
    """How a value reads in an English message: dates as 12 Sep 2026."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.day} {value.strftime('%b %Y')}"
    return value


def msg(template: str, /, **params: Any) -> Message:
    """``msg("Code {code} is already used.", code=code)``: a translatable message.

    Templates are collected for translators by ``scripts/i18n.py messages``; keep the
    template a literal string. A param may itself be a :class:`Message` (a label such as
    "The start date"), which is translated too.
    """
    return Message(template, params)


class DomainError(Exception):
    """Base of every error the services raise on purpose."""

    #: Short title used by the server's problem+json answers and by dialogs.
    title = "Something is not right"
    #: Stable machine-readable code (problem ``type`` suffix, CLI JSON reports).
    code = "domain-error"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        #: the untranslated sentence and its values (see :func:`msg`)
        self.template: str = getattr(message, "template", message)
        self.params: dict[str, Any] = getattr(message, "params", {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(field={self.field!r}, message={self.message!r})"


class ValidationError(DomainError):
    """A value breaks a rule (format, length, range, consistency)."""

    title = "Please check this value"
    code = "validation"

    def __init__(
        self,
        message: str,
        field: str | None = None,
        errors: list[ValidationError] | None = None,
    ) -> None:
        super().__init__(message, field)
        #: For bulk operations: one error per rejected item.
        self.errors: list[ValidationError] = errors or []


class RowError(ValidationError):
    """A rejected row of a bulk operation (an import, a bulk enrollment)."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        line: int | None = None,
        file: str | None = None,
    ) -> None:
        super().__init__(message, field)
        self.line = line
        self.file = file


class NotFound(DomainError):
    title = "Not found"
    code = "not-found"


class DuplicateCode(ValidationError):
    title = "Course code already used"
    code = "duplicate-code"


class Duplicate(ValidationError):
    """Something that must be unique already exists (an email, a SIS id, an enrollment)."""

    title = "Already exists"
    code = "duplicate"


class CapacityReached(DomainError):
    title = "The course is full"
    code = "capacity-reached"


class Conflict(DomainError):
    title = "Conflicting change"
    code = "conflict"


class PermissionDenied(DomainError):
    title = "Not allowed"
    code = "permission-denied"


class QuerySyntaxError(ValidationError):
    """A filter text that cannot be read, with the place of the mistake.

    ``position`` is the 0-based index in the text where the problem starts and
    ``length`` how many characters it spans (0 for "something is missing here"); the
    message counts from 1, as people do. ``suggestion``, when there is one, is the
    text that would fix it in place of those characters; :meth:`corrected` applies it.
    """

    title = "Please check the filter"
    code = "query-syntax"

    def __init__(
        self,
        message: str,
        *,
        position: int,
        length: int = 0,
        suggestion: str | None = None,
        field: str | None = "query",
    ) -> None:
        super().__init__(message, field)
        self.position = position
        self.length = length
        self.suggestion = suggestion

    @property
    def column(self) -> int:
        """The 1-based position the message shows."""
        return self.position + 1

    def corrected(self, text: str) -> str | None:
        """``text`` with the suggestion applied, or None without a suggestion."""
        if self.suggestion is None:
            return None
        end = self.position + self.length
        return text[: self.position] + self.suggestion + text[end:]

    def __repr__(self) -> str:
        return (
            f"QuerySyntaxError(position={self.position}, length={self.length}, "
            f"suggestion={self.suggestion!r}, message={self.message!r})"
        )

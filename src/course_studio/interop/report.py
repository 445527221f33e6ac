"""What an import or export tells the caller: counts, and every problem with its
place (file, line, column) and a sentence saying what is wrong."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..domain.errors import msg
from ..services.roster import CancelCheck, Cancelled, ImportIssue, Progress

__all__ = [
    "CancelCheck",
    "CancelToken",
    "Cancelled",
    "ImportIssue",
    "ImportReport",
    "Progress",
    "as_cancel_check",
]

#: Keep reports readable: past this many errors, one more line says how many were left out.
MAX_ERRORS = 10_000


class _HasIsSet(Protocol):
    def is_set(self) -> bool: ...


class CancelToken:
    """A flag another thread (the UI's Cancel button) sets to stop a long import."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    __call__ = is_set


def as_cancel_check(cancel: CancelToken | _HasIsSet | CancelCheck | None) -> CancelCheck | None:
    """Accept a CancelToken, a threading.Event or a plain callable."""
    if cancel is None:
        return None
    is_set = getattr(cancel, "is_set", None)
    if callable(is_set):
        return is_set  # type: ignore[no-any-return]
    if callable(cancel):
        return cancel
    raise TypeError("cancel must be a CancelToken, a threading.Event or a callable")


def check_cancel(cancel: CancelCheck | None, what: str = "import") -> None:
    if cancel is not None and cancel():
        raise Cancelled(msg("The {what} was cancelled; nothing was changed.", what=what))


@dataclass
class ImportReport:
    """The result of checking (preview) or writing (commit) a file."""

    counts: dict[str, int] = field(default_factory=dict)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    format: str | None = None
    #: True once the data dir was changed (after a successful commit).
    written: bool = False
    #: Files written by an export.
    files: list[str] = field(default_factory=list)
    #: The course an import created or restored.
    course_id: str | None = None
    course_code: str | None = None
    #: Set while a file is read, so deep readers can report progress and stop.
    progress: Progress | None = field(default=None, repr=False, compare=False)
    cancel: CancelCheck | None = field(default=None, repr=False, compare=False)

    def tick(self, stage: str, fraction: float) -> None:
        """Report progress, and raise Cancelled when the user asked to stop."""
        check_cancel(self.cancel)
        if self.progress is not None:
            self.progress(stage, max(0.0, min(1.0, fraction)))

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, file: str | None, line: int | None, column: str | None, message: str) -> None:
        self.errors.append(ImportIssue(file, line, column, message))

    def warn(self, file: str | None, line: int | None, column: str | None, message: str) -> None:
        self.warnings.append(ImportIssue(file, line, column, message))

    def sort(self) -> None:
        """Problems in file order: by file, then line."""
        self.errors.sort(key=_place)
        self.warnings.sort(key=_place)

    def summary(self) -> str:
        """One sentence for a notification."""
        if not self.ok:
            n = len(self.errors)
            return f"{n:,} {'problem' if n == 1 else 'problems'} found; nothing was changed."
        parts = [f"{v:,} {k.replace('_', ' ')}" for k, v in self.counts.items() if v]
        return ("Done: " + ", ".join(parts) + ".") if parts else "Done; nothing to change."

    def as_dict(self) -> dict[str, Any]:
        errors = [e.as_dict() for e in self.errors[:MAX_ERRORS]]
        if len(self.errors) > MAX_ERRORS:
            errors.append(
                ImportIssue(
                    None, None, None, f"{len(self.errors) - MAX_ERRORS:,} more problems not listed."
                ).as_dict()
            )
        return {
            "ok": self.ok,
            "format": self.format,
            "written": self.written,
            "counts": dict(self.counts),
            "errors": errors,
            "warnings": [w.as_dict() for w in self.warnings[:MAX_ERRORS]],
            **({"files": list(self.files)} if self.files else {}),
            **({"course": self.course_code} if self.course_code else {}),
        }


def _place(issue: ImportIssue) -> tuple[str, int]:
    return (issue.file or "", issue.line or 0)


def report_progress(progress: Progress | None) -> Callable[[str, float], None]:
    """A progress callback that is safe to call when none was given."""

    def call(stage: str, fraction: float) -> None:
        if progress is not None:
            progress(stage, max(0.0, min(1.0, fraction)))

    return call

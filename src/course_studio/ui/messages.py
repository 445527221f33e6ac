"""The core's messages in the user's language.

The core (domain/, services/, interop/) has no Qt: it raises :class:`DomainError` with an
English sentence made by :func:`course_studio.domain.errors.msg`, which keeps the
template and its values. Here the template is looked up in the "Messages" context of the
translations (``scripts/i18n.py messages`` collects the templates into ``_messages.py``
for the translators) and filled in again, numbers in the user's locale.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.errors import DomainError, Message
from .timefmt import date_text

CONTEXT = "Messages"
_SPEC = re.compile(r"\{(\w+)(?:![rs])?(?::[^{}]*)?\}")


def tr_message(text: str) -> str:
    """``text`` (a core message, or any fixed sentence of the core) translated."""
    template = getattr(text, "template", None)
    if template is None:
        return QCoreApplication.translate(CONTEXT, text)
    return _fill(template, getattr(text, "params", {}))


def error_text(exc: DomainError | Exception) -> str:
    """The sentence of a :class:`DomainError` (or of an error with a ``message``, such as
    the sync client's) in the user's language."""
    template = getattr(exc, "template", None)
    if template is None:
        return tr_message(getattr(exc, "message", None) or str(exc))
    return _fill(template, getattr(exc, "params", {}))


def error_title(exc: DomainError) -> str:
    return QCoreApplication.translate(CONTEXT, exc.title)


def _fill(template: str, params: dict[str, Any]) -> str:
    translated = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return translated
    if translated == template and QLocale().language() == QLocale.Language.English:
        # English: the sentence as the core made it
        return str(Message(template, params))
    values = {name: _value(value) for name, value in params.items()}
    # the values are shown as strings already, so drop format specs such as {n:,}
    return _SPEC.sub(lambda m: "{" + m.group(1) + "}", translated).format(**values)


def _value(value: Any) -> str:
    if isinstance(value, str):
        # a Message (a label such as "The start date") or a word such as "course"
        return tr_message(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 0 if value.is_integer() else 1)
    return str(value)

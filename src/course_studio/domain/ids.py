"""Row keys: UUIDv7 strings, made on the client, sortable by creation time."""

from __future__ import annotations

import re

import uuid6

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def new_id() -> str:
    """A new UUIDv7 in its canonical lower-case text form."""
    return str(uuid6.uuid7())


def is_id(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID_RE.match(value))

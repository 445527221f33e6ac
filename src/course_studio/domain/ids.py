"""Row keys: UUIDv7 strings, made on the client, sortable by creation time."""

from __future__ import annotations

import re
import uuid

import uuid6

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def new_id() -> str:
    """A new UUIDv7 in its canonical lower-case text form."""
    return str(uuid6.uuid7())


#: Namespace of the keys derived from other keys (see :func:`derived_id`).
_DERIVED = uuid.UUID("0193f7a2-6c1e-7d3a-9b52-4c8e2f1a6d30")


def derived_id(*parts: str) -> str:
    """A key made from the keys of what a row links (a UUIDv5).

    Rows that are unique per pair (an enrollment per course and student, a progress
    row per enrollment and lesson, a teaching link per course and instructor) get
    their key from that pair, so two devices that create "the same" row offline
    create the same row, and syncing merges them field by field instead of finding
    two rows that cannot both exist.
    """
    return str(uuid.uuid5(_DERIVED, "/".join(parts)))


def is_id(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID_RE.match(value))

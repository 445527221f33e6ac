"""Fractional positions for outline order.

A position is a short string; rows sort by plain byte order of it (SQLite's BINARY
collation, ``COLLATE "C"`` on PostgreSQL). Moving an item computes one new key
between its new neighbours, so a reorder writes one row and two devices reordering
different items never fight over a shared index.
"""

from __future__ import annotations

from collections.abc import Sequence

import fractional_indexing


def between(before: str | None, after: str | None) -> str:
    """A key that sorts strictly between ``before`` and ``after`` (``None`` = open end)."""
    if before is not None and after is not None and before >= after:
        # Two devices can produce equal keys; fall back to "just after before".
        after = None
    return str(fractional_indexing.generate_key_between(before, after))


def keys(count: int, before: str | None = None, after: str | None = None) -> list[str]:
    """``count`` increasing keys between two bounds."""
    if count <= 0:
        return []
    return [str(k) for k in fractional_indexing.generate_n_keys_between(before, after, count)]


def key_for_index(ordered: Sequence[str], index: int) -> str:
    """The key that puts an item at ``index`` of a list already sorted by key.

    ``ordered`` must not contain the moving item itself.
    """
    index = max(0, min(index, len(ordered)))
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index] if index < len(ordered) else None
    return between(before, after)

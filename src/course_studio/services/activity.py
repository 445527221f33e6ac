"""The history of completed (and failed) actions shown in the Activity panel."""

from __future__ import annotations

from sqlalchemy import delete, select

from ..domain.models import ActivityEntry
from ..domain.records import ActivityRecord
from .base import Service

KEEP = 2_000


class ActivityService(Service):
    def record(self, action: str, summary: str, *, ok: bool = True, details: str = "") -> int:
        with self._store.write() as session:
            entry = ActivityEntry(
                at=self._now(), action=action[:40], summary=summary, ok=ok, details=details
            )
            session.add(entry)
            session.flush()
            seq = entry.seq
            if seq % 100 == 0:  # keep the history bounded
                session.execute(delete(ActivityEntry).where(ActivityEntry.seq <= seq - KEEP))
            return seq

    def recent(self, limit: int = 200) -> list[ActivityRecord]:
        """The newest entries first."""
        with self._store.read() as session:
            rows = session.scalars(
                select(ActivityEntry).order_by(ActivityEntry.seq.desc()).limit(limit)
            ).all()
            return [ActivityRecord(r.seq, r.at, r.action, r.summary, r.ok, r.details) for r in rows]

    def clear(self) -> None:
        with self._store.write() as session:
            session.execute(delete(ActivityEntry))

"""The sync engine: push the outbox, pull the changes, keep conflicts for a person.

One :meth:`SyncEngine.sync` call:

1. links this data dir to the server account on first use (see :meth:`link`);
2. pushes the outbox in batches; each answer is stored (the op leaves the outbox,
   ``synced_base`` learns what the server took, conflicts and refusals are kept)
   in one transaction per batch;
3. pulls pages of changes since the stored cursor; each page and the new cursor
   are stored in one transaction, so the cursor only moves once a page is stored;
   a 410 answer means the cursor is too old: every row is fetched again (a
   snapshot) and rows the server no longer has are removed here.

The engine also answers what a status area needs (:meth:`status`) and lists and
resolves conflicts. The rules are written down in docs/sync.md.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from ..domain.errors import NotFound, ValidationError, msg
from ..domain.ids import derived_id, new_id
from ..domain.models import (
    MODEL_BY_ENTITY,
    Course,
    CourseInstructor,
    Instructor,
    OutboxOp,
    SyncConflict,
    utcnow,
)
from ..services.instructors import ME_KEY, get_setting, put_setting
from ..store import Store
from ..store.outbox import note_change
from . import apply
from .client import Refused, ResyncNeeded, SyncClient, SyncError
from .fields import LABELS, SYNC_FIELDS, check_fields, from_wire
from .protocol import Change, ChangesPage, InstructorInfo, OpResult, PushOp, PushRequest

K_SERVER = "sync.server_url"
K_ACCOUNT = "sync.account_id"
K_ACCOUNT_NAME = "sync.account_name"
K_DEVICE = "sync.device_id"
K_CURSOR = "sync.cursor"
K_LAST_SYNC = "sync.last_sync_at"
K_LAST_ERROR = "sync.last_error"
K_LAST_REPORT = "sync.last_report"

PUSH_BATCH = 1_000
PAGE_SIZE = 5_000
#: Rows per page while the cursor is at 0 (a first sync moves whole courses: fewer,
#: bigger pages cost the server less per row).
FIRST_PAGE_SIZE = 20_000


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync moved."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    snapshot: bool = False
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        parts = [
            f"sent {self.pushed:,} change{'s' if self.pushed != 1 else ''}",
            f"received {self.pulled:,}",
        ]
        if self.conflicts:
            parts.append(
                f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''} to look at"
            )
        if self.rejected:
            parts.append(f"{self.rejected} refused by the server")
        text = ", ".join(parts)
        if self.snapshot:
            text += " (after a full refresh)"
        return f"Synced: {text}."


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    """An open conflict, as the conflict dialog shows it."""

    conflict_id: str
    entity: str
    id: str
    field: str
    kind: str
    mine: Any
    theirs: Any
    base: Any
    detail: str | None
    label: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status area shows."""

    server_url: str | None
    account_id: str | None
    account_name: str | None
    state: str  # "never" | "idle" | "syncing" | "error"
    pending: int
    open_conflicts: int
    last_sync_at: dt.datetime | None
    last_error: str | None
    last_report: dict[str, Any] | None = field(default=None)


@dataclass(frozen=True, slots=True)
class _Op:
    """An outbox op as read for a push (plain values, no live ORM object)."""

    seq: int
    op_id: str
    entity: str
    row_id: str
    kind: str
    fields: str
    base_version: int | None


class _Bases:
    """The ``synced_base`` of the rows a push batch names: read in one query per
    entity, changed in memory, written back in one statement per entity."""

    def __init__(self, session: Session, ops: list[_Op]) -> None:
        self._session = session
        self._bases: dict[tuple[str, str], dict[str, Any]] = {}
        ids: dict[str, set[str]] = {}
        for op in ops:
            ids.setdefault(op.entity, set()).add(op.row_id)
        for entity, row_ids in ids.items():
            table = apply.table_of(entity)
            id_list = sorted(row_ids)
            for start in range(0, len(id_list), 500):
                for row_id, text in session.execute(
                    select(table.c.id, table.c.synced_base).where(
                        table.c.id.in_(id_list[start : start + 500])
                    )
                ):
                    self._bases[(entity, row_id)] = json.loads(text) if text else {}

    def get(self, op: _Op) -> dict[str, Any] | None:
        return self._bases.get((op.entity, op.row_id))

    def forget(self, op: _Op) -> None:
        """The row is rewritten from the server's copy (or removed): leave it be."""
        self._bases.pop((op.entity, op.row_id), None)

    def write(self) -> None:
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for (entity, row_id), base in self._bases.items():
            by_entity.setdefault(entity, []).append({"_id": row_id, "_base": apply.dumps(base)})
        for entity, rows in by_entity.items():
            table = apply.table_of(entity)
            self._session.execute(
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(synced_base=bindparam("_base")),
                rows,
            )
        self._bases.clear()


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class SyncEngine:
    """Syncs one data dir (one local store) with one server account."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        on_link: Callable[[str], None] | None = None,
        push_batch: int = PUSH_BATCH,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._store = store
        self._clock = clock
        self._on_link = on_link
        self.push_batch = push_batch
        self.page_size = page_size
        self._lock = threading.Lock()
        self._running = False

    # -- what the status area needs --------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def pending_count(self) -> int:
        with self._store.read() as session:
            return int(session.scalar(select(func.count(OutboxOp.seq))) or 0)

    def status(self) -> SyncStatus:
        with self._store.read() as session:
            pending = int(session.scalar(select(func.count(OutboxOp.seq))) or 0)
            open_conflicts = int(
                session.scalar(
                    select(func.count(SyncConflict.id)).where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            )
            values = {
                key: get_setting(session, key)
                for key in (K_SERVER, K_ACCOUNT, K_ACCOUNT_NAME, K_LAST_SYNC, K_LAST_ERROR)
            }
            report = get_setting(session, K_LAST_REPORT)
        last = values[K_LAST_SYNC]
        if self._running:
            state = "syncing"
        elif values[K_LAST_ERROR]:
            state = "error"
        elif last is None:
            state = "never"
        else:
            state = "idle"
        return SyncStatus(
            server_url=values[K_SERVER],
            account_id=values[K_ACCOUNT],
            account_name=values[K_ACCOUNT_NAME],
            state=state,
            pending=pending,
            open_conflicts=open_conflicts,
            last_sync_at=dt.datetime.fromisoformat(last) if last else None,
            last_error=values[K_LAST_ERROR],
            last_report=json.loads(report) if report else None,
        )

    def device_id(self) -> str:
        with self._store.write(remote=True) as session:
            device = get_setting(session, K_DEVICE)
            if device is None:
                device = new_id()
                put_setting(session, K_DEVICE, device)
            return device

    # -- one sync --------------------------------------------------------------

    def sync(self, client: SyncClient) -> SyncReport:
        """Push, then pull. Raises :class:`SyncError` (nothing half-stored)."""
        if not self._lock.acquire(blocking=False):
            raise SyncError("A sync is already running.")
        self._running = True
        started = time.perf_counter()
        requests0, sent0, received0 = client.requests, client.bytes_sent, client.bytes_received
        try:
            account = self._ensure_link(client)
            device = self.device_id()
            pushed, conflicts, rejected = self._push(client, account, device)
            pulled, more_conflicts, snapshot = self._pull(client, account)
            report = SyncReport(
                pushed=pushed,
                pulled=pulled,
                conflicts=conflicts + more_conflicts,
                rejected=rejected,
                snapshot=snapshot,
                requests=client.requests - requests0,
                bytes_sent=client.bytes_sent - sent0,
                bytes_received=client.bytes_received - received0,
                seconds=round(time.perf_counter() - started, 3),
            )
            with self._store.write(remote=True) as session:
                put_setting(session, K_LAST_SYNC, self._clock().isoformat())
                put_setting(session, K_LAST_ERROR, None)
                put_setting(session, K_LAST_REPORT, json.dumps(_report_dict(report)))
            return report
        except SyncError as exc:
            self._remember_error(exc.message)
            raise
        finally:
            self._running = False
            self._lock.release()

    def _remember_error(self, message: str) -> None:
        try:
            with self._store.write(remote=True) as session:
                put_setting(session, K_LAST_ERROR, message)
        except Exception:  # the store itself failing must not hide the sync error
            pass

    # -- the account -----------------------------------------------------------

    def _ensure_link(self, client: SyncClient) -> str:
        with self._store.read() as session:
            account = get_setting(session, K_ACCOUNT)
        if account is not None:
            return account
        me = client.me()
        self.link(
            InstructorInfo(
                id=str(me["id"]),
                username=str(me["username"]),
                display_name=str(me["display_name"]),
            ),
            client.server_url,
        )
        return str(me["id"])

    def link(self, account: InstructorInfo, server_url: str) -> None:
        """Tie this data dir to a server account (first sign-in).

        The local instructor ("me") becomes the server's instructor: the local
        instructor row takes the server's id, and courses and teaching links of the
        old local id move to it, in the outbox too (those rows have never been on a
        server). From then on the data dir syncs only as this account.
        """
        with self._store.write(remote=True) as session:
            linked = get_setting(session, K_ACCOUNT)
            if linked is not None and linked != account.id:
                name = get_setting(session, K_ACCOUNT_NAME) or "another instructor"
                raise SyncError(
                    msg(
                        "This data syncs as {name}; sign in as {name}, or use another data folder.",
                        name=name,
                    )
                )
            old = get_setting(session, ME_KEY)
            apply.upsert_instructors(session, [account])
            if old and old != account.id:
                _reown(session, old, account.id)
            put_setting(session, ME_KEY, account.id)
            put_setting(session, K_ACCOUNT, account.id)
            put_setting(session, K_ACCOUNT_NAME, account.display_name)
            put_setting(session, K_SERVER, server_url)
            note_change(session, "courses")
        if self._on_link is not None:
            self._on_link(account.id)

    # -- push ------------------------------------------------------------------

    def _push(self, client: SyncClient, account: str, device: str) -> tuple[int, int, int]:
        pushed = conflicts = rejected = 0
        last_seq = 0
        while True:
            with self._store.read() as session:
                ops = [
                    _Op(*row)
                    for row in session.execute(
                        select(
                            OutboxOp.seq,
                            OutboxOp.op_id,
                            OutboxOp.entity,
                            OutboxOp.row_id,
                            OutboxOp.kind,
                            OutboxOp.fields,
                            OutboxOp.base_version,
                        )
                        .where(OutboxOp.seq > last_seq)
                        .order_by(OutboxOp.seq)
                        .limit(self.push_batch)
                    )
                ]
            if not ops:
                return pushed, conflicts, rejected
            request = PushRequest(
                device_id=device,
                account_id=account,
                ops=[
                    PushOp(
                        op_id=op.op_id,
                        entity=op.entity,  # type: ignore[arg-type]
                        row_id=op.row_id,
                        kind=op.kind,  # type: ignore[arg-type]
                        fields=json.loads(op.fields),
                        base_version=op.base_version,
                    )
                    for op in ops
                ],
            )
            answer = client.push(request)
            if [r.op_id for r in answer.results] != [op.op_id for op in ops]:
                raise SyncError("The server answered for other changes than those sent.")
            with self._store.write(remote=True) as session:
                counts = self._acknowledge(session, ops, answer.results)
            pushed += counts[0]
            conflicts += counts[1]
            rejected += counts[2]
            last_seq = ops[-1].seq

    def _acknowledge(
        self, session: Session, ops: list[_Op], results: list[OpResult]
    ) -> tuple[int, int, int]:
        now = self._clock()
        applied = conflicts = rejected = 0
        touched: dict[str, set[str]] = {}
        # An op may have been dropped meanwhile (a pull merged it away).
        seqs = [op.seq for op in ops]
        waiting = set(session.scalars(select(OutboxOp.seq).where(OutboxOp.seq.in_(seqs))))
        session.execute(delete(OutboxOp).where(OutboxOp.seq.in_(seqs)))
        self._bases = _Bases(session, [op for op in ops if op.seq in waiting])
        for op, result in zip(ops, results, strict=True):
            status = result.original if result.status == "duplicate" else result.status
            if op.seq not in waiting:
                continue
            touched.setdefault(op.entity, set()).add(op.row_id)
            fields: dict[str, Any] = json.loads(op.fields)
            if status == "applied":
                applied += 1
                self._learn_base(session, op, fields, set())
            elif status == "conflict":
                conflicts += 1
                applied += 1
                self._learn_base(session, op, fields, set(result.conflicts))
                self._keep_conflict(session, op, fields, result, now)
            else:
                rejected += 1
                self._keep_refusal(session, op, fields, result, now)
        self._bases.write()
        for entity, ids in touched.items():
            apply.still_dirty(session, entity, ids)
            apply.refresh_for(session, entity, ids)
        note_change(session, "outbox")
        return applied, conflicts, rejected

    def _learn_base(
        self, session: Session, op: _Op, fields: dict[str, Any], skip: set[str]
    ) -> None:
        """The server took these fields: they are part of the base from now on."""
        base = self._bases.get(op)
        if base is None:
            return
        if op.kind == "delete":
            if "*" not in skip:
                base[apply.DELETED] = True
        elif "*" not in skip:
            base.update({k: v for k, v in fields.items() if k not in skip})
            base[apply.DELETED] = False

    def _keep_conflict(
        self,
        session: Session,
        op: _Op,
        fields: dict[str, Any],
        result: OpResult,
        now: dt.datetime,
    ) -> None:
        theirs = result.row
        for name in result.conflicts:
            if name == "*":
                apply.record_conflict(
                    session,
                    entity=op.entity,
                    row_id=op.row_id,
                    field_name="*",
                    kind="delete",
                    mine={"deleted": True} if op.kind == "delete" else fields,
                    theirs={"deleted": True}
                    if theirs is None or theirs.deleted
                    else dict(theirs.fields),
                    version=result.version,
                    now=now,
                )
            else:
                base = self._base_value(session, op, name)
                apply.record_conflict(
                    session,
                    entity=op.entity,
                    row_id=op.row_id,
                    field_name=name,
                    kind="edit",
                    mine=fields.get(name),
                    theirs=theirs.fields.get(name) if theirs is not None else None,
                    base=base,
                    version=result.version,
                    now=now,
                )
        if theirs is not None:
            self._take_theirs(session, op, theirs, set(result.conflicts), now)

    def _keep_refusal(
        self,
        session: Session,
        op: _Op,
        fields: dict[str, Any],
        result: OpResult,
        now: dt.datetime,
    ) -> None:
        problem = result.problem
        # A refused change to a row the server has is kept field by field; a refused
        # new row is kept whole (it exists nowhere else).
        if problem and problem.field in fields and result.row is not None:
            name = problem.field
        else:
            name = "*"
        apply.record_conflict(
            session,
            entity=op.entity,
            row_id=op.row_id,
            field_name=name,
            kind="rejected",
            mine=({"deleted": True} if op.kind == "delete" else fields)
            if name == "*"
            else fields.get(name),
            theirs=None
            if result.row is None
            else (dict(result.row.fields) if name == "*" else result.row.fields.get(name)),
            version=result.version,
            detail=problem.detail if problem else "The server refused this change.",
            now=now,
        )
        self._bases.forget(op)
        if result.row is not None:
            apply.put_row(session, result.row, now)
            apply.strip_pending(session, op.entity, op.row_id, set(fields) or None)
            return
        # The server does not have the row: what never reached it goes here too.
        table = apply.table_of(op.entity)
        row = session.execute(select(table.c.server_version).where(table.c.id == op.row_id)).first()
        if row is not None and row.server_version is None:
            apply.remove_rows(session, {op.entity: {op.row_id}}, now)

    def _take_theirs(
        self, session: Session, op: _Op, theirs: Change, names: set[str], now: dt.datetime
    ) -> None:
        """After a conflict the server's value stands here too (mine is in the record)."""
        if "*" in names:
            self._bases.forget(op)
            apply.put_row(session, theirs, now)
            apply.strip_pending(session, op.entity, op.row_id, None)
            return
        table = apply.table_of(op.entity)
        values = {n: from_wire(op.entity, n, theirs.fields.get(n)) for n in names}
        if values:
            session.execute(update(table).where(table.c.id == op.row_id).values(values))
            base = self._bases.get(op)
            if base is not None:
                base.update({n: theirs.fields.get(n) for n in names})

    def _base_value(self, session: Session, op: _Op, name: str) -> Any:
        base = self._bases.get(op)
        return None if base is None else base.get(name)

    # -- pull ------------------------------------------------------------------

    def _cursor(self) -> int:
        with self._store.read() as session:
            return int(get_setting(session, K_CURSOR) or 0)

    def _pull(self, client: SyncClient, account: str) -> tuple[int, int, bool]:
        """Pages of changes since the cursor. The next page is fetched while this one
        is stored (the server and this process work at the same time); the cursor
        moves in the transaction that stores its page."""
        pulled = conflicts = 0
        snapshot = False
        cursor = self._cursor()
        size = self._page_size(cursor)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:
            ahead: Future[ChangesPage] = pool.submit(client.changes, cursor, size, account)
            while True:
                try:
                    page = ahead.result()
                except Refused as exc:
                    if exc.status != 422 or size <= self.page_size:
                        raise
                    # A server of an earlier release takes smaller pages only.
                    size = self.page_size
                    ahead = pool.submit(client.changes, cursor, size, account)
                    continue
                except ResyncNeeded:
                    if snapshot:
                        raise
                    snapshot = True
                    rows, more_conflicts, cursor = self._reconcile(client, account)
                    pulled += rows
                    conflicts += more_conflicts
                    size = self.page_size
                    ahead = pool.submit(client.changes, cursor, size, account)
                    continue
                if page.instructor_id != account:
                    raise SyncError("The server answered for another account.")
                if page.more:
                    ahead = pool.submit(client.changes, page.cursor, size, account)
                if page.changes or page.cursor != cursor:
                    with self._store.write(remote=True) as session:
                        done = apply.apply_changes(
                            session, page.changes, page.instructors, self._clock()
                        )
                        put_setting(session, K_CURSOR, str(page.cursor))
                    pulled += done.rows
                    conflicts += done.conflicts
                cursor = page.cursor
                if not page.more:
                    return pulled, conflicts, snapshot

    def _page_size(self, cursor: int) -> int:
        """Bigger pages for a first sync; a page size set below the usual one is kept."""
        if cursor == 0 and self.page_size >= PAGE_SIZE:
            return max(self.page_size, FIRST_PAGE_SIZE)
        return self.page_size

    def _reconcile(self, client: SyncClient, account: str) -> tuple[int, int, int]:
        """Fetch every row again; remove here what the server no longer has."""
        seen: dict[str, set[str]] = {}
        after: str | None = None
        as_of: int | None = None
        rows = conflicts = 0
        while True:
            page = client.snapshot(after, self.page_size, as_of, account)
            if as_of is None:
                as_of = page.as_of
            with self._store.write(remote=True) as session:
                done = apply.apply_changes(session, page.rows, page.instructors, self._clock())
            rows += done.rows
            conflicts += done.conflicts
            for change in page.rows:
                seen.setdefault(change.entity, set()).add(change.id)
            if page.next is None:
                break
            after = page.next
        with self._store.write(remote=True) as session:
            doomed: dict[str, set[str]] = {}
            for entity, model in MODEL_BY_ENTITY.items():
                known = session.scalars(select(model.id).where(model.server_version.is_not(None)))
                missing = set(known) - seen.get(entity, set())
                if missing:
                    doomed[entity] = missing
            if doomed:
                conflicts += apply.remove_rows(session, doomed, self._clock())
            put_setting(session, K_CURSOR, str(as_of))
        return rows, conflicts, as_of

    # -- conflicts -------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictInfo]:
        with self._store.read() as session:
            stmt = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
            if not include_resolved:
                stmt = stmt.where(SyncConflict.resolved_at.is_(None))
            return [self._info(session, c) for c in session.scalars(stmt)]

    def _info(self, session: Session, conflict: SyncConflict) -> ConflictInfo:
        return ConflictInfo(
            conflict_id=conflict.id,
            entity=conflict.entity,
            id=conflict.row_id,
            field=conflict.field,
            kind=conflict.kind,
            mine=_loads(conflict.mine),
            theirs=_loads(conflict.theirs),
            base=_loads(conflict.base),
            detail=conflict.detail,
            label=_label(session, conflict),
            created_at=conflict.created_at,
        )

    def resolve(self, conflict_id: str, choice: str = "mine", value: Any = None) -> ConflictInfo:
        """Settle a conflict: keep ``mine`` (sent with the next sync), take
        ``theirs`` (already what this data dir shows) or ``edit`` to ``value``."""
        if choice not in ("mine", "theirs", "edit"):
            raise ValidationError(
                msg("Choose mine, theirs or edit (got {choice!r}).", choice=choice), "choice"
            )
        with self._store.write() as session:
            conflict = (
                session.get(SyncConflict, conflict_id) if isinstance(conflict_id, str) else None
            )
            if conflict is None:
                raise NotFound("There is no such conflict.", "conflict_id")
            if conflict.resolved_at is not None:
                raise ValidationError("This conflict is already resolved.", "conflict_id")
            if choice != "theirs":
                self._write_mine(session, conflict, choice, value)
            conflict.resolved_at = self._clock()
            conflict.resolution = choice
            session.flush()
            note_change(session, "conflicts")
            return self._info(session, conflict)

    def _write_mine(
        self, session: Session, conflict: SyncConflict, choice: str, value: Any
    ) -> None:
        entity = conflict.entity
        model = MODEL_BY_ENTITY[entity]
        row = session.get(model, conflict.row_id)
        before = session.scalar(select(func.max(OutboxOp.seq))) or 0
        mine = _loads(conflict.mine)
        if conflict.field == "*":
            if choice == "edit":
                raise ValidationError(
                    "Keep mine or take theirs: this conflict is about the whole item.", "choice"
                )
            if mine == {"deleted": True}:
                if row is not None and row.deleted_at is None:
                    row.deleted_at = self._clock()
            else:
                values = {k: from_wire(entity, k, v) for k, v in dict(mine or {}).items()}
                if row is None:
                    missing = [n for n in SYNC_FIELDS[entity] if n not in values]
                    if missing:
                        raise ValidationError(
                            "This item is gone and cannot be brought back from the "
                            "changes kept here.",
                            "choice",
                        )
                    extra: dict[str, Any] = {}
                    if entity == "course":
                        extra = {"created_at": self._clock(), "updated_at": self._clock()}
                    row = cast(Any, model)(id=conflict.row_id, **values, **extra)
                    session.add(row)
                else:
                    row.deleted_at = None
                    for name, item in values.items():
                        setattr(row, name, item)
        else:
            if row is None or row.deleted_at is not None:
                raise ValidationError(
                    "This item was deleted meanwhile; restore it before keeping your value.",
                    "choice",
                )
            wire = mine if choice == "mine" else value
            checked = check_fields(entity, {conflict.field: wire})
            setattr(row, conflict.field, checked[conflict.field])
        session.flush()
        if conflict.server_version is not None:
            # The new op has seen the server's value: base it on that version.
            session.execute(
                update(OutboxOp)
                .where(
                    OutboxOp.seq > before,
                    OutboxOp.row_id == conflict.row_id,
                    func.coalesce(OutboxOp.base_version, 0) < conflict.server_version,
                )
                .values(base_version=conflict.server_version)
            )


def _label(session: Session, conflict: SyncConflict) -> str:
    """What the conflict is about, in words: "CS101 › title"."""
    model = MODEL_BY_ENTITY.get(conflict.entity)
    row = session.get(model, conflict.row_id) if model is not None else None
    what = LABELS.get(conflict.entity, conflict.entity)
    if row is None:
        name = what
    elif isinstance(row, Course):
        name = f"{row.code}"
    elif hasattr(row, "title"):
        name = f"{what} “{row.title}”"
    elif hasattr(row, "family_name"):
        name = f"{getattr(row, 'given_name', '')} {getattr(row, 'family_name', '')}"
    else:
        name = what
    return name if conflict.field == "*" else f"{name} › {conflict.field}"


def _report_dict(report: SyncReport) -> dict[str, Any]:
    return {
        "pushed": report.pushed,
        "pulled": report.pulled,
        "conflicts": report.conflicts,
        "rejected": report.rejected,
        "snapshot": report.snapshot,
        "seconds": report.seconds,
    }


def _reown(session: Session, old: str, new: str) -> None:
    """Move what the local instructor ``old`` owns and teaches to ``new``."""
    session.execute(update(Course).where(Course.owner_id == old).values(owner_id=new))
    for link_id, course_id in session.execute(
        select(CourseInstructor.id, CourseInstructor.course_id).where(
            CourseInstructor.instructor_id == old
        )
    ).all():
        target = derived_id(course_id, new)
        if session.get(CourseInstructor, target) is not None:
            session.execute(delete(CourseInstructor).where(CourseInstructor.id == link_id))
        else:
            session.execute(
                update(CourseInstructor)
                .where(CourseInstructor.id == link_id)
                .values(id=target, instructor_id=new)
            )
        session.execute(
            update(OutboxOp)
            .where(OutboxOp.entity == "course_instructor", OutboxOp.row_id == link_id)
            .values(row_id=target)
        )
    for op in session.scalars(
        select(OutboxOp).where(OutboxOp.entity.in_(("course", "course_instructor")))
    ):
        fields = json.loads(op.fields)
        changed = False
        for key in ("owner_id", "instructor_id"):
            if fields.get(key) == old:
                fields[key] = new
                changed = True
        if changed:
            op.fields = apply.dumps(fields)
    still_used = session.scalar(
        select(func.count()).select_from(Course).where(Course.owner_id == old)
    ) or session.scalar(
        select(func.count())
        .select_from(CourseInstructor)
        .where(CourseInstructor.instructor_id == old)
    )
    if not still_used:
        session.execute(delete(Instructor).where(Instructor.id == old))

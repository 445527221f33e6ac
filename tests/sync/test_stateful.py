"""Three laptops edit one course offline and sync in random order through a faulty
network (Hypothesis state machine). After every laptop syncs twice with no new
edits:

1. every replica equals the server;
2. every edit is in the final state or in a conflict record (or was overwritten
   by someone who had seen it);
3. no op is applied twice (each op that reached the server is recorded once, and a
   late copy of a push changes nothing).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)

import course_studio
from course_studio.domain.errors import DomainError
from course_studio.sync import SyncClient, SyncError
from tests.livestack import Account, LiveServer
from tests.sync.helpers import FaultyTransport, applied_counts, assert_replica, server_rows

FAULTS = [None, None, "drop-before", "drop-after", "duplicate", "cut", "delay"]


@dataclass
class Edit:
    number: int
    client: int
    entity: str
    row: str
    field: str
    value: Any


class Recorder(FaultyTransport):
    """A faulty transport that also notes which pushes reached the server."""

    def __init__(self, machine: SyncMachine) -> None:
        super().__init__()
        self.machine = machine

    def _send(self, request: Any) -> Any:
        response = super()._send(request)
        if request.url.path.endswith("/sync/push"):
            body = json.loads(request.content)
            self.machine.sent_ops.update(op["op_id"] for op in body["ops"])
            self.machine.last_push = (request.headers["authorization"], request.content)
        return response


class SyncMachine(RuleBasedStateMachine):
    server: LiveServer

    @initialize()
    def setup(self) -> None:
        server = self.server
        self.tmp = Path(tempfile.mkdtemp(prefix="cs-machine-"))
        owner, co = server.account("owner"), server.account("co")
        self.accounts: list[Account] = [owner, owner, co]
        self.studios = [
            course_studio.open_studio(self.tmp / f"laptop{i}", username=f"laptop{i}")
            for i in range(3)
        ]
        first = self.studios[0]
        course = first.courses.create(code="SM101", title="Shared course")
        self.course = course.id
        self.modules = [first.outline.add_module(course.id, title=f"Week {i}").id for i in range(2)]
        self.students = []
        for i in range(2):
            student = first.students.create(
                given_name=f"Student{i}", family_name="Doe", email=f"s{i}@example.org"
            )
            first.enrollments.enroll(course.id, student.id)
            self.students.append(student.id)
        self.sent_ops: set[str] = set()
        self.last_push: tuple[str, bytes] | None = None
        self.edits: list[Edit] = []
        self.counter = 0
        self.pushed: set[int] = set()  # edits that may be on the server
        self.seen: list[set[int]] = [set(), set(), set()]
        self._sync(0)
        with server.client(owner) as api:
            api.post(f"/courses/{course.id}/instructors", json={"instructor_id": co.id})
        self._sync(1)
        self._sync(2)

    def teardown(self) -> None:
        if hasattr(self, "studios"):
            try:
                self.settle()
            finally:
                for studio in self.studios:
                    studio.close()

    # -- helpers -----------------------------------------------------------------

    def _sync(self, index: int, fault: str | None = None) -> bool:
        transport = Recorder(self)
        if fault:
            transport.plan["/sync/push" if fault != "cut" else "/sync/changes"] = [fault]
        mine = {e.number for e in self.edits if e.client == index}
        self.pushed |= mine
        try:
            with SyncClient(
                self.server.url,
                self.accounts[index].token,
                transport=transport,
                backoff=0,
                retries=1,
            ) as client:
                self.studios[index].sync_engine.sync(client)
        except SyncError:
            self.seen[index] |= set(self.pushed)  # it may have seen some: be lenient
            return False
        self.seen[index] |= set(self.pushed)
        return True

    def _edit(self, index: int, entity: str, row: str, field: str, value: Any) -> None:
        self.counter += 1
        self.edits.append(Edit(self.counter, index, entity, row, field, value))

    def _value(self) -> str:
        return f"v{self.counter + 1}"

    # -- edits -------------------------------------------------------------------

    @rule(index=st.integers(0, 2))
    def rename_course(self, index: int) -> None:
        value = f"Course {self._value()}"
        try:
            self.studios[index].courses.update(self.course, title=value)
        except DomainError:
            return
        self._edit(index, "course", self.course, "title", value)

    @rule(index=st.integers(0, 2))
    def describe_course(self, index: int) -> None:
        value = f"About {self._value()}"
        try:
            self.studios[index].courses.update(self.course, description=value)
        except DomainError:
            return
        self._edit(index, "course", self.course, "description", value)

    @rule(index=st.integers(0, 2), which=st.integers(0, 5))
    def rename_module(self, index: int, which: int) -> None:
        module = self.modules[which % len(self.modules)]
        value = f"Week {self._value()}"
        try:
            self.studios[index].outline.rename_module(module, value)
        except DomainError:
            return
        self._edit(index, "module", module, "title", value)

    @rule(index=st.integers(0, 2), which=st.integers(0, 5), place=st.integers(0, 3))
    def move_module(self, index: int, which: int, place: int) -> None:
        module = self.modules[which % len(self.modules)]
        try:
            moved = self.studios[index].outline.move_module(module, place)
        except DomainError:
            return
        self._edit(index, "module", module, "position", moved.position)

    @rule(index=st.integers(0, 2), which=st.integers(0, 5))
    def delete_module(self, index: int, which: int) -> None:
        module = self.modules[which % len(self.modules)]
        try:
            self.studios[index].outline.delete_module(module)
        except DomainError:
            return
        self._edit(index, "module", module, "*", "deleted")

    @rule(index=st.integers(0, 2))
    def add_module(self, index: int) -> None:
        value = f"New week {self._value()}"
        try:
            module = self.studios[index].outline.add_module(self.course, title=value)
        except DomainError:
            return
        self.modules.append(module.id)
        self._edit(index, "module", module.id, "title", value)

    @rule(index=st.integers(0, 2), which=st.integers(0, 1))
    def rename_student(self, index: int, which: int) -> None:
        value = f"Name{self._value()}"
        try:
            self.studios[index].students.update(self.students[which], given_name=value)
        except DomainError:
            return
        self._edit(index, "student", self.students[which], "given_name", value)

    @rule(index=st.integers(0, 2), keep_mine=st.booleans())
    def resolve(self, index: int, keep_mine: bool) -> None:
        conflicts = self.studios[index].conflicts()
        if not conflicts:
            return
        conflict = conflicts[0]
        try:
            self.studios[index].resolve_conflict(
                conflict.conflict_id, "mine" if keep_mine else "theirs"
            )
        except DomainError:
            return
        if keep_mine and conflict.field != "*" and conflict.kind == "edit":
            self._edit(index, conflict.entity, conflict.id, conflict.field, conflict.mine)

    # -- the network ---------------------------------------------------------------

    @rule(index=st.integers(0, 2), fault=st.sampled_from(FAULTS))
    def sync(self, index: int, fault: str | None) -> None:
        self._sync(index, fault)

    @precondition(lambda self: self.last_push is not None)
    @rule()
    def replay_last_push(self) -> None:
        """A copy of an earlier push arrives again: nothing may change."""
        assert self.last_push is not None
        authorization, content = self.last_push
        before = self.server.seq()
        with self.server.client() as api:
            answer = api.post(
                "/sync/push",
                content=content,
                headers={"Authorization": authorization, "Content-Type": "application/json"},
            )
        assert answer.status_code == 200
        assert {r["status"] for r in answer.json()["results"]} <= {"duplicate"}
        assert self.server.seq() == before

    # -- the invariants ---------------------------------------------------------------

    def settle(self) -> None:
        for _round in range(2):
            for index in range(3):
                assert self._sync(index), "a sync without faults failed"
        before = self.server.seq()
        for index in range(3):
            self._sync(index)
        assert self.server.seq() == before, "a sync with nothing to do changed the server"
        # 1. every replica equals the server
        for studio, account in zip(self.studios, self.accounts, strict=True):
            assert_replica(studio, self.server, account)
        # 3. every op that reached the server was recorded exactly once
        counts = applied_counts(self.server, sorted(self.sent_ops))
        assert counts == dict.fromkeys(self.sent_ops, 1)
        # 2. every edit is in the final state, in a conflict, or knowingly overwritten
        final = server_rows(self.server, self.accounts[0])
        kept: set[tuple[str, str, str]] = set()
        for studio in self.studios:
            for conflict in studio.sync_engine.conflicts(include_resolved=True):
                for value in (conflict.mine, conflict.theirs):
                    if conflict.field == "*" and isinstance(value, dict):
                        kept.update((conflict.id, k, json.dumps(v)) for k, v in value.items())
                        kept.add((conflict.id, "*", json.dumps("deleted")))
                    else:
                        kept.add((conflict.id, conflict.field, json.dumps(value)))
        for edit in self.edits:
            deleted, fields = final.get((edit.entity, edit.row), (True, {}))
            in_final = deleted if edit.field == "*" else fields.get(edit.field) == edit.value
            in_conflict = (edit.row, edit.field, json.dumps(edit.value)) in kept
            overwritten = any(
                later.number > edit.number
                and later.entity == edit.entity
                and later.row == edit.row
                and (later.field == edit.field or later.field == "*" or edit.field == "*")
                and (later.client == edit.client or edit.number in self.seen[later.client])
                for later in self.edits
            ) or (deleted and edit.field != "*" and (edit.row, "*", json.dumps("deleted")) in kept)
            restored = edit.field == "*" and any(
                later.number > edit.number and later.row == edit.row for later in self.edits
            )
            assert in_final or in_conflict or overwritten or restored, edit


def run_machine(server: LiveServer) -> None:
    SyncMachine.server = server
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=4,
            stateful_step_count=18,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )


def test_laptops_converge(server: LiveServer) -> None:
    run_machine(server)

"""Sync through a misbehaving network: requests dropped before or after the server
committed, duplicated, delivered late, answers cut short; and a client killed with
SIGKILL in the middle of a push."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

import course_studio
from course_studio.services.instructors import get_setting
from course_studio.sync import Offline
from tests.livestack import Account, LiveServer
from tests.sync.helpers import (
    FaultyTransport,
    applied_counts,
    assert_replica,
    outbox_ids,
    outbox_size,
)
from tests.sync.syncing import sync


def _edits(studio: course_studio.Studio, count: int = 6) -> Any:
    course = studio.courses.create(code="NET101", title="Networks")
    week = studio.outline.add_module(course.id, title="Week 1")
    for i in range(count):
        studio.outline.add_lesson(week.id, title=f"Lesson {i}")
    studio.courses.update(course.id, title="Networks, final title")
    return course


@pytest.mark.parametrize("fault", ["drop-before", "drop-after", "duplicate", "cut"])
def test_a_push_survives_a_fault(server: LiveServer, make_studio: Any, fault: str) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    course = _edits(laptop)
    laptop.sync_engine.push_batch = 3
    sent = outbox_ids(laptop)
    transport = FaultyTransport()
    transport.plan["/sync/push"] = [None, fault, None, fault]
    sync(laptop, server, ada, transport)
    assert outbox_size(laptop) == 0
    assert applied_counts(server, sent) == dict.fromkeys(sent, 1)  # each op applied once
    assert laptop.courses.get(course.id).title == "Networks, final title"
    assert_replica(laptop, server, ada)


def test_an_answer_lost_after_commit_is_not_applied_twice(
    server: LiveServer, make_studio: Any
) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    course = _edits(laptop, 2)
    transport = FaultyTransport()
    transport.plan["/sync/push"] = ["drop-after"]
    with pytest.raises(Offline):
        sync(laptop, server, ada, transport, retries=0)
    sent = outbox_ids(laptop)
    assert sent  # not acknowledged: still waiting here
    assert applied_counts(server, sent) == dict.fromkeys(sent, 1)  # but the server has them
    laptop.courses.update(course.id, title="Edited while the answer was lost")
    seq = server.seq()
    report = sync(laptop, server, ada)
    assert server.seq() == seq + 1  # only the new edit made a new version
    assert report.pushed == len(sent) + 1
    assert applied_counts(server, sent) == dict.fromkeys(sent, 1)
    assert laptop.courses.get(course.id).title == "Edited while the answer was lost"
    assert_replica(laptop, server, ada)


def test_a_late_copy_of_an_old_push_changes_nothing(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    laptop = make_studio("laptop")
    course = laptop.courses.create(code="LATE1", title="First title")
    laptop.courses.update(course.id, title="Second title")
    laptop.courses.update(course.id, title="Third title")
    laptop.sync_engine.push_batch = 1
    transport = FaultyTransport()
    transport.plan["/sync/push"] = [None, "delay"]  # the 2nd push is held back, then retried
    sync(laptop, server, ada, transport)
    assert transport.late, "the held request was delivered late"
    late = [json.loads(r.content)["results"] for r in transport.late]
    assert [r["status"] for batch in late for r in batch] == ["duplicate"]
    assert laptop.courses.get(course.id).title == "Third title"
    assert_replica(laptop, server, ada)


@pytest.mark.parametrize("fault", ["cut", "trim", "drop-before", "drop-after", "stale"])
def test_a_pull_survives_a_fault(server: LiveServer, make_studio: Any, fault: str) -> None:
    ada = server.account("ada")
    writer, reader = make_studio("writer"), make_studio("reader")
    _edits(writer, 10)
    sync(writer, server, ada)
    reader.sync_engine.page_size = 4
    transport = FaultyTransport()
    transport.plan["/sync/changes"] = [None, fault, None, fault]
    sync(reader, server, ada, transport)
    assert_replica(reader, server, ada)


def test_the_cursor_only_moves_after_a_page_is_stored(server: LiveServer, make_studio: Any) -> None:
    ada = server.account("ada")
    writer, reader = make_studio("writer"), make_studio("reader")
    _edits(writer, 10)
    sync(writer, server, ada)
    reader.sync_engine.page_size = 4
    transport = FaultyTransport()
    transport.plan["/sync/changes"] = [None, "cut"]
    with pytest.raises(Offline):
        sync(reader, server, ada, transport, retries=0)
    with reader.store.read() as session:
        cursor = int(get_setting(session, "sync.cursor") or 0)
    with server.client(ada) as api:
        first = api.get("/sync/changes", params={"since": 0, "limit": 4}).json()
    assert cursor == first["cursor"]  # page one stored, page two not
    sync(reader, server, ada)
    assert_replica(reader, server, ada)


_CHILD = """
import sys, time, pathlib, httpx, course_studio
data_dir, url, token, marker, when = sys.argv[1:6]

class Stalls(httpx.HTTPTransport):
    def handle_request(self, request):
        if request.url.path.endswith("/sync/push"):
            if when == "before":
                pathlib.Path(marker).write_text("sending")
                time.sleep(600)
            response = super().handle_request(request)
            response.read()
            pathlib.Path(marker).write_text("committed")
            time.sleep(600)
        return super().handle_request(request)

studio = course_studio.open_studio(data_dir)
studio.sync(url, token, transport=Stalls())
"""


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_client_killed_during_a_push(server: LiveServer, tmp_path: Path, when: str) -> None:
    ada: Account = server.account("ada")
    data_dir = tmp_path / "laptop"
    with course_studio.open_studio(data_dir, username="laptop") as studio:
        _edits(studio, 4)
        sent = outbox_ids(studio)
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), server.url, ada.token, str(marker), when],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the client ended before it was killed"
            assert time.monotonic() < deadline, "the client never reached the push"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    counts = applied_counts(server, sent)
    assert counts == ({} if when == "before" else dict.fromkeys(sent, 1))
    with course_studio.open_studio(data_dir) as studio:
        assert studio.store.integrity_check() == "ok"
        assert outbox_ids(studio) == sent  # nothing acknowledged, nothing lost
        report = sync(studio, server, ada)
        assert report.pushed == len(sent)
        assert outbox_size(studio) == 0
        assert applied_counts(server, sent) == dict.fromkeys(sent, 1)
        assert_replica(studio, server, ada)
        from course_studio.domain.models import Course

        with studio.store.read() as session:
            assert session.scalars(select(Course.code)).all() == ["NET101"]


class _EarlierServer(FaultyTransport):
    """A server of an earlier release: it refuses pages of more than 5,000 rows the way
    it refused them then (422, a problem document)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limit = request.url.params.get("limit")
        if request.url.path.endswith("/sync/changes") and limit and int(limit) > 5_000:
            self.seen.append(f"refused:{limit}")
            problem = {"title": "Invalid request", "status": 422, "detail": "limit too big"}
            return httpx.Response(
                422, headers={"Content-Type": "application/problem+json"}, json=problem
            )
        self.seen.append(f"limit:{limit}")
        return super().handle_request(request)


def test_a_first_sync_takes_smaller_pages_from_an_earlier_server(
    server: LiveServer, make_studio: Any
) -> None:
    ada = server.account("ada")
    writer, reader = make_studio("writer"), make_studio("reader")
    _edits(writer, 10)
    sync(writer, server, ada)
    transport = _EarlierServer()
    report = sync(reader, server, ada, transport)
    assert report.pulled > 10
    assert "refused:20000" in transport.seen and "limit:5000" in transport.seen
    assert_replica(reader, server, ada)

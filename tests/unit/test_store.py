"""The local store: location, pragmas, migrations, the outbox and change events."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

import course_studio
from course_studio.domain.models import Base, OutboxOp
from course_studio.store import Changes, Store, resolve_data_dir
from course_studio.store.migrate import (
    current_revision,
    head_revision,
    include_object,
    upgrade_to_head,
)


def test_data_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COURSE_STUDIO_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("COURSE_STUDIO_DATA_DIR")
    assert "CourseStudio" in str(resolve_data_dir(None))


def test_pragmas(tmp_path: Path) -> None:
    store = Store(tmp_path)
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    assert store.integrity_check() == "ok"
    store.close()


def test_new_file_comes_up_at_head_and_matches_the_models(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(ctx, Base.metadata) == []
    store.close()


def test_an_old_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    store = Store(tmp_path, migrate=False)
    upgrade_to_head(store.engine, "0001")
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO instructors (id, username, display_name) VALUES ('i1', 'old', 'Old')")
        )
        conn.execute(
            text(
                "INSERT INTO courses (id, owner_id, code, title, description, status, term, "
                "category, tags, language, created_at, updated_at, dirty) VALUES ('c1', 'i1', "
                "'OLD1', 'An old course', '', 'draft', '', '', '[]', 'en', '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00', 0)"
            )
        )
        conn.execute(text("INSERT INTO settings VALUES ('current_instructor_id', 'i1')"))
    assert current_revision(store.engine) == "0001"
    store.close()
    with course_studio.open_studio(tmp_path) as studio:
        assert current_revision(studio.store.engine) == head_revision()
        assert [c.code for c in studio.courses.list()] == ["OLD1"]
        assert studio.me == "i1"
        studio.activity.record("update", "Upgraded")  # a table 0002 added


def test_every_change_writes_an_outbox_op(studio: course_studio.Studio, course: Any) -> None:
    studio.courses.update(course.id, title="New title")
    studio.courses.delete(course.id)
    studio.courses.restore(course.id)
    with studio.store.read() as session:
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity == "course").order_by(OutboxOp.seq)
        ).all()
        kinds = [(op.kind, sorted(json.loads(op.fields))) for op in ops]
        op_ids = {op.op_id for op in ops}
    assert kinds[0][0] == "upsert" and "code" in kinds[0][1]
    assert kinds[1] == ("upsert", ["title"])
    assert kinds[2] == ("delete", [])
    assert kinds[3][0] == "upsert" and len(kinds[3][1]) == 12  # restored: the whole row
    assert len(op_ids) == len(kinds)


def test_a_failed_call_leaves_no_outbox_op(studio: course_studio.Studio, course: Any) -> None:
    with studio.store.read() as session:
        before = session.scalar(select(OutboxOp.seq).order_by(OutboxOp.seq.desc()))
    with pytest.raises(course_studio.ValidationError):
        studio.courses.update(course.id, title="ok title", end_date="1999-01-01")
    with studio.store.read() as session:
        after = session.scalar(select(OutboxOp.seq).order_by(OutboxOp.seq.desc()))
    assert after == before


def test_listeners_hear_what_changed_after_commit(
    studio: course_studio.Studio, course: Any
) -> None:
    heard: list[Changes] = []
    unsubscribe = studio.store.subscribe(heard.append)
    studio.outline.add_module(course.id, title="W1")
    studio.courses.update(course.id, title="Renamed")
    with pytest.raises(course_studio.ValidationError):
        studio.courses.update(course.id, capacity=-1)
    unsubscribe()
    studio.courses.update(course.id, title="Unheard")
    assert len(heard) == 2
    assert heard[0].outline and heard[0].outbox
    assert heard[1].courses and not heard[1].outline


def test_a_committed_write_survives_a_hard_kill(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import os, course_studio\n"
        f"s = course_studio.open_studio({str(tmp_path)!r})\n"
        "s.courses.create(code='KEEP1', title='Survives a kill')\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    with course_studio.open_studio(tmp_path) as studio:
        assert [c.code for c in studio.courses.list()] == ["KEEP1"]
        assert studio.store.integrity_check() == "ok"
    conn = sqlite3.connect(tmp_path / "course-studio.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()

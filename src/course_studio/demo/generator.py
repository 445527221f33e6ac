"""Fill a data dir with realistic, deterministic demo data.

The same seed and the same ``today`` give the same data, ids included. Rows are
written with plain ``executemany`` in large transactions (not the ORM, one row at a
time), with the big tables' secondary indexes rebuilt once at the end, so the large
set (10,000 courses, 1,000,000 enrollments) takes about a minute.

Demo rows are local sample data: they are not in the outbox and are never pushed to
a server.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Index

from ..domain.models import (
    Course,
    CourseInstructor,
    Enrollment,
    Instructor,
    Lesson,
    LessonProgress,
    Module,
    Setting,
    Student,
)
from ..domain.progress import DEFAULT_AT_RISK_DAYS
from ..services.instructors import ME_KEY
from ..store import Changes, Store
from ..store.search import student_search_paused
from . import vocabulary as vocab

Progress = Callable[[str, float], None]


@dataclass(frozen=True, slots=True)
class DemoSize:
    courses: int = 60
    students: int = 1_500
    enrollments: int = 25_000

    @property
    def large(self) -> bool:
        return self.courses >= 2_000 or self.enrollments >= 200_000


DEFAULT = DemoSize()
LARGE = DemoSize(courses=10_000, students=200_000, enrollments=1_000_000)

_CHUNK = 50_000
_BIG_TABLES = (Enrollment.__table__, LessonProgress.__table__, Student.__table__)


def _fmt(value: dt.datetime) -> str:
    """The text form SQLAlchemy uses for DateTime on SQLite (always with micros)."""
    return value.isoformat(" ", "microseconds")


class _Ids:
    """Deterministic UUIDv7s: creation time from the data, random bits from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    _EPOCH = dt.datetime(1970, 1, 1)

    def at(self, when: dt.datetime) -> str:
        ms = (when - self._EPOCH) // _MS
        rand = self._rng.getrandbits(74)
        return "%08x-%04x-7%03x-%04x-%012x" % (  # noqa: UP031 - the fastest form here
            ms >> 16,
            ms & 0xFFFF,
            rand >> 62,
            0x8000 | ((rand >> 48) & 0x3FFF),
            rand & 0xFFFFFFFFFFFF,
        )


_MS = dt.timedelta(milliseconds=1)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


@dataclass(frozen=True, slots=True)
class _Term:
    name: str
    start: dt.date
    end: dt.date


def _terms(today: dt.date) -> list[_Term]:
    out = []
    for year in (today.year - 1, today.year, today.year + 1):
        out += [
            _Term(f"Spring {year}", dt.date(year, 1, 12), dt.date(year, 5, 8)),
            _Term(f"Summer {year}", dt.date(year, 6, 8), dt.date(year, 8, 14)),
            _Term(f"Fall {year}", dt.date(year, 9, 1), dt.date(year, 12, 18)),
        ]
    near = [
        t
        for t in out
        if t.end >= today - dt.timedelta(days=300) and t.start <= today + dt.timedelta(days=200)
    ]
    return near


_DEFAULTS = {"server_version": None, "dirty": 0, "deleted_at": None, "synced_base": None}


class _Writer:
    """Buffers rows per table and writes them with executemany."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = {}
        self._buffers: dict[str, list[tuple[Any, ...]]] = {}
        self._sql: dict[str, str] = {}
        self._columns: dict[str, list[str]] = {}
        self._adders: dict[str, Callable[..., None]] = {}

    def add(self, table: Any, values: dict[str, Any]) -> None:
        name = table.name
        columns = self._columns.get(name)
        if columns is None:
            columns = self._columns[name] = [c.name for c in table.columns]
            marks = ", ".join("?" * len(columns))
            self._sql[name] = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})"
            self._buffers[name] = []
        buf = self._buffers[name]
        buf.append(tuple(values[c] if c in values else _DEFAULTS[c] for c in columns))
        if len(buf) >= _CHUNK:
            self.flush(name)

    def fast(self, table: Any, columns: tuple[str, ...]) -> Callable[..., None]:
        """An adder for a hot table: positional values in ``columns`` order; the sync
        columns take their defaults (``dirty`` = 0, the rest NULL)."""
        name = table.name
        key = f"{name}:fast"
        if key in self._adders:
            return self._adders[key]
        known = {c.name for c in table.columns}
        assert set(columns) <= known and "dirty" in known
        sql = (
            f"INSERT INTO {name} ({', '.join((*columns, 'dirty'))}) "
            f"VALUES ({', '.join('?' * (len(columns) + 1))})"
        )
        self._sql[key] = sql
        buf = self._buffers[key] = []

        def add(*values: Any) -> None:
            buf.append((*values, 0))
            if len(buf) >= _CHUNK:
                self.flush(key)

        self._adders[key] = add
        return add

    def flush(self, name: str | None = None) -> None:
        for key in [name] if name else list(self._buffers):
            rows = self._buffers.get(key) or []
            if rows:
                self.conn.executemany(self._sql[key], rows)
                table = key.split(":")[0]
                self.counts[table] = self.counts.get(table, 0) + len(rows)
                rows.clear()


def _secondary_indexes(tables: Iterable[Any]) -> list[Index]:
    return [ix for t in tables for ix in t.indexes]


def generate(
    data_dir: Path,
    size: DemoSize = DEFAULT,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write demo data into an empty data dir; returns row counts per table."""
    report = progress or (lambda _stage, _fraction: None)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(12, 0))
    rng = random.Random(seed)
    ids = _Ids(random.Random(seed + 1))
    store = Store(data_dir)
    store.close()

    conn = sqlite3.connect(store.path, isolation_level=None)
    started = time.perf_counter()
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        # A fresh file: no journal while loading (a crash leaves a file to --replace).
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        existing = conn.execute("SELECT count(*) FROM courses").fetchone()[0]
        if existing:
            raise FileExistsError(f"{data_dir} already has {existing} courses")
        indexes = _secondary_indexes(_BIG_TABLES)
        for ix in indexes:
            conn.execute(f"DROP INDEX IF EXISTS {ix.name}")
        with student_search_paused(conn):  # the search index is rebuilt once at the end
            conn.execute("BEGIN")
            writer = _Writer(conn)
            _fill(writer, rng, ids, size, today, now, report)
            writer.flush()
            conn.execute("COMMIT")
        report("Indexing", 0.95)
        from sqlalchemy.dialects import sqlite as sqlite_dialect
        from sqlalchemy.schema import CreateIndex

        for ix in indexes:
            conn.execute(str(CreateIndex(ix).compile(dialect=sqlite_dialect.dialect())))
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
        counts = dict(writer.counts)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    counts["seconds"] = round(time.perf_counter() - started, 1)  # type: ignore[assignment]
    report("Done", 1.0)
    store = Store(data_dir)
    store.notify(
        Changes(courses=True, outline=True, students=True, enrollments=True, progress=True)
    )
    store.close()
    return counts


def _fill(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    size: DemoSize,
    today: dt.date,
    now: dt.datetime,
    report: Progress,
) -> None:
    created = now - dt.timedelta(days=400)
    # -- instructors ---------------------------------------------------------------
    instructor_ids = []
    for username, name in vocab.INSTRUCTORS:
        iid = ids.at(created)
        instructor_ids.append(iid)
        w.add(
            Instructor.__table__,
            {
                "id": iid,
                "username": username,
                "display_name": name,
                "email": f"{username}@faculty.example.edu",
            },
        )
    me = instructor_ids[0]
    w.conn.execute("DELETE FROM settings WHERE key = ?", (ME_KEY,))
    w.add(Setting.__table__, {"key": ME_KEY, "value": me})

    # -- students --------------------------------------------------------------------
    report("Students", 0.02)
    students: list[str] = []
    for n in range(size.students):
        given = rng.choice(vocab.GIVEN_NAMES)
        family = rng.choice(vocab.FAMILY_NAMES)
        sid = ids.at(created + dt.timedelta(seconds=n))
        students.append(sid)
        w.add(
            Student.__table__,
            {
                "id": sid,
                "external_id": f"S{2_000_000 + n * 7 % 1_000_003:07d}",
                "given_name": given,
                "family_name": family,
                "email": f"{_ascii(given)}.{_ascii(family)}{n}@students.example.edu",
            },
        )

    # -- courses, outlines, enrollments, progress ---------------------------------------
    terms = _terms(today)
    average = size.enrollments / max(1, size.courses)
    capacities: list[int | None] = []
    targets: list[int] = []
    for _ in range(size.courses):
        seats = max(5, round(average * rng.choice([0.5, 0.8, 1.0, 1.2, 1.5, 2.0]) / 5) * 5)
        if rng.random() < 0.3:
            capacities.append(None)
            targets.append(round(average * rng.uniform(0.5, 1.5)))
        else:
            capacities.append(seats)
            # most courses fill up to their capacity; a few have a waitlist
            fill = rng.uniform(0.7, 1.0) if rng.random() < 0.8 else rng.uniform(1.0, 1.15)
            targets.append(round(seats * fill))
    targets = [min(size.students, t) for t in targets]
    _adjust(targets, min(size.enrollments, size.students * size.courses), size.students)
    codes_used: dict[str, set[str]] = {}
    module_range = (2, 4) if size.large else (3, 7)
    lesson_range = (1, 3) if size.large else (2, 5)

    for index in range(size.courses):
        if index % 200 == 0:
            report("Courses and enrollments", 0.05 + 0.85 * index / max(1, size.courses))
        prefix, category, titles, tag_pool, themes = rng.choice(vocab.SUBJECTS)
        term = rng.choice(terms)
        owner = me if rng.random() < 0.3 else rng.choice(instructor_ids[1:])
        code = _code(rng, prefix, codes_used.setdefault(owner, set()))
        title = rng.choice(titles)
        if term.end < today:
            status = "archived" if rng.random() < 0.4 else "published"
        elif term.start <= today:
            status = "published" if rng.random() < 0.85 else "draft"
        else:
            status = "draft" if rng.random() < 0.6 else "published"
        course_created = min(
            dt.datetime.combine(term.start, dt.time(9)) - dt.timedelta(days=rng.randint(20, 90)),
            now - dt.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 8)),
        )
        cid = ids.at(course_created)
        w.add(
            Course.__table__,
            {
                "id": cid,
                "owner_id": owner,
                "code": code,
                "title": title,
                "description": rng.choice(vocab.DESCRIPTIONS),
                "status": status,
                "term": term.name,
                "category": category,
                "tags": json.dumps(sorted(set(rng.sample(tag_pool, rng.randint(1, 3))))),
                "language": rng.choice(vocab.LANGUAGES),
                "start_date": term.start.isoformat(),
                "end_date": term.end.isoformat(),
                "capacity": capacities[index],
                "created_at": _fmt(course_created),
                "updated_at": _fmt(
                    min(now, course_created + dt.timedelta(days=rng.randint(1, 60)))
                ),
            },
        )
        teachers = {owner}
        if owner != me and rng.random() < 0.12:
            teachers.add(me)
        if rng.random() < 0.2:
            teachers.add(rng.choice(instructor_ids))
        for teacher in sorted(teachers):
            w.add(
                CourseInstructor.__table__,
                {
                    "id": ids.at(course_created),
                    "course_id": cid,
                    "instructor_id": teacher,
                    "role": "owner" if teacher == owner else "co_instructor",
                },
            )
        lessons = _outline(w, rng, ids, cid, themes, course_created, module_range, lesson_range)
        _enroll(
            w,
            rng,
            ids,
            cid,
            term,
            today,
            now,
            capacities[index],
            rng.sample(students, targets[index]),
            lessons,
        )


def _adjust(targets: list[int], total: int, limit: int) -> None:
    """Make the per-course sizes add up to exactly ``total``."""
    diff = total - sum(targets)
    i = 0
    while diff != 0 and targets:
        j = i % len(targets)
        if diff > 0 and targets[j] < limit:
            targets[j] += 1
            diff -= 1
        elif diff < 0 and targets[j] > 0:
            targets[j] -= 1
            diff += 1
        i += 1


def _code(rng: random.Random, prefix: str, used: set[str]) -> str:
    for _ in range(1000):
        code = f"{prefix}{rng.randint(100, 499)}"
        if code not in used:
            used.add(code)
            return code
    n = len(used)
    while True:  # a big data set: fall back to numbered sections
        code = f"{prefix}{100 + n % 900}-S{n // 900 + 1}"
        n += 1
        if code not in used:
            used.add(code)
            return code


def _outline(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    course_id: str,
    themes: Sequence[str],
    created: dt.datetime,
    module_range: tuple[int, int],
    lesson_range: tuple[int, int],
) -> list[tuple[str, str]]:
    """Write modules and lessons; returns (lesson id, kind) in outline order."""
    from ..domain import positions

    lessons: list[tuple[str, str]] = []
    count = rng.randint(*module_range)
    chosen = rng.sample(list(themes), min(count, len(themes)))
    for number, (theme, mkey) in enumerate(
        zip(chosen, positions.keys(len(chosen)), strict=True), start=1
    ):
        mid = ids.at(created)
        w.add(
            Module.__table__,
            {
                "id": mid,
                "course_id": course_id,
                "title": f"Week {number}: {theme}",
                "position": mkey,
            },
        )
        n_lessons = rng.randint(*lesson_range)
        titles = rng.sample(vocab.LESSON_TITLES, n_lessons)
        for title, lkey in zip(titles, positions.keys(n_lessons), strict=True):
            kind = {
                "Quiz": "quiz",
                "Assignment": "assignment",
                "Lab": "assignment",
                "Video walkthrough": "video",
                "Further reading": "link",
            }.get(title, "page")
            lid = ids.at(created)
            w.add(
                Lesson.__table__,
                {
                    "id": lid,
                    "module_id": mid,
                    "title": f"{theme}: {title.lower()}"
                    if title in ("Overview", "Recap")
                    else title,
                    "kind": kind,
                    "body": f"<h2>{theme}</h2><p>{title} for week {number}.</p>",
                    "duration_minutes": rng.choice([None, 10, 15, 20, 30, 45, 60, 90]),
                    "position": lkey,
                },
            )
            lessons.append((lid, kind))
    return lessons


def _enroll(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    course_id: str,
    term: _Term,
    today: dt.date,
    now: dt.datetime,
    capacity: int | None,
    members: list[str],
    lessons: list[tuple[str, str]],
) -> None:
    start = dt.datetime.combine(term.start, dt.time(8))
    end = dt.datetime.combine(term.end, dt.time(18))
    span = (term.end - term.start).days or 1
    elapsed = min(1.0, max(0.0, (today - term.start).days / span))
    seated = 0
    total = len(lessons)
    add_enrollment = w.fast(
        Enrollment.__table__,
        (
            "id",
            "course_id",
            "student_id",
            "role",
            "status",
            "enrolled_at",
            "progress",
            "last_activity_at",
        ),
    )
    for student in members:
        roll = rng.random()
        role = "student" if roll < 0.96 else ("ta" if roll < 0.99 else "observer")
        enrolled_at = start - dt.timedelta(days=rng.randint(0, 30), minutes=rng.randint(0, 1440))
        if term.end < today:
            status = "completed" if rng.random() < 0.85 else "dropped"
        elif rng.random() < 0.06 and term.start <= today:
            status = "dropped"
        else:
            status = "active"
        if role == "student" and status in ("active", "completed"):
            if capacity is not None and seated >= capacity:
                status = "waitlisted"
            else:
                seated += 1
        eid = ids.at(enrolled_at)
        done, last = 0, None
        if role == "student" and status != "waitlisted" and total and elapsed > 0:
            done, last = _activity(
                w, rng, ids, eid, lessons, start, min(now, end), elapsed, status, now
            )
        add_enrollment(
            eid,
            course_id,
            student,
            role,
            status,
            _fmt(enrolled_at),
            100.0 * done / total if total else 0.0,
            _fmt(last) if last else None,
        )


_PROGRESS_COLUMNS = (
    "id",
    "enrollment_id",
    "lesson_id",
    "status",
    "score",
    "last_activity_at",
    "completed_at",
)


def _activity(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    enrollment_id: str,
    lessons: list[tuple[str, str]],
    start: dt.datetime,
    until: dt.datetime,
    elapsed: float,
    status: str,
    now: dt.datetime,
) -> tuple[int, dt.datetime | None]:
    """Lesson rows for one student; returns (completed lessons, last activity)."""
    add_progress = w.fast(LessonProgress.__table__, _PROGRESS_COLUMNS)
    total = len(lessons)
    kind_of_student = rng.random()
    quitter = status == "active" and kind_of_student < 0.07
    behind = status == "active" and 0.07 <= kind_of_student < 0.17
    if status == "completed":
        share = 1.0 if rng.random() < 0.8 else rng.uniform(0.7, 1.0)
    elif status == "dropped":
        share = rng.uniform(0.0, 0.4) * elapsed
    elif quitter:
        share = elapsed * rng.uniform(0.1, 0.6)
    elif behind:
        share = elapsed * rng.uniform(0.3, 0.75)
    else:
        share = min(1.0, elapsed * rng.uniform(0.85, 1.2))
    done = min(total, round(total * share))
    window = max(1.0, (until - start).total_seconds())
    if quitter:  # went quiet some weeks ago
        window = max(1.0, window - DEFAULT_AT_RISK_DAYS * 86_400 * rng.uniform(1.1, 3.0))
    elif status == "active":  # still working: the latest lesson is from the last days
        window = max(1.0, window - 86_400 * rng.uniform(0, DEFAULT_AT_RISK_DAYS * 0.7))
    last: dt.datetime | None = None
    times = sorted(start + dt.timedelta(seconds=rng.uniform(0, window)) for _ in range(done))
    if times and status == "active" and not quitter:
        times[-1] = start + dt.timedelta(seconds=window)
    for (lesson_id, kind), when in zip(lessons[:done], times, strict=False):
        score = round(rng.uniform(55, 100), 1) if kind in ("quiz", "assignment") else None
        stamp = _fmt(when)
        add_progress(ids.at(when), enrollment_id, lesson_id, "completed", score, stamp, stamp)
        last = when
    if done < total and status == "active" and not quitter and rng.random() < 0.5:
        when = min(now, (last or start) + dt.timedelta(days=rng.uniform(0.2, 6)))
        lesson_id, _kind = lessons[done]
        add_progress(ids.at(when), enrollment_id, lesson_id, "in_progress", None, _fmt(when), None)
        last = when if last is None or when > last else last
    return done, last


def iter_chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

"""Fill a data dir with realistic, deterministic demo data.

The same seed and the same ``today`` give the same data, ids included. Rows are
written with plain ``executemany`` in one transaction (not the ORM, one row at a
time), so the large set (10,000 courses, 1,000,000 enrollments) takes about a minute:

- the hot loops work on integer milliseconds, not datetimes: ids (UUIDv7) are made
  from the integer, and timestamps become text through small lookup tables;
- a writer thread runs the inserts while the main thread makes the next rows
  (SQLite releases the GIL while it writes, so both cores work);
- the secondary indexes and the student search index are built once, after their
  table is full (the students' while the enrollments are still being written);
- the journal and fsyncs are off during the load: the file is new, and a failed
  load leaves a file that ``--replace`` clears.

Demo rows are local sample data: they are not in the outbox and are never pushed to
a server.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import random
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex

from ..domain import positions
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
from ..store.search import STUDENT_FTS, has_student_search, student_search_paused
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

_CHUNK = 20_000
_EPOCH = dt.datetime(1970, 1, 1)
_MS = dt.timedelta(milliseconds=1)
_DAY_MS = 86_400_000
_MINUTE_MS = 60_000


def _ms(value: dt.datetime) -> int:
    """Milliseconds since the epoch of a naive (UTC) datetime."""
    return (value - _EPOCH) // _MS


class _Clock:
    """The text form SQLAlchemy stores for DateTime on SQLite (always with micros),
    of integer milliseconds, from lookup tables."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}
        self._seconds = [
            f" {h:02d}:{m:02d}:{s:02d}." for h in range(24) for m in range(60) for s in range(60)
        ]
        self._millis = [f"{m:03d}000" for m in range(1000)]

    def __call__(self, ms: int) -> str:
        day, rest = divmod(ms, _DAY_MS)
        second, milli = divmod(rest, 1000)
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = (_EPOCH + dt.timedelta(days=day)).date().isoformat()
        return text + self._seconds[second] + self._millis[milli]


class _Ids:
    """Deterministic UUIDv7s, random bits from the seed.

    ``ids(ms)`` takes the creation time from the data (the small tables).
    ``ids.next()`` gives increasing ids, as a bulk import of the big tables
    (enrollments, lesson progress) would make: the file's B-trees for them then grow
    at their right edge instead of splitting pages all over, which makes the load
    noticeably cheaper. Layout: the time of ``start`` plus one ms per 4,096 ids, a
    12-bit counter in ``rand_a``, the variant, 62 random bits.
    """

    def __init__(self, rng: random.Random, start_ms: int = 0) -> None:
        self._bits = rng.getrandbits
        self._next = start_ms << 12

    def next(self) -> str:
        count = self._next
        self._next = count + 1
        rand = self._bits(62)
        return "%08x-%04x-7%03x-%04x-%012x" % (  # noqa: UP031 - the fastest form here
            count >> 28,
            (count >> 12) & 0xFFFF,
            count & 0xFFF,
            0x8000 | (rand >> 48),
            rand & 0xFFFFFFFFFFFF,
        )

    def __call__(self, ms: int) -> str:
        rand = self._bits(74)
        return "%08x-%04x-7%03x-%04x-%012x" % (  # noqa: UP031 - the fastest form here
            ms >> 16,
            ms & 0xFFFF,
            rand >> 62,
            0x8000 | ((rand >> 48) & 0x3FFF),
            rand & 0xFFFFFFFFFFFF,
        )

    def at(self, when: dt.datetime) -> str:
        return self(_ms(when))


_ASCII: dict[str, str] = {}


def _ascii(text: str) -> str:
    folded = _ASCII.get(text)
    if folded is None:
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        folded = _ASCII[text] = "".join(c for c in plain.lower() if c.isalnum())
    return folded


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
_SQL_DIALECT = sqlite_dialect.dialect()


class _Writer:
    """Buffers rows per table; a thread writes full buffers with executemany.

    The main thread must not use the connection between ``start()`` and ``finish()``
    except through ``execute()``, which runs a statement in turn on the thread.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = {}
        self._buffers: dict[str, list[tuple[Any, ...]]] = {}
        self._sql: dict[str, str] = {}
        self._tables: dict[str, str] = {}
        self._queue: queue.Queue[tuple[str, list[tuple[Any, ...]] | None] | None] = queue.Queue(
            maxsize=3
        )
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain, so the main thread never blocks on a full queue
            sql, rows = item
            try:
                if rows is None:
                    self.conn.execute(sql)
                else:
                    self.conn.executemany(sql, rows)
            except BaseException as error:  # re-raised in the main thread
                self._error = error

    def _put(self, item: tuple[str, list[tuple[Any, ...]] | None] | None) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def execute(self, sql: str) -> None:
        self.flush()
        self._put((sql, None))

    def rows(self, table: Any, columns: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
        """The buffer of ``table``: append tuples of ``columns`` (all columns when
        None) and ``dirty`` last when the sync columns are left out."""
        name = table.name
        key = f"{name}:{','.join(columns or ())}"
        buf = self._buffers.get(key)
        if buf is not None:
            return buf
        known = [c.name for c in table.columns]
        names = list(known) if columns is None else [*columns, "dirty"]
        assert set(names) <= set(known)
        marks = ", ".join("?" * len(names))
        self._sql[key] = f"INSERT INTO {name} ({', '.join(names)}) VALUES ({marks})"
        self._tables[key] = name
        buf = self._buffers[key] = []
        return buf

    def add(self, table: Any, values: dict[str, Any]) -> None:
        """One row from a dict (for the small tables)."""
        buf = self.rows(table)
        buf.append(
            tuple(values[c.name] if c.name in values else _DEFAULTS[c.name] for c in table.columns)
        )

    def spill(self) -> None:
        """Hand every buffer that is full enough to the thread."""
        for key, buf in self._buffers.items():
            if len(buf) >= _CHUNK:
                self._send(key)

    def flush(self) -> None:
        for key in self._buffers:
            self._send(key)

    def _send(self, key: str) -> None:
        buf = self._buffers[key]
        if buf:
            table = self._tables[key]
            self.counts[table] = self.counts.get(table, 0) + len(buf)
            self._put((self._sql[key], buf[:]))
            buf.clear()

    def abort(self) -> None:
        """Stop the thread without writing more (the caller rolls back)."""
        if self._error is None:
            self._error = RuntimeError("The demo data load was stopped.")
        self._queue.put(None)
        self._thread.join()

    def finish(self) -> None:
        """Write what is left and wait for the thread; raises what it raised."""
        try:
            self.flush()
        finally:
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error


def _create_indexes(writer: _Writer, tables: Sequence[Any]) -> None:
    for table in tables:
        for ix in table.indexes:
            writer.execute(str(CreateIndex(ix).compile(dialect=_SQL_DIALECT)))


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
    ids = _Ids(random.Random(seed + 1), _ms(now - dt.timedelta(days=1)))
    store = Store(data_dir)
    store.close()

    conn = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    started = time.perf_counter()
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        # A fresh file: no journal while loading (a crash leaves a file to --replace).
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA threads=2")  # CREATE INDEX sorts with a helper thread
        existing = conn.execute("SELECT count(*) FROM courses").fetchone()[0]
        if existing:
            raise FileExistsError(f"{data_dir} already has {existing} courses")
        fts = has_student_search(conn)
        for table in _BIG_TABLES:
            for ix in table.indexes:
                conn.execute(f"DROP INDEX IF EXISTS {ix.name}")
        with student_search_paused(conn, rebuild=False):  # indexed once, in _fill
            conn.execute("BEGIN")
            conn.execute("DELETE FROM settings WHERE key = ?", (ME_KEY,))
            writer = _Writer(conn)
            writer.start()
            try:
                _fill(writer, rng, ids, size, today, now, report, fts)
                report("Indexing", 0.95)
                _create_indexes(writer, (Enrollment.__table__, LessonProgress.__table__))
            except BaseException:
                writer.abort()
                raise
            writer.finish()
            conn.execute("COMMIT")
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


_BIG_TABLES: tuple[Any, ...] = (Student.__table__, Enrollment.__table__, LessonProgress.__table__)


def _fill(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    size: DemoSize,
    today: dt.date,
    now: dt.datetime,
    report: Progress,
    fts: bool,
) -> None:
    stamp = _Clock()
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
    w.add(Setting.__table__, {"key": ME_KEY, "value": me})

    # -- students --------------------------------------------------------------------
    report("Students", 0.02)
    students: list[str] = []
    add_student = w.rows(
        Student.__table__, ("id", "external_id", "given_name", "family_name", "email")
    ).append
    choice = rng.choice
    given_names, family_names = vocab.GIVEN_NAMES, vocab.FAMILY_NAMES
    created_ms = _ms(created)
    for n in range(size.students):
        given = choice(given_names)
        family = choice(family_names)
        sid = ids(created_ms + n * 1000)
        students.append(sid)
        add_student(
            (
                sid,
                f"S{2_000_000 + n * 7 % 1_000_003:07d}",
                given,
                family,
                f"{_ascii(given)}.{_ascii(family)}{n}@students.example.edu",
                0,
            )
        )
        if n % _CHUNK == 0:
            w.spill()
    # Their indexes are built on the writer thread while the courses are made.
    _create_indexes(w, (Student.__table__,))
    if fts:
        w.execute(f"INSERT INTO {STUDENT_FTS}({STUDENT_FTS}) VALUES ('rebuild')")

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
    people = _People(
        w.rows(
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
        ).append,
        w.rows(
            LessonProgress.__table__,
            (
                "id",
                "enrollment_id",
                "lesson_id",
                "status",
                "score",
                "last_activity_at",
                "completed_at",
            ),
        ).append,
        rng,
        ids,
        stamp,
        today,
        _ms(now),
    )

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
                "created_at": stamp(_ms(course_created)),
                "updated_at": stamp(
                    _ms(min(now, course_created + dt.timedelta(days=rng.randint(1, 60))))
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
        people.enroll(cid, term, capacities[index], rng.sample(students, targets[index]), lessons)
        w.spill()


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


_KINDS = {
    "Quiz": "quiz",
    "Assignment": "assignment",
    "Lab": "assignment",
    "Video walkthrough": "video",
    "Further reading": "link",
}
_GRADED = frozenset({"quiz", "assignment"})


def _outline(
    w: _Writer,
    rng: random.Random,
    ids: _Ids,
    course_id: str,
    themes: Sequence[str],
    created: dt.datetime,
    module_range: tuple[int, int],
    lesson_range: tuple[int, int],
) -> list[tuple[str, bool]]:
    """Write modules and lessons; returns (lesson id, graded) in outline order."""
    lessons: list[tuple[str, bool]] = []
    count = rng.randint(*module_range)
    chosen = rng.sample(list(themes), min(count, len(themes)))
    created_ms = _ms(created)
    for number, (theme, mkey) in enumerate(
        zip(chosen, positions.keys(len(chosen)), strict=True), start=1
    ):
        mid = ids(created_ms)
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
            kind = _KINDS.get(title, "page")
            lid = ids(created_ms)
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
            lessons.append((lid, kind in _GRADED))
    return lessons


_AT_RISK_MS = DEFAULT_AT_RISK_DAYS * _DAY_MS


class _People:
    """Enrollments of one course at a time, with each student's lesson progress."""

    def __init__(
        self,
        add_enrollment: Callable[[tuple[Any, ...]], None],
        add_progress: Callable[[tuple[Any, ...]], None],
        rng: random.Random,
        ids: _Ids,
        stamp: _Clock,
        today: dt.date,
        now_ms: int,
    ) -> None:
        self.add_enrollment = add_enrollment
        self.add_progress = add_progress
        self.rng = rng
        self.ids = ids
        self.stamp = stamp
        self.today = today
        self.now_ms = now_ms

    def enroll(
        self,
        course_id: str,
        term: _Term,
        capacity: int | None,
        members: list[str],
        lessons: list[tuple[str, bool]],
    ) -> None:
        rand = self.rng.random
        ids, stamp, add = self.ids, self.stamp, self.add_enrollment
        today = self.today
        start = _ms(dt.datetime.combine(term.start, dt.time(8)))
        end = _ms(dt.datetime.combine(term.end, dt.time(18)))
        until = min(self.now_ms, end)
        span = (term.end - term.start).days or 1
        elapsed = min(1.0, max(0.0, (today - term.start).days / span))
        over = term.end < today
        begun = term.start <= today
        seated = 0
        total = len(lessons)
        active_work = bool(total) and elapsed > 0
        for student in members:
            roll = rand()
            role = "student" if roll < 0.96 else ("ta" if roll < 0.99 else "observer")
            enrolled_at = start - int(rand() * 31) * _DAY_MS - int(rand() * 1441) * _MINUTE_MS
            if over:
                status = "completed" if rand() < 0.85 else "dropped"
            elif rand() < 0.06 and begun:
                status = "dropped"
            else:
                status = "active"
            if role == "student" and status != "dropped":
                if capacity is not None and seated >= capacity:
                    status = "waitlisted"
                else:
                    seated += 1
            eid = ids.next()
            done, last = 0, None
            if active_work and role == "student" and status != "waitlisted":
                done, last = self._activity(eid, lessons, start, until, elapsed, status)
            add(
                (
                    eid,
                    course_id,
                    student,
                    role,
                    status,
                    stamp(enrolled_at),
                    100.0 * done / total if total else 0.0,
                    None if last is None else stamp(last),
                    0,
                )
            )

    def _activity(
        self,
        enrollment_id: str,
        lessons: list[tuple[str, bool]],
        start: int,
        until: int,
        elapsed: float,
        status: str,
    ) -> tuple[int, int | None]:
        """Lesson rows for one student; returns (completed lessons, last activity)."""
        rng = self.rng
        rand = rng.random
        total = len(lessons)
        kind_of_student = rand()
        active = status == "active"
        quitter = active and kind_of_student < 0.07
        behind = active and 0.07 <= kind_of_student < 0.17
        if status == "completed":
            share = 1.0 if rand() < 0.8 else rng.uniform(0.7, 1.0)
        elif status == "dropped":
            share = rng.uniform(0.0, 0.4) * elapsed
        elif quitter:
            share = elapsed * rng.uniform(0.1, 0.6)
        elif behind:
            share = elapsed * rng.uniform(0.3, 0.75)
        else:
            share = min(1.0, elapsed * rng.uniform(0.85, 1.2))
        done = min(total, round(total * share))
        window = max(1_000, until - start)
        if quitter:  # went quiet some weeks ago
            window = max(1_000, window - int(_AT_RISK_MS * rng.uniform(1.1, 3.0)))
        elif active:  # still working: the latest lesson is from the last days
            window = max(1_000, window - int(_DAY_MS * DEFAULT_AT_RISK_DAYS * 0.7 * rand()))
        last: int | None = None
        if done:
            times = sorted([start + int(rand() * window) for _ in range(done)])
            if active and not quitter:
                times[-1] = start + window
            next_id, stamp, add = self.ids.next, self.stamp, self.add_progress
            for (lesson_id, graded), when in zip(lessons, times, strict=False):
                text = stamp(when)
                add(
                    (
                        next_id(),
                        enrollment_id,
                        lesson_id,
                        "completed",
                        round(55 + 45 * rand(), 1) if graded else None,
                        text,
                        text,
                        0,
                    )
                )
            last = times[-1]
        if done < total and active and not quitter and rand() < 0.5:
            when = min(
                self.now_ms, (start if last is None else last) + int(_DAY_MS * rng.uniform(0.2, 6))
            )
            text = self.stamp(when)
            self.add_progress(
                (
                    self.ids.next(),
                    enrollment_id,
                    lessons[done][0],
                    "in_progress",
                    None,
                    text,
                    None,
                    0,
                )
            )
            last = when if last is None or when > last else last
        return done, last

"""Course backup and restore: one ``.cstudio`` file (a zip of JSON) holding a course,
its outline, its instructors, students, enrollments and lesson progress, to move a
course between machines without a server.

    manifest.json      {"format": "course-studio-backup", "version": 1, ...}
    course.json        the course's settings (and its id, created_at, updated_at)
    outline.json       modules in order, each with its lessons
    instructors.json   owner and co-instructors (user names)
    students.json, enrollments.json, progress.json

A file from a newer version of the format is refused with a clear message.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain.errors import DomainError, ValidationError, msg
from ..domain.records import (
    CourseRecord,
    EnrollmentRecord,
    InstructorRecord,
    LessonRecord,
    ModuleRecord,
    OutlineModule,
    ProgressRecord,
    StudentRecord,
)
from ..services.transfer import CourseSnapshot, TransferService
from .report import ImportReport
from .textio import write_atomically

if TYPE_CHECKING:
    from ..facade import Studio

FORMAT = "course-studio-backup"
VERSION = 1
SUFFIX = ".cstudio"
FILES = (
    "course.json",
    "outline.json",
    "instructors.json",
    "students.json",
    "enrollments.json",
    "progress.json",
)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _dump(data: Any) -> bytes:
    return json.dumps(data, indent=1, ensure_ascii=False, default=_json_value).encode("utf-8")


COURSE_KEYS = (
    "id",
    "code",
    "title",
    "description",
    "status",
    "term",
    "category",
    "tags",
    "language",
    "start_date",
    "end_date",
    "capacity",
    "created_at",
    "updated_at",
)
STUDENT_KEYS = ("id", "external_id", "given_name", "family_name", "email")
ENROLLMENT_KEYS = (
    "id",
    "student_id",
    "role",
    "status",
    "enrolled_at",
    "progress",
    "last_activity_at",
)
PROGRESS_KEYS = (
    "id",
    "enrollment_id",
    "lesson_id",
    "status",
    "score",
    "last_activity_at",
    "completed_at",
)
LESSON_KEYS = ("id", "title", "kind", "body", "duration_minutes", "position")


def _pick(record: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: _json_value(getattr(record, k)) for k in keys}


def backup_course(studio: Studio, course_id: str, dest: str | os.PathLike[str]) -> ImportReport:
    """Write one course, with everyone in it, to a .cstudio file."""
    snapshot = TransferService(studio.context).snapshot(course_id)
    report = ImportReport(format="cstudio")
    course = snapshot.course
    counts = {
        "modules": len(snapshot.outline),
        "lessons": sum(len(m.lessons) for m in snapshot.outline),
        "students": len(snapshot.students),
        "enrollments": len(snapshot.enrollments),
        "progress": len(snapshot.progress),
    }
    files = {
        "manifest.json": _dump(
            {
                "format": FORMAT,
                "version": VERSION,
                "app_version": __version__,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "course": {"id": course.id, "code": course.code, "title": course.title},
                "counts": counts,
            }
        ),
        "course.json": _dump(_pick(course, COURSE_KEYS) | {"owner_id": course.owner_id}),
        "outline.json": _dump(
            [
                {
                    "id": m.module.id,
                    "title": m.module.title,
                    "position": m.module.position,
                    "lessons": [_pick(lesson, LESSON_KEYS) for lesson in m.lessons],
                }
                for m in snapshot.outline
            ]
        ),
        "instructors.json": _dump(
            [
                {
                    "id": i.id,
                    "username": i.username,
                    "display_name": i.display_name,
                    "email": i.email,
                    "role": role,
                }
                for i, role in snapshot.instructors
            ]
        ),
        "students.json": _dump([_pick(s, STUDENT_KEYS) for s in snapshot.students]),
        "enrollments.json": _dump([_pick(e, ENROLLMENT_KEYS) for e in snapshot.enrollments]),
        "progress.json": _dump([_pick(p, PROGRESS_KEYS) for p in snapshot.progress]),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    path = Path(dest)
    write_atomically(path, buffer.getvalue())
    report.files.append(str(path))
    report.counts.update(courses=1, **counts)
    report.course_id, report.course_code = course.id, course.code
    return report


# -- restore -------------------------------------------------------------------------


@dataclass
class RestorePreview:
    source: str
    snapshot: CourseSnapshot | None
    report: ImportReport
    #: True when this data dir already has the course (restore it as a copy).
    exists: bool = False

    @property
    def ok(self) -> bool:
        return self.report.ok and self.snapshot is not None


class _Bad(Exception):
    def __init__(self, file: str, where: str, message: str) -> None:
        super().__init__(message)
        self.file, self.where, self.message = file, where, message


def _load(archive: zipfile.ZipFile, name: str) -> Any:
    try:
        raw = archive.read(name)
    except KeyError:
        raise _Bad(
            name, "", msg("The backup has no {name}; it is incomplete.", name=name)
        ) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Bad(name, "", msg("{name} is not UTF-8 text.", name=name)) from None
    except json.JSONDecodeError as exc:
        raise _Bad(
            name,
            f"line {exc.lineno}",
            msg(
                "{name} is not valid JSON at line {lineno}, column {colno}: {msg}.",
                name=name,
                lineno=exc.lineno,
                colno=exc.colno,
                msg=exc.msg,
            ),
        ) from None


def _get(
    file: str,
    where: str,
    data: Any,
    key: str,
    kind: type | tuple[type, ...],
    optional: bool = False,
) -> Any:
    if not isinstance(data, dict):
        raise _Bad(
            file,
            where,
            msg(
                "{file}: {value} is not an object.", file=file, value=where or msg("the top level")
            ),
        )
    if key not in data:
        raise _Bad(
            file,
            f"{where}.{key}".lstrip("."),
            msg("{file}: {where} has no '{key}'.", file=file, where=where, key=key),
        )
    value = data[key]
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind)):
        raise _Bad(
            file,
            f"{where}.{key}".lstrip("."),
            msg(
                "{file}: '{key}' of {value} has the wrong type.",
                file=file,
                key=key,
                value=where or msg("the course"),
            ),
        )
    return value


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _when(
    file: str, where: str, data: Any, key: str, parse: Callable[[str], Any], optional: bool = True
) -> Any:
    text = _get(file, where, data, key, str, optional)
    if text is None:
        return None
    try:
        return parse(text)
    except ValueError:
        raise _Bad(
            file,
            f"{where}.{key}".lstrip("."),
            msg(
                "{file}: '{key}' of {value} is not a date ({text}).",
                file=file,
                key=key,
                value=where or msg("the course"),
                text=text,
            ),
        ) from None


def _list(file: str, data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise _Bad(file, "", msg("{file} should hold a list.", file=file))
    return data


def _read_snapshot(archive: zipfile.ZipFile) -> CourseSnapshot:
    manifest = _load(archive, "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _Bad("manifest.json", "", msg("This is not a Course Studio course backup."))
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Bad("manifest.json", "version", msg("The backup's format version is missing."))
    if version > VERSION:
        raise _Bad(
            "manifest.json",
            "version",
            msg(
                "This backup was made by a newer Course Studio (format {version}; this one reads "
                "up to {VERSION}). Update Course Studio to restore it.",
                version=version,
                VERSION=VERSION,
            ),
        )
    date = dt.date.fromisoformat
    when = dt.datetime.fromisoformat
    f = "course.json"
    c = _load(archive, f)
    course = CourseRecord(
        id=_get(f, "", c, "id", str),
        owner_id=_get(f, "", c, "owner_id", str),
        code=_get(f, "", c, "code", str),
        title=_get(f, "", c, "title", str),
        description=_get(f, "", c, "description", str),
        status=_get(f, "", c, "status", str),
        term=_get(f, "", c, "term", str),
        category=_get(f, "", c, "category", str),
        tags=tuple(_get(f, "", c, "tags", list)),
        language=_get(f, "", c, "language", str),
        start_date=_when(f, "", c, "start_date", date),
        end_date=_when(f, "", c, "end_date", date),
        capacity=_get(f, "", c, "capacity", int, optional=True),
        created_at=_when(f, "", c, "created_at", when, optional=False),
        updated_at=_when(f, "", c, "updated_at", when, optional=False),
    )
    f = "outline.json"
    outline = []
    for i, m in enumerate(_list(f, _load(archive, f))):
        where = f"module {i + 1}"
        module = ModuleRecord(
            _get(f, where, m, "id", str),
            course.id,
            _get(f, where, m, "title", str),
            _get(f, where, m, "position", str),
        )
        lessons = []
        for j, lesson in enumerate(_get(f, where, m, "lessons", list)):
            lw = f"{where}, lesson {j + 1}"
            lessons.append(
                LessonRecord(
                    _get(f, lw, lesson, "id", str),
                    module.id,
                    _get(f, lw, lesson, "title", str),
                    _get(f, lw, lesson, "kind", str),
                    _get(f, lw, lesson, "body", str),
                    _get(f, lw, lesson, "duration_minutes", int, optional=True),
                    _get(f, lw, lesson, "position", str),
                )
            )
        outline.append(OutlineModule(module, tuple(lessons)))
    f = "instructors.json"
    instructors = tuple(
        (
            InstructorRecord(
                _get(f, f"instructor {i + 1}", r, "id", str),
                _get(f, f"instructor {i + 1}", r, "username", str),
                _get(f, f"instructor {i + 1}", r, "display_name", str),
                _get(f, f"instructor {i + 1}", r, "email", str, optional=True),
            ),
            _get(f, f"instructor {i + 1}", r, "role", str),
        )
        for i, r in enumerate(_list(f, _load(archive, f)))
    )
    f = "students.json"
    students = tuple(
        StudentRecord(
            _get(f, w, r, "id", str),
            _get(f, w, r, "external_id", str, optional=True),
            _get(f, w, r, "given_name", str),
            _get(f, w, r, "family_name", str),
            _get(f, w, r, "email", str),
        )
        for i, r in enumerate(_list(f, _load(archive, f)))
        for w in (f"student {i + 1}",)
    )
    f = "enrollments.json"
    enrollments = tuple(
        EnrollmentRecord(
            id=_get(f, w, r, "id", str),
            course_id=course.id,
            student_id=_get(f, w, r, "student_id", str),
            role=_get(f, w, r, "role", str),
            status=_get(f, w, r, "status", str),
            enrolled_at=_when(f, w, r, "enrolled_at", when, optional=False),
            progress=float(_get(f, w, r, "progress", (int, float))),
            last_activity_at=_when(f, w, r, "last_activity_at", when),
        )
        for i, r in enumerate(_list(f, _load(archive, f)))
        for w in (f"enrollment {i + 1}",)
    )
    f = "progress.json"
    progress = tuple(
        ProgressRecord(
            _get(f, w, r, "id", str),
            _get(f, w, r, "enrollment_id", str),
            _get(f, w, r, "lesson_id", str),
            _get(f, w, r, "status", str),
            _get(f, w, r, "score", (int, float), optional=True),
            _when(f, w, r, "last_activity_at", when),
            _when(f, w, r, "completed_at", when),
        )
        for i, r in enumerate(_list(f, _load(archive, f)))
        for w in (f"progress {i + 1}",)
    )
    return CourseSnapshot(course, tuple(outline), instructors, students, enrollments, progress)


def preview_restore(studio: Studio, path: str | os.PathLike[str]) -> RestorePreview:
    """Read a backup and check it, without writing."""
    source = Path(path)
    report = ImportReport(format="cstudio")
    preview = RestorePreview(str(source), None, report)
    shown = source.name
    try:
        data = source.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            snapshot = _read_snapshot(archive)
    except OSError as exc:
        report.error(
            shown, None, None, msg("The file cannot be read ({value}).", value=exc.strerror or exc)
        )
        return preview
    except (zipfile.BadZipFile, EOFError) as exc:
        report.error(
            shown,
            None,
            None,
            msg("This backup is damaged or incomplete ({exc}); copy it again.", exc=exc),
        )
        return preview
    except _Bad as exc:
        line = None
        if exc.where.startswith("line "):
            line = int(exc.where.split()[1])
        report.error(exc.file, line, None if line else (exc.where or None), exc.message)
        return preview
    preview.snapshot = snapshot
    report.counts.update(
        courses=1,
        modules=len(snapshot.outline),
        lessons=sum(len(m.lessons) for m in snapshot.outline),
        students=len(snapshot.students),
        enrollments=len(snapshot.enrollments),
        progress=len(snapshot.progress),
    )
    try:
        existing = studio.courses.get(snapshot.course.id)
    except DomainError:
        existing = None
    if existing is not None:
        preview.exists = True
        report.warn(
            shown,
            None,
            None,
            msg(
                "This course is already here as {code}; it can be restored as a copy.",
                code=existing.code,
            ),
        )
    return preview


def commit_restore(
    studio: Studio,
    preview: RestorePreview,
    *,
    as_copy: bool = False,
    code: str | None = None,
) -> ImportReport:
    report = ImportReport(counts=dict(preview.report.counts), format="cstudio")
    if not preview.ok or preview.snapshot is None:
        report.errors = list(preview.report.errors)
        return report
    try:
        result = TransferService(studio.context).restore(
            preview.snapshot, as_copy=as_copy, code=code
        )
    except ValidationError as exc:
        for error in exc.errors or [exc]:
            report.error(getattr(error, "file", None), None, error.field, error.message)
        return report
    except DomainError as exc:
        report.error(None, None, exc.field, exc.message)
        return report
    report.counts.update(result.counts)
    report.written = True
    report.course_id, report.course_code = result.course.id, result.course.code
    return report


def restore_course(
    studio: Studio,
    path: str | os.PathLike[str],
    *,
    as_copy: bool = False,
    code: str | None = None,
) -> ImportReport:
    preview = preview_restore(studio, path)
    return commit_restore(studio, preview, as_copy=as_copy, code=code)

"""Courses: create, read, update, archive, duplicate, delete (to the Trash), list."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, case, func, select
from sqlalchemy.orm import Session

from ..domain import messages, positions, rules
from ..domain.enums import CourseStatus, EnrollmentRole, EnrollmentStatus, TeachingRole
from ..domain.errors import DuplicateCode, NotFound, QuerySyntaxError, ValidationError, msg
from ..domain.ids import derived_id, new_id
from ..domain.models import (
    Course,
    CourseInstructor,
    Enrollment,
    Instructor,
    Lesson,
    LessonProgress,
    Module,
)
from ..domain.progress_sql import at_risk_clause
from ..domain.records import CourseRecord, InstructorRecord
from ..query import (
    CourseKey,
    FilterContext,
    FilterSpec,
    Scope,
    course_filter,
    course_key,
    parse,
)
from .base import Service, load, reject_unknown, require_owner, require_teacher
from .convert import course_record

COURSE_FIELDS = frozenset(
    {
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
    }
)
SEATED = (EnrollmentStatus.ACTIVE.value, EnrollmentStatus.COMPLETED.value)


@dataclass(frozen=True, slots=True)
class CourseImpact:
    """What deleting a course takes with it, for the confirmation dialog."""

    modules: int
    lessons: int
    enrollments: int
    progress_rows: int

    def sentence(self) -> str:
        parts = []
        for count, one, many in (
            (self.enrollments, "enrollment", "enrollments"),
            (self.modules, "module", "modules"),
            (self.lessons, "lesson", "lessons"),
        ):
            if count:
                parts.append(f"{count:,} {one if count == 1 else many}")
        if not parts:
            return "The course is empty."
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"It has {listed}."


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise each given field (not the cross-field rules)."""
    checkers = {
        "code": rules.check_code,
        "title": rules.check_title,
        "description": rules.check_description,
        "status": rules.check_status,
        "term": rules.check_term,
        "category": rules.check_category,
        "tags": rules.check_tags,
        "language": rules.check_language,
        "start_date": lambda v: rules.check_date(v, "start_date", msg("The start date")),
        "end_date": lambda v: rules.check_date(v, "end_date", msg("The end date")),
        "capacity": rules.check_capacity,
    }
    return {name: checkers[name](value) for name, value in fields.items()}


class CourseService(Service):
    # -- reading ---------------------------------------------------------------

    def get(self, course_id: str) -> CourseRecord:
        with self._store.read() as session:
            row = load(session, Course, course_id, "course")
            return self._records(session, [row])[0]

    def find_by_code(self, code: str, owner_id: str | None = None) -> CourseRecord | None:
        with self._store.read() as session:
            stmt = select(Course).where(
                Course.code == str(code).strip().upper(), Course.deleted_at.is_(None)
            )
            if owner_id is not None:
                stmt = stmt.where(Course.owner_id == owner_id)
            rows = session.scalars(stmt.order_by(Course.created_at)).all()
            if not rows:
                return None
            mine = [r for r in rows if r.owner_id == self.me]
            return self._records(session, [(mine or rows)[0]])[0]

    def list(
        self,
        query: str | FilterSpec = "",
        limit: int | None = None,
        offset: int = 0,
        *,
        mine_only: bool = False,
        order_by: str = "code",
    ) -> builtins.list[CourseRecord]:
        """Courses (not in the Trash) matching ``query``, one page of them.

        ``query`` is the filter language (docs/filter-language.md), as text or as a
        parsed FilterSpec; plain words search codes, titles, terms, categories and
        tags. A filter that cannot be read raises QuerySyntaxError (field "query").
        """
        if limit is not None and limit < 0:
            raise ValidationError("The page size cannot be negative.", "limit")
        if offset < 0:
            raise ValidationError("The page offset cannot be negative.", "offset")
        with self._store.read() as session:
            stmt = self._filtered(select(Course), query, mine_only)
            order = {
                "code": (Course.code, Course.id),
                "title": (Course.title, Course.id),
                "updated": (Course.updated_at.desc(), Course.id),
                "start": (Course.start_date, Course.id),
            }.get(order_by, (Course.code, Course.id))
            stmt = stmt.order_by(*order).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            rows = list(session.scalars(stmt))
            return self._records(session, rows)

    def count(self, query: str | FilterSpec = "", *, mine_only: bool = False) -> int:
        with self._store.read() as session:
            stmt = self._filtered(select(func.count(Course.id)), query, mine_only)
            return int(session.scalar(stmt) or 0)

    def my_courses(
        self, query: str | FilterSpec = "", limit: int | None = None
    ) -> builtins.list[CourseRecord]:
        """Courses I own or co-teach."""
        return self.list(query, limit, mine_only=True)

    def impact(self, course_id: str) -> CourseImpact:
        with self._store.read() as session:
            load(session, Course, course_id, "course")
            modules = select(Module.id).where(
                Module.course_id == course_id, Module.deleted_at.is_(None)
            )
            lessons = select(Lesson.id).where(
                Lesson.module_id.in_(modules), Lesson.deleted_at.is_(None)
            )
            enrollments = select(Enrollment.id).where(
                Enrollment.course_id == course_id, Enrollment.deleted_at.is_(None)
            )
            return CourseImpact(
                modules=self._count(session, modules),
                lessons=self._count(session, lessons),
                enrollments=self._count(session, enrollments),
                progress_rows=self._count(
                    session,
                    select(LessonProgress.id).where(LessonProgress.enrollment_id.in_(enrollments)),
                ),
            )

    # -- filtering -------------------------------------------------------------

    def parse(self, query: str | FilterSpec) -> FilterSpec:
        """The FilterSpec of a course filter; QuerySyntaxError (field "query") when
        the text cannot be read."""
        if isinstance(query, FilterSpec):
            if query.scope is not Scope.COURSES:
                raise ValidationError(
                    "This filter is for enrollments; the course list needs its own.", "query"
                )
            return query
        if not isinstance(query, str):
            raise QuerySyntaxError("The search must be text.", position=0)
        return parse(query, Scope.COURSES)

    def filter_context(self) -> FilterContext:
        """Who "me" is and what "today" is, for compiling filters."""
        return FilterContext(self.me, self._now(), self._ctx.at_risk_days)

    def keys(self, records: Sequence[CourseRecord]) -> builtins.list[CourseKey]:
        """Filter keys of course records (for the in-memory course list), with the
        instructors' names so that ``instructor:<name>`` works."""
        with self._store.read() as session:
            people = session.scalars(select(Instructor)).all()
            names = {
                p.id: InstructorRecord(p.id, p.username, p.display_name, p.email) for p in people
            }
        return [course_key(r, names) for r in records]

    def known_values(self) -> dict[str, builtins.list[str]]:
        """Terms, categories, tags, languages and instructor user names in use, for
        completion (keys as in :attr:`course_studio.query.Field.known`)."""
        with self._store.read() as session:
            live = Course.deleted_at.is_(None)
            terms = session.scalars(select(Course.term).where(live, Course.term != "").distinct())
            cats = session.scalars(
                select(Course.category).where(live, Course.category != "").distinct()
            )
            langs = session.scalars(select(Course.language).where(live).distinct())
            tags: set[str] = set()
            for row in session.scalars(select(Course.tags).where(live).distinct()):
                tags.update(row)
            people = session.scalars(select(Instructor.username)).all()
            return {
                "term": sorted(terms),
                "category": sorted(cats),
                "tag": sorted(tags),
                "language": sorted(langs),
                "instructor": sorted(people),
            }

    # -- writing ---------------------------------------------------------------

    def create(self, *, code: str, title: str, **fields: Any) -> CourseRecord:
        reject_unknown(fields, COURSE_FIELDS | {"owner_id"}, "course")
        owner_id = fields.pop("owner_id", None) or self.me
        values = _normalise({"code": code, "title": title, **fields})
        rules.check_dates(values.get("start_date"), values.get("end_date"))
        with self._store.write() as session:
            if session.get(Instructor, owner_id) is None:
                raise NotFound("The instructor for this course does not exist.", "owner_id")
            self._check_code_free(session, values["code"], owner_id, None)
            now = self._now()
            course = Course(
                id=new_id(),
                owner_id=owner_id,
                description="",
                status=CourseStatus.DRAFT.value,
                term="",
                category="",
                tags=(),
                language="en",
                start_date=None,
                end_date=None,
                capacity=None,
                created_at=now,
                updated_at=now,
            )
            for name, value in values.items():
                setattr(course, name, value)
            session.add(course)
            session.add(
                CourseInstructor(
                    id=derived_id(course.id, owner_id),
                    course_id=course.id,
                    instructor_id=owner_id,
                    role=TeachingRole.OWNER.value,
                )
            )
            session.flush()
            return self._records(session, [course])[0]

    def update(self, course_id: str, **changes: Any) -> CourseRecord:
        """Change only the given fields."""
        reject_unknown(changes, COURSE_FIELDS, "course")
        values = _normalise(changes)
        with self._store.write() as session:
            course = load(session, Course, course_id, "course")
            require_teacher(session, course, self.me, "it")
            if "status" in values and values["status"] != course.status:
                require_owner(session, course, self.me, "change the status of")
            start = values.get("start_date", course.start_date)
            end = values.get("end_date", course.end_date)
            if "start_date" in values or "end_date" in values:
                rules.check_dates(start, end)
            if "code" in values and values["code"] != course.code:
                self._check_code_free(session, values["code"], course.owner_id, course.id)
            if "capacity" in values:
                rules.check_capacity_fits(values["capacity"], self._seated(session, course.id))
            changed = False
            for name, value in values.items():
                if getattr(course, name) != value:
                    setattr(course, name, value)
                    changed = True
            if changed:
                course.updated_at = self._now()
            session.flush()
            return self._records(session, [course])[0]

    def archive(self, course_id: str) -> CourseRecord:
        return self.update(course_id, status=CourseStatus.ARCHIVED.value)

    def unarchive(self, course_id: str) -> CourseRecord:
        return self.update(course_id, status=CourseStatus.DRAFT.value)

    def delete(self, course_id: str) -> CourseRecord:
        """Move a course to the Trash; :meth:`restore` brings it back."""
        with self._store.write() as session:
            course = load(session, Course, course_id, "course")
            require_owner(session, course, self.me, "delete")
            course.deleted_at = self._now()
            session.flush()
            return course_record(course)

    def restore(self, course_id: str) -> CourseRecord:
        with self._store.write() as session:
            course = session.get(Course, course_id) if isinstance(course_id, str) else None
            if course is None:
                raise NotFound("This course is not in the Trash any more.")
            if course.deleted_at is None:
                return self._records(session, [course])[0]
            require_owner(session, course, self.me, "restore")
            self._check_code_free(session, course.code, course.owner_id, course.id)
            course.deleted_at = None
            course.updated_at = self._now()
            session.flush()
            return self._records(session, [course])[0]

    def duplicate(self, course_id: str, *, code: str, title: str | None = None) -> CourseRecord:
        """A new draft course with the same settings and outline, without students."""
        new_code = rules.check_code(code)
        new_title = rules.check_title(title) if title is not None else None
        with self._store.write() as session:
            source = load(session, Course, course_id, "course")
            self._check_code_free(session, new_code, self.me, None)
            now = self._now()
            copy = Course(
                id=new_id(),
                owner_id=self.me,
                code=new_code,
                title=new_title or source.title,
                description=source.description,
                status=CourseStatus.DRAFT.value,
                term=source.term,
                category=source.category,
                tags=source.tags,
                language=source.language,
                start_date=source.start_date,
                end_date=source.end_date,
                capacity=source.capacity,
                created_at=now,
                updated_at=now,
            )
            session.add(copy)
            session.add(
                CourseInstructor(
                    id=derived_id(copy.id, self.me),
                    course_id=copy.id,
                    instructor_id=self.me,
                    role=TeachingRole.OWNER.value,
                )
            )
            modules = session.scalars(
                select(Module)
                .where(Module.course_id == source.id, Module.deleted_at.is_(None))
                .order_by(Module.position)
            ).all()
            module_keys = positions.keys(len(modules))
            for module, key in zip(modules, module_keys, strict=True):
                new_module = Module(
                    id=new_id(), course_id=copy.id, title=module.title, position=key
                )
                session.add(new_module)
                lessons = session.scalars(
                    select(Lesson)
                    .where(Lesson.module_id == module.id, Lesson.deleted_at.is_(None))
                    .order_by(Lesson.position)
                ).all()
                for lesson, lkey in zip(lessons, positions.keys(len(lessons)), strict=True):
                    session.add(
                        Lesson(
                            module_id=new_module.id,
                            title=lesson.title,
                            kind=lesson.kind,
                            body=lesson.body,
                            duration_minutes=lesson.duration_minutes,
                            position=lkey,
                        )
                    )
            session.flush()
            return self._records(session, [copy])[0]

    def add_co_instructor(self, course_id: str, instructor_id: str) -> CourseRecord:
        with self._store.write() as session:
            course = load(session, Course, course_id, "course")
            require_owner(session, course, self.me, "add co-instructors to")
            if session.get(Instructor, instructor_id) is None:
                raise NotFound("There is no such instructor.", "instructor_id")
            link = session.scalar(
                select(CourseInstructor).where(
                    CourseInstructor.course_id == course_id,
                    CourseInstructor.instructor_id == instructor_id,
                )
            )
            if link is None:
                session.add(
                    CourseInstructor(
                        id=derived_id(course_id, instructor_id),
                        course_id=course_id,
                        instructor_id=instructor_id,
                    )
                )
            elif link.deleted_at is not None:
                link.deleted_at = None
            session.flush()
            return self._records(session, [course])[0]

    def remove_co_instructor(self, course_id: str, instructor_id: str) -> CourseRecord:
        with self._store.write() as session:
            course = load(session, Course, course_id, "course")
            require_owner(session, course, self.me, "remove co-instructors from")
            if instructor_id == course.owner_id:
                raise ValidationError("The owner of a course cannot be removed from it.")
            link = session.scalar(
                select(CourseInstructor).where(
                    CourseInstructor.course_id == course_id,
                    CourseInstructor.instructor_id == instructor_id,
                    CourseInstructor.deleted_at.is_(None),
                )
            )
            if link is not None:
                link.deleted_at = self._now()
            session.flush()
            return self._records(session, [course])[0]

    # -- helpers ---------------------------------------------------------------

    def _filtered(self, stmt: Select[Any], query: str | FilterSpec, mine_only: bool) -> Select[Any]:
        spec = self.parse(query)
        stmt = stmt.where(Course.deleted_at.is_(None))
        if mine_only:
            stmt = stmt.where(Course.id.in_(teaching(self.me)))
        if not spec.is_empty:
            stmt = stmt.where(course_filter(spec, self.filter_context()))
        return stmt

    @staticmethod
    def _count(session: Session, stmt: Select[Any]) -> int:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

    def _check_code_free(
        self, session: Session, code: str, owner_id: str, course_id: str | None
    ) -> None:
        clash = session.scalar(
            select(Course).where(
                Course.owner_id == owner_id,
                func.upper(Course.code) == code.upper(),
                Course.deleted_at.is_(None),
                Course.id != (course_id or ""),
            )
        )
        if clash is not None:
            raise DuplicateCode(messages.code_taken(code, clash.title), "code")

    @staticmethod
    def _seated(session: Session, course_id: str) -> int:
        return int(
            session.scalar(
                select(func.count(Enrollment.id)).where(
                    Enrollment.course_id == course_id,
                    Enrollment.deleted_at.is_(None),
                    Enrollment.role == EnrollmentRole.STUDENT.value,
                    Enrollment.status.in_(SEATED),
                )
            )
            or 0
        )

    def _records(self, session: Session, rows: Sequence[Course]) -> builtins.list[CourseRecord]:
        """Records with their derived numbers, in two grouped queries."""
        if not rows:
            return []
        ids = [r.id for r in rows]
        stats = course_stats(session, ids, self._now(), self._ctx.at_risk_days)
        names = dict(
            session.execute(
                select(Instructor.id, Instructor.display_name).where(
                    Instructor.id.in_({r.owner_id for r in rows})
                )
            ).all()
        )
        teachers: dict[str, list[str]] = {}
        for cid, iid in session.execute(
            select(CourseInstructor.course_id, CourseInstructor.instructor_id).where(
                CourseInstructor.course_id.in_(ids), CourseInstructor.deleted_at.is_(None)
            )
        ):
            teachers.setdefault(cid, []).append(iid)
        return [
            course_record(
                r,
                owner_name=names.get(r.owner_id, ""),
                instructor_ids=tuple(sorted(teachers.get(r.id, [r.owner_id]))),
                **stats.get(r.id, {}),
            )
            for r in rows
        ]


def teaching(instructor_id: str) -> CompoundSelect[Any]:
    """Ids of the courses an instructor owns or co-teaches."""
    return (
        select(CourseInstructor.course_id)
        .where(
            CourseInstructor.instructor_id == instructor_id,
            CourseInstructor.deleted_at.is_(None),
        )
        .union(select(Course.id).where(Course.owner_id == instructor_id))
    )


def course_stats(
    session: Session, course_ids: Iterable[str] | None, now: dt.datetime, at_risk_days: int
) -> dict[str, dict[str, Any]]:
    """Enrolled, waitlisted, average completion, at-risk and lesson counts per course.

    ``course_ids=None`` computes them for every course.
    """
    student = Enrollment.role == EnrollmentRole.STUDENT.value
    seated = and_(student, Enrollment.status.in_(SEATED))
    stmt = (
        select(
            Enrollment.course_id,
            func.sum(case((seated, 1), else_=0)),
            func.sum(case((Enrollment.status == EnrollmentStatus.WAITLISTED.value, 1), else_=0)),
            func.avg(case((seated, Enrollment.progress), else_=None)),
            func.sum(case((at_risk_clause(now, at_risk_days), 1), else_=0)),
        )
        .join(Course, Course.id == Enrollment.course_id)
        .where(Enrollment.deleted_at.is_(None))
        .group_by(Enrollment.course_id)
    )
    lessons = (
        select(Module.course_id, func.count(Lesson.id))
        .join(Lesson, Lesson.module_id == Module.id)
        .where(Module.deleted_at.is_(None), Lesson.deleted_at.is_(None))
        .group_by(Module.course_id)
    )
    id_list = None if course_ids is None else list(course_ids)
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(id_list):
        s, ls = stmt, lessons
        if chunk is not None:
            s = s.where(Enrollment.course_id.in_(chunk))
            ls = ls.where(Module.course_id.in_(chunk))
        for cid, enrolled, waitlisted, avg, risk in session.execute(s):
            out[cid] = {
                "enrolled": int(enrolled or 0),
                "waitlisted": int(waitlisted or 0),
                "avg_progress": None if avg is None else float(avg),
                "at_risk": int(risk or 0),
            }
        for cid, count in session.execute(ls):
            out.setdefault(cid, {})["lessons"] = int(count)
    return out


def _chunks(ids: builtins.list[str] | None, size: int = 900) -> Iterable[list[str] | None]:
    if ids is None:
        yield None
        return
    for start in range(0, len(ids), size):
        yield ids[start : start + size]

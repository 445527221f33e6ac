"""The course outline: modules and their lessons, in order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import positions, rules
from ..domain.enums import LessonKind
from ..domain.errors import ValidationError
from ..domain.ids import new_id
from ..domain.models import Course, Lesson, Module
from ..domain.records import LessonRecord, ModuleRecord, OutlineModule
from .base import Service, load, reject_unknown, require_teacher
from .convert import lesson_record, module_record
from .derived import refresh_course

LESSON_FIELDS = frozenset({"title", "kind", "body", "duration_minutes"})


def _lesson_values(fields: dict[str, Any]) -> dict[str, Any]:
    checkers = {
        "title": lambda v: rules.check_title(v, "title", "lesson"),
        "kind": rules.check_lesson_kind,
        "body": rules.check_body,
        "duration_minutes": rules.check_duration,
    }
    return {name: checkers[name](value) for name, value in fields.items()}


class OutlineService(Service):
    # -- reading ---------------------------------------------------------------

    def outline(self, course_id: str) -> list[OutlineModule]:
        """Modules in order, each with its lessons in order (Trash left out)."""
        with self._store.read() as session:
            load(session, Course, course_id, "course")
            modules = session.scalars(
                select(Module)
                .where(Module.course_id == course_id, Module.deleted_at.is_(None))
                .order_by(Module.position, Module.id)
            ).all()
            lessons = session.scalars(
                select(Lesson)
                .where(Lesson.module_id.in_([m.id for m in modules]), Lesson.deleted_at.is_(None))
                .order_by(Lesson.position, Lesson.id)
            ).all()
            by_module: dict[str, list[LessonRecord]] = {m.id: [] for m in modules}
            for lesson in lessons:
                by_module[lesson.module_id].append(lesson_record(lesson))
            return [OutlineModule(module_record(m), tuple(by_module[m.id])) for m in modules]

    def get_module(self, module_id: str) -> ModuleRecord:
        with self._store.read() as session:
            return module_record(self._module(session, module_id))

    def get_lesson(self, lesson_id: str) -> LessonRecord:
        with self._store.read() as session:
            return lesson_record(self._lesson(session, lesson_id))

    # -- modules ---------------------------------------------------------------

    def add_module(self, course_id: str, *, title: str, index: int | None = None) -> ModuleRecord:
        clean = rules.check_title(title, "title", "module")
        with self._store.write() as session:
            course = self._editable_course(session, course_id)
            siblings = self._module_keys(session, course_id, exclude=None)
            key = positions.key_for_index(siblings, len(siblings) if index is None else index)
            module = Module(id=new_id(), course_id=course_id, title=clean, position=key)
            session.add(module)
            self._touch(course)
            session.flush()
            return module_record(module)

    def rename_module(self, module_id: str, title: str) -> ModuleRecord:
        clean = rules.check_title(title, "title", "module")
        with self._store.write() as session:
            module = self._module(session, module_id)
            course = self._editable_course(session, module.course_id)
            if module.title != clean:
                module.title = clean
                self._touch(course)
            session.flush()
            return module_record(module)

    def move_module(self, module_id: str, index: int) -> ModuleRecord:
        """Put a module at ``index`` (0 = first) among its course's modules."""
        index = self._check_index(index)
        with self._store.write() as session:
            module = self._module(session, module_id)
            course = self._editable_course(session, module.course_id)
            others = self._module_keys(session, module.course_id, exclude=module.id)
            module.position = positions.key_for_index(others, index)
            self._touch(course)
            session.flush()
            return module_record(module)

    def delete_module(self, module_id: str) -> ModuleRecord:
        """Move a module (with its lessons) to the Trash."""
        with self._store.write() as session:
            module = self._module(session, module_id)
            course = self._editable_course(session, module.course_id)
            module.deleted_at = self._now()
            self._touch(course)
            refresh_course(session, course.id)
            return module_record(module)

    def restore_module(self, module_id: str) -> ModuleRecord:
        with self._store.write() as session:
            module = session.get(Module, module_id) if isinstance(module_id, str) else None
            if module is None:
                raise ValidationError("This module is not in the Trash any more.")
            course = self._editable_course(session, module.course_id)
            module.deleted_at = None
            self._touch(course)
            refresh_course(session, course.id)
            return module_record(module)

    # -- lessons ---------------------------------------------------------------

    def add_lesson(
        self, module_id: str, *, title: str, index: int | None = None, **fields: Any
    ) -> LessonRecord:
        reject_unknown(fields, LESSON_FIELDS - {"title"}, "lesson")
        values = _lesson_values({"title": title, **fields})
        with self._store.write() as session:
            module = self._module(session, module_id)
            course = self._editable_course(session, module.course_id)
            siblings = self._lesson_keys(session, module.id, exclude=None)
            key = positions.key_for_index(siblings, len(siblings) if index is None else index)
            lesson = Lesson(
                id=new_id(),
                module_id=module.id,
                position=key,
                **({"kind": LessonKind.PAGE.value, "body": "", "duration_minutes": None} | values),
            )
            session.add(lesson)
            self._touch(course)
            refresh_course(session, course.id)
            return lesson_record(lesson)

    def update_lesson(self, lesson_id: str, **changes: Any) -> LessonRecord:
        reject_unknown(changes, LESSON_FIELDS, "lesson")
        values = _lesson_values(changes)
        with self._store.write() as session:
            lesson = self._lesson(session, lesson_id)
            course = self._editable_course(
                session, self._module(session, lesson.module_id).course_id
            )
            changed = False
            for name, value in values.items():
                if getattr(lesson, name) != value:
                    setattr(lesson, name, value)
                    changed = True
            if changed:
                self._touch(course)
            session.flush()
            return lesson_record(lesson)

    def rename_lesson(self, lesson_id: str, title: str) -> LessonRecord:
        return self.update_lesson(lesson_id, title=title)

    def move_lesson(self, lesson_id: str, index: int, module_id: str | None = None) -> LessonRecord:
        """Put a lesson at ``index`` in ``module_id`` (default: its own module).

        A lesson can move to another module of the same course, not to another course.
        """
        index = self._check_index(index)
        with self._store.write() as session:
            lesson = self._lesson(session, lesson_id)
            source = self._module(session, lesson.module_id)
            target = source if module_id is None else self._module(session, module_id)
            if target.course_id != source.course_id:
                raise ValidationError("A lesson can only move within its own course.", "module_id")
            course = self._editable_course(session, source.course_id)
            others = self._lesson_keys(session, target.id, exclude=lesson.id)
            lesson.module_id = target.id
            lesson.position = positions.key_for_index(others, index)
            self._touch(course)
            session.flush()
            return lesson_record(lesson)

    def delete_lesson(self, lesson_id: str) -> LessonRecord:
        with self._store.write() as session:
            lesson = self._lesson(session, lesson_id)
            course = self._editable_course(
                session, self._module(session, lesson.module_id).course_id
            )
            lesson.deleted_at = self._now()
            self._touch(course)
            refresh_course(session, course.id)
            return lesson_record(lesson)

    def restore_lesson(self, lesson_id: str) -> LessonRecord:
        with self._store.write() as session:
            lesson = session.get(Lesson, lesson_id) if isinstance(lesson_id, str) else None
            if lesson is None:
                raise ValidationError("This lesson is not in the Trash any more.")
            module = session.get(Module, lesson.module_id)
            if module is None or module.deleted_at is not None:
                raise ValidationError("Restore the lesson's module first; it is in the Trash too.")
            course = self._editable_course(session, module.course_id)
            lesson.deleted_at = None
            self._touch(course)
            refresh_course(session, course.id)
            return lesson_record(lesson)

    # -- helpers ---------------------------------------------------------------

    @staticmethod
    def _check_index(index: object) -> int:
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise ValidationError("The new place must be a position from 0 up.", "index")
        return index

    def _module(self, session: Session, module_id: str) -> Module:
        module = load(session, Module, module_id, "module")
        load(session, Course, module.course_id, "course")
        return module

    def _lesson(self, session: Session, lesson_id: str) -> Lesson:
        lesson = load(session, Lesson, lesson_id, "lesson")
        self._module(session, lesson.module_id)
        return lesson

    def _editable_course(self, session: Session, course_id: str) -> Course:
        course = load(session, Course, course_id, "course")
        require_teacher(session, course, self.me, "its outline")
        return course

    def _touch(self, course: Course) -> None:
        course.updated_at = self._now()

    @staticmethod
    def _module_keys(session: Session, course_id: str, exclude: str | None) -> list[str]:
        stmt = select(Module.position).where(
            Module.course_id == course_id, Module.deleted_at.is_(None)
        )
        if exclude:
            stmt = stmt.where(Module.id != exclude)
        return sorted(session.scalars(stmt))

    @staticmethod
    def _lesson_keys(session: Session, module_id: str, exclude: str | None) -> list[str]:
        stmt = select(Lesson.position).where(
            Lesson.module_id == module_id, Lesson.deleted_at.is_(None)
        )
        if exclude:
            stmt = stmt.where(Lesson.id != exclude)
        return sorted(session.scalars(stmt))

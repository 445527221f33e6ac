"""The Trash: deleted courses, modules and lessons, until restored or emptied."""

from __future__ import annotations

import builtins

from sqlalchemy import delete, select

from ..domain.errors import NotFound, ValidationError, msg
from ..domain.models import Course, Lesson, Module
from ..domain.records import TrashItem
from ..store.outbox import note_change
from .base import Service
from .courses import CourseService
from .outline import OutlineService


class TrashService(Service):
    def list(self) -> builtins.list[TrashItem]:
        """What is in the Trash, newest first. Lessons of a trashed module and
        modules of a trashed course go with their parent and are not listed."""
        with self._store.read() as session:
            items: builtins.list[TrashItem] = []
            for course in session.scalars(select(Course).where(Course.deleted_at.is_not(None))):
                assert course.deleted_at is not None
                items.append(
                    TrashItem(
                        "course",
                        course.id,
                        f"{course.code} — {course.title}",
                        "",
                        course.deleted_at,
                    )
                )
            modules = session.execute(
                select(Module, Course)
                .join(Course, Course.id == Module.course_id)
                .where(Module.deleted_at.is_not(None), Course.deleted_at.is_(None))
            )
            for module, course in modules:
                assert module.deleted_at is not None
                items.append(
                    TrashItem("module", module.id, module.title, course.code, module.deleted_at)
                )
            lessons = session.execute(
                select(Lesson, Module, Course)
                .join(Module, Module.id == Lesson.module_id)
                .join(Course, Course.id == Module.course_id)
                .where(
                    Lesson.deleted_at.is_not(None),
                    Module.deleted_at.is_(None),
                    Course.deleted_at.is_(None),
                )
            )
            for lesson, module, course in lessons:
                assert lesson.deleted_at is not None
                items.append(
                    TrashItem(
                        "lesson",
                        lesson.id,
                        lesson.title,
                        f"{course.code} › {module.title}",
                        lesson.deleted_at,
                    )
                )
            items.sort(key=lambda i: i.deleted_at, reverse=True)
            return items

    def restore(self, entity: str, row_id: str) -> None:
        if entity == "course":
            CourseService(self._ctx).restore(row_id)
        elif entity == "module":
            OutlineService(self._ctx).restore_module(row_id)
        elif entity == "lesson":
            OutlineService(self._ctx).restore_lesson(row_id)
        else:
            raise ValidationError(
                msg("Nothing of the kind '{entity}' goes to the Trash.", entity=entity)
            )

    def purge(self, entity: str, row_id: str) -> None:
        """Delete one item for good (it must be in the Trash)."""
        models: dict[str, type[Course] | type[Module] | type[Lesson]] = {
            "course": Course,
            "module": Module,
            "lesson": Lesson,
        }
        model = models.get(entity)
        if model is None:
            raise ValidationError(
                msg("Nothing of the kind '{entity}' goes to the Trash.", entity=entity)
            )
        with self._store.write() as session:
            row = session.get(model, row_id)
            if getattr(row, "deleted_at", None) is None:
                raise NotFound("This item is not in the Trash.")
            session.execute(delete(model).where(model.id == row_id))
            note_change(session, "courses" if entity == "course" else "outline")

    def empty(self) -> int:
        """Delete everything in the Trash for good; returns how many items went."""
        items = self.list()
        with self._store.write() as session:
            for model in (Lesson, Module, Course):
                session.execute(delete(model).where(model.deleted_at.is_not(None)))
            note_change(session, "courses")
            note_change(session, "outline")
        return len(items)

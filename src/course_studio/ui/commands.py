"""The undoable edits of courses, outlines and the Trash.

Each command only calls service methods (see :mod:`course_studio.ui.undo`): undoing a
create moves the new item to the Trash, undoing a delete restores it, undoing a change
puts the old values back.
"""

from __future__ import annotations

from typing import Any

from ..domain.records import CourseRecord, LessonRecord, ModuleRecord
from .undo import ServiceCommand

# -- courses -------------------------------------------------------------------


def _label(course: CourseRecord) -> str:
    return f"{course.code} — {course.title}"


class CreateCourse(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, fields: dict[str, Any]) -> None:
        super().__init__(studio, "Create course")
        self.fields = dict(fields)
        self.course_id: str | None = None

    def do(self) -> CourseRecord:
        course: CourseRecord = self.studio.courses.create(**self.fields)
        self.course_id = course.id
        return course

    def revert(self) -> Any:
        return self.studio.courses.delete(self.course_id)

    def again(self) -> Any:
        return self.studio.courses.restore(self.course_id)

    def summary(self, result: CourseRecord) -> str:
        return f"Created {_label(result)}."


class EditCourse(ServiceCommand):
    action = "update"

    def __init__(
        self, studio: Any, course_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        if set(after) == {"title"}:
            text = "Rename course"
        elif set(after) == {"code"}:
            text = "Change course code"
        elif set(after) == {"status"}:
            text = "Change course status"
        else:
            text = "Edit course"
        super().__init__(studio, text)
        self.course_id = course_id
        self.before = dict(before)
        self.after = dict(after)

    def do(self) -> CourseRecord:
        result: CourseRecord = self.studio.courses.update(self.course_id, **self.after)
        return result

    def revert(self) -> Any:
        return self.studio.courses.update(self.course_id, **self.before)

    def summary(self, result: CourseRecord) -> str:
        names = ", ".join(sorted(k.replace("_", " ") for k in self.after))
        return f"Saved {_label(result)} ({names})."


class ArchiveCourse(ServiceCommand):
    action = "update"

    def __init__(self, studio: Any, course: CourseRecord, *, archive: bool = True) -> None:
        super().__init__(studio, "Archive course" if archive else "Unarchive course")
        self.course_id = course.id
        self.previous = course.status
        self.archive = archive

    def do(self) -> CourseRecord:
        if self.archive:
            result: CourseRecord = self.studio.courses.archive(self.course_id)
        else:
            result = self.studio.courses.unarchive(self.course_id)
        return result

    def revert(self) -> Any:
        return self.studio.courses.update(self.course_id, status=self.previous)

    def summary(self, result: CourseRecord) -> str:
        verb = "Archived" if self.archive else "Brought back from the archive"
        return f"{verb} {_label(result)}."


class DuplicateCourse(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, source_id: str, code: str, title: str | None) -> None:
        super().__init__(studio, "Duplicate course")
        self.source_id = source_id
        self.code = code
        self.title = title
        self.course_id: str | None = None

    def do(self) -> CourseRecord:
        course: CourseRecord = self.studio.courses.duplicate(
            self.source_id, code=self.code, title=self.title
        )
        self.course_id = course.id
        return course

    def revert(self) -> Any:
        return self.studio.courses.delete(self.course_id)

    def again(self) -> Any:
        return self.studio.courses.restore(self.course_id)

    def summary(self, result: CourseRecord) -> str:
        return f"Made {_label(result)}, a copy with the same outline."


class DeleteCourse(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, course: CourseRecord) -> None:
        super().__init__(studio, "Delete course")
        self.course_id = course.id
        self.label = _label(course)

    def do(self) -> Any:
        return self.studio.courses.delete(self.course_id)

    def revert(self) -> Any:
        return self.studio.courses.restore(self.course_id)

    def summary(self, result: Any) -> str:
        return f"Moved {self.label} to the Trash."


# -- the Trash -----------------------------------------------------------------


class RestoreFromTrash(ServiceCommand):
    action = "restore"

    def __init__(self, studio: Any, entity: str, row_id: str, title: str) -> None:
        super().__init__(studio, f"Restore {entity}")
        self.entity = entity
        self.row_id = row_id
        self.title = title

    def do(self) -> Any:
        return self.studio.trash.restore(self.entity, self.row_id)

    def revert(self) -> Any:
        if self.entity == "course":
            return self.studio.courses.delete(self.row_id)
        if self.entity == "module":
            return self.studio.outline.delete_module(self.row_id)
        return self.studio.outline.delete_lesson(self.row_id)

    def summary(self, result: Any) -> str:
        return f"Restored “{self.title}” from the Trash."


# -- the outline ---------------------------------------------------------------


class AddModule(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, course_id: str, title: str, index: int | None) -> None:
        super().__init__(studio, "Add module")
        self.course_id = course_id
        self.title = title
        self.index = index
        self.module_id: str | None = None

    def do(self) -> ModuleRecord:
        module: ModuleRecord = self.studio.outline.add_module(
            self.course_id, title=self.title, index=self.index
        )
        self.module_id = module.id
        return module

    def revert(self) -> Any:
        return self.studio.outline.delete_module(self.module_id)

    def again(self) -> Any:
        return self.studio.outline.restore_module(self.module_id)

    def summary(self, result: ModuleRecord) -> str:
        return f"Added the module “{result.title}”."


class AddLesson(ServiceCommand):
    action = "create"

    def __init__(
        self, studio: Any, module_id: str, title: str, kind: str, index: int | None
    ) -> None:
        super().__init__(studio, "Add lesson")
        self.module_id = module_id
        self.title = title
        self.kind = kind
        self.index = index
        self.lesson_id: str | None = None

    def do(self) -> LessonRecord:
        lesson: LessonRecord = self.studio.outline.add_lesson(
            self.module_id, title=self.title, kind=self.kind, index=self.index
        )
        self.lesson_id = lesson.id
        return lesson

    def revert(self) -> Any:
        return self.studio.outline.delete_lesson(self.lesson_id)

    def again(self) -> Any:
        return self.studio.outline.restore_lesson(self.lesson_id)

    def summary(self, result: LessonRecord) -> str:
        return f"Added the lesson “{result.title}”."


class RenameModule(ServiceCommand):
    def __init__(self, studio: Any, module_id: str, old: str, new: str) -> None:
        super().__init__(studio, "Rename module")
        self.module_id = module_id
        self.old = old
        self.new = new

    def do(self) -> ModuleRecord:
        module: ModuleRecord = self.studio.outline.rename_module(self.module_id, self.new)
        return module

    def revert(self) -> Any:
        return self.studio.outline.rename_module(self.module_id, self.old)

    def summary(self, result: ModuleRecord) -> str:
        return f"Renamed the module “{self.old}” to “{result.title}”."


class EditLesson(ServiceCommand):
    def __init__(
        self, studio: Any, lesson_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        super().__init__(studio, "Rename lesson" if set(after) == {"title"} else "Edit lesson")
        self.lesson_id = lesson_id
        self.before = dict(before)
        self.after = dict(after)

    def do(self) -> LessonRecord:
        lesson: LessonRecord = self.studio.outline.update_lesson(self.lesson_id, **self.after)
        return lesson

    def revert(self) -> Any:
        return self.studio.outline.update_lesson(self.lesson_id, **self.before)

    def summary(self, result: LessonRecord) -> str:
        if set(self.after) == {"title"}:
            return f"Renamed the lesson “{self.before['title']}” to “{result.title}”."
        return f"Saved the lesson “{result.title}”."


class MoveModule(ServiceCommand):
    def __init__(self, studio: Any, module_id: str, old_index: int, new_index: int) -> None:
        super().__init__(studio, "Move module")
        self.module_id = module_id
        self.old_index = old_index
        self.new_index = new_index

    def do(self) -> ModuleRecord:
        module: ModuleRecord = self.studio.outline.move_module(self.module_id, self.new_index)
        return module

    def revert(self) -> Any:
        return self.studio.outline.move_module(self.module_id, self.old_index)

    def summary(self, result: ModuleRecord) -> str:
        return f"Moved the module “{result.title}” to place {self.new_index + 1}."


class MoveLesson(ServiceCommand):
    def __init__(
        self,
        studio: Any,
        lesson_id: str,
        old: tuple[str, int],
        new: tuple[str, int],
    ) -> None:
        super().__init__(studio, "Move lesson")
        self.lesson_id = lesson_id
        self.old_module, self.old_index = old
        self.new_module, self.new_index = new

    def do(self) -> LessonRecord:
        lesson: LessonRecord = self.studio.outline.move_lesson(
            self.lesson_id, self.new_index, self.new_module
        )
        return lesson

    def revert(self) -> Any:
        return self.studio.outline.move_lesson(self.lesson_id, self.old_index, self.old_module)

    def summary(self, result: LessonRecord) -> str:
        return f"Moved the lesson “{result.title}”."


class DeleteModule(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, module_id: str, title: str, lessons: int) -> None:
        super().__init__(studio, "Delete module")
        self.module_id = module_id
        self.title = title
        self.lessons = lessons

    def do(self) -> Any:
        return self.studio.outline.delete_module(self.module_id)

    def revert(self) -> Any:
        return self.studio.outline.restore_module(self.module_id)

    def summary(self, result: Any) -> str:
        with_lessons = ""
        if self.lessons:
            with_lessons = f" with its {self.lessons} lesson" + ("s" if self.lessons > 1 else "")
        return f"Moved the module “{self.title}”{with_lessons} to the Trash."


class DeleteLesson(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, lesson_id: str, title: str) -> None:
        super().__init__(studio, "Delete lesson")
        self.lesson_id = lesson_id
        self.title = title

    def do(self) -> Any:
        return self.studio.outline.delete_lesson(self.lesson_id)

    def revert(self) -> Any:
        return self.studio.outline.restore_lesson(self.lesson_id)

    def summary(self, result: Any) -> str:
        return f"Moved the lesson “{self.title}” to the Trash."

"""The undoable edits of courses, outlines and the Trash.

Each command only calls service methods (see :mod:`course_studio.ui.undo`): undoing a
create moves the new item to the Trash, undoing a delete restores it, undoing a change
puts the old values back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.records import CourseRecord, LessonRecord, ModuleRecord
from .undo import ServiceCommand

translate = QCoreApplication.translate

# -- courses -------------------------------------------------------------------


def _label(course: CourseRecord) -> str:
    return f"{course.code} — {course.title}"


class CreateCourse(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, fields: dict[str, Any]) -> None:
        super().__init__(studio, translate("Commands", "Create course"))
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
        return translate("Commands", "Created {label}.").format(label=_label(result))


class EditCourse(ServiceCommand):
    action = "update"

    def __init__(
        self, studio: Any, course_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        if set(after) == {"title"}:
            text = translate("Commands", "Rename course")
        elif set(after) == {"code"}:
            text = translate("Commands", "Change course code")
        elif set(after) == {"status"}:
            text = translate("Commands", "Change course status")
        else:
            text = translate("Commands", "Edit course")
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
        return translate("Commands", "Saved {label} ({names}).").format(
            label=_label(result), names=names
        )


class ArchiveCourse(ServiceCommand):
    action = "update"

    def __init__(self, studio: Any, course: CourseRecord, *, archive: bool = True) -> None:
        super().__init__(
            studio,
            translate("Commands", "Archive course")
            if archive
            else translate("Commands", "Unarchive course"),
        )
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
        if self.archive:
            return translate("Commands", "Archived {label}.").format(label=_label(result))
        return translate("Commands", "Brought {label} back from the archive.").format(
            label=_label(result)
        )


class DuplicateCourse(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, source_id: str, code: str, title: str | None) -> None:
        super().__init__(studio, translate("Commands", "Duplicate course"))
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
        return translate("Commands", "Made {label}, a copy with the same outline.").format(
            label=_label(result)
        )


class DeleteCourse(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, course: CourseRecord) -> None:
        super().__init__(studio, translate("Commands", "Delete course"))
        self.course_id = course.id
        self.label = _label(course)

    def do(self) -> Any:
        return self.studio.courses.delete(self.course_id)

    def revert(self) -> Any:
        return self.studio.courses.restore(self.course_id)

    def summary(self, result: Any) -> str:
        return translate("Commands", "Moved {label} to the Trash.").format(label=self.label)


# -- the Trash -----------------------------------------------------------------


class RestoreFromTrash(ServiceCommand):
    action = "restore"

    def __init__(self, studio: Any, entity: str, row_id: str, title: str) -> None:
        super().__init__(
            studio,
            translate("Commands", "Restore {entity}").format(entity=translate("Messages", entity)),
        )
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
        return translate("Commands", "Restored “{title}” from the Trash.").format(title=self.title)


# -- the outline ---------------------------------------------------------------


class AddModule(ServiceCommand):
    action = "create"

    def __init__(self, studio: Any, course_id: str, title: str, index: int | None) -> None:
        super().__init__(studio, translate("Commands", "Add module"))
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
        return translate("Commands", "Added the module “{title}”.").format(title=result.title)


class AddLesson(ServiceCommand):
    action = "create"

    def __init__(
        self, studio: Any, module_id: str, title: str, kind: str, index: int | None
    ) -> None:
        super().__init__(studio, translate("Commands", "Add lesson"))
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
        return translate("Commands", "Added the lesson “{title}”.").format(title=result.title)


class RenameModule(ServiceCommand):
    def __init__(self, studio: Any, module_id: str, old: str, new: str) -> None:
        super().__init__(studio, translate("Commands", "Rename module"))
        self.module_id = module_id
        self.old = old
        self.new = new

    def do(self) -> ModuleRecord:
        module: ModuleRecord = self.studio.outline.rename_module(self.module_id, self.new)
        return module

    def revert(self) -> Any:
        return self.studio.outline.rename_module(self.module_id, self.old)

    def summary(self, result: ModuleRecord) -> str:
        return translate("Commands", "Renamed the module “{old}” to “{title}”.").format(
            old=self.old, title=result.title
        )


class EditLesson(ServiceCommand):
    def __init__(
        self, studio: Any, lesson_id: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        super().__init__(
            studio,
            translate("Commands", "Rename lesson")
            if set(after) == {"title"}
            else translate("Commands", "Edit lesson"),
        )
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
            return translate("Commands", "Renamed the lesson “{value}” to “{title}”.").format(
                value=self.before["title"], title=result.title
            )
        return translate("Commands", "Saved the lesson “{title}”.").format(title=result.title)


class MoveModule(ServiceCommand):
    def __init__(self, studio: Any, module_id: str, old_index: int, new_index: int) -> None:
        super().__init__(studio, translate("Commands", "Move module"))
        self.module_id = module_id
        self.old_index = old_index
        self.new_index = new_index

    def do(self) -> ModuleRecord:
        module: ModuleRecord = self.studio.outline.move_module(self.module_id, self.new_index)
        return module

    def revert(self) -> Any:
        return self.studio.outline.move_module(self.module_id, self.old_index)

    def summary(self, result: ModuleRecord) -> str:
        return translate("Commands", "Moved the module “{title}” to place {value}.").format(
            title=result.title, value=self.new_index + 1
        )


class MoveLesson(ServiceCommand):
    def __init__(
        self,
        studio: Any,
        lesson_id: str,
        old: tuple[str, int],
        new: tuple[str, int],
    ) -> None:
        super().__init__(studio, translate("Commands", "Move lesson"))
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
        return translate("Commands", "Moved the lesson “{title}”.").format(title=result.title)


class DeleteModule(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, module_id: str, title: str, lessons: int) -> None:
        super().__init__(studio, translate("Commands", "Delete module"))
        self.module_id = module_id
        self.title = title
        self.lessons = lessons

    def do(self) -> Any:
        return self.studio.outline.delete_module(self.module_id)

    def revert(self) -> Any:
        return self.studio.outline.restore_module(self.module_id)

    def summary(self, result: Any) -> str:
        if self.lessons:
            return translate(
                "Commands",
                "Moved the module “{title}” with its %Ln lesson(s) to the Trash.",
                "",
                self.lessons,
            ).format(title=self.title)
        return translate("Commands", "Moved the module “{title}” to the Trash.").format(
            title=self.title
        )


class DeleteLesson(ServiceCommand):
    action = "delete"

    def __init__(self, studio: Any, lesson_id: str, title: str) -> None:
        super().__init__(studio, translate("Commands", "Delete lesson"))
        self.lesson_id = lesson_id
        self.title = title

    def do(self) -> Any:
        return self.studio.outline.delete_lesson(self.lesson_id)

    def revert(self) -> Any:
        return self.studio.outline.restore_lesson(self.lesson_id)

    def summary(self, result: Any) -> str:
        return translate("Commands", "Moved the lesson “{title}” to the Trash.").format(
            title=self.title
        )

"""Sentences shared by the services and the server, so an instructor reads the same
words in the app, in a script and in an answer from the REST API."""

from __future__ import annotations

from .errors import msg

#: words the messages put into sentences ("This {what} no longer exists"), for translators
WORDS = (
    msg("course"),
    msg("module"),
    msg("lesson"),
    msg("enrollment"),
    msg("student"),
    msg("instructor"),
    msg("saved filter"),
    msg("lesson progress"),
)


def no_such_field(what: str, name: str) -> str:
    return msg("A {what} has no field called '{name}'.", what=what, name=name)


def gone(what: str) -> str:
    return msg("This {what} no longer exists; it may have been deleted.", what=what)


def code_taken(code: str, title: str) -> str:
    return msg(
        "You already have a course with the code {code} (“{title}”). Pick another code.",
        code=code,
        title=title,
    )


def not_teacher(code: str, what: str) -> str:
    return msg(
        "You do not teach {code}, so you cannot change {what}. Ask its owner to add you as a "
        "co-instructor.",
        code=code,
        what=what,
    )


def only_owner(owner_name: str, code: str, verb: str) -> str:
    return msg(
        "Only {owner_name}, who owns {code}, can {verb} it.",
        owner_name=owner_name,
        code=code,
        verb=verb,
    )


def already_enrolled(student_name: str, code: str, status: str) -> str:
    return msg(
        "{student_name} is already enrolled in {code} ({status}).",
        student_name=student_name,
        code=code,
        status=status,
    )


def course_full(code: str, seated: int, capacity: int | None) -> str:
    return msg(
        "{code} is full ({seated} of {capacity} seats taken). Raise the capacity or drop a "
        "student first.",
        code=code,
        seated=seated,
        capacity=capacity,
    )


def course_archived(code: str) -> str:
    return msg(
        "{code} is archived. Restore it to draft or published before enrolling students.", code=code
    )


def not_enrollable(status: str, code: str) -> str:
    return msg(
        "This student is {status} in {code}; activate the enrollment before recording progress.",
        status=status,
        code=code,
    )


def lesson_not_in_course(code: str) -> str:
    return msg("This lesson is not part of {code}.", code=code)

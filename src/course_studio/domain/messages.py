"""Sentences shared by the services and the server, so an instructor reads the same
words in the app, in a script and in an answer from the REST API."""

from __future__ import annotations


def no_such_field(what: str, name: str) -> str:
    return f"A {what} has no field called '{name}'."


def gone(what: str) -> str:
    return f"This {what} no longer exists; it may have been deleted."


def code_taken(code: str, title: str) -> str:
    return f"You already have a course with the code {code} (“{title}”). Pick another code."


def not_teacher(code: str, what: str) -> str:
    return (
        f"You do not teach {code}, so you cannot change {what}. "
        "Ask its owner to add you as a co-instructor."
    )


def only_owner(owner_name: str, code: str, verb: str) -> str:
    return f"Only {owner_name}, who owns {code}, can {verb} it."


def already_enrolled(student_name: str, code: str, status: str) -> str:
    return f"{student_name} is already enrolled in {code} ({status})."


def course_full(code: str, seated: int, capacity: int | None) -> str:
    return (
        f"{code} is full ({seated} of {capacity} seats taken). "
        "Raise the capacity or drop a student first."
    )


def course_archived(code: str) -> str:
    return f"{code} is archived. Restore it to draft or published before enrolling students."


def not_enrollable(status: str, code: str) -> str:
    return f"This student is {status} in {code}; activate the enrollment before recording progress."


def lesson_not_in_course(code: str) -> str:
    return f"This lesson is not part of {code}."

# ruff: noqa: E501
"""The core's messages, for the translators (made by ``scripts/i18n.py messages``).

Do not edit: run ``make translations`` after changing a message in the core.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "1 entry has a problem; nobody was enrolled."),
    QT_TRANSLATE_NOOP("Messages", "1 value is not valid; nothing was imported."),
    QT_TRANSLATE_NOOP("Messages", "1 value is not valid; nothing was restored."),
    QT_TRANSLATE_NOOP(
        "Messages", "A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {length})."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "A course code may contain letters, digits, '-', '_' and '.', not a space."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "A course code may contain letters, digits, '-', '_' and '.', not {shown}."
    ),
    QT_TRANSLATE_NOOP("Messages", "A course code starts with a letter, for example CS101."),
    QT_TRANSLATE_NOOP("Messages", "A course has at most {TAGS_MAX} tags; this one has {length}."),
    QT_TRANSLATE_NOOP("Messages", "A course has no field called '{name}'."),
    QT_TRANSLATE_NOOP("Messages", "A display name is required."),
    QT_TRANSLATE_NOOP("Messages", "A lesson can only move within its own course."),
    QT_TRANSLATE_NOOP(
        "Messages", "A lesson has at most {BODY_MAX:,} characters of text; this one has {length:,}."
    ),
    QT_TRANSLATE_NOOP("Messages", "A new enrollment is active or waitlisted, not {wanted}."),
    QT_TRANSLATE_NOOP("Messages", "A saved filter called “{clash}” already exists."),
    QT_TRANSLATE_NOOP(
        "Messages", "A saved filter is for the list of courses or of enrollments (got {value!r})."
    ),
    QT_TRANSLATE_NOOP("Messages", "A sync is already running."),
    QT_TRANSLATE_NOOP("Messages", "A tag has at most {TAG_MAX} characters ('{value}…' is longer)."),
    QT_TRANSLATE_NOOP("Messages", "A user name is required."),
    QT_TRANSLATE_NOOP("Messages", "A window holds between 0 and {MAX_WINDOW:,} rows."),
    QT_TRANSLATE_NOOP("Messages", "A {value} has no field called '{name}'."),
    QT_TRANSLATE_NOOP("Messages", "A {what} has no field called '{name}'."),
    QT_TRANSLATE_NOOP(
        "Messages", "A {what} title has at most {high} characters; this one has {length}."
    ),
    QT_TRANSLATE_NOOP("Messages", "A {what} title needs at least {low} characters."),
    QT_TRANSLATE_NOOP("Messages", "Already exists"),
    QT_TRANSLATE_NOOP("Messages", "An email address is required."),
    QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .csv or .xlsx (not “{name}”)."),
    QT_TRANSLATE_NOOP("Messages", "Choose mine, theirs or edit (got {choice!r})."),
    QT_TRANSLATE_NOOP("Messages", "Conflicting change"),
    QT_TRANSLATE_NOOP("Messages", "Course Studio cannot write in {parent} ({strerror})."),
    QT_TRANSLATE_NOOP("Messages", "Course code already used"),
    QT_TRANSLATE_NOOP("Messages", "Each student needs an email address or a SIS id."),
    QT_TRANSLATE_NOOP(
        "Messages", "Enrollments can be sorted by {keys}; '{name}' is not one of them."
    ),
    QT_TRANSLATE_NOOP("Messages", "Every course needs a code, for example CS101."),
    QT_TRANSLATE_NOOP("Messages", "Every course needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every lesson needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every module needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every variant of the code {code} is taken."),
    QT_TRANSLATE_NOOP("Messages", "Every {what} needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Give the saved filter a name."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "In a course code, '-', '_' and '.' go between letters or digits, for example MATH-201.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Keep mine or take theirs: this conflict is about the whole item."
    ),
    QT_TRANSLATE_NOOP("Messages", "Not allowed"),
    QT_TRANSLATE_NOOP("Messages", "Not found"),
    QT_TRANSLATE_NOOP("Messages", "Nothing of the kind '{entity}' goes to the Trash."),
    QT_TRANSLATE_NOOP(
        "Messages", "Only waitlisted students can be promoted (this one is {status})."
    ),
    QT_TRANSLATE_NOOP("Messages", "Only {owner_name}, who owns {code}, can {verb} it."),
    QT_TRANSLATE_NOOP("Messages", "Pick two different students to merge."),
    QT_TRANSLATE_NOOP("Messages", "Please check the filter"),
    QT_TRANSLATE_NOOP("Messages", "Please check this value"),
    QT_TRANSLATE_NOOP("Messages", "Restore the lesson's module first; it is in the Trash too."),
    QT_TRANSLATE_NOOP("Messages", "Something is not right"),
    QT_TRANSLATE_NOOP("Messages", "Tags must be a list of words."),
    QT_TRANSLATE_NOOP("Messages", "The SIS id"),
    QT_TRANSLATE_NOOP("Messages", "The SIS id has at most {EXTERNAL_ID_MAX} characters."),
    QT_TRANSLATE_NOOP(
        "Messages", "The SIS id {external_id} already belongs to {given_name} {family_name}."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The capacity cannot be lower than the 1 student already enrolled."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The capacity cannot be lower than the {seated} students already enrolled."
    ),
    QT_TRANSLATE_NOOP("Messages", "The capacity is at least 1 seat; leave it empty for no limit."),
    QT_TRANSLATE_NOOP("Messages", "The capacity is at most {CAPACITY_MAX:,} seats."),
    QT_TRANSLATE_NOOP("Messages", "The capacity must be a whole number of seats (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "The capacity must be a whole number of seats."),
    QT_TRANSLATE_NOOP("Messages", "The course code"),
    QT_TRANSLATE_NOOP("Messages", "The course is full"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The description has at most {DESCRIPTION_MAX:,} characters; this one has {length:,}.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The description must be text."),
    QT_TRANSLATE_NOOP(
        "Messages", "The duration is between 0 and {DURATION_MAX} minutes (24 hours)."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The duration must be a whole number of minutes (got '{value}')."
    ),
    QT_TRANSLATE_NOOP("Messages", "The duration must be a whole number of minutes."),
    QT_TRANSLATE_NOOP("Messages", "The email address"),
    QT_TRANSLATE_NOOP("Messages", "The email address '{text}' is not valid: {reason}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The email {email} belongs to {given_name} {family_name}, whose SIS id is {external_id}, not {value}.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The email {email} is not written in lower case."),
    QT_TRANSLATE_NOOP("Messages", "The end date"),
    QT_TRANSLATE_NOOP(
        "Messages", "The end date ({end}) must be on or after the start date ({start})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The enrollment status"),
    QT_TRANSLATE_NOOP("Messages", "The family name"),
    QT_TRANSLATE_NOOP(
        "Messages", "The filter has an invisible control character {value}; remove it."
    ),
    QT_TRANSLATE_NOOP("Messages", "The filter must be text."),
    QT_TRANSLATE_NOOP("Messages", "The folder {parent} does not exist."),
    QT_TRANSLATE_NOOP("Messages", "The given name"),
    QT_TRANSLATE_NOOP("Messages", "The instructor for this course does not exist."),
    QT_TRANSLATE_NOOP("Messages", "The language"),
    QT_TRANSLATE_NOOP(
        "Messages", "The language is a code such as en, de or pt-BR (got '{value}')."
    ),
    QT_TRANSLATE_NOOP("Messages", "The lesson status"),
    QT_TRANSLATE_NOOP("Messages", "The lesson text must be text."),
    QT_TRANSLATE_NOOP("Messages", "The lesson type"),
    QT_TRANSLATE_NOOP("Messages", "The name of a saved filter has at most {NAME_MAX} characters."),
    QT_TRANSLATE_NOOP("Messages", "The name of a saved filter must be text."),
    QT_TRANSLATE_NOOP("Messages", "The new place must be a position from 0 up."),
    QT_TRANSLATE_NOOP("Messages", "The offset is a whole number, 0 or more."),
    QT_TRANSLATE_NOOP("Messages", "The owner of a course cannot be removed from it."),
    QT_TRANSLATE_NOOP("Messages", "The page offset cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "The page size cannot be negative."),
    QT_TRANSLATE_NOOP("Messages", "The place in the list is a whole number."),
    QT_TRANSLATE_NOOP("Messages", "The place in the outline is not valid."),
    QT_TRANSLATE_NOOP("Messages", "The role"),
    QT_TRANSLATE_NOOP("Messages", "The score is a number from 0 to 100 (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "The score is a number from 0 to 100 (got {value})."),
    QT_TRANSLATE_NOOP("Messages", "The score is a number from 0 to 100."),
    QT_TRANSLATE_NOOP("Messages", "The search must be text."),
    QT_TRANSLATE_NOOP(
        "Messages", "The server address must start with http:// or https:// ({base})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The server answered for another account."),
    QT_TRANSLATE_NOOP("Messages", "The server answered for other changes than those sent."),
    QT_TRANSLATE_NOOP("Messages", "The sort order must be a column name such as progress."),
    QT_TRANSLATE_NOOP("Messages", "The start date"),
    QT_TRANSLATE_NOOP("Messages", "The status"),
    QT_TRANSLATE_NOOP("Messages", "The tag '{tag}' may only use letters, digits and - _ . + #."),
    QT_TRANSLATE_NOOP(
        "Messages", "The teaching role must be owner or co_instructor (got {value!r})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The time must be a date and time."),
    QT_TRANSLATE_NOOP("Messages", "The time must look like 2026-09-01T14:30:00 (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "The title"),
    QT_TRANSLATE_NOOP("Messages", "The total is a whole number, 0 or more."),
    QT_TRANSLATE_NOOP("Messages", "The user name {name} is taken."),
    QT_TRANSLATE_NOOP("Messages", "There is no such conflict."),
    QT_TRANSLATE_NOOP("Messages", "There is no such instructor."),
    QT_TRANSLATE_NOOP("Messages", "There is no {what} with id {row_id!r}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "These two have different SIS ids ({external_id} and {external_id2}); they are probably different people.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This conflict is already resolved."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This course is already here as {code}{where}. Restore the backup as a copy to have both.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This course is not in the Trash any more."),
    QT_TRANSLATE_NOOP(
        "Messages", "This data syncs as {name}; sign in as {name}, or use another data folder."
    ),
    QT_TRANSLATE_NOOP("Messages", "This enrollment no longer exists."),
    QT_TRANSLATE_NOOP("Messages", "This enrollment's student is not in the backup."),
    QT_TRANSLATE_NOOP("Messages", "This entry is not a set of named values."),
    QT_TRANSLATE_NOOP("Messages", "This filter is for courses; enrollment lists need their own."),
    QT_TRANSLATE_NOOP("Messages", "This filter is for enrollments; the course list needs its own."),
    QT_TRANSLATE_NOOP("Messages", "This is not a valid id (got {value!r})."),
    QT_TRANSLATE_NOOP(
        "Messages", "This item is gone and cannot be brought back from the changes kept here."
    ),
    QT_TRANSLATE_NOOP("Messages", "This item is not in the Trash."),
    QT_TRANSLATE_NOOP(
        "Messages", "This item was deleted meanwhile; restore it before keeping your value."
    ),
    QT_TRANSLATE_NOOP("Messages", "This lesson is not in the Trash any more."),
    QT_TRANSLATE_NOOP("Messages", "This lesson is not part of {code}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This lesson progress belongs to an enrollment or lesson that is not in the backup.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This module is not in the Trash any more."),
    QT_TRANSLATE_NOOP("Messages", "This position in the list is not valid for this sort order."),
    QT_TRANSLATE_NOOP("Messages", "This saved filter no longer exists."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so a family name is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so a given name is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so an email is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is not in the directory."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This student is {status} in {code}; activate the enrollment before recording progress.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This {what} no longer exists; it may have been deleted."),
    QT_TRANSLATE_NOOP("Messages", "Unknown column '{key}'."),
    QT_TRANSLATE_NOOP(
        "Messages", "You already have a course with the code {code} (“{title}”). Pick another code."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "You do not teach {code}, so you cannot change {what}. Ask its owner to add you as a co-instructor.",
    ),
    QT_TRANSLATE_NOOP("Messages", "course"),
    QT_TRANSLATE_NOOP("Messages", "enrollment"),
    QT_TRANSLATE_NOOP("Messages", "instructor"),
    QT_TRANSLATE_NOOP("Messages", "lesson"),
    QT_TRANSLATE_NOOP("Messages", "lesson progress"),
    QT_TRANSLATE_NOOP("Messages", "module"),
    QT_TRANSLATE_NOOP("Messages", "saved filter"),
    QT_TRANSLATE_NOOP("Messages", "student"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is archived. Restore it to draft or published before enrolling students.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is archived. Restore it to draft or published before importing students into it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is full ({seated} of {capacity} seats taken). Raise the capacity or drop a student first.",
    ),
    QT_TRANSLATE_NOOP("Messages", "{count} entries have problems; nobody was enrolled."),
    QT_TRANSLATE_NOOP("Messages", "{count} values are not valid; nothing was imported."),
    QT_TRANSLATE_NOOP("Messages", "{count} values are not valid; nothing was restored."),
    QT_TRANSLATE_NOOP("Messages", "{given_name} {family_name} already uses the email {email}."),
    QT_TRANSLATE_NOOP(
        "Messages", "{given_name} {family_name} is listed twice (also on line {value})."
    ),
    QT_TRANSLATE_NOOP("Messages", "{label} has at most {NAME_MAX} characters."),
    QT_TRANSLATE_NOOP("Messages", "{label} has at most {limit} characters; this one has {length}."),
    QT_TRANSLATE_NOOP("Messages", "{label} is required."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be a date such as 2026-09-01 (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be text."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be {choices} (got {text!r})."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be written ({strerror})."),
    QT_TRANSLATE_NOOP("Messages", "{student_name} is already enrolled in {code} ({status})."),
)

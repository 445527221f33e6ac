# ruff: noqa: E501
"""The core's messages, for the translators (made by ``scripts/i18n.py messages``).

Do not edit: run ``make translations`` after changing a message in the core.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP(
        "Messages", "'{field}' is not a field Course Studio imports; use one of {value}."
    ),
    QT_TRANSLATE_NOOP("Messages", "'{format}' is not a roster export format; use {value}."),
    QT_TRANSLATE_NOOP("Messages", "'{format}' is not a roster format; use {value}."),
    QT_TRANSLATE_NOOP(
        "Messages", "'{role_name}' is not a Moodle role Course Studio knows; use one of {known}."
    ),
    QT_TRANSLATE_NOOP("Messages", "'{table}' is not a table; use students or lessons."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{title}' is a file ({value}), not a page; the lesson links to its name only, as files are not imported.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "'{title}' is a quiz; its questions are not imported, only its title."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "'{title}' is a resource of type {type}, which Course Studio does not import; it was left out.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a date and time; write it as ISO 8601 (2026-09-01T08:00:00Z)."
    ),
    QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date; write it as YYYY-MM-DD (2026-09-01)."),
    QT_TRANSLATE_NOOP("Messages", "'{value}' is not a file mode; use bulk, delta or absent."),
    QT_TRANSLATE_NOOP("Messages", "'{value}' is not a {what}; use {choices}."),
    QT_TRANSLATE_NOOP("Messages", "1 entry has a problem; nobody was enrolled."),
    QT_TRANSLATE_NOOP(
        "Messages", "1 observer was left out: Moodle has no observer role in a course."
    ),
    QT_TRANSLATE_NOOP("Messages", "1 observer was left out: OneRoster 1.1 has no observer role."),
    QT_TRANSLATE_NOOP("Messages", "1 value is not valid; nothing was imported."),
    QT_TRANSLATE_NOOP("Messages", "1 value is not valid; nothing was restored."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A Moodle upload-users roster is one CSV file; this package holds {length} files.",
    ),
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
    QT_TRANSLATE_NOOP("Messages", "Column {column}: {message}"),
    QT_TRANSLATE_NOOP("Messages", "Common Cartridge {version} is not offered; use 1.3 or 1.1."),
    QT_TRANSLATE_NOOP("Messages", "Conflicting change"),
    QT_TRANSLATE_NOOP("Messages", "Course Studio cannot write in {parent} ({strerror})."),
    QT_TRANSLATE_NOOP("Messages", "Course Studio has no designers; this enrollment was left out."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Course Studio has no {role_name} role in a course; this enrolment was left out.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Course Studio has no {role}s in a course; this enrollment was left out."
    ),
    QT_TRANSLATE_NOOP("Messages", "Course Studio may not read {name}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Course Studio needs a course code for this class: letters and digits, starting with a letter (for example CS101); set classCode.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Course Studio needs a course code here: letters and digits, starting with a letter (for example CS101).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Course code"),
    QT_TRANSLATE_NOOP("Messages", "Course code already used"),
    QT_TRANSLATE_NOOP("Messages", "Each student needs an email address or a SIS id."),
    QT_TRANSLATE_NOOP("Messages", "Email"),
    QT_TRANSLATE_NOOP("Messages", "Enrollment status"),
    QT_TRANSLATE_NOOP(
        "Messages", "Enrollments can be sorted by {keys}; '{name}' is not one of them."
    ),
    QT_TRANSLATE_NOOP("Messages", "Every course needs a code, for example CS101."),
    QT_TRANSLATE_NOOP("Messages", "Every course needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every lesson needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every module needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Every variant of the code {code} is taken."),
    QT_TRANSLATE_NOOP("Messages", "Every {what} needs a title."),
    QT_TRANSLATE_NOOP("Messages", "Family name"),
    QT_TRANSLATE_NOOP("Messages", "Full name"),
    QT_TRANSLATE_NOOP("Messages", "Give the saved filter a name."),
    QT_TRANSLATE_NOOP("Messages", "Given name"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "In a course code, '-', '_' and '.' go between letters or digits, for example MATH-201.",
    ),
    QT_TRANSLATE_NOOP("Messages", "It cannot be read ({value})."),
    QT_TRANSLATE_NOOP(
        "Messages", "Keep mine or take theirs: this conflict is about the whole item."
    ),
    QT_TRANSLATE_NOOP("Messages", "Line {line}, column {column}: {message}"),
    QT_TRANSLATE_NOOP("Messages", "Line {line}: {message}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No column holds an email address or a SIS id, so students cannot be matched; map one of them.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "No columns hold the names; only students already in Course Studio can be matched.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Not allowed"),
    QT_TRANSLATE_NOOP("Messages", "Not found"),
    QT_TRANSLATE_NOOP("Messages", "Nothing of the kind '{entity}' goes to the Trash."),
    QT_TRANSLATE_NOOP(
        "Messages", "Only waitlisted students can be promoted (this one is {status})."
    ),
    QT_TRANSLATE_NOOP("Messages", "Only {owner_name}, who owns {code}, can {verb} it."),
    QT_TRANSLATE_NOOP("Messages", "Pick one CSV file; this package holds {length} files."),
    QT_TRANSLATE_NOOP("Messages", "Pick two different students to merge."),
    QT_TRANSLATE_NOOP("Messages", "Please check the filter"),
    QT_TRANSLATE_NOOP("Messages", "Please check this value"),
    QT_TRANSLATE_NOOP("Messages", "Progress is written to a .csv or .xlsx file, not '{name}'."),
    QT_TRANSLATE_NOOP("Messages", "Restore the lesson's module first; it is in the Trash too."),
    QT_TRANSLATE_NOOP("Messages", "Role"),
    QT_TRANSLATE_NOOP("Messages", "SIS id"),
    QT_TRANSLATE_NOOP("Messages", "Something is not right"),
    QT_TRANSLATE_NOOP("Messages", "Tags must be a list of words."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The Course Studio settings in this cartridge cannot be read ({exc}); the course was read from the manifest alone.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The SIS id"),
    QT_TRANSLATE_NOOP("Messages", "The SIS id has at most {EXTERNAL_ID_MAX} characters."),
    QT_TRANSLATE_NOOP(
        "Messages", "The SIS id {external_id} already belongs to {given_name} {family_name}."
    ),
    QT_TRANSLATE_NOOP("Messages", "The backup has no {name}; it is incomplete."),
    QT_TRANSLATE_NOOP("Messages", "The backup's format version is missing."),
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
    QT_TRANSLATE_NOOP(
        "Messages", "The cartridge has no organization, so the course has no outline."
    ),
    QT_TRANSLATE_NOOP("Messages", "The column {column} is missing; {what} needs it."),
    QT_TRANSLATE_NOOP(
        "Messages", "The column {name} appears twice in the header (columns {value} and {value2})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The course code"),
    QT_TRANSLATE_NOOP("Messages", "The course is full"),
    QT_TRANSLATE_NOOP("Messages", "The course title is empty."),
    QT_TRANSLATE_NOOP("Messages", "The course_id is empty."),
    QT_TRANSLATE_NOOP("Messages", "The course_id {cid} is used twice (also on line {value})."),
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
    QT_TRANSLATE_NOOP("Messages", "The file cannot be read ({value})."),
    QT_TRANSLATE_NOOP("Messages", "The file {name} is listed but not in the cartridge."),
    QT_TRANSLATE_NOOP(
        "Messages", "The filter has an invisible control character {value}; remove it."
    ),
    QT_TRANSLATE_NOOP("Messages", "The filter must be text."),
    QT_TRANSLATE_NOOP("Messages", "The folder {parent} does not exist."),
    QT_TRANSLATE_NOOP("Messages", "The given name"),
    QT_TRANSLATE_NOOP("Messages", "The identifier {ident} is used twice (also on line {value})."),
    QT_TRANSLATE_NOOP("Messages", "The instructor for this course does not exist."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The item '{title}' points at the resource {ref}, which the manifest does not have; it was left out.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The language"),
    QT_TRANSLATE_NOOP(
        "Messages", "The language is a code such as en, de or pt-BR (got '{value}')."
    ),
    QT_TRANSLATE_NOOP("Messages", "The lesson status"),
    QT_TRANSLATE_NOOP("Messages", "The lesson text must be text."),
    QT_TRANSLATE_NOOP("Messages", "The lesson type"),
    QT_TRANSLATE_NOOP("Messages", "The login_id is empty."),
    QT_TRANSLATE_NOOP("Messages", "The manifest cannot be read from the zip ({exc})."),
    QT_TRANSLATE_NOOP("Messages", "The manifest is not well-formed XML: {msg}."),
    QT_TRANSLATE_NOOP(
        "Messages", "The manifest lists {key} as {declared}, but the package does not hold it."
    ),
    QT_TRANSLATE_NOOP("Messages", "The manifest says {key} is absent; it was read anyway."),
    QT_TRANSLATE_NOOP("Messages", "The manifest's root element is <{value}>, not <manifest>."),
    QT_TRANSLATE_NOOP("Messages", "The name of a saved filter has at most {NAME_MAX} characters."),
    QT_TRANSLATE_NOOP("Messages", "The name of a saved filter must be text."),
    QT_TRANSLATE_NOOP("Messages", "The new place must be a position from 0 up."),
    QT_TRANSLATE_NOOP("Messages", "The offset is a whole number, 0 or more."),
    QT_TRANSLATE_NOOP("Messages", "The owner of a course cannot be removed from it."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The page for '{title}' is missing from the cartridge; the lesson was imported without text.",
    ),
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
    QT_TRANSLATE_NOOP(
        "Messages",
        "The server could not be reached; your changes are kept and will be sent next time ({reason}).",
    ),
    QT_TRANSLATE_NOOP("Messages", "The sort order must be a column name such as progress."),
    QT_TRANSLATE_NOOP("Messages", "The sourcedId is empty."),
    QT_TRANSLATE_NOOP("Messages", "The sourcedId {sid} is used twice (also on line {value})."),
    QT_TRANSLATE_NOOP("Messages", "The start date"),
    QT_TRANSLATE_NOOP("Messages", "The status"),
    QT_TRANSLATE_NOOP("Messages", "The tag '{tag}' may only use letters, digits and - _ . + #."),
    QT_TRANSLATE_NOOP(
        "Messages", "The teaching role must be owner or co_instructor (got {value!r})."
    ),
    QT_TRANSLATE_NOOP("Messages", "The time must be a date and time."),
    QT_TRANSLATE_NOOP("Messages", "The time must look like 2026-09-01T14:30:00 (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "The title"),
    QT_TRANSLATE_NOOP(
        "Messages", "The title '{value}…' is longer than 120 characters and was cut."
    ),
    QT_TRANSLATE_NOOP("Messages", "The total is a whole number, 0 or more."),
    QT_TRANSLATE_NOOP("Messages", "The user name {name} is taken."),
    QT_TRANSLATE_NOOP("Messages", "The user_id is empty."),
    QT_TRANSLATE_NOOP("Messages", "The user_id {uid} is used twice (also on line {value})."),
    QT_TRANSLATE_NOOP(
        "Messages", "The zip file holds two files called {name} in different folders."
    ),
    QT_TRANSLATE_NOOP("Messages", "The {what} was cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "There is no academic session {value} in academicSessions.csv."),
    QT_TRANSLATE_NOOP("Messages", "There is no class {value} in classes.csv."),
    QT_TRANSLATE_NOOP("Messages", "There is no column {column} in this file for the {value}."),
    QT_TRANSLATE_NOOP("Messages", "There is no course {value} in courses.csv."),
    QT_TRANSLATE_NOOP("Messages", "There is no file called {name} there."),
    QT_TRANSLATE_NOOP("Messages", "There is no file or folder at {path}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "There is no imsmanifest.xml at the top of this file, so it is not a Common Cartridge.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "There is no manifest.csv (OneRoster requires one); the files were read as bulk files.",
    ),
    QT_TRANSLATE_NOOP("Messages", "There is no such conflict."),
    QT_TRANSLATE_NOOP("Messages", "There is no such instructor."),
    QT_TRANSLATE_NOOP("Messages", "There is no user {user} in users.csv."),
    QT_TRANSLATE_NOOP("Messages", "There is no {what} with id {row_id!r}."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "These two have different SIS ids ({external_id} and {external_id2}); they are probably different people.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This OneRoster package has no users.csv, so there is nobody to import."
    ),
    QT_TRANSLATE_NOOP("Messages", "This backup is damaged or incomplete ({exc}); copy it again."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer Course Studio (format {version}; this one reads up to {VERSION}). Update Course Studio to restore it.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This cartridge unpacks to more than 2 GB."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This computer has no keyring to keep your sign-in, so it is kept in memory only: you will sign in again after the app restarts.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This conflict is already resolved."),
    QT_TRANSLATE_NOOP(
        "Messages", "This course is already here as {code}; it can be restored as a copy."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This course is already here as {code}{where}. Restore the backup as a copy to have both.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This course is deleted; it was left out."),
    QT_TRANSLATE_NOOP("Messages", "This course is not in the Trash any more."),
    QT_TRANSLATE_NOOP(
        "Messages", "This data syncs as {name}; sign in as {name}, or use another data folder."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This does not look like a Canvas SIS import: there is no users.csv (user_id, login_id ...) and no enrollments.csv (course_id, user_id, role ...).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This enrollment has no course_id; Course Studio has no sections, so each enrollment needs its course_id.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This enrollment no longer exists."),
    QT_TRANSLATE_NOOP("Messages", "This enrollment's student is not in the backup."),
    QT_TRANSLATE_NOOP("Messages", "This entry is not a set of named values."),
    QT_TRANSLATE_NOOP(
        "Messages", "This file has a header but no rows; OneRoster leaves out files with no rows."
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is empty; it needs at least a header line."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not text in an encoding Course Studio can read (UTF-8, UTF-16 or Windows-1252); is it a spreadsheet or another binary file? Save it as CSV.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This filter is for courses; enrollment lists need their own."),
    QT_TRANSLATE_NOOP("Messages", "This filter is for enrollments; the course list needs its own."),
    QT_TRANSLATE_NOOP("Messages", "This folder holds no CSV files."),
    QT_TRANSLATE_NOOP("Messages", "This is OneRoster {version}; it was read as OneRoster 1.1."),
    QT_TRANSLATE_NOOP("Messages", "This is not a Course Studio course backup."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a complete zip file ({exc}); a cartridge (.imscc) is a zip. Export or download it again.",
    ),
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
    QT_TRANSLATE_NOOP("Messages", "This line cannot be read as CSV ({exc})."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This line is not valid UTF-8 although the lines before it are: the file mixes two encodings. Save it again as UTF-8.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This line is not valid {value} although the file says it is; save the file again as UTF-8.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This manifest does not use a Common Cartridge namespace; it was read as an IMS content package.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This module is not in the Trash any more."),
    QT_TRANSLATE_NOOP("Messages", "This position in the list is not valid for this sort order."),
    QT_TRANSLATE_NOOP("Messages", "This row deletes a user in Moodle; it was left out."),
    QT_TRANSLATE_NOOP(
        "Messages", "This row has {length} values but the header names {width} columns."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This row has {length} values but the header names {width} columns; every column must be there, even when empty.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This saved filter no longer exists."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so a family name is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so a given name is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is new, so an email is needed."),
    QT_TRANSLATE_NOOP("Messages", "This student is not in the directory."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This student is {status} in {code}; activate the enrollment before recording progress.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This user is deleted; it was left out."),
    QT_TRANSLATE_NOOP("Messages", "This user is marked tobedeleted and was left out."),
    QT_TRANSLATE_NOOP("Messages", "This zip file holds no CSV files."),
    QT_TRANSLATE_NOOP(
        "Messages", "This zip file is damaged or incomplete ({exc}); download or export it again."
    ),
    QT_TRANSLATE_NOOP("Messages", "This zip file unpacks to more than 2 GB."),
    QT_TRANSLATE_NOOP("Messages", "This {what} no longer exists; it may have been deleted."),
    QT_TRANSLATE_NOOP("Messages", "Unknown column '{key}'."),
    QT_TRANSLATE_NOOP(
        "Messages", "You already have a course with the code {code} (“{title}”). Pick another code."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "You do not teach {code}, so you cannot change {what}. Ask its owner to add you as a co-instructor.",
    ),
    QT_TRANSLATE_NOOP("Messages", "commas"),
    QT_TRANSLATE_NOOP("Messages", "course"),
    QT_TRANSLATE_NOOP("Messages", "enabledUser is true or false, not '{value}'."),
    QT_TRANSLATE_NOOP("Messages", "enrollment"),
    QT_TRANSLATE_NOOP(
        "Messages", "enrolstatus{n} is 0 (active) or 1 (suspended), not '{status_value}'."
    ),
    QT_TRANSLATE_NOOP("Messages", "instructor"),
    QT_TRANSLATE_NOOP("Messages", "lesson"),
    QT_TRANSLATE_NOOP("Messages", "lesson progress"),
    QT_TRANSLATE_NOOP("Messages", "module"),
    QT_TRANSLATE_NOOP("Messages", "primary is true or false, not '{value}'."),
    QT_TRANSLATE_NOOP("Messages", "saved filter"),
    QT_TRANSLATE_NOOP("Messages", "semicolons"),
    QT_TRANSLATE_NOOP("Messages", "student"),
    QT_TRANSLATE_NOOP("Messages", "tabs"),
    QT_TRANSLATE_NOOP("Messages", "the course"),
    QT_TRANSLATE_NOOP("Messages", "the top level"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "type{n} is 1 (student), 2 (teacher) or 3 (non-editing teacher), not '{type_value}'.",
    ),
    QT_TRANSLATE_NOOP("Messages", "vertical bars"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{code} has no start or end date; OneRoster expects both, so some systems may refuse academicSessions.csv.",
    ),
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
    QT_TRANSLATE_NOOP("Messages", "{file} should hold a list."),
    QT_TRANSLATE_NOOP("Messages", "{file}: '{key}' of {value} has the wrong type."),
    QT_TRANSLATE_NOOP("Messages", "{file}: '{key}' of {value} is not a date ({text})."),
    QT_TRANSLATE_NOOP("Messages", "{file}: {value} is not an object."),
    QT_TRANSLATE_NOOP("Messages", "{file}: {where} has no '{key}'."),
    QT_TRANSLATE_NOOP("Messages", "{given_name} {family_name} already uses the email {email}."),
    QT_TRANSLATE_NOOP(
        "Messages", "{given_name} {family_name} is listed twice (also on line {value})."
    ),
    QT_TRANSLATE_NOOP("Messages", "{key} is listed twice (also on line {value})."),
    QT_TRANSLATE_NOOP("Messages", "{label} has at most {NAME_MAX} characters."),
    QT_TRANSLATE_NOOP("Messages", "{label} has at most {limit} characters; this one has {length}."),
    QT_TRANSLATE_NOOP("Messages", "{label} is required."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be a date such as 2026-09-01 (got '{value}')."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be text."),
    QT_TRANSLATE_NOOP("Messages", "{label} must be {choices} (got {text!r})."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be read ({reason})."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be read as a table."),
    QT_TRANSLATE_NOOP("Messages", "{name} could not be written ({strerror})."),
    QT_TRANSLATE_NOOP("Messages", "{name} has a header line but no rows under it."),
    QT_TRANSLATE_NOOP("Messages", "{name} is a folder, not a file."),
    QT_TRANSLATE_NOOP("Messages", "{name} is not UTF-8 text."),
    QT_TRANSLATE_NOOP(
        "Messages", "{name} is not valid JSON at line {lineno}, column {colno}: {msg}."
    ),
    QT_TRANSLATE_NOOP("Messages", "{problem} (1 more problem in the file.)"),
    QT_TRANSLATE_NOOP("Messages", "{problem} ({more:,} more problems in the file.)"),
    QT_TRANSLATE_NOOP(
        "Messages", "{skipped} observers were left out: Moodle has no observer role in a course."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{skipped} observers were left out: OneRoster 1.1 has no observer role."
    ),
    QT_TRANSLATE_NOOP("Messages", "{student_name} is already enrolled in {code} ({status})."),
)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Action</name>
        <message>
            <source>create</source>
            <extracomment>what the notifier and the Activity panel call a kind of action (keys of the commands)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>redo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Activity</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary}  · Undo available</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a message when an action finishes. The history below is kept either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This action can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This action did not complete; nothing was changed by it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Create course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change course code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change course status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {label} ({names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made {label}, a copy with the same outline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved {label} to the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {entity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored “{title}” from the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the module “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the lesson “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed the module “{old}” to “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed the lesson “{value}” to “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the lesson “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved the module “{title}” to place {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved the lesson “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved the module “{title}” to the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved the lesson “{title}” to the Trash.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseActions</name>
        <message>
            <source>&amp;New Course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;uplicate Course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected course with its outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive Course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive the selected course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Course…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected course to the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un&amp;archive Course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unarchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected course. {owner} owns {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} owns {code}; only its teachers can change it. You can duplicate it to make your own copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {code} — {title}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{impact} The course moves to the Trash with all of it; you can restore it from there or undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to Trash</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The course is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has {list}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseDetail</name>
        <message>
            <source>Select a course to see its overview, outline and students.</source>
            <extracomment>the visible tab changed: its index</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseEditor</name>
        <message>
            <source>New course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy gets the settings and outline of {code}, as a draft without students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example CS101</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example Programming in Python</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words separated by commas, e.g. python, beginner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example Fall 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example Computer Science</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the course is about, for students and colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {owner} can change the status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To save, fill in: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has changed yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseOverview</name>
        <message>
            <source>No dates yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{start} – {end} (%n week(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CourseStatus</name>
        <message>
            <source>Draft</source>
            <extracomment>course statuses as shown (translated when read)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a date: {field}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollmentRole</name>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teaching assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollmentStatus</name>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waitlisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Enrollments</name>
        <message>
            <source>{n}th</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}nd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}rd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activity yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the waitlist, number {n} in line. Promote gives a seat when one is free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the waitlist. Promote gives a seat when one is free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left the course. Their progress is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not changed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollmentsTab</name>
        <message>
            <source>Find a student by name, email or SIS id…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a student to enroll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role for the new enrollment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enroll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enroll the chosen student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import class list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enroll students from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enroll many students at once from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Enroll:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name or email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter enrollments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show enrollments with status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promote from waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the selected waitlisted students a seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The student leaves the course; their progress is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take an enrollment made by mistake away entirely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a course to see who is enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{seated} enrolled of %n seat(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{seated} enrolled</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n on the waitlist</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n staff</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select students to change their role or status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} selected</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) selected</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Pick a student from the list that appears as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enroll {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is on the waitlist for {code}: the course is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is enrolled in {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not enrolled: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role of {who} to “{role}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is now in the role “{role}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) are now in the role “{role}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is marked as “{status}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) are marked as “{status}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is dropped (their progress is kept)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) are dropped (their progress is kept)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is promoted from the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) are promoted from the waitlist</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} is removed from the course</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s) are removed from the course</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Mark {who} as “{status}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promote {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {who}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The change was not made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undid: {change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redid: {change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not undo “{change}”: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not redo “{change}”: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not undo “{change}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not redo “{change}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong and Course Studio could not finish what it was doing. Your data is safe: every change is saved the moment it is made, and the app keeps running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;{link}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details could not be written to a log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide details</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Technical summary: {what}. This happened %n times.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Technical summary: {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Japanese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LessonDetails</name>
        <message>
            <source>Lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes, or empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lesson's text (HTML or plain text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert lesson changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson: {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LessonKind</name>
        <message>
            <source>Page</source>
            <extracomment>the invalid index, as a default argument</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {length}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A course code may contain letters, digits, '-', '_' and '.', not {shown}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A course code starts with a letter, for example CS101.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A course has at most {TAGS_MAX} tags; this one has {length}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A course has no field called '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A display name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lesson can only move within its own course.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lesson has at most {BODY_MAX:,} characters of text; this one has {length:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new enrollment is active or waitlisted, not {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A saved filter called “{clash}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A saved filter is for the list of courses or of enrollments (got {value!r}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sync is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag has at most {TAG_MAX} characters ('{value}…' is longer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A user name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A window holds between 0 and {MAX_WINDOW:,} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {value} has no field called '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {what} has no field called '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {what} title has at most {high} characters; this one has {length}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {what} title needs at least {low} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An email address is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx (not “{name}”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose mine, theirs or edit (got {choice!r}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicting change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course Studio cannot write in {parent} ({strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course code already used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each student needs an email address or a SIS id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrollments can be sorted by {keys}; '{name}' is not one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every course needs a code, for example CS101.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every course needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every lesson needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every module needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every variant of the code {code} is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every {what} needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the saved filter a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a course code, '-', '_' and '.' go between letters or digits, for example MATH-201.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine or take theirs: this conflict is about the whole item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing of the kind '{entity}' goes to the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only waitlisted students can be promoted (this one is {status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {owner_name}, who owns {code}, can {verb} it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick two different students to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the lesson's module first; it is in the Trash too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something is not right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags must be a list of words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIS id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIS id has at most {EXTERNAL_ID_MAX} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIS id {external_id} already belongs to {given_name} {family_name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity cannot be lower than the 1 student already enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity cannot be lower than the {seated} students already enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity is at least 1 seat; leave it empty for no limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity is at most {CAPACITY_MAX:,} seats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity must be a whole number of seats (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The capacity must be a whole number of seats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The description has at most {DESCRIPTION_MAX:,} characters; this one has {length:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The description must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration is between 0 and {DURATION_MAX} minutes (24 hours).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be a whole number of minutes (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be a whole number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email address '{text}' is not valid: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email {email} belongs to {given_name} {family_name}, whose SIS id is {external_id}, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email {email} is not written in lower case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date ({end}) must be on or after the start date ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The enrollment status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filter has an invisible control character {value}; remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filter must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instructor for this course does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language is a code such as en, de or pt-BR (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lesson status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lesson text must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lesson type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name of a saved filter has at most {NAME_MAX} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name of a saved filter must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new place must be a position from 0 up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The offset is a whole number, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner of a course cannot be removed from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page offset cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page size cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The place in the list is a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The place in the outline is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score is a number from 0 to 100 (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score is a number from 0 to 100 (got {value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score is a number from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address must start with http:// or https:// ({base}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered for another account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered for other changes than those sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sort order must be a column name such as progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tag '{tag}' may only use letters, digits and - _ . + #.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The teaching role must be owner or co_instructor (got {value!r}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time must be a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time must look like 2026-09-01T14:30:00 (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The total is a whole number, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name {name} is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such instructor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no {what} with id {row_id!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These two have different SIS ids ({external_id} and {external_id2}); they are probably different people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This conflict is already resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This course is already here as {code}{where}. Restore the backup as a copy to have both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This course is not in the Trash any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data syncs as {name}; sign in as {name}, or use another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This enrollment no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This enrollment's student is not in the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry is not a set of named values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This filter is for courses; enrollment lists need their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This filter is for enrollments; the course list needs its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid id (got {value!r}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item is gone and cannot be brought back from the changes kept here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item is not in the Trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item was deleted meanwhile; restore it before keeping your value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This lesson is not in the Trash any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This lesson is not part of {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This lesson progress belongs to an enrollment or lesson that is not in the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This module is not in the Trash any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This position in the list is not valid for this sort order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This saved filter no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is new, so a family name is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is new, so a given name is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is new, so an email is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is not in the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This student is {status} in {code}; activate the enrollment before recording progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This {what} no longer exists; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown column '{key}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already have a course with the code {code} (“{title}”). Pick another code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not teach {code}, so you cannot change {what}. Ask its owner to add you as a co-instructor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enrollment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lesson progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saved filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is archived. Restore it to draft or published before enrolling students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is archived. Restore it to draft or published before importing students into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is full ({seated} of {capacity} seats taken). Raise the capacity or drop a student first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} {value}; nobody was enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given_name} {family_name} already uses the email {email}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{given_name} {family_name} is listed twice (also on line {value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has at most {NAME_MAX} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has at most {limit} characters; this one has {length}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be a date such as 2026-09-01 (got '{value}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} must be {choices} (got {text!r}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{length} {value} not valid; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{length} {value} not valid; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be written ({strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{student_name} is already enrolled in {code} ({status}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModuleDetails</name>
        <message>
            <source>Press F2 to rename, Alt+Up or Alt+Down to move, Delete to move it to the Trash with its lessons. Drag lessons between modules to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module: {title}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lesson(s), {length} in all.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Course Studio</source>
            <extracomment>a Notification, once it is recorded in the history (``seq`` set) the seq of a notification whose Undo was used notifications on or off the instructor clicked a tray message: show the window (and the history)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <extracomment>"module" or "lesson" the lesson's kind (page, video, ...); None for a module</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <extracomment>the instructor moved an item: a MoveRequest the instructor renamed an item in place: kind, id, old title, new title a title typed in place was refused: the message</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineTab</name>
        <message>
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a module or lesson to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not teach this course, so its outline is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New lesson</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutlineTree</name>
        <message>
            <source>Course outline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Course overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>of %n seat(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>no seat limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seats}, {waiting} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is enrolled yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of the lessons, on average</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>quiet for more than %n day(s) or behind the pace</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Everyone is on track.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n module(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No description yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} owns this course; you can look but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another instructor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (owner)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a full path to a folder, for example one in your home folder.</source>
            <extracomment>choices for automatic sync, in minutes; 0 means only when the instructor asks "command line", "environment", "preferences" or "default"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course Studio cannot write into {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course Studio cannot read and write {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>the at-risk threshold changed (days); apply it now the sync server or the auto-sync interval changed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course Studio keeps all your courses in this folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In &amp;use:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder from the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the usual data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the &amp;next start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a &amp;notification when an action finishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://courses.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;automatically:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days without activity before a student is at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At risk after (&amp;days):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used the next time Course Studio starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>{change}: done.</source>
            <extracomment>what the notifier and the Activity panel call it: create, update, delete, ...</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusChip</name>
        <message>
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification: {title}</source>
            <extracomment>How long a toast stays, in milliseconds (errors stay longer: they need reading).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <extracomment>the invalid index, as a default argument</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items in the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete for good…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected item for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty Trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the Trash</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Could not finish “{change}”</source>
            <extracomment>a command's first run succeeded: (command, result) a command or one of its undo/redo steps failed: (command, exception) nothing is running any more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undid “{change}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redid “{change}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not undo “{change}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not redo “{change}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{change}” is not the latest change any more. Use Edit › Undo to step back through the later changes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>timefmt</name>
        <message>
            <source>{value} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>

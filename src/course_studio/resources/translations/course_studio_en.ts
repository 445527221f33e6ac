<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CourseActions</name>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation>
                <numerusform>%n enrollment</numerusform>
                <numerusform>%n enrollments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseOverview</name>
        <message numerus="yes">
            <source>{start} – {end} (%n week(s))</source>
            <translation>
                <numerusform>{start} – {end} (%n week)</numerusform>
                <numerusform>{start} – {end} (%n weeks)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EnrollmentsTab</name>
        <message numerus="yes">
            <source>{seated} enrolled of %n seat(s)</source>
            <translation>
                <numerusform>{seated} enrolled of %n seat</numerusform>
                <numerusform>{seated} enrolled of %n seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the waitlist</source>
            <translation>
                <numerusform>%n on the waitlist</numerusform>
                <numerusform>%n on the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n staff</source>
            <translation>
                <numerusform>%n staff</numerusform>
                <numerusform>%n staff</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) selected</source>
            <translation>
                <numerusform>%n student selected</numerusform>
                <numerusform>%n students selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) are now in the role “{role}”</source>
            <translation>
                <numerusform>%n student is now in the role “{role}”</numerusform>
                <numerusform>%n students are now in the role “{role}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) are marked as “{status}”</source>
            <translation>
                <numerusform>%n student is marked as “{status}”</numerusform>
                <numerusform>%n students are marked as “{status}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) are dropped (their progress is kept)</source>
            <translation>
                <numerusform>%n student is dropped (their progress is kept)</numerusform>
                <numerusform>%n students are dropped (their progress is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) are promoted from the waitlist</source>
            <translation>
                <numerusform>%n student is promoted from the waitlist</numerusform>
                <numerusform>%n students are promoted from the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s) are removed from the course</source>
            <translation>
                <numerusform>%n student is removed from the course</numerusform>
                <numerusform>%n students are removed from the course</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n student</numerusform>
                <numerusform>%n students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>Technical summary: {what}. This happened %n times.</source>
            <translation>
                <numerusform>Technical summary: {what}. This happened %n times.</numerusform>
                <numerusform>Technical summary: {what}. This happened %n times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleDetails</name>
        <message numerus="yes">
            <source>%n lesson(s), {length} in all.</source>
            <translation>
                <numerusform>%n lesson, {length} in all.</numerusform>
                <numerusform>%n lessons, {length} in all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s).</source>
            <translation>
                <numerusform>%n lesson.</numerusform>
                <numerusform>%n lessons.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <extracomment>the instructor moved an item: a MoveRequest the instructor renamed an item in place: kind, id, old title, new title a title typed in place was refused: the message</extracomment>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>of %n seat(s)</source>
            <translation>
                <numerusform>of %n seat</numerusform>
                <numerusform>of %n seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>quiet for more than %n day(s) or behind the pace</source>
            <translation>
                <numerusform>quiet for more than %n day or behind the pace</numerusform>
                <numerusform>quiet for more than %n days or behind the pace</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s)</source>
            <translation>
                <numerusform>%n lesson</numerusform>
                <numerusform>%n lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n module(s)</source>
            <translation>
                <numerusform>in %n module</numerusform>
                <numerusform>in %n modules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>timefmt</name>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n week ago</numerusform>
                <numerusform>%n weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n month ago</numerusform>
                <numerusform>%n months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n year ago</numerusform>
                <numerusform>%n years ago</numerusform>
            </translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <source>%Ln student(s) will be enrolled in {code}; {waitlisted} of them go on the waitlist because the course is full.</source>
            <translation>
                <numerusform>%Ln student will be enrolled in {code}; {waitlisted} of them go on the waitlist because the course is full.</numerusform>
                <numerusform>%Ln students will be enrolled in {code}; {waitlisted} of them go on the waitlist because the course is full.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) will be enrolled in {code}.</source>
            <translation>
                <numerusform>%Ln student will be enrolled in {code}.</numerusform>
                <numerusform>%Ln students will be enrolled in {code}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are already enrolled; they stay as they are.</source>
            <translation>
                <numerusform>%Ln student is already enrolled; they stay as they are.</numerusform>
                <numerusform>%Ln students are already enrolled; they stay as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Enroll %Ln student(s)</source>
            <translation>
                <numerusform>Enroll %Ln student</numerusform>
                <numerusform>Enroll %Ln students</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with problems. Nothing will be written until every row is right: fix the file (or the column choices on the previous page) and check again.</source>
            <translation>
                <numerusform>%Ln row with problems. Nothing will be written until every row is right: fix the file (or the column choices on the previous page) and check again.</numerusform>
                <numerusform>%Ln rows with problems. Nothing will be written until every row is right: fix the file (or the column choices on the previous page) and check again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseActions</name>
        <message numerus="yes">
            <source>%Ln enrollment(s)</source>
            <translation>
                <numerusform>%Ln enrollment</numerusform>
                <numerusform>%Ln enrollments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln module(s)</source>
            <translation>
                <numerusform>%Ln module</numerusform>
                <numerusform>%Ln modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <translation>
                <numerusform>%Ln lesson</numerusform>
                <numerusform>%Ln lessons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseListPanel</name>
        <message numerus="yes">
            <source>%Ln course(s)</source>
            <translation>
                <numerusform>%Ln course</numerusform>
                <numerusform>%Ln courses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln course(s)</source>
            <translation>
                <numerusform>{shown} of %Ln course</numerusform>
                <numerusform>{shown} of %Ln courses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseOverview</name>
        <message numerus="yes">
            <source>{start} – {end} (%Ln week(s))</source>
            <translation>
                <numerusform>{start} – {end} (%Ln week)</numerusform>
                <numerusform>{start} – {end} (%Ln weeks)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EnrollmentsTab</name>
        <message numerus="yes">
            <source>{seated} enrolled of %Ln seat(s)</source>
            <translation>
                <numerusform>{seated} enrolled of %Ln seat</numerusform>
                <numerusform>{seated} enrolled of %Ln seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln on the waitlist</source>
            <translation>
                <numerusform>%Ln on the waitlist</numerusform>
                <numerusform>%Ln on the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln staff</source>
            <translation>
                <numerusform>%Ln staff</numerusform>
                <numerusform>%Ln staff</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) selected</source>
            <translation>
                <numerusform>%Ln student selected</numerusform>
                <numerusform>%Ln students selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are now in the role “{role}”</source>
            <translation>
                <numerusform>%Ln student is now in the role “{role}”</numerusform>
                <numerusform>%Ln students are now in the role “{role}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are marked as “{status}”</source>
            <translation>
                <numerusform>%Ln student is marked as “{status}”</numerusform>
                <numerusform>%Ln students are marked as “{status}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are dropped (their progress is kept)</source>
            <translation>
                <numerusform>%Ln student is dropped (their progress is kept)</numerusform>
                <numerusform>%Ln students are dropped (their progress is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are promoted from the waitlist</source>
            <translation>
                <numerusform>%Ln student is promoted from the waitlist</numerusform>
                <numerusform>%Ln students are promoted from the waitlist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are removed from the course</source>
            <translation>
                <numerusform>%Ln student is removed from the course</numerusform>
                <numerusform>%Ln students are removed from the course</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s)</source>
            <translation>
                <numerusform>%Ln student</numerusform>
                <numerusform>%Ln students</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message numerus="yes">
            <source>Technical summary: {what}. This happened %Ln times.</source>
            <translation>
                <numerusform>Technical summary: {what}. This happened %Ln times.</numerusform>
                <numerusform>Technical summary: {what}. This happened %Ln times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message numerus="yes">
            <source>%n row(s) under {columns} columns: {names}.</source>
            <translation>
                <numerusform>%n row under {columns} columns: {names}.</numerusform>
                <numerusform>%n rows under {columns} columns: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message numerus="yes">
            <source>%Ln student(s) from {name} enrolled in {code}, {waitlisted} on the waitlist.</source>
            <translation>
                <numerusform>%Ln student from {name} enrolled in {code}, {waitlisted} on the waitlist.</numerusform>
                <numerusform>%Ln students from {name} enrolled in {code}, {waitlisted} on the waitlist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) from {name} enrolled in {code}.</source>
            <translation>
                <numerusform>%Ln student from {name} enrolled in {code}.</numerusform>
                <numerusform>%Ln students from {name} enrolled in {code}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) were already enrolled.</source>
            <translation>
                <numerusform>%Ln student was already enrolled.</numerusform>
                <numerusform>%Ln students were already enrolled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln student(s) from {name}</source>
            <translation>
                <numerusform>Import %Ln student from {name}</numerusform>
                <numerusform>Import %Ln students from {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleDetails</name>
        <message numerus="yes">
            <source>%Ln lesson(s), {length} in all.</source>
            <translation>
                <numerusform>%Ln lesson, {length} in all.</numerusform>
                <numerusform>%Ln lessons, {length} in all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s).</source>
            <translation>
                <numerusform>%Ln lesson.</numerusform>
                <numerusform>%Ln lessons.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <extracomment>the instructor moved an item: a MoveRequest the instructor renamed an item in place: kind, id, old title, new title a title typed in place was refused: the message</extracomment>
            <translation>
                <numerusform>%Ln lesson</numerusform>
                <numerusform>%Ln lessons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>of %Ln seat(s)</source>
            <translation>
                <numerusform>of %Ln seat</numerusform>
                <numerusform>of %Ln seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>quiet for more than %Ln day(s) or behind the pace</source>
            <translation>
                <numerusform>quiet for more than %Ln day or behind the pace</numerusform>
                <numerusform>quiet for more than %Ln days or behind the pace</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <translation>
                <numerusform>%Ln lesson</numerusform>
                <numerusform>%Ln lessons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln module(s)</source>
            <translation>
                <numerusform>in %Ln module</numerusform>
                <numerusform>in %Ln modules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message numerus="yes">
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>Every %Ln minute</numerusform>
                <numerusform>Every %Ln minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message numerus="yes">
            <source>%Ln student(s) at {low} % to 100 %</source>
            <translation>
                <numerusform>%Ln student at {low} % to 100 %</numerusform>
                <numerusform>%Ln students at {low} % to 100 %</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) at {low} % to under {high} %</source>
            <translation>
                <numerusform>%Ln student at {low} % to under {high} %</numerusform>
                <numerusform>%Ln students at {low} % to under {high} %</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressTab</name>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; student(s) · average completion &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; at risk</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; student · average completion &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; at risk</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; students · average completion &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; at risk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) exported to {name}.</source>
            <translation>
                <numerusform>%Ln row exported to {name}.</numerusform>
                <numerusform>%Ln rows exported to {name}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <source>The %Ln item(s) in the Trash will be deleted for good, with everything inside them. This cannot be undone.</source>
            <translation>
                <numerusform>The %Ln item in the Trash will be deleted for good, with everything inside them. This cannot be undone.</numerusform>
                <numerusform>The %Ln items in the Trash will be deleted for good, with everything inside them. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Emptied the Trash (%Ln item(s)).</source>
            <translation>
                <numerusform>Emptied the Trash (%Ln item).</numerusform>
                <numerusform>Emptied the Trash (%Ln items).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>timefmt</name>
        <message numerus="yes">
            <source>%Ln minute(s) ago</source>
            <translation>
                <numerusform>%Ln minute ago</numerusform>
                <numerusform>%Ln minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s) ago</source>
            <translation>
                <numerusform>%Ln hour ago</numerusform>
                <numerusform>%Ln hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) ago</source>
            <translation>
                <numerusform>%Ln day ago</numerusform>
                <numerusform>%Ln days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln week(s) ago</source>
            <translation>
                <numerusform>%Ln week ago</numerusform>
                <numerusform>%Ln weeks ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s) ago</source>
            <translation>
                <numerusform>%Ln month ago</numerusform>
                <numerusform>%Ln months ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s) ago</source>
            <translation>
                <numerusform>%Ln year ago</numerusform>
                <numerusform>%Ln years ago</numerusform>
            </translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Action</name>
        <message>
            <source>create</source>
            <extracomment>what the notifier and the Activity panel call a kind of action (keys of the commands)</extracomment>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>update</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>redo</source>
            <translation>Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>Activity</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>{summary}  · Undo available</source>
            <translation>{summary}  · Rückgängig möglich</translation>
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Show notifications</source>
            <translation>Benachrichtigungen anzeigen</translation>
        </message>
        <message>
            <source>Show a message when an action finishes. The history below is kept either way.</source>
            <translation>Eine Meldung zeigen, wenn eine Aktion abgeschlossen ist. Der Verlauf unten bleibt in jedem Fall erhalten.</translation>
        </message>
        <message>
            <source>Activity history</source>
            <translation>Aktivitätsverlauf</translation>
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation>Details des ausgewählten Eintrags</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the selected action</source>
            <translation>Die ausgewählte Aktion rückgängig machen</translation>
        </message>
        <message>
            <source>This action can be undone.</source>
            <translation>Diese Aktion kann rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>This action did not complete; nothing was changed by it.</source>
            <translation>Diese Aktion wurde nicht abgeschlossen; sie hat nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>AllEnrollmentsPage</name>
        <message>
            <source>Search students, or filter: status:active at-risk:yes progress&lt;50</source>
            <extracomment>the filter in force changed: its canonical text "Only my courses" was switched: bool</extracomment>
            <translation>Personen suchen oder filtern: status:active at-risk:yes progress&lt;50</translation>
        </message>
        <message>
            <source>Search enrollments</source>
            <translation>Einschreibungen durchsuchen</translation>
        </message>
        <message>
            <source>Only my courses</source>
            <translation>Nur meine Kurse</translation>
        </message>
        <message>
            <source>Only enrollments in courses I teach</source>
            <translation>Nur Einschreibungen in Kursen, die ich unterrichte</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>1 enrollment</source>
            <translation>1 Einschreibung</translation>
        </message>
        <message>
            <source>{0} enrollments</source>
            <translation>{0} Einschreibungen</translation>
        </message>
        <message>
            <source>{0} · counting…</source>
            <translation>{0} · wird gezählt…</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up the course</source>
            <translation>Den Kurs sichern</translation>
        </message>
        <message>
            <source>The whole course in one file — settings, outline, students, enrollments and progress — to move it to another computer without a server, or to keep. File › Restore from Backup… brings it back.</source>
            <translation>Der ganze Kurs in einer Datei – Einstellungen, Gliederung, Teilnehmende, Einschreibungen und Fortschritt –, um ihn ohne Server auf einen anderen Computer zu bringen oder aufzubewahren. Datei › Aus Sicherung wiederherstellen… holt ihn zurück.</translation>
        </message>
        <message>
            <source>{code} backed up to {name}</source>
            <translation>{code} gesichert in {name}</translation>
        </message>
    </context>
    <context>
        <name>BulkEnrollWizard</name>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>SIS id</source>
            <translation>SIS-ID</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <source>Import a class list</source>
            <translation>Eine Teilnehmerliste importieren</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Einschreiben</translation>
        </message>
        <message>
            <source>this course</source>
            <translation>diesen Kurs</translation>
        </message>
    </context>
    <context>
        <name>CartridgeExportDialog</name>
        <message>
            <source>Export the course as a Common Cartridge</source>
            <translation>Den Kurs als Common Cartridge exportieren</translation>
        </message>
        <message>
            <source>The course's settings, outline and lesson pages as an IMS Common Cartridge (.imscc), which other learning platforms import.</source>
            <translation>Die Einstellungen, die Gliederung und die Lektionsseiten des Kurses als IMS Common Cartridge (.imscc), die andere Lernplattformen importieren.</translation>
        </message>
        <message>
            <source>Common Cartridge 1.3</source>
            <translation>Common Cartridge 1.3</translation>
        </message>
        <message>
            <source>Common Cartridge 1.1 (for Moodle)</source>
            <translation>Common Cartridge 1.1 (für Moodle)</translation>
        </message>
        <message>
            <source>Common Cartridge 1.1, for Moodle</source>
            <translation>Common Cartridge 1.1, für Moodle</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>{code} exported as Common Cartridge {version} to {name}</source>
            <translation>{code} als Common Cartridge {version} exportiert nach {name}</translation>
        </message>
    </context>
    <context>
        <name>CartridgeImportDialog</name>
        <message>
            <source>Import a Common Cartridge</source>
            <translation>Eine Common Cartridge importieren</translation>
        </message>
        <message>
            <source>A course exported from another learning platform as an IMS Common Cartridge (.imscc, versions 1.0 to 1.3). Its outline, pages and links become a new draft course of yours; files, quiz questions and tool settings stay behind.</source>
            <translation>Ein Kurs, den eine andere Lernplattform als IMS Common Cartridge (.imscc, Versionen 1.0 bis 1.3) exportiert hat. Seine Gliederung, Seiten und Links werden ein neuer Kursentwurf von Ihnen; Dateien, Quizfragen und Werkzeugeinstellungen bleiben zurück.</translation>
        </message>
        <message>
            <source>Cartridge file</source>
            <translation>Cartridge-Datei</translation>
        </message>
        <message>
            <source>Course &amp;code:</source>
            <translation>Kurs&amp;kürzel:</translation>
        </message>
        <message>
            <source>language {code}</source>
            <translation>Sprache {code}</translation>
        </message>
        <message>
            <source>Leave it empty to use {code}, or {code}-2, {code}-3 … when you already have a course {code}.</source>
            <translation>Leer lassen, um {code} zu verwenden – oder {code}-2, {code}-3 …, wenn Sie schon einen Kurs {code} haben.</translation>
        </message>
        <message>
            <source>Leave it empty to take one from the cartridge's title.</source>
            <translation>Leer lassen, um eines aus dem Titel der Cartridge zu bilden.</translation>
        </message>
        <message>
            <source>the cartridge</source>
            <translation>die Cartridge</translation>
        </message>
        <message>
            <source>{code} imported from {name}</source>
            <translation>{code} importiert aus {name}</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Die Zeilen prüfen</translation>
        </message>
        <message>
            <source>Nothing has been written yet.</source>
            <translation>Noch wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Checking progress</source>
            <translation>Fortschritt der Prüfung</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Zeilen mit Problemen</translation>
        </message>
        <message>
            <source>Copy the list</source>
            <translation>Liste kopieren</translation>
        </message>
        <message>
            <source>Copy the list of problems</source>
            <translation>Die Liste der Probleme kopieren</translation>
        </message>
        <message>
            <source>Read the file again and check</source>
            <translation>Datei neu lesen und prüfen</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Jede Zeile wird geprüft…</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>Die Datei wird neu gelesen…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>All {rows} rows are fine.</source>
            <translation>Alle {rows} Zeilen sind in Ordnung.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) will be enrolled in {code}; {waitlisted} of them go on the waitlist because the course is full.</source>
            <translation>
                <numerusform>%Ln Person wird in {code} eingeschrieben; {waitlisted} davon kommen auf die Warteliste, weil der Kurs voll ist.</numerusform>
                <numerusform>%Ln Personen werden in {code} eingeschrieben; {waitlisted} davon kommen auf die Warteliste, weil der Kurs voll ist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) will be enrolled in {code}.</source>
            <translation>
                <numerusform>%Ln Person wird in {code} eingeschrieben.</numerusform>
                <numerusform>%Ln Personen werden in {code} eingeschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every one of them will wait for a seat.</source>
            <translation>Alle warten auf einen Platz.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are already enrolled; they stay as they are.</source>
            <translation>
                <numerusform>%Ln Person ist schon eingeschrieben und bleibt, wie sie ist.</numerusform>
                <numerusform>%Ln Personen sind schon eingeschrieben und bleiben, wie sie sind.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nobody new to enroll.</source>
            <translation>Es gibt niemanden, der neu einzuschreiben ist.</translation>
        </message>
        <message numerus="yes">
            <source>Enroll %Ln student(s)</source>
            <translation>
                <numerusform>%Ln Person einschreiben</numerusform>
                <numerusform>%Ln Personen einschreiben</numerusform>
            </translation>
        </message>
        <message>
            <source>The check was cancelled. Nothing has been written.</source>
            <translation>Die Prüfung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The check could not finish. Nothing has been written.</source>
            <translation>Die Prüfung konnte nicht abgeschlossen werden. Es wurde nichts gespeichert.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with problems. Nothing will be written until every row is right: fix the file (or the column choices on the previous page) and check again.</source>
            <translation>
                <numerusform>%Ln Zeile mit Problemen. Gespeichert wird erst, wenn jede Zeile stimmt: Korrigieren Sie die Datei (oder die Spaltenzuordnung auf der vorigen Seite) und prüfen Sie erneut.</numerusform>
                <numerusform>%Ln Zeilen mit Problemen. Gespeichert wird erst, wenn jede Zeile stimmt: Korrigieren Sie die Datei (oder die Spaltenzuordnung auf der vorigen Seite) und prüfen Sie erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the roster</source>
            <translation>Die Teilnehmerliste prüfen</translation>
        </message>
        <message>
            <source>Every row is checked against your courses and students. Nothing is written yet.</source>
            <translation>Jede Zeile wird mit Ihren Kursen und Teilnehmenden abgeglichen. Noch wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Stop checking</source>
            <translation>Prüfung beenden</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>The import will</source>
            <translation>Der Import wird</translation>
        </message>
        <message>
            <source>Check Again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Read the file again and check it</source>
            <translation>Die Datei neu lesen und prüfen</translation>
        </message>
        <message>
            <source>Read the file again (after you fixed it) and check every row</source>
            <translation>Die Datei (nach Ihrer Korrektur) neu lesen und jede Zeile prüfen</translation>
        </message>
        <message>
            <source>Checking every row. Nothing is written.</source>
            <translation>Jede Zeile wird geprüft. Es wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen…</translation>
        </message>
        <message>
            <source>Nobody.</source>
            <translation>Niemand.</translation>
        </message>
        <message>
            <source>put everyone into {code}</source>
            <translation>alle in {code} einschreiben</translation>
        </message>
        <message>
            <source>Change nothing.</source>
            <translation>Nichts ändern.</translation>
        </message>
        <message>
            <source>Once every row is right, the import will</source>
            <translation>Sobald jede Zeile stimmt, wird der Import</translation>
        </message>
        <message>
            <source>1 problem in {name}.</source>
            <translation>1 Problem in {name}.</translation>
        </message>
        <message>
            <source>{n} problems in {name}.</source>
            <translation>{n} Probleme in {name}.</translation>
        </message>
        <message>
            <source>Nothing will be imported until every row is right: the list below says where. Fix the file, then press Check Again.</source>
            <translation>Importiert wird erst, wenn jede Zeile stimmt: Die Liste unten zeigt, wo etwas fehlt. Korrigieren Sie die Datei und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name} is ready, and changes nothing:&lt;/b&gt; everyone in it is already here as the file says.</source>
            <translation>&lt;b&gt;{name} ist bereit und ändert nichts:&lt;/b&gt; Alle darin sind schon so hier, wie die Datei sagt.</translation>
        </message>
        <message>
            <source>1 row is left out on purpose (see the notes below).</source>
            <translation>1 Zeile wird absichtlich ausgelassen (siehe die Hinweise unten).</translation>
        </message>
        <message>
            <source>{n} rows are left out on purpose (see the notes below).</source>
            <translation>{n} Zeilen werden absichtlich ausgelassen (siehe die Hinweise unten).</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name} is ready to import.&lt;/b&gt; Nothing has been written yet: press Import to write it all at once.</source>
            <translation>&lt;b&gt;{name} ist bereit zum Import.&lt;/b&gt; Noch wurde nichts gespeichert: Klicken Sie auf „Importieren“, um alles auf einmal zu speichern.</translation>
        </message>
        <message>
            <source>The check was stopped. Nothing has been written.</source>
            <translation>Die Prüfung wurde beendet. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>{problem} Nothing has been written.</source>
            <translation>{problem} Es wurde nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Create course</source>
            <translation>Kurs anlegen</translation>
        </message>
        <message>
            <source>Created {label}.</source>
            <translation>{label} angelegt.</translation>
        </message>
        <message>
            <source>Rename course</source>
            <translation>Kurs umbenennen</translation>
        </message>
        <message>
            <source>Change course code</source>
            <translation>Kurskürzel ändern</translation>
        </message>
        <message>
            <source>Change course status</source>
            <translation>Kursstatus ändern</translation>
        </message>
        <message>
            <source>Edit course</source>
            <translation>Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Saved {label} ({names}).</source>
            <translation>{label} gespeichert ({names}).</translation>
        </message>
        <message>
            <source>Archive course</source>
            <translation>Kurs archivieren</translation>
        </message>
        <message>
            <source>Unarchive course</source>
            <translation>Kurs aus dem Archiv holen</translation>
        </message>
        <message>
            <source>Archived {label}.</source>
            <translation>{label} archiviert.</translation>
        </message>
        <message>
            <source>Brought {label} back from the archive.</source>
            <translation>{label} aus dem Archiv geholt.</translation>
        </message>
        <message>
            <source>Duplicate course</source>
            <translation>Kurs duplizieren</translation>
        </message>
        <message>
            <source>Made {label}, a copy with the same outline.</source>
            <translation>{label} angelegt, eine Kopie mit derselben Gliederung.</translation>
        </message>
        <message>
            <source>Delete course</source>
            <translation>Kurs löschen</translation>
        </message>
        <message>
            <source>Moved {label} to the Trash.</source>
            <translation>{label} in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Restore {entity}</source>
            <translation>Wiederherstellen: {entity}</translation>
        </message>
        <message>
            <source>Restored “{title}” from the Trash.</source>
            <translation>„{title}“ aus dem Papierkorb wiederhergestellt.</translation>
        </message>
        <message>
            <source>Add module</source>
            <translation>Modul hinzufügen</translation>
        </message>
        <message>
            <source>Added the module “{title}”.</source>
            <translation>Modul „{title}“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Add lesson</source>
            <translation>Lektion hinzufügen</translation>
        </message>
        <message>
            <source>Added the lesson “{title}”.</source>
            <translation>Lektion „{title}“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Rename module</source>
            <translation>Modul umbenennen</translation>
        </message>
        <message>
            <source>Renamed the module “{old}” to “{title}”.</source>
            <translation>Modul „{old}“ in „{title}“ umbenannt.</translation>
        </message>
        <message>
            <source>Rename lesson</source>
            <translation>Lektion umbenennen</translation>
        </message>
        <message>
            <source>Edit lesson</source>
            <translation>Lektion bearbeiten</translation>
        </message>
        <message>
            <source>Renamed the lesson “{value}” to “{title}”.</source>
            <translation>Lektion „{value}“ in „{title}“ umbenannt.</translation>
        </message>
        <message>
            <source>Saved the lesson “{title}”.</source>
            <translation>Lektion „{title}“ gespeichert.</translation>
        </message>
        <message>
            <source>Move module</source>
            <translation>Modul verschieben</translation>
        </message>
        <message>
            <source>Moved the module “{title}” to place {value}.</source>
            <translation>Modul „{title}“ an Stelle {value} verschoben.</translation>
        </message>
        <message>
            <source>Move lesson</source>
            <translation>Lektion verschieben</translation>
        </message>
        <message>
            <source>Moved the lesson “{title}”.</source>
            <translation>Lektion „{title}“ verschoben.</translation>
        </message>
        <message>
            <source>Delete module</source>
            <translation>Modul löschen</translation>
        </message>
        <message>
            <source>Moved the module “{title}” to the Trash.</source>
            <translation>Modul „{title}“ in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Delete lesson</source>
            <translation>Lektion löschen</translation>
        </message>
        <message>
            <source>Moved the lesson “{title}” to the Trash.</source>
            <translation>Lektion „{title}“ in den Papierkorb verschoben.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changes made on this computer and on the server disagree. Until you choose, this computer shows the server's version; your own is kept here, so nothing is lost.</source>
            <translation>Änderungen auf diesem Computer und auf dem Server widersprechen sich. Bis Sie wählen, zeigt dieser Computer die Fassung des Servers; Ihre eigene bleibt hier erhalten, es geht also nichts verloren.</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <extracomment>a conflict was resolved: (ConflictInfo before, choice) resolving failed: the sentence shown a fresh list of conflicts is shown</extracomment>
            <translation>Sync-Konflikte</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <source>No conflicts: everything you changed agrees with the server.</source>
            <translation>Keine Konflikte: Alles, was Sie geändert haben, stimmt mit dem Server überein.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>No conflicts</source>
            <translation>Keine Konflikte</translation>
        </message>
        <message>
            <source>{n} conflicts</source>
            <translation>{n} Konflikte</translation>
        </message>
        <message>
            <source>{n} conflict</source>
            <translation>{n} Konflikt</translation>
        </message>
        <message>
            <source>Sync conflicts ({n})</source>
            <translation>Sync-Konflikte ({n})</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>Ihre:</translation>
        </message>
        <message>
            <source>The server's:</source>
            <translation>Die des Servers:</translation>
        </message>
        <message>
            <source>Before both changes:</source>
            <translation>Vor beiden Änderungen:</translation>
        </message>
        <message>
            <source>Type the {field}</source>
            <translation>{field} eingeben</translation>
        </message>
        <message>
            <source>Or type:</source>
            <translation>Oder eingeben:</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Diesen Wert verwenden</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihre</translation>
        </message>
        <message>
            <source>The server's</source>
            <translation>Die des Servers</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Not on the server</source>
            <translation>Nicht auf dem Server</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Konflikt lösen</translation>
        </message>
    </context>
    <context>
        <name>ConflictText</name>
        <message>
            <source>code</source>
            <extracomment>what an instructor calls each field</extracomment>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>term</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>seats</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Verantwortliche Person</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>place in the outline</source>
            <translation>Platz in der Gliederung</translation>
        </message>
        <message>
            <source>module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>course</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>SIS id</source>
            <translation>SIS-ID</translation>
        </message>
        <message>
            <source>student</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>Lehrperson</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>enrollment time</source>
            <translation>Einschreibezeitpunkt</translation>
        </message>
        <message>
            <source>enrollment</source>
            <translation>Einschreibung</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>completion time</source>
            <translation>Abschlusszeitpunkt</translation>
        </message>
        <message>
            <source>{what} “{title}”</source>
            <extracomment>fields with a fixed set of values: shown as a choice when typing a value fields typed as several lines of text looks up the name of a row another row points to: (entity, id) -&gt; name or None</extracomment>
            <translation>{what} „{title}“</translation>
        </message>
        <message>
            <source>{item} · {field}</source>
            <translation>{item} · {field}</translation>
        </message>
        <message>
            <source>The server refused this change.</source>
            <translation>Der Server hat diese Änderung abgelehnt.</translation>
        </message>
        <message>
            <source>the {field} of {item}</source>
            <translation>{field} von {item}</translation>
        </message>
        <message>
            <source>The server refused your change to {subject}. It said: “{said}”</source>
            <translation>Der Server hat Ihre Änderung an {subject} abgelehnt. Er meldete: „{said}“</translation>
        </message>
        <message>
            <source>Your change is kept here so that nothing is lost: send it again, or let it go.</source>
            <translation>Ihre Änderung bleibt hier erhalten, damit nichts verloren geht: Senden Sie sie erneut oder verwerfen Sie sie.</translation>
        </message>
        <message>
            <source>Until you choose, this computer shows the server's version.</source>
            <translation>Bis Sie wählen, zeigt dieser Computer die Fassung des Servers.</translation>
        </message>
        <message>
            <source>You changed {item} here, but it no longer exists on the server.</source>
            <translation>Sie haben {item} hier geändert, aber auf dem Server gibt es es nicht mehr.</translation>
        </message>
        <message>
            <source>You deleted {item} here, but it was changed on the server meanwhile, so it is back with those changes. Delete it again, or keep it.</source>
            <translation>Sie haben {item} hier gelöscht, aber es wurde inzwischen auf dem Server geändert und ist daher mit diesen Änderungen zurück. Löschen Sie es erneut oder behalten Sie es.</translation>
        </message>
        <message>
            <source>You changed {item} here, but it was deleted on the server meanwhile, so it is deleted here too. Bring it back with your changes, or let it go.</source>
            <translation>Sie haben {item} hier geändert, aber es wurde inzwischen auf dem Server gelöscht und ist daher auch hier gelöscht. Holen Sie es mit Ihren Änderungen zurück oder lassen Sie es gelöscht.</translation>
        </message>
        <message>
            <source>You changed the {field} of {item} here, and someone changed it to something else on the server meanwhile. Until you choose, this computer shows the server's value.</source>
            <translation>Sie haben {field} von {item} hier geändert, und jemand hat den Wert inzwischen auf dem Server anders geändert. Bis Sie wählen, zeigt dieser Computer den Wert des Servers.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Die des Servers nehmen</translation>
        </message>
        <message>
            <source>Your {field} of {item} is kept; it is sent with the next sync.</source>
            <translation>Ihr Wert für {field} von {item} bleibt; er wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>The server's {field} of {item} is kept.</source>
            <translation>Der Wert des Servers für {field} von {item} bleibt.</translation>
        </message>
        <message>
            <source>Send it again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Let it go</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Your change to {item} is kept; it is sent with the next sync.</source>
            <translation>Ihre Änderung an {item} bleibt; sie wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>Your refused change to {item} is let go.</source>
            <translation>Ihre abgelehnte Änderung an {item} wurde verworfen.</translation>
        </message>
        <message>
            <source>Delete it again</source>
            <translation>Erneut löschen</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>{item} is deleted again; it is sent with the next sync.</source>
            <translation>{item} ist wieder gelöscht; das wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>{item} is kept with the server's changes.</source>
            <translation>{item} bleibt mit den Änderungen des Servers erhalten.</translation>
        </message>
        <message>
            <source>Bring it back</source>
            <translation>Zurückholen</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Gelöscht lassen</translation>
        </message>
        <message>
            <source>{item} is brought back with your changes; it is sent with the next sync.</source>
            <translation>{item} ist mit Ihren Änderungen zurück; das wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>{item} stays deleted.</source>
            <translation>{item} bleibt gelöscht.</translation>
        </message>
        <message>
            <source>Your version of {item} is kept; it is sent with the next sync.</source>
            <translation>Ihre Fassung von {item} bleibt; sie wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>The server's version of {item} is kept.</source>
            <translation>Die Fassung des Servers von {item} bleibt.</translation>
        </message>
        <message>
            <source>The {field} of {item} is now {value}; it is sent with the next sync.</source>
            <translation>{field} von {item} ist jetzt {value}; das wird mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>a place in the outline</source>
            <translation>ein Platz in der Gliederung</translation>
        </message>
        <message>
            <source>another {what}</source>
            <translation>ein anderes Element ({what})</translation>
        </message>
        <message>
            <source>{n} minutes</source>
            <translation>{n} Minuten</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>{n} Plätze</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>{n} person</source>
            <extracomment>key -&gt; (one, many); ``{n}`` is the number</extracomment>
            <translation>{n} Person</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} Personen</translation>
        </message>
        <message>
            <source>{n} student</source>
            <translation>{n} Studierende*r</translation>
        </message>
        <message>
            <source>{n} students</source>
            <translation>{n} Studierende</translation>
        </message>
        <message>
            <source>{n} teacher</source>
            <translation>{n} Lehrperson</translation>
        </message>
        <message>
            <source>{n} teachers</source>
            <translation>{n} Lehrpersonen</translation>
        </message>
        <message>
            <source>{n} course</source>
            <translation>{n} Kurs</translation>
        </message>
        <message>
            <source>{n} courses</source>
            <translation>{n} Kurse</translation>
        </message>
        <message>
            <source>{n} enrollment</source>
            <translation>{n} Einschreibung</translation>
        </message>
        <message>
            <source>{n} enrollments</source>
            <translation>{n} Einschreibungen</translation>
        </message>
        <message>
            <source>{n} row left out</source>
            <translation>{n} Zeile ausgelassen</translation>
        </message>
        <message>
            <source>{n} rows left out</source>
            <translation>{n} Zeilen ausgelassen</translation>
        </message>
        <message>
            <source>{n} module</source>
            <translation>{n} Modul</translation>
        </message>
        <message>
            <source>{n} modules</source>
            <translation>{n} Module</translation>
        </message>
        <message>
            <source>{n} lesson</source>
            <translation>{n} Lektion</translation>
        </message>
        <message>
            <source>{n} lessons</source>
            <translation>{n} Lektionen</translation>
        </message>
        <message>
            <source>{n} progress record</source>
            <translation>{n} Fortschrittseintrag</translation>
        </message>
        <message>
            <source>{n} progress records</source>
            <translation>{n} Fortschrittseinträge</translation>
        </message>
        <message>
            <source>{n} new student</source>
            <translation>{n} neue Person</translation>
        </message>
        <message>
            <source>{n} new students</source>
            <translation>{n} neue Personen</translation>
        </message>
        <message>
            <source>{n} student updated</source>
            <translation>{n} Person aktualisiert</translation>
        </message>
        <message>
            <source>{n} students updated</source>
            <translation>{n} Personen aktualisiert</translation>
        </message>
        <message>
            <source>{n} student already here</source>
            <translation>{n} Person schon vorhanden</translation>
        </message>
        <message>
            <source>{n} students already here</source>
            <translation>{n} Personen schon vorhanden</translation>
        </message>
        <message>
            <source>{n} new instructor</source>
            <translation>{n} neue Lehrperson</translation>
        </message>
        <message>
            <source>{n} new instructors</source>
            <translation>{n} neue Lehrpersonen</translation>
        </message>
        <message>
            <source>{n} new course</source>
            <translation>{n} neuer Kurs</translation>
        </message>
        <message>
            <source>{n} new courses</source>
            <translation>{n} neue Kurse</translation>
        </message>
        <message>
            <source>{n} course already here</source>
            <translation>{n} Kurs schon vorhanden</translation>
        </message>
        <message>
            <source>{n} courses already here</source>
            <translation>{n} Kurse schon vorhanden</translation>
        </message>
        <message>
            <source>{n} new enrollment</source>
            <translation>{n} neue Einschreibung</translation>
        </message>
        <message>
            <source>{n} new enrollments</source>
            <translation>{n} neue Einschreibungen</translation>
        </message>
        <message>
            <source>{n} enrollment updated</source>
            <translation>{n} Einschreibung aktualisiert</translation>
        </message>
        <message>
            <source>{n} enrollments updated</source>
            <translation>{n} Einschreibungen aktualisiert</translation>
        </message>
        <message>
            <source>{n} enrollment unchanged</source>
            <translation>{n} Einschreibung unverändert</translation>
        </message>
        <message>
            <source>{n} enrollments unchanged</source>
            <translation>{n} Einschreibungen unverändert</translation>
        </message>
        <message>
            <source>{n} enrollment named twice, kept once</source>
            <translation>{n} Einschreibung doppelt genannt, einmal übernommen</translation>
        </message>
        <message>
            <source>{n} enrollments named twice, kept once</source>
            <translation>{n} Einschreibungen doppelt genannt, einmal übernommen</translation>
        </message>
        <message>
            <source>{n} on a waitlist (course full)</source>
            <translation>{n} auf einer Warteliste (Kurs voll)</translation>
        </message>
        <message>
            <source>{n} co-instructor added</source>
            <translation>{n} weitere Lehrperson hinzugefügt</translation>
        </message>
        <message>
            <source>{n} co-instructors added</source>
            <translation>{n} weitere Lehrpersonen hinzugefügt</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} und {last}</translation>
        </message>
    </context>
    <context>
        <name>CourseActions</name>
        <message>
            <source>&amp;New Course…</source>
            <translation>&amp;Neuer Kurs…</translation>
        </message>
        <message>
            <source>Create a course</source>
            <translation>Einen Kurs anlegen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>&amp;Edit Course…</source>
            <translation>Kurs &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected course</source>
            <translation>Den ausgewählten Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>D&amp;uplicate Course…</source>
            <translation>Kurs d&amp;uplizieren…</translation>
        </message>
        <message>
            <source>Copy the selected course with its outline</source>
            <translation>Den ausgewählten Kurs samt Gliederung kopieren</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>&amp;Archive Course</source>
            <translation>Kurs &amp;archivieren</translation>
        </message>
        <message>
            <source>Archive the selected course</source>
            <translation>Den ausgewählten Kurs archivieren</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>&amp;Delete Course…</source>
            <translation>Kurs &amp;löschen…</translation>
        </message>
        <message>
            <source>Move the selected course to the Trash</source>
            <translation>Den ausgewählten Kurs in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete course</source>
            <translation>Kurs löschen</translation>
        </message>
        <message>
            <source>Edit course</source>
            <translation>Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Un&amp;archive Course</source>
            <translation>Kurs aus dem &amp;Archiv holen</translation>
        </message>
        <message>
            <source>Unarchive</source>
            <translation>Aus dem Archiv holen</translation>
        </message>
        <message>
            <source>Edit the selected course. {owner} owns {code}.</source>
            <translation>Den ausgewählten Kurs bearbeiten. {code} gehört {owner}.</translation>
        </message>
        <message>
            <source>Another instructor</source>
            <translation>Eine andere Lehrperson</translation>
        </message>
        <message>
            <source>{owner} owns {code}; only its teachers can change it. You can duplicate it to make your own copy.</source>
            <translation>{code} gehört {owner}; nur die Lehrenden des Kurses können ihn ändern. Sie können ihn duplizieren, um eine eigene Kopie anzulegen.</translation>
        </message>
        <message>
            <source>Delete {code} — {title}?</source>
            <translation>{code} — {title} löschen?</translation>
        </message>
        <message>
            <source>{impact} The course moves to the Trash with all of it; you can restore it from there or undo with Ctrl+Z.</source>
            <translation>{impact} Der Kurs wandert mit allem Inhalt in den Papierkorb; Sie können ihn dort wiederherstellen oder mit Strg+Z rückgängig machen.</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message numerus="yes">
            <source>%Ln enrollment(s)</source>
            <translation>
                <numerusform>%Ln Einschreibung</numerusform>
                <numerusform>%Ln Einschreibungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln module(s)</source>
            <translation>
                <numerusform>%Ln Modul</numerusform>
                <numerusform>%Ln Module</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <translation>
                <numerusform>%Ln Lektion</numerusform>
                <numerusform>%Ln Lektionen</numerusform>
            </translation>
        </message>
        <message>
            <source>The course is empty.</source>
            <translation>Der Kurs ist leer.</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} und {last}</translation>
        </message>
        <message>
            <source>It has {list}.</source>
            <translation>Er hat {list}.</translation>
        </message>
    </context>
    <context>
        <name>CourseColumns</name>
        <message>
            <source>{enrolled} enrolled, {capacity} seats</source>
            <extracomment>the invalid index, as a default argument a value that orders the column (numbers, dates or lower-case text, empty last) the lower-case text the search box looks in average completion 0..100, or None when nobody is enrolled True when the signed-in instructor teaches the course</extracomment>
            <translation>{enrolled} eingeschrieben, {capacity} Plätze</translation>
        </message>
        <message>
            <source>{enrolled} enrolled, no seat limit</source>
            <translation>{enrolled} eingeschrieben, keine Platzbegrenzung</translation>
        </message>
        <message>
            <source>, {waiting} on the waitlist</source>
            <translation>, {waiting} auf der Warteliste</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet.</source>
            <translation>Noch ist niemand eingeschrieben.</translation>
        </message>
        <message>
            <source>Average completion of enrolled students: {percent}.</source>
            <translation>Durchschnittlicher Fortschritt der Eingeschriebenen: {percent}.</translation>
        </message>
        <message>
            <source>{count} at risk.</source>
            <translation>{count} gefährdet.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Kurskürzel</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Eingeschrieben</translation>
        </message>
        <message>
            <source>Enrolled students and seats</source>
            <translation>Eingeschriebene und Plätze</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Average completion of enrolled students</source>
            <translation>Durchschnittlicher Fortschritt der Eingeschriebenen</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Zuletzt geändert</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Instructor who owns the course</source>
            <translation>Lehrperson, die für den Kurs verantwortlich ist</translation>
        </message>
    </context>
    <context>
        <name>CourseDetail</name>
        <message>
            <source>Select a course to see its overview, outline and students.</source>
            <extracomment>the visible tab changed: its index</extracomment>
            <translation>Wählen Sie einen Kurs, um Übersicht, Gliederung und Teilnehmende zu sehen.</translation>
        </message>
        <message>
            <source>Course details</source>
            <translation>Kursdetails</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
    </context>
    <context>
        <name>CourseEditor</name>
        <message>
            <source>New course</source>
            <translation>Neuer Kurs</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Edit {code}</source>
            <translation>{code} bearbeiten</translation>
        </message>
        <message>
            <source>Edit course</source>
            <translation>Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Duplicate {code}</source>
            <translation>{code} duplizieren</translation>
        </message>
        <message>
            <source>Duplicate course</source>
            <translation>Kurs duplizieren</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>The copy gets the settings and outline of {code}, as a draft without students.</source>
            <translation>Die Kopie erhält die Einstellungen und die Gliederung von {code}, als Entwurf ohne Teilnehmende.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>For example CS101</source>
            <translation>Zum Beispiel CS101</translation>
        </message>
        <message>
            <source>For example Programming in Python</source>
            <translation>Zum Beispiel Programmieren mit Python</translation>
        </message>
        <message>
            <source>Words separated by commas, e.g. python, beginner</source>
            <translation>Wörter durch Kommas getrennt, z. B. python, einstieg</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Keine Begrenzung</translation>
        </message>
        <message>
            <source>For example Fall 2026</source>
            <translation>Zum Beispiel WiSe 2026</translation>
        </message>
        <message>
            <source>For example Computer Science</source>
            <translation>Zum Beispiel Informatik</translation>
        </message>
        <message>
            <source>What the course is about, for students and colleagues</source>
            <translation>Worum es im Kurs geht, für Studierende und Kolleginnen und Kollegen</translation>
        </message>
        <message>
            <source>Only {owner} can change the status.</source>
            <translation>Nur {owner} kann den Status ändern.</translation>
        </message>
        <message>
            <source>the owner</source>
            <translation>die Kursverantwortliche Person</translation>
        </message>
        <message>
            <source>To save, fill in: {fields}.</source>
            <translation>Zum Speichern bitte ausfüllen: {fields}.</translation>
        </message>
        <message>
            <source>Nothing has changed yet.</source>
            <translation>Noch nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>CourseFileDialog</name>
        <message>
            <source>Import</source>
            <extracomment>the new course's id, once it was created the notification's title (translated where used)</extracomment>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import Course</source>
            <translation>Kurs importieren</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>The course's outline</source>
            <translation>Die Gliederung des Kurses</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Kurskürzel</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen…</translation>
        </message>
        <message>
            <source>1 problem: nothing can be imported from this file until it is fixed.</source>
            <translation>1 Problem: Aus dieser Datei kann nichts importiert werden, bis es behoben ist.</translation>
        </message>
        <message>
            <source>{n} problems: nothing can be imported from this file until it is fixed.</source>
            <translation>{n} Probleme: Aus dieser Datei kann nichts importiert werden, bis sie behoben sind.</translation>
        </message>
        <message>
            <source>Reading was stopped; choose the file again to read it.</source>
            <translation>Das Lesen wurde angehalten; wählen Sie die Datei erneut, um sie zu lesen.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Creating the course…</source>
            <translation>Der Kurs wird angelegt…</translation>
        </message>
        <message>
            <source>{name} could not be imported; nothing was changed.</source>
            <translation>{name} konnte nicht importiert werden; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{name} was not imported: {problem}</source>
            <translation>{name} wurde nicht importiert: {problem}</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The course could not be created. Nothing was changed.</source>
            <translation>Der Kurs konnte nicht angelegt werden. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Creating the course; this dialog closes when it is done.</source>
            <translation>Der Kurs wird angelegt; dieser Dialog schließt sich, wenn das erledigt ist.</translation>
        </message>
        <message>
            <source>Common Cartridges (*.imscc *.zip);;All files (*)</source>
            <translation>Common Cartridges (*.imscc *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Course backups (*.cstudio);;All files (*)</source>
            <translation>Kurssicherungen (*.cstudio);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Restore Course</source>
            <translation>Kurs wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>CourseListPanel</name>
        <message>
            <source>Search courses, or filter: status:published tag:python enrolled&gt;20</source>
            <extracomment>the current course changed: a CourseRecord, or None a course was double-clicked or Enter was pressed on it: the CourseRecord the list was widened from my courses to all courses (to show a course)</extracomment>
            <translation>Kurse suchen oder filtern: status:published tag:python enrolled&gt;20</translation>
        </message>
        <message>
            <source>Search courses</source>
            <translation>Kurse durchsuchen</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Loading courses…</source>
            <translation>Kurse werden geladen…</translation>
        </message>
        <message>
            <source>No courses yet</source>
            <translation>Noch keine Kurse</translation>
        </message>
        <message numerus="yes">
            <source>%Ln course(s)</source>
            <translation>
                <numerusform>%Ln Kurs</numerusform>
                <numerusform>%Ln Kurse</numerusform>
            </translation>
        </message>
        <message>
            <source>No course matches “{typed}”</source>
            <translation>Kein Kurs passt zu „{typed}“</translation>
        </message>
        <message>
            <source>You teach none of these courses</source>
            <translation>Sie unterrichten keinen dieser Kurse</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln course(s)</source>
            <translation>
                <numerusform>{shown} von %Ln Kurs</numerusform>
                <numerusform>{shown} von %Ln Kursen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseOverview</name>
        <message>
            <source>No dates yet</source>
            <translation>Noch keine Termine</translation>
        </message>
        <message>
            <source>Until {date}</source>
            <translation>Bis {date}</translation>
        </message>
        <message>
            <source>From {date}</source>
            <translation>Ab {date}</translation>
        </message>
        <message numerus="yes">
            <source>{start} – {end} (%Ln week(s))</source>
            <translation>
                <numerusform>{start} – {end} (%Ln Woche)</numerusform>
                <numerusform>{start} – {end} (%Ln Wochen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseStatus</name>
        <message>
            <source>Draft</source>
            <extracomment>course statuses as shown (translated when read)</extracomment>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Öffentlich</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
    </context>
    <context>
        <name>CourseTable</name>
        <message>
            <source>Courses</source>
            <extracomment>columns that show a date (their width follows the date format of the language)</extracomment>
            <translation>Kurse</translation>
        </message>
    </context>
    <context>
        <name>DataFolder</name>
        <message>
            <source>The data folder chosen in Preferences cannot be opened.</source>
            <translation>Der in den Einstellungen gewählte Datenordner lässt sich nicht öffnen.</translation>
        </message>
        <message>
            <source>{folder}: {reason}

You can open the usual data folder, {usual}, for now and choose another folder in Preferences, or quit and make the chosen folder available (for example by connecting its drive).</source>
            <translation>{folder}: {reason}

Sie können vorerst den üblichen Datenordner {usual} öffnen und in den Einstellungen einen anderen Ordner wählen, oder das Programm beenden und den gewählten Ordner verfügbar machen (zum Beispiel, indem Sie sein Laufwerk anschließen).</translation>
        </message>
        <message>
            <source>Open the Usual Folder</source>
            <translation>Üblichen Ordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>JJJJ-MM-TT oder leer</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>Datum wählen</translation>
        </message>
        <message>
            <source>Pick a date: {field}</source>
            <translation>Datum wählen: {field}</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentQueryModel</name>
        <message>
            <source>{0} cannot be sorted.</source>
            <extracomment>the count and first rows of a query (or a refresh) are in a window arrived: its first and last row a read failed: the exception the sort order changed (header click): column, Qt.SortOrder window number -&gt; (data version, rows), most recently used last answers dropped because a newer query had been asked meanwhile</extracomment>
            <translation>Nach {0} kann nicht sortiert werden.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentRole</name>
        <message>
            <source>Student</source>
            <translation>Studierende*r</translation>
        </message>
        <message>
            <source>Teaching assistant</source>
            <translation>Tutor*in</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Gasthörer*in</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentRows</name>
        <message>
            <source>Student</source>
            <extracomment>Rows read per window. Windows kept in memory (the rest are read again when needed). Windows waiting to be read at most; older wishes are forgotten (scrolled past). Windows read at the same time.
----------
the sort key of enrollment_query (None: the column cannot be sorted) shown in a course's own list (the course column is not)</extracomment>
            <translation>Studierende*r</translation>
        </message>
        <message>
            <source>Teaching assistant</source>
            <translation>Tutor*in</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Gasthörer*in</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Auf der Warteliste</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>No activity yet</source>
            <translation>Noch keine Aktivität</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <source>No lesson activity for a while, or behind the course's pace.</source>
            <translation>Seit einer Weile keine Aktivität in den Lektionen oder hinter dem Tempo des Kurses.</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentStatus</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Auf der Warteliste</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abgemeldet</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentTable</name>
        <message>
            <source>All enrollments</source>
            <extracomment>How long typing pauses before a filter runs (each one counts in SQL).</extracomment>
            <translation>Alle Einschreibungen</translation>
        </message>
    </context>
    <context>
        <name>Enrollments</name>
        <message>
            <source>{n}th</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}st</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <translation>{n}.</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Studierende*r</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>No activity yet</source>
            <translation>Noch keine Aktivität</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>On the waitlist, number {n} in line. Promote gives a seat when one is free.</source>
            <translation>Auf der Warteliste, Platz {n}. „Nachrücken“ vergibt einen Platz, sobald einer frei ist.</translation>
        </message>
        <message>
            <source>On the waitlist. Promote gives a seat when one is free.</source>
            <translation>Auf der Warteliste. „Nachrücken“ vergibt einen Platz, sobald einer frei ist.</translation>
        </message>
        <message>
            <source>Left the course. Their progress is kept.</source>
            <translation>Hat den Kurs verlassen. Der Fortschritt bleibt erhalten.</translation>
        </message>
        <message>
            <source>{what}.</source>
            <translation>{what}.</translation>
        </message>
        <message>
            <source>{name} was not changed: {reason}</source>
            <translation>{name} wurde nicht geändert: {reason}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentsTab</name>
        <message>
            <source>Find a student by name, email or SIS id…</source>
            <translation>Name, E-Mail oder SIS-ID suchen…</translation>
        </message>
        <message>
            <source>Find a student to enroll</source>
            <translation>Teilnehmende zum Einschreiben suchen</translation>
        </message>
        <message>
            <source>Role for the new enrollment</source>
            <translation>Rolle für die neue Einschreibung</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Einschreiben</translation>
        </message>
        <message>
            <source>Enroll the chosen student</source>
            <translation>Die gewählte Person einschreiben</translation>
        </message>
        <message>
            <source>Import class list…</source>
            <translation>Teilnehmerliste importieren…</translation>
        </message>
        <message>
            <source>Enroll students from a CSV file</source>
            <translation>Teilnehmende aus einer CSV-Datei einschreiben</translation>
        </message>
        <message>
            <source>Enroll many students at once from a CSV file</source>
            <translation>Viele Teilnehmende auf einmal aus einer CSV-Datei einschreiben</translation>
        </message>
        <message>
            <source>&amp;Enroll:</source>
            <translation>&amp;Einschreiben:</translation>
        </message>
        <message>
            <source>as</source>
            <translation>als</translation>
        </message>
        <message>
            <source>Filter by name or email</source>
            <translation>Nach Name oder E-Mail filtern</translation>
        </message>
        <message>
            <source>Filter enrollments</source>
            <translation>Einschreibungen filtern</translation>
        </message>
        <message>
            <source>Show enrollments with status</source>
            <translation>Einschreibungen mit diesem Status zeigen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Einschreibungen</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Status ändern</translation>
        </message>
        <message>
            <source>Promote from waitlist</source>
            <translation>Von der Warteliste nachrücken</translation>
        </message>
        <message>
            <source>Give the selected waitlisted students a seat</source>
            <translation>Den ausgewählten Personen auf der Warteliste einen Platz geben</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>The student leaves the course; their progress is kept</source>
            <translation>Die Person verlässt den Kurs; ihr Fortschritt bleibt erhalten</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Take an enrollment made by mistake away entirely</source>
            <translation>Eine versehentliche Einschreibung ganz entfernen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Pick a course to see who is enrolled.</source>
            <translation>Wählen Sie einen Kurs, um zu sehen, wer eingeschrieben ist.</translation>
        </message>
        <message numerus="yes">
            <source>{seated} enrolled of %Ln seat(s)</source>
            <translation>
                <numerusform>{seated} von %Ln Platz belegt</numerusform>
                <numerusform>{seated} von %Ln Plätzen belegt</numerusform>
            </translation>
        </message>
        <message>
            <source>{seated} enrolled</source>
            <translation>{seated} eingeschrieben</translation>
        </message>
        <message numerus="yes">
            <source>%Ln on the waitlist</source>
            <translation>
                <numerusform>%Ln auf der Warteliste</numerusform>
                <numerusform>%Ln auf der Warteliste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln staff</source>
            <translation>
                <numerusform>%Ln Lehrende</numerusform>
                <numerusform>%Ln Lehrende</numerusform>
            </translation>
        </message>
        <message>
            <source>Select students to change their role or status.</source>
            <translation>Wählen Sie Teilnehmende aus, um Rolle oder Status zu ändern.</translation>
        </message>
        <message>
            <source>{name} selected</source>
            <translation>{name} ausgewählt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) selected</source>
            <translation>
                <numerusform>%Ln Person ausgewählt</numerusform>
                <numerusform>%Ln Personen ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick a student from the list that appears as you type.</source>
            <translation>Wählen Sie eine Person aus der Liste, die beim Tippen erscheint.</translation>
        </message>
        <message>
            <source>Enroll {name}</source>
            <translation>{name} einschreiben</translation>
        </message>
        <message>
            <source>{name} is on the waitlist for {code}: the course is full.</source>
            <translation>{name} steht auf der Warteliste für {code}: Der Kurs ist voll.</translation>
        </message>
        <message>
            <source>{name} is enrolled in {code}.</source>
            <translation>{name} ist in {code} eingeschrieben.</translation>
        </message>
        <message>
            <source>{name} was not enrolled: {reason}</source>
            <translation>{name} wurde nicht eingeschrieben: {reason}</translation>
        </message>
        <message>
            <source>{name} was not enrolled.</source>
            <translation>{name} wurde nicht eingeschrieben.</translation>
        </message>
        <message>
            <source>Change role of {who} to “{role}”</source>
            <translation>Rolle von {who} auf „{role}“ ändern</translation>
        </message>
        <message>
            <source>{name} is now in the role “{role}”</source>
            <translation>{name} hat jetzt die Rolle „{role}“</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are now in the role “{role}”</source>
            <translation>
                <numerusform>%Ln Person hat jetzt die Rolle „{role}“</numerusform>
                <numerusform>%Ln Personen haben jetzt die Rolle „{role}“</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is marked as “{status}”</source>
            <translation>{name} ist als „{status}“ markiert</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are marked as “{status}”</source>
            <translation>
                <numerusform>%Ln Person ist als „{status}“ markiert</numerusform>
                <numerusform>%Ln Personen sind als „{status}“ markiert</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is dropped (their progress is kept)</source>
            <translation>{name} ist abgemeldet (der Fortschritt bleibt erhalten)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are dropped (their progress is kept)</source>
            <translation>
                <numerusform>%Ln Person ist abgemeldet (der Fortschritt bleibt erhalten)</numerusform>
                <numerusform>%Ln Personen sind abgemeldet (der Fortschritt bleibt erhalten)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is promoted from the waitlist</source>
            <translation>{name} ist von der Warteliste nachgerückt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are promoted from the waitlist</source>
            <translation>
                <numerusform>%Ln Person ist von der Warteliste nachgerückt</numerusform>
                <numerusform>%Ln Personen sind von der Warteliste nachgerückt</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} is removed from the course</source>
            <translation>{name} ist aus dem Kurs entfernt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) are removed from the course</source>
            <translation>
                <numerusform>%Ln Person ist aus dem Kurs entfernt</numerusform>
                <numerusform>%Ln Personen sind aus dem Kurs entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark {who} as “{status}”</source>
            <translation>{who} als „{status}“ markieren</translation>
        </message>
        <message>
            <source>Drop {who}</source>
            <translation>{who} abmelden</translation>
        </message>
        <message>
            <source>Promote {who}</source>
            <translation>{who} nachrücken lassen</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>Nachrücken</translation>
        </message>
        <message>
            <source>Remove {who}</source>
            <translation>{who} entfernen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s)</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message>
            <source>The change was not made.</source>
            <translation>Die Änderung wurde nicht vorgenommen.</translation>
        </message>
        <message>
            <source>Undid: {change}.</source>
            <translation>Rückgängig gemacht: {change}.</translation>
        </message>
        <message>
            <source>Redid: {change}.</source>
            <translation>Wiederholt: {change}.</translation>
        </message>
        <message>
            <source>Could not undo “{change}”: {reason}</source>
            <translation>„{change}“ konnte nicht rückgängig gemacht werden: {reason}</translation>
        </message>
        <message>
            <source>Could not redo “{change}”: {reason}</source>
            <translation>„{change}“ konnte nicht wiederholt werden: {reason}</translation>
        </message>
        <message>
            <source>Could not undo “{change}”.</source>
            <translation>„{change}“ konnte nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Could not redo “{change}”.</source>
            <translation>„{change}“ konnte nicht wiederholt werden.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong and Course Studio could not finish what it was doing. Your data is safe: every change is saved the moment it is made, and the app keeps running.</source>
            <translation>Etwas ist schiefgegangen, und Course Studio konnte den Vorgang nicht abschließen. Ihre Daten sind sicher: Jede Änderung wird sofort gespeichert, und die App läuft weiter.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;{link}</source>
            <translation>Die Details stehen in der Protokolldatei:&lt;br&gt;{link}</translation>
        </message>
        <message>
            <source>The details could not be written to a log file.</source>
            <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Fehlerdetails</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Details zeigen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Details ausblenden</translation>
        </message>
        <message numerus="yes">
            <source>Technical summary: {what}. This happened %Ln times.</source>
            <translation>
                <numerusform>Technische Zusammenfassung: {what}. Das ist %Ln Mal passiert.</numerusform>
                <numerusform>Technische Zusammenfassung: {what}. Das ist %Ln Mal passiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Technical summary: {what}.</source>
            <translation>Technische Zusammenfassung: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <extracomment>the folder the last export went to, offered first next time (this session) the notification's title and the button's text (translated where used)</extracomment>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Course:</source>
            <translation>Kurs:</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Speichern &amp;unter:</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>{name} wird geschrieben…</translation>
        </message>
        <message>
            <source>{problem} Nothing was written.</source>
            <translation>{problem} Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{name} was not written: {problem}</source>
            <translation>{name} wurde nicht geschrieben: {problem}</translation>
        </message>
        <message>
            <source>{name} could not be written ({reason}); nothing was written.</source>
            <translation>{name} konnte nicht geschrieben werden ({reason}); es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{name} could not be written. Nothing was written.</source>
            <translation>{name} konnte nicht geschrieben werden. Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{name} could not be written.</source>
            <translation>{name} konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Writing the file; this dialog closes when it is done.</source>
            <translation>Die Datei wird geschrieben; dieser Dialog schließt sich, wenn das erledigt ist.</translation>
        </message>
        <message>
            <source>Common Cartridges (*.imscc)</source>
            <translation>Common Cartridges (*.imscc)</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <extracomment>format -&gt; (file ending, file dialog filter, what the file is)</extracomment>
            <translation>Zip-Dateien (*.zip)</translation>
        </message>
        <message>
            <source>a zip of CSV files</source>
            <translation>ein Zip mit CSV-Dateien</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>one CSV file</source>
            <translation>eine CSV-Datei</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>Course backups (*.cstudio)</source>
            <translation>Kurssicherungen (*.cstudio)</translation>
        </message>
        <message>
            <source>Back Up</source>
            <translation>Sichern</translation>
        </message>
    </context>
    <context>
        <name>FacetChip</name>
        <message>
            <source>{0} (as typed)</source>
            <translation>{0} (wie eingegeben)</translation>
        </message>
        <message>
            <source>{0}: as typed</source>
            <translation>{0}: wie eingegeben</translation>
        </message>
        <message>
            <source>The OR groups of this filter differ in {0}; edit it in the search box.</source>
            <translation>Die ODER-Gruppen dieses Filters unterscheiden sich in {0}; bearbeiten Sie ihn im Suchfeld.</translation>
        </message>
        <message>
            <source>The search box has a condition on {0} these controls cannot show; choosing here replaces it.</source>
            <translation>Das Suchfeld enthält eine Bedingung zu {0}, die diese Bedienelemente nicht zeigen können; eine Auswahl hier ersetzt sie.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the class list</source>
            <translation>Die Teilnehmerliste wählen</translation>
        </message>
        <message>
            <source>A CSV file with a header line. Given name, family name and email are enough; a SIS id and a role are used when the file has them.</source>
            <translation>Eine CSV-Datei mit Kopfzeile. Vorname, Nachname und E-Mail genügen; eine SIS-ID und eine Rolle werden verwendet, wenn die Datei sie enthält.</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>Path to a .csv file</source>
            <translation>Pfad zu einer .csv-Datei</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Browse for a CSV file</source>
            <translation>Nach einer CSV-Datei suchen</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Students will be enrolled in &lt;b&gt;{code}&lt;/b&gt; — {title}.</source>
            <translation>Die Personen werden in &lt;b&gt;{code}&lt;/b&gt; – {title} eingeschrieben.</translation>
        </message>
        <message>
            <source>Choose a class list</source>
            <translation>Eine Teilnehmerliste wählen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) under {columns} columns: {names}.</source>
            <translation>
                <numerusform>%n Zeile unter {columns} Spalten: {names}.</numerusform>
                <numerusform>%n Zeilen unter {columns} Spalten: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {encoding}, separated by {delimiter}.</source>
            <translation>Gelesen als {encoding}, getrennt durch {delimiter}.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Status</source>
            <extracomment>(value, label) pairs of a choice field key of known values (CourseService.known_values()) for "values"/"tags" the chip's tooltip</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Öffentlich</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <source>Show courses with these statuses</source>
            <translation>Kurse mit diesen Status zeigen</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Show courses of these terms</source>
            <translation>Kurse dieser Semester zeigen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Show courses of these categories</source>
            <translation>Kurse dieser Kategorien zeigen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Show courses that have all these tags</source>
            <translation>Kurse mit all diesen Schlagwörtern zeigen</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Show courses starting in a range of dates</source>
            <translation>Kurse zeigen, die in einem Zeitraum beginnen</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Show courses ending in a range of dates</source>
            <translation>Kurse zeigen, die in einem Zeitraum enden</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Eingeschrieben</translation>
        </message>
        <message>
            <source>Show courses by the number of students</source>
            <translation>Kurse nach der Zahl der Teilnehmenden zeigen</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Show courses by average completion</source>
            <translation>Kurse nach durchschnittlichem Fortschritt zeigen</translation>
        </message>
        <message>
            <source>At risk only</source>
            <translation>Nur gefährdete</translation>
        </message>
        <message>
            <source>Show courses with students at risk</source>
            <translation>Kurse mit gefährdeten Teilnehmenden zeigen</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Auf der Warteliste</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Show enrollments with these statuses</source>
            <translation>Einschreibungen mit diesen Status zeigen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Studierende*r</translation>
        </message>
        <message>
            <source>Teaching assistant</source>
            <translation>Tutor*in</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Gasthörer*in</translation>
        </message>
        <message>
            <source>Show enrollments in these roles</source>
            <translation>Einschreibungen in diesen Rollen zeigen</translation>
        </message>
        <message>
            <source>Show enrollments in courses of these terms</source>
            <translation>Einschreibungen in Kursen dieser Semester zeigen</translation>
        </message>
        <message>
            <source>Show enrollments in courses of these categories</source>
            <translation>Einschreibungen in Kursen dieser Kategorien zeigen</translation>
        </message>
        <message>
            <source>Show students by how much of the course they completed</source>
            <translation>Teilnehmende danach zeigen, wie viel des Kurses sie abgeschlossen haben</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>Show students by the day of their latest lesson activity</source>
            <translation>Teilnehmende nach dem Tag ihrer letzten Aktivität zeigen</translation>
        </message>
        <message>
            <source>Show students by the day they enrolled</source>
            <translation>Teilnehmende nach dem Tag ihrer Einschreibung zeigen</translation>
        </message>
        <message>
            <source>Show only students at risk</source>
            <translation>Nur gefährdete Teilnehmende zeigen</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <extracomment>a chip changed the filter: the new FilterSpec</extracomment>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <source>Show every row again</source>
            <translation>Wieder alle Zeilen zeigen</translation>
        </message>
    </context>
    <context>
        <name>FilterEdit</name>
        <message>
            <source>Filter</source>
            <extracomment>the text now means a different filter: the FilterSpec the text stopped or started reading: a QuerySyntaxError, or None</extracomment>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Use the corrected filter</source>
            <translation>Den korrigierten Filter verwenden</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Vorschläge</translation>
        </message>
        <message>
            <source>Use “{0}”</source>
            <translation>„{0}“ verwenden</translation>
        </message>
        <message>
            <source>Replace the filter with this corrected text</source>
            <translation>Den Filter durch diesen korrigierten Text ersetzen</translation>
        </message>
        <message>
            <source>Use the corrected filter {0}</source>
            <translation>Den korrigierten Filter {0} verwenden</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Enrolling</source>
            <translation>Einschreiben</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Den Import abbrechen</translation>
        </message>
        <message>
            <source>Enrolling students in {code}…</source>
            <translation>Personen werden in {code} eingeschrieben…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>der Datei</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) from {name} enrolled in {code}, {waitlisted} on the waitlist.</source>
            <translation>
                <numerusform>%Ln Person aus {name} in {code} eingeschrieben, {waitlisted} auf der Warteliste.</numerusform>
                <numerusform>%Ln Personen aus {name} in {code} eingeschrieben, {waitlisted} auf der Warteliste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) from {name} enrolled in {code}.</source>
            <translation>
                <numerusform>%Ln Person aus {name} in {code} eingeschrieben.</numerusform>
                <numerusform>%Ln Personen aus {name} in {code} eingeschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) were already enrolled.</source>
            <translation>
                <numerusform>%Ln Person war schon eingeschrieben.</numerusform>
                <numerusform>%Ln Personen waren schon eingeschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln student(s) from {name}</source>
            <translation>
                <numerusform>%Ln Person aus {name} importieren</numerusform>
                <numerusform>%Ln Personen aus {name} importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written.</source>
            <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Import cancelled; nobody was enrolled.</source>
            <translation>Import abgebrochen; niemand wurde eingeschrieben.</translation>
        </message>
        <message>
            <source>{message} Nothing was written.</source>
            <translation>{message} Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Zeile {line}: {message}</translation>
        </message>
        <message>
            <source>The import could not finish. Nothing was written.</source>
            <translation>Der Import konnte nicht abgeschlossen werden. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The import could not finish; nobody was enrolled.</source>
            <translation>Der Import konnte nicht abgeschlossen werden; niemand wurde eingeschrieben.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Everything is written at once, or nothing.</source>
            <translation>Alles wird auf einmal gespeichert – oder nichts.</translation>
        </message>
        <message>
            <source>Cancel Import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>{name} wird importiert…</translation>
        </message>
        <message>
            <source>Waiting for earlier changes to be saved…</source>
            <translation>Warten, bis frühere Änderungen gespeichert sind…</translation>
        </message>
        <message>
            <source>Cancelling… nothing is written.</source>
            <translation>Wird abgebrochen… es wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was written.&lt;/b&gt; Since the check, 1 row has become wrong (your courses or students changed meanwhile); the list says why. Go through the import again once it is right.</source>
            <translation>&lt;b&gt;Es wurde nichts gespeichert.&lt;/b&gt; Seit der Prüfung ist 1 Zeile falsch geworden (Ihre Kurse oder Teilnehmenden haben sich inzwischen geändert); die Liste sagt, warum. Führen Sie den Import erneut durch, sobald sie stimmt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nothing was written.&lt;/b&gt; Since the check, {n} rows have become wrong (your courses or students changed meanwhile); the list says why. Go through the import again once they are right.</source>
            <translation>&lt;b&gt;Es wurde nichts gespeichert.&lt;/b&gt; Seit der Prüfung sind {n} Zeilen falsch geworden (Ihre Kurse oder Teilnehmenden haben sich inzwischen geändert); die Liste sagt, warum. Führen Sie den Import erneut durch, sobald sie stimmen.</translation>
        </message>
        <message>
            <source>{name} was not imported: 1 problem; nothing was changed.</source>
            <translation>{name} wurde nicht importiert: 1 Problem; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{name} was not imported: {n} problems; nothing was changed.</source>
            <translation>{name} wurde nicht importiert: {n} Probleme; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>{name} imported: {changes}.</source>
            <translation>{name} importiert: {changes}.</translation>
        </message>
        <message>
            <source>{name} imported; nothing needed to change.</source>
            <translation>{name} importiert; es musste nichts geändert werden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Done.&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Fertig.&lt;/b&gt; {summary}</translation>
        </message>
        <message>
            <source>Nothing.</source>
            <translation>Nichts.</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import was cancelled.&lt;/b&gt; Nothing was written.</source>
            <translation>&lt;b&gt;Der Import wurde abgebrochen.&lt;/b&gt; Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Import of {name} cancelled; nothing was changed.</source>
            <translation>Import von {name} abgebrochen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{problem}&lt;/b&gt; Nothing was written.</source>
            <translation>&lt;b&gt;{problem}&lt;/b&gt; Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>{name} was not imported: {problem}</source>
            <translation>{name} wurde nicht importiert: {problem}</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import could not finish.&lt;/b&gt; Nothing was written.</source>
            <translation>&lt;b&gt;Der Import konnte nicht abgeschlossen werden.&lt;/b&gt; Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>{name} could not be imported; nothing was changed.</source>
            <translation>{name} konnte nicht importiert werden; es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>InteropActions</name>
        <message>
            <source>&amp;Roster…</source>
            <extracomment>the dialog opened last (tests and screenshots look at it)</extracomment>
            <translation>&amp;Teilnehmerliste…</translation>
        </message>
        <message>
            <source>Students, teachers and enrollments from OneRoster, Canvas, Moodle or any CSV</source>
            <translation>Teilnehmende, Lehrende und Einschreibungen aus OneRoster, Canvas, Moodle oder einer beliebigen CSV-Datei</translation>
        </message>
        <message>
            <source>&amp;Common Cartridge…</source>
            <translation>&amp;Common Cartridge…</translation>
        </message>
        <message>
            <source>A course from an IMS Common Cartridge (.imscc)</source>
            <translation>Ein Kurs aus einer IMS Common Cartridge (.imscc)</translation>
        </message>
        <message>
            <source>Course as Common &amp;Cartridge…</source>
            <translation>Kurs als Common &amp;Cartridge…</translation>
        </message>
        <message>
            <source>The selected course as an IMS Common Cartridge (.imscc)</source>
            <translation>Der ausgewählte Kurs als IMS Common Cartridge (.imscc)</translation>
        </message>
        <message>
            <source>The selected course's roster as OneRoster, Canvas or Moodle CSV</source>
            <translation>Die Teilnehmerliste des ausgewählten Kurses als OneRoster-, Canvas- oder Moodle-CSV</translation>
        </message>
        <message>
            <source>&amp;Progress…</source>
            <translation>&amp;Fortschritt…</translation>
        </message>
        <message>
            <source>The selected course's progress to Excel or CSV</source>
            <translation>Der Fortschritt des ausgewählten Kurses als Excel oder CSV</translation>
        </message>
        <message>
            <source>&amp;Back Up Course…</source>
            <translation>Kurs &amp;sichern…</translation>
        </message>
        <message>
            <source>The selected course, with its students and progress, in one file</source>
            <translation>Der ausgewählte Kurs mit seinen Teilnehmenden und ihrem Fortschritt in einer Datei</translation>
        </message>
        <message>
            <source>Restore from Bac&amp;kup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>A course from a backup file (.cstudio)</source>
            <translation>Ein Kurs aus einer Sicherungsdatei (.cstudio)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
    </context>
    <context>
        <name>IssueTable</name>
        <message>
            <source>line {line}</source>
            <extracomment>what a file holds (the rest says what an import does) what changes the data dir</extracomment>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>Spalte {column}</translation>
        </message>
        <message>
            <source>Problem</source>
            <extracomment>rank in file-then-line order (what the File and Line columns sort by)</extracomment>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Nothing is imported until this is fixed.</source>
            <translation>Es wird nichts importiert, bis das behoben ist.</translation>
        </message>
        <message>
            <source>Left out on purpose; it does not stop the import.</source>
            <translation>Absichtlich ausgelassen; das hält den Import nicht auf.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Was nicht stimmt</translation>
        </message>
        <message>
            <source>Problems found in the file</source>
            <extracomment>up to this many problems, each row is as tall as its reason needs</extracomment>
            <translation>In der Datei gefundene Probleme</translation>
        </message>
        <message>
            <source>Copy the list</source>
            <translation>Liste kopieren</translation>
        </message>
        <message>
            <source>Copy the list of problems</source>
            <translation>Die Liste der Probleme kopieren</translation>
        </message>
        <message>
            <source>Copy every row, tab-separated, to paste into a spreadsheet</source>
            <translation>Jede Zeile tabulatorgetrennt kopieren, zum Einfügen in eine Tabellenkalkulation</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Stopping… nothing is written.</source>
            <translation>Wird angehalten… es wird nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation>Portugiesisch (Brasilien)</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japanisch</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinesisch</translation>
        </message>
    </context>
    <context>
        <name>LessonDetails</name>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Lesson title</source>
            <translation>Titel der Lektion</translation>
        </message>
        <message>
            <source>Lesson type</source>
            <translation>Art der Lektion</translation>
        </message>
        <message>
            <source>Minutes, or empty</source>
            <translation>Minuten oder leer</translation>
        </message>
        <message>
            <source>Length in minutes</source>
            <translation>Dauer in Minuten</translation>
        </message>
        <message>
            <source>Lesson content</source>
            <translation>Inhalt der Lektion</translation>
        </message>
        <message>
            <source>The lesson's text (HTML or plain text)</source>
            <translation>Der Text der Lektion (HTML oder reiner Text)</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Length:</source>
            <translation>Dauer:</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Revert lesson changes</source>
            <translation>Änderungen an der Lektion verwerfen</translation>
        </message>
        <message>
            <source>Save lesson</source>
            <translation>Lektion speichern</translation>
        </message>
        <message>
            <source>Lesson: {title}</source>
            <translation>Lektion: {title}</translation>
        </message>
    </context>
    <context>
        <name>LessonKind</name>
        <message>
            <source>Page</source>
            <extracomment>the invalid index, as a default argument</extracomment>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Course Studio</source>
            <extracomment>the sync server or the auto-sync interval changed in Preferences</extracomment>
            <translation>Course Studio</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Einschreibungen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Nothing changed yet</source>
            <translation>Noch nichts geändert</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Verlauf zum Rückgängigmachen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Find Courses</source>
            <translation>Kurse &amp;finden</translation>
        </message>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Papierkorb…</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Open the Trash: restore what was deleted</source>
            <translation>Den Papierkorb öffnen: Gelöschtes wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Show &amp;Data Folder</source>
            <translation>&amp;Datenordner zeigen</translation>
        </message>
        <message>
            <source>&amp;About Course Studio</source>
            <translation>Ü&amp;ber Course Studio</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Course</source>
            <translation>&amp;Kurs</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>&amp;Spalten</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Aktivität</translation>
        </message>
        <message>
            <source>Undo &amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Werkzeugleiste</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Saving state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Signed in as {name}</source>
            <translation>Angemeldet als {name}</translation>
        </message>
        <message>
            <source>Signed-in instructor</source>
            <translation>Angemeldete Lehrperson</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Every change is saved here the moment you make it.</source>
            <translation>Jede Änderung wird hier gespeichert, sobald Sie sie vornehmen.</translation>
        </message>
        <message>
            <source>{code} — Course Studio</source>
            <translation>{code} – Course Studio</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>About Course Studio</source>
            <translation>Über Course Studio</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Course Studio {version}&lt;/h3&gt;&lt;p&gt;Build and run your courses offline, and sync with a Course Studio server when you are online.&lt;/p&gt;&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Course Studio {version}&lt;/h3&gt;&lt;p&gt;Gestalten und führen Sie Ihre Kurse offline und synchronisieren Sie mit einem Course-Studio-Server, wenn Sie online sind.&lt;/p&gt;&lt;p&gt;Ihre Daten: {folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>Neuer Kurs</translation>
        </message>
        <message>
            <source>Ctrl+E or F2</source>
            <translation>Strg+E oder F2</translation>
        </message>
        <message>
            <source>Edit the selected course</source>
            <translation>Den ausgewählten Kurs bearbeiten</translation>
        </message>
        <message>
            <source>Duplicate the selected course</source>
            <translation>Den ausgewählten Kurs duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Move the selected course, module or lesson to the Trash</source>
            <translation>Den ausgewählten Kurs, das Modul oder die Lektion in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Search courses</source>
            <translation>Kurse durchsuchen</translation>
        </message>
        <message>
            <source>Show the courses / all enrollments</source>
            <translation>Die Kurse / alle Einschreibungen zeigen</translation>
        </message>
        <message>
            <source>Ctrl+Space (in a search box)</source>
            <translation>Strg+Leertaste (in einem Suchfeld)</translation>
        </message>
        <message>
            <source>Suggest fields and values</source>
            <translation>Felder und Werte vorschlagen</translation>
        </message>
        <message>
            <source>Save the current filter in the sidebar</source>
            <translation>Den aktuellen Filter in der Seitenleiste speichern</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>Rückgängig / wiederholen</translation>
        </message>
        <message>
            <source>F2 (in the outline)</source>
            <translation>F2 (in der Gliederung)</translation>
        </message>
        <message>
            <source>Rename the module or lesson</source>
            <translation>Das Modul oder die Lektion umbenennen</translation>
        </message>
        <message>
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Hoch / Alt+Runter</translation>
        </message>
        <message>
            <source>Move the module or lesson</source>
            <translation>Das Modul oder die Lektion verschieben</translation>
        </message>
        <message>
            <source>Add a module / a lesson</source>
            <translation>Ein Modul / eine Lektion hinzufügen</translation>
        </message>
        <message>
            <source>Open the Trash</source>
            <translation>Den Papierkorb öffnen</translation>
        </message>
        <message>
            <source>Show the Activity panel</source>
            <translation>Den Bereich Aktivität zeigen</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Die Spalten zuordnen</translation>
        </message>
        <message>
            <source>Tell Course Studio which column holds what. The preview shows the first rows as they will be read.</source>
            <translation>Sagen Sie Course Studio, welche Spalte was enthält. Die Vorschau zeigt die ersten Zeilen so, wie sie gelesen werden.</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Spalte für {field}</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Preview of the rows</source>
            <translation>Vorschau der Zeilen</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(nicht in der Datei)</translation>
        </message>
        <message>
            <source>Preview: the first {shown} of {total} rows.</source>
            <translation>Vorschau: die ersten {shown} von {total} Zeilen.</translation>
        </message>
        <message>
            <source>Preview: all {total} rows.</source>
            <translation>Vorschau: alle {total} Zeilen.</translation>
        </message>
        <message>
            <source>Choose the column with the email address or the SIS id: students are found by them.</source>
            <translation>Wählen Sie die Spalte mit der E-Mail-Adresse oder der SIS-ID: Daran werden die Personen erkannt.</translation>
        </message>
        <message>
            <source>Each column can be used for one field only.</source>
            <translation>Jede Spalte kann nur für ein Feld verwendet werden.</translation>
        </message>
        <message>
            <source>Say which column holds what. Students are found by their SIS id, then by email, so one of those two is needed. The table shows the first rows as they will be read.</source>
            <translation>Geben Sie an, welche Spalte was enthält. Personen werden an ihrer SIS-ID erkannt, dann an der E-Mail-Adresse; eine der beiden wird also gebraucht. Die Tabelle zeigt die ersten Zeilen so, wie sie gelesen werden.</translation>
        </message>
        <message>
            <source>The first rows as they will be read</source>
            <translation>Die ersten Zeilen, wie sie gelesen werden</translation>
        </message>
        <message>
            <source>A plain CSV import reads one file, and this package holds {n}. Go back and choose one of them, or another format.</source>
            <translation>Ein einfacher CSV-Import liest eine Datei, und dieses Paket enthält {n}. Gehen Sie zurück und wählen Sie eine davon oder ein anderes Format.</translation>
        </message>
        <message>
            <source>The file has no table.</source>
            <translation>Die Datei enthält keine Tabelle.</translation>
        </message>
        <message>
            <source>The first {shown} of {total} rows:</source>
            <translation>Die ersten {shown} von {total} Zeilen:</translation>
        </message>
        <message>
            <source>All {total} rows:</source>
            <translation>Alle {total} Zeilen:</translation>
        </message>
        <message>
            <source>Without name columns only students already in Course Studio can be matched.</source>
            <translation>Ohne Namensspalten können nur Personen zugeordnet werden, die schon in Course Studio sind.</translation>
        </message>
        <message>
            <source>Each column can hold one field only; two fields use the same column.</source>
            <translation>Jede Spalte kann nur ein Feld enthalten; zwei Felder verwenden dieselbe Spalte.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>'{field}' is not a field Course Studio imports; use one of {value}.</source>
            <translation>„{field}“ ist kein Feld, das Course Studio importiert; verwenden Sie eines von {value}.</translation>
        </message>
        <message>
            <source>'{format}' is not a roster export format; use {value}.</source>
            <translation>„{format}“ ist kein Exportformat für Teilnehmerlisten; verwenden Sie {value}.</translation>
        </message>
        <message>
            <source>'{format}' is not a roster format; use {value}.</source>
            <translation>„{format}“ ist kein Format für Teilnehmerlisten; verwenden Sie {value}.</translation>
        </message>
        <message>
            <source>'{role_name}' is not a Moodle role Course Studio knows; use one of {known}.</source>
            <translation>„{role_name}“ ist keine Moodle-Rolle, die Course Studio kennt; verwenden Sie eine von {known}.</translation>
        </message>
        <message>
            <source>'{table}' is not a table; use students or lessons.</source>
            <translation>„{table}“ ist keine Tabelle; verwenden Sie students oder lessons.</translation>
        </message>
        <message>
            <source>'{title}' is a file ({value}), not a page; the lesson links to its name only, as files are not imported.</source>
            <translation>„{title}“ ist eine Datei ({value}), keine Seite; die Lektion verweist nur auf ihren Namen, da Dateien nicht importiert werden.</translation>
        </message>
        <message>
            <source>'{title}' is a quiz; its questions are not imported, only its title.</source>
            <translation>„{title}“ ist ein Quiz; importiert wird nur der Titel, nicht die Fragen.</translation>
        </message>
        <message>
            <source>'{title}' is a resource of type {type}, which Course Studio does not import; it was left out.</source>
            <translation>„{title}“ ist eine Ressource der Art {type}, die Course Studio nicht importiert; sie wurde ausgelassen.</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time; write it as ISO 8601 (2026-09-01T08:00:00Z).</source>
            <translation>„{value}“ ist kein Datum mit Uhrzeit; schreiben Sie es nach ISO 8601 (2026-09-01T08:00:00Z).</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD (2026-09-01).</source>
            <translation>„{value}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT (2026-09-01).</translation>
        </message>
        <message>
            <source>'{value}' is not a file mode; use bulk, delta or absent.</source>
            <translation>„{value}“ ist kein Dateimodus; verwenden Sie bulk, delta oder absent.</translation>
        </message>
        <message>
            <source>'{value}' is not a {what}; use {choices}.</source>
            <translation>„{value}“ ist ungültig ({what}); verwenden Sie {choices}.</translation>
        </message>
        <message>
            <source>1 entry has a problem; nobody was enrolled.</source>
            <translation>1 Eintrag ist fehlerhaft; niemand wurde eingeschrieben.</translation>
        </message>
        <message>
            <source>1 observer was left out: Moodle has no observer role in a course.</source>
            <translation>1 Gasthörer*in wurde ausgelassen: Moodle kennt in einem Kurs keine Gasthörerrolle.</translation>
        </message>
        <message>
            <source>1 observer was left out: OneRoster 1.1 has no observer role.</source>
            <translation>1 Gasthörer*in wurde ausgelassen: OneRoster 1.1 kennt keine Gasthörerrolle.</translation>
        </message>
        <message>
            <source>1 value is not valid; nothing was imported.</source>
            <translation>1 Wert ist ungültig; nichts wurde importiert.</translation>
        </message>
        <message>
            <source>1 value is not valid; nothing was restored.</source>
            <translation>1 Wert ist ungültig; nichts wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>A Moodle upload-users roster is one CSV file; this package holds {length} files.</source>
            <translation>Eine Moodle-Nutzerliste zum Hochladen ist eine einzige CSV-Datei; dieses Paket enthält {length} Dateien.</translation>
        </message>
        <message>
            <source>A course code has {CODE_MIN} to {CODE_MAX} characters ({code} has {length}).</source>
            <translation>Ein Kurskürzel hat {CODE_MIN} bis {CODE_MAX} Zeichen ({code} hat {length}).</translation>
        </message>
        <message>
            <source>A course code may contain letters, digits, '-', '_' and '.', not a space.</source>
            <translation>Ein Kurskürzel darf Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten, aber keine Leerzeichen.</translation>
        </message>
        <message>
            <source>A course code may contain letters, digits, '-', '_' and '.', not {shown}.</source>
            <translation>Ein Kurskürzel darf Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten, aber nicht {shown}.</translation>
        </message>
        <message>
            <source>A course code starts with a letter, for example CS101.</source>
            <translation>Ein Kurskürzel beginnt mit einem Buchstaben, zum Beispiel CS101.</translation>
        </message>
        <message>
            <source>A course has at most {TAGS_MAX} tags; this one has {length}.</source>
            <translation>Ein Kurs hat höchstens {TAGS_MAX} Schlagwörter; dieser hat {length}.</translation>
        </message>
        <message>
            <source>A course has no field called '{name}'.</source>
            <translation>Ein Kurs hat kein Feld namens „{name}“.</translation>
        </message>
        <message>
            <source>A display name is required.</source>
            <translation>Ein Anzeigename ist erforderlich.</translation>
        </message>
        <message>
            <source>A lesson can only move within its own course.</source>
            <translation>Eine Lektion kann nur innerhalb ihres eigenen Kurses verschoben werden.</translation>
        </message>
        <message>
            <source>A lesson has at most {BODY_MAX:,} characters of text; this one has {length:,}.</source>
            <translation>Eine Lektion hat höchstens {BODY_MAX:,} Zeichen Text; diese hat {length:,}.</translation>
        </message>
        <message>
            <source>A new enrollment is active or waitlisted, not {wanted}.</source>
            <translation>Eine neue Einschreibung ist aktiv oder auf der Warteliste, nicht {wanted}.</translation>
        </message>
        <message>
            <source>A saved filter called “{clash}” already exists.</source>
            <translation>Es gibt bereits einen gespeicherten Filter namens „{clash}“.</translation>
        </message>
        <message>
            <source>A saved filter is for the list of courses or of enrollments (got {value!r}).</source>
            <translation>Ein gespeicherter Filter gilt für die Kursliste oder die Einschreibungen (erhalten: {value!r}).</translation>
        </message>
        <message>
            <source>A sync is already running.</source>
            <translation>Es läuft bereits eine Synchronisierung.</translation>
        </message>
        <message>
            <source>A tag has at most {TAG_MAX} characters ('{value}…' is longer).</source>
            <translation>Ein Schlagwort hat höchstens {TAG_MAX} Zeichen („{value}…“ ist länger).</translation>
        </message>
        <message>
            <source>A user name is required.</source>
            <translation>Ein Benutzername ist erforderlich.</translation>
        </message>
        <message>
            <source>A window holds between 0 and {MAX_WINDOW:,} rows.</source>
            <translation>Ein Ausschnitt umfasst 0 bis {MAX_WINDOW:,} Zeilen.</translation>
        </message>
        <message>
            <source>A {value} has no field called '{name}'.</source>
            <translation>Ein Objekt der Art „{value}“ hat kein Feld namens „{name}“.</translation>
        </message>
        <message>
            <source>A {what} has no field called '{name}'.</source>
            <translation>Ein Objekt der Art „{what}“ hat kein Feld namens „{name}“.</translation>
        </message>
        <message>
            <source>A {what} title has at most {high} characters; this one has {length}.</source>
            <translation>Ein Titel ({what}) hat höchstens {high} Zeichen; dieser hat {length}.</translation>
        </message>
        <message>
            <source>A {what} title needs at least {low} characters.</source>
            <translation>Ein Titel ({what}) braucht mindestens {low} Zeichen.</translation>
        </message>
        <message>
            <source>Already exists</source>
            <translation>Existiert bereits</translation>
        </message>
        <message>
            <source>An email address is required.</source>
            <translation>Eine E-Mail-Adresse ist erforderlich.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx (not “{name}”).</source>
            <translation>Wählen Sie einen Dateinamen mit der Endung .csv oder .xlsx (nicht „{name}“).</translation>
        </message>
        <message>
            <source>Choose mine, theirs or edit (got {choice!r}).</source>
            <translation>Wählen Sie mine, theirs oder edit (erhalten: {choice!r}).</translation>
        </message>
        <message>
            <source>Column {column}: {message}</source>
            <translation>Spalte {column}: {message}</translation>
        </message>
        <message>
            <source>Common Cartridge {version} is not offered; use 1.3 or 1.1.</source>
            <translation>Common Cartridge {version} wird nicht angeboten; verwenden Sie 1.3 oder 1.1.</translation>
        </message>
        <message>
            <source>Conflicting change</source>
            <translation>Widersprüchliche Änderung</translation>
        </message>
        <message>
            <source>Course Studio cannot write in {parent} ({strerror}).</source>
            <translation>Course Studio kann nicht in {parent} schreiben ({strerror}).</translation>
        </message>
        <message>
            <source>Course Studio has no designers; this enrollment was left out.</source>
            <translation>Course Studio kennt keine Kursgestalter*innen; diese Einschreibung wurde ausgelassen.</translation>
        </message>
        <message>
            <source>Course Studio has no {role_name} role in a course; this enrolment was left out.</source>
            <translation>Course Studio kennt in einem Kurs keine Rolle {role_name}; diese Einschreibung wurde ausgelassen.</translation>
        </message>
        <message>
            <source>Course Studio has no {role}s in a course; this enrollment was left out.</source>
            <translation>Course Studio kennt in einem Kurs die Rolle {role} nicht; diese Einschreibung wurde ausgelassen.</translation>
        </message>
        <message>
            <source>Course Studio may not read {name}.</source>
            <translation>Course Studio darf {name} nicht lesen.</translation>
        </message>
        <message>
            <source>Course Studio needs a course code for this class: letters and digits, starting with a letter (for example CS101); set classCode.</source>
            <translation>Course Studio braucht für diese Klasse ein Kurskürzel aus Buchstaben und Ziffern, beginnend mit einem Buchstaben (zum Beispiel CS101); setzen Sie classCode.</translation>
        </message>
        <message>
            <source>Course Studio needs a course code here: letters and digits, starting with a letter (for example CS101).</source>
            <translation>Course Studio braucht hier ein Kurskürzel aus Buchstaben und Ziffern, beginnend mit einem Buchstaben (zum Beispiel CS101).</translation>
        </message>
        <message>
            <source>Course code</source>
            <translation>Kurskürzel</translation>
        </message>
        <message>
            <source>Course code already used</source>
            <translation>Kurskürzel bereits vergeben</translation>
        </message>
        <message>
            <source>Each student needs an email address or a SIS id.</source>
            <translation>Jede Person braucht eine E-Mail-Adresse oder eine SIS-ID.</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Enrollment status</source>
            <translation>Einschreibungsstatus</translation>
        </message>
        <message>
            <source>Enrollments can be sorted by {keys}; '{name}' is not one of them.</source>
            <translation>Einschreibungen lassen sich sortieren nach {keys}; „{name}“ gehört nicht dazu.</translation>
        </message>
        <message>
            <source>Every course needs a code, for example CS101.</source>
            <translation>Jeder Kurs braucht ein Kürzel, zum Beispiel CS101.</translation>
        </message>
        <message>
            <source>Every course needs a title.</source>
            <translation>Jeder Kurs braucht einen Titel.</translation>
        </message>
        <message>
            <source>Every lesson needs a title.</source>
            <translation>Jede Lektion braucht einen Titel.</translation>
        </message>
        <message>
            <source>Every module needs a title.</source>
            <translation>Jedes Modul braucht einen Titel.</translation>
        </message>
        <message>
            <source>Every variant of the code {code} is taken.</source>
            <translation>Alle Varianten des Kürzels {code} sind vergeben.</translation>
        </message>
        <message>
            <source>Every {what} needs a title.</source>
            <translation>Ein Titel ist erforderlich ({what}).</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Give the saved filter a name.</source>
            <translation>Geben Sie dem gespeicherten Filter einen Namen.</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>In a course code, '-', '_' and '.' go between letters or digits, for example MATH-201.</source>
            <translation>In einem Kurskürzel stehen „-“, „_“ und „.“ zwischen Buchstaben oder Ziffern, zum Beispiel MATH-201.</translation>
        </message>
        <message>
            <source>It cannot be read ({value}).</source>
            <translation>Sie kann nicht gelesen werden ({value}).</translation>
        </message>
        <message>
            <source>Keep mine or take theirs: this conflict is about the whole item.</source>
            <translation>Eigene Fassung behalten oder die andere übernehmen: Dieser Konflikt betrifft das ganze Objekt.</translation>
        </message>
        <message>
            <source>Line {line}, column {column}: {message}</source>
            <translation>Zeile {line}, Spalte {column}: {message}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Zeile {line}: {message}</translation>
        </message>
        <message>
            <source>No column holds an email address or a SIS id, so students cannot be matched; map one of them.</source>
            <translation>Keine Spalte enthält eine E-Mail-Adresse oder SIS-ID, daher lassen sich Personen nicht zuordnen; ordnen Sie eine davon zu.</translation>
        </message>
        <message>
            <source>No columns hold the names; only students already in Course Studio can be matched.</source>
            <translation>Keine Spalte enthält die Namen; nur Personen, die schon in Course Studio sind, lassen sich zuordnen.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Nicht erlaubt</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>Nothing of the kind '{entity}' goes to the Trash.</source>
            <translation>Objekte der Art „{entity}“ kommen nicht in den Papierkorb.</translation>
        </message>
        <message>
            <source>Only waitlisted students can be promoted (this one is {status}).</source>
            <translation>Nur Personen auf der Warteliste können nachrücken (diese ist {status}).</translation>
        </message>
        <message>
            <source>Only {owner_name}, who owns {code}, can {verb} it.</source>
            <translation>Nur {owner_name}, verantwortlich für {code}, darf diese Aktion ausführen ({verb}).</translation>
        </message>
        <message>
            <source>Pick one CSV file; this package holds {length} files.</source>
            <translation>Wählen Sie eine CSV-Datei; dieses Paket enthält {length} Dateien.</translation>
        </message>
        <message>
            <source>Pick two different students to merge.</source>
            <translation>Wählen Sie zwei verschiedene Personen zum Zusammenführen.</translation>
        </message>
        <message>
            <source>Please check the filter</source>
            <translation>Bitte prüfen Sie den Filter</translation>
        </message>
        <message>
            <source>Please check this value</source>
            <translation>Bitte prüfen Sie diesen Wert</translation>
        </message>
        <message>
            <source>Progress is written to a .csv or .xlsx file, not '{name}'.</source>
            <translation>Der Fortschritt wird in eine .csv- oder .xlsx-Datei geschrieben, nicht in „{name}“.</translation>
        </message>
        <message>
            <source>Restore the lesson's module first; it is in the Trash too.</source>
            <translation>Stellen Sie zuerst das Modul der Lektion wieder her; es liegt ebenfalls im Papierkorb.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>SIS id</source>
            <translation>SIS-ID</translation>
        </message>
        <message>
            <source>Something is not right</source>
            <translation>Etwas stimmt nicht</translation>
        </message>
        <message>
            <source>Tags must be a list of words.</source>
            <translation>Schlagwörter müssen eine Liste von Wörtern sein.</translation>
        </message>
        <message>
            <source>The Course Studio settings in this cartridge cannot be read ({exc}); the course was read from the manifest alone.</source>
            <translation>Die Course-Studio-Einstellungen in diesem Cartridge sind nicht lesbar ({exc}); der Kurs wurde nur aus dem Manifest gelesen.</translation>
        </message>
        <message>
            <source>The SIS id</source>
            <translation>Die SIS-ID</translation>
        </message>
        <message>
            <source>The SIS id has at most {EXTERNAL_ID_MAX} characters.</source>
            <translation>Die SIS-ID hat höchstens {EXTERNAL_ID_MAX} Zeichen.</translation>
        </message>
        <message>
            <source>The SIS id {external_id} already belongs to {given_name} {family_name}.</source>
            <translation>Die SIS-ID {external_id} gehört bereits {given_name} {family_name}.</translation>
        </message>
        <message>
            <source>The backup has no {name}; it is incomplete.</source>
            <translation>In der Sicherung fehlt {name}; sie ist unvollständig.</translation>
        </message>
        <message>
            <source>The backup's format version is missing.</source>
            <translation>Die Formatversion der Sicherung fehlt.</translation>
        </message>
        <message>
            <source>The capacity cannot be lower than the 1 student already enrolled.</source>
            <translation>Die Kapazität kann nicht unter der 1 bereits eingeschriebenen Person liegen.</translation>
        </message>
        <message>
            <source>The capacity cannot be lower than the {seated} students already enrolled.</source>
            <translation>Die Kapazität kann nicht unter den {seated} bereits eingeschriebenen Personen liegen.</translation>
        </message>
        <message>
            <source>The capacity is at least 1 seat; leave it empty for no limit.</source>
            <translation>Die Kapazität beträgt mindestens 1 Platz; lassen Sie das Feld leer für keine Begrenzung.</translation>
        </message>
        <message>
            <source>The capacity is at most {CAPACITY_MAX:,} seats.</source>
            <translation>Die Kapazität beträgt höchstens {CAPACITY_MAX:,} Plätze.</translation>
        </message>
        <message>
            <source>The capacity must be a whole number of seats (got '{value}').</source>
            <translation>Die Kapazität muss eine ganze Zahl von Plätzen sein (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>The capacity must be a whole number of seats.</source>
            <translation>Die Kapazität muss eine ganze Zahl von Plätzen sein.</translation>
        </message>
        <message>
            <source>The cartridge has no organization, so the course has no outline.</source>
            <translation>Das Cartridge hat keine Organisation, daher hat der Kurs keine Gliederung.</translation>
        </message>
        <message>
            <source>The column {column} is missing; {what} needs it.</source>
            <translation>Die Spalte {column} fehlt; {what} braucht sie.</translation>
        </message>
        <message>
            <source>The column {name} appears twice in the header (columns {value} and {value2}).</source>
            <translation>Die Spalte {name} steht zweimal in der Kopfzeile (Spalten {value} und {value2}).</translation>
        </message>
        <message>
            <source>The course code</source>
            <translation>Das Kurskürzel</translation>
        </message>
        <message>
            <source>The course is full</source>
            <translation>Der Kurs ist voll</translation>
        </message>
        <message>
            <source>The course title is empty.</source>
            <translation>Der Kurstitel ist leer.</translation>
        </message>
        <message>
            <source>The course_id is empty.</source>
            <translation>Die course_id ist leer.</translation>
        </message>
        <message>
            <source>The course_id {cid} is used twice (also on line {value}).</source>
            <translation>Die course_id {cid} kommt doppelt vor (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>The description has at most {DESCRIPTION_MAX:,} characters; this one has {length:,}.</source>
            <translation>Die Beschreibung hat höchstens {DESCRIPTION_MAX:,} Zeichen; diese hat {length:,}.</translation>
        </message>
        <message>
            <source>The description must be text.</source>
            <translation>Die Beschreibung muss Text sein.</translation>
        </message>
        <message>
            <source>The duration is between 0 and {DURATION_MAX} minutes (24 hours).</source>
            <translation>Die Dauer liegt zwischen 0 und {DURATION_MAX} Minuten (24 Stunden).</translation>
        </message>
        <message>
            <source>The duration must be a whole number of minutes (got '{value}').</source>
            <translation>Die Dauer muss eine ganze Zahl von Minuten sein (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>The duration must be a whole number of minutes.</source>
            <translation>Die Dauer muss eine ganze Zahl von Minuten sein.</translation>
        </message>
        <message>
            <source>The email address</source>
            <translation>Die E-Mail-Adresse</translation>
        </message>
        <message>
            <source>The email address '{text}' is not valid: {reason}.</source>
            <translation>Die E-Mail-Adresse „{text}“ ist ungültig: {reason}.</translation>
        </message>
        <message>
            <source>The email {email} belongs to {given_name} {family_name}, whose SIS id is {external_id}, not {value}.</source>
            <translation>Die E-Mail-Adresse {email} gehört {given_name} {family_name} mit der SIS-ID {external_id}, nicht {value}.</translation>
        </message>
        <message>
            <source>The email {email} is not written in lower case.</source>
            <translation>Die E-Mail-Adresse {email} ist nicht kleingeschrieben.</translation>
        </message>
        <message>
            <source>The end date</source>
            <translation>Das Enddatum</translation>
        </message>
        <message>
            <source>The end date ({end}) must be on or after the start date ({start}).</source>
            <translation>Das Enddatum ({end}) darf nicht vor dem Startdatum ({start}) liegen.</translation>
        </message>
        <message>
            <source>The enrollment status</source>
            <translation>Der Einschreibungsstatus</translation>
        </message>
        <message>
            <source>The family name</source>
            <translation>Der Nachname</translation>
        </message>
        <message>
            <source>The file cannot be read ({value}).</source>
            <translation>Die Datei kann nicht gelesen werden ({value}).</translation>
        </message>
        <message>
            <source>The file {name} is listed but not in the cartridge.</source>
            <translation>Die Datei {name} ist aufgeführt, fehlt aber im Cartridge.</translation>
        </message>
        <message>
            <source>The filter has an invisible control character {value}; remove it.</source>
            <translation>Der Filter enthält ein unsichtbares Steuerzeichen {value}; bitte entfernen Sie es.</translation>
        </message>
        <message>
            <source>The filter must be text.</source>
            <translation>Der Filter muss Text sein.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>Der Ordner {parent} existiert nicht.</translation>
        </message>
        <message>
            <source>The given name</source>
            <translation>Der Vorname</translation>
        </message>
        <message>
            <source>The identifier {ident} is used twice (also on line {value}).</source>
            <translation>Der Bezeichner {ident} kommt doppelt vor (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>The instructor for this course does not exist.</source>
            <translation>Die Lehrperson für diesen Kurs existiert nicht.</translation>
        </message>
        <message>
            <source>The item '{title}' points at the resource {ref}, which the manifest does not have; it was left out.</source>
            <translation>Das Element „{title}“ verweist auf die Ressource {ref}, die im Manifest fehlt; es wurde ausgelassen.</translation>
        </message>
        <message>
            <source>The language</source>
            <translation>Die Sprache</translation>
        </message>
        <message>
            <source>The language is a code such as en, de or pt-BR (got '{value}').</source>
            <translation>Die Sprache ist ein Code wie en, de oder pt-BR (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>The lesson status</source>
            <translation>Der Lektionsstatus</translation>
        </message>
        <message>
            <source>The lesson text must be text.</source>
            <translation>Der Text der Lektion muss Text sein.</translation>
        </message>
        <message>
            <source>The lesson type</source>
            <translation>Die Art der Lektion</translation>
        </message>
        <message>
            <source>The login_id is empty.</source>
            <translation>Die login_id ist leer.</translation>
        </message>
        <message>
            <source>The manifest cannot be read from the zip ({exc}).</source>
            <translation>Das Manifest lässt sich nicht aus der ZIP-Datei lesen ({exc}).</translation>
        </message>
        <message>
            <source>The manifest is not well-formed XML: {msg}.</source>
            <translation>Das Manifest ist kein wohlgeformtes XML: {msg}.</translation>
        </message>
        <message>
            <source>The manifest lists {key} as {declared}, but the package does not hold it.</source>
            <translation>Das Manifest führt {key} als {declared}, aber das Paket enthält die Datei nicht.</translation>
        </message>
        <message>
            <source>The manifest says {key} is absent; it was read anyway.</source>
            <translation>Laut Manifest fehlt {key}; die Datei wurde trotzdem gelesen.</translation>
        </message>
        <message>
            <source>The manifest's root element is &lt;{value}&gt;, not &lt;manifest&gt;.</source>
            <translation>Das Wurzelelement des Manifests ist &lt;{value}&gt;, nicht &lt;manifest&gt;.</translation>
        </message>
        <message>
            <source>The name of a saved filter has at most {NAME_MAX} characters.</source>
            <translation>Der Name eines gespeicherten Filters hat höchstens {NAME_MAX} Zeichen.</translation>
        </message>
        <message>
            <source>The name of a saved filter must be text.</source>
            <translation>Der Name eines gespeicherten Filters muss Text sein.</translation>
        </message>
        <message>
            <source>The new place must be a position from 0 up.</source>
            <translation>Die neue Stelle muss eine Position ab 0 sein.</translation>
        </message>
        <message>
            <source>The offset is a whole number, 0 or more.</source>
            <translation>Der Versatz ist eine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <source>The owner of a course cannot be removed from it.</source>
            <translation>Die verantwortliche Person eines Kurses kann nicht aus ihm entfernt werden.</translation>
        </message>
        <message>
            <source>The page for '{title}' is missing from the cartridge; the lesson was imported without text.</source>
            <translation>Die Seite für „{title}“ fehlt im Cartridge; die Lektion wurde ohne Text importiert.</translation>
        </message>
        <message>
            <source>The page offset cannot be negative.</source>
            <translation>Der Seitenversatz kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>The page size cannot be negative.</source>
            <translation>Die Seitengröße kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>The place in the list is a whole number.</source>
            <translation>Die Stelle in der Liste ist eine ganze Zahl.</translation>
        </message>
        <message>
            <source>The place in the outline is not valid.</source>
            <translation>Die Stelle in der Gliederung ist ungültig.</translation>
        </message>
        <message>
            <source>The role</source>
            <translation>Die Rolle</translation>
        </message>
        <message>
            <source>The score is a number from 0 to 100 (got '{value}').</source>
            <translation>Die Punktzahl ist eine Zahl von 0 bis 100 (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>The score is a number from 0 to 100 (got {value}).</source>
            <translation>Die Punktzahl ist eine Zahl von 0 bis 100 (erhalten: {value}).</translation>
        </message>
        <message>
            <source>The score is a number from 0 to 100.</source>
            <translation>Die Punktzahl ist eine Zahl von 0 bis 100.</translation>
        </message>
        <message>
            <source>The search must be text.</source>
            <translation>Die Suche muss Text sein.</translation>
        </message>
        <message>
            <source>The server address must start with http:// or https:// ({base}).</source>
            <translation>Die Serveradresse muss mit http:// oder https:// beginnen ({base}).</translation>
        </message>
        <message>
            <source>The server answered for another account.</source>
            <translation>Der Server hat für ein anderes Konto geantwortet.</translation>
        </message>
        <message>
            <source>The server answered for other changes than those sent.</source>
            <translation>Der Server hat für andere Änderungen geantwortet als die gesendeten.</translation>
        </message>
        <message>
            <source>The server could not be reached; your changes are kept and will be sent next time ({reason}).</source>
            <translation>Der Server war nicht erreichbar; Ihre Änderungen bleiben erhalten und werden beim nächsten Mal gesendet ({reason}).</translation>
        </message>
        <message>
            <source>The sort order must be a column name such as progress.</source>
            <translation>Die Sortierung muss ein Spaltenname wie progress sein.</translation>
        </message>
        <message>
            <source>The sourcedId is empty.</source>
            <translation>Die sourcedId ist leer.</translation>
        </message>
        <message>
            <source>The sourcedId {sid} is used twice (also on line {value}).</source>
            <translation>Die sourcedId {sid} kommt doppelt vor (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>The start date</source>
            <translation>Das Startdatum</translation>
        </message>
        <message>
            <source>The status</source>
            <translation>Der Status</translation>
        </message>
        <message>
            <source>The tag '{tag}' may only use letters, digits and - _ . + #.</source>
            <translation>Das Schlagwort „{tag}“ darf nur Buchstaben, Ziffern und - _ . + # enthalten.</translation>
        </message>
        <message>
            <source>The teaching role must be owner or co_instructor (got {value!r}).</source>
            <translation>Die Lehrrolle muss owner oder co_instructor sein (erhalten: {value!r}).</translation>
        </message>
        <message>
            <source>The time must be a date and time.</source>
            <translation>Die Zeit muss ein Datum mit Uhrzeit sein.</translation>
        </message>
        <message>
            <source>The time must look like 2026-09-01T14:30:00 (got '{value}').</source>
            <translation>Die Zeit muss wie 2026-09-01T14:30:00 aussehen (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>Der Titel</translation>
        </message>
        <message>
            <source>The title '{value}…' is longer than 120 characters and was cut.</source>
            <translation>Der Titel „{value}…“ ist länger als 120 Zeichen und wurde gekürzt.</translation>
        </message>
        <message>
            <source>The total is a whole number, 0 or more.</source>
            <translation>Die Gesamtzahl ist eine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <source>The user name {name} is taken.</source>
            <translation>Der Benutzername {name} ist vergeben.</translation>
        </message>
        <message>
            <source>The user_id is empty.</source>
            <translation>Die user_id ist leer.</translation>
        </message>
        <message>
            <source>The user_id {uid} is used twice (also on line {value}).</source>
            <translation>Die user_id {uid} kommt doppelt vor (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>The zip file holds two files called {name} in different folders.</source>
            <translation>Die ZIP-Datei enthält zwei Dateien namens {name} in verschiedenen Ordnern.</translation>
        </message>
        <message>
            <source>The {what} was cancelled; nothing was changed.</source>
            <translation>Abgebrochen ({what}); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>There is no academic session {value} in academicSessions.csv.</source>
            <translation>In academicSessions.csv gibt es keinen Zeitraum {value}.</translation>
        </message>
        <message>
            <source>There is no class {value} in classes.csv.</source>
            <translation>In classes.csv gibt es keine Klasse {value}.</translation>
        </message>
        <message>
            <source>There is no column {column} in this file for the {value}.</source>
            <translation>Diese Datei hat keine Spalte {column} für {value}.</translation>
        </message>
        <message>
            <source>There is no course {value} in courses.csv.</source>
            <translation>In courses.csv gibt es keinen Kurs {value}.</translation>
        </message>
        <message>
            <source>There is no file called {name} there.</source>
            <translation>Dort gibt es keine Datei namens {name}.</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}.</source>
            <translation>Unter {path} gibt es keine Datei und keinen Ordner.</translation>
        </message>
        <message>
            <source>There is no imsmanifest.xml at the top of this file, so it is not a Common Cartridge.</source>
            <translation>Diese Datei hat oben keine imsmanifest.xml, also ist sie kein Common Cartridge.</translation>
        </message>
        <message>
            <source>There is no manifest.csv (OneRoster requires one); the files were read as bulk files.</source>
            <translation>Es gibt keine manifest.csv (OneRoster verlangt eine); die Dateien wurden als Gesamtdateien (bulk) gelesen.</translation>
        </message>
        <message>
            <source>There is no such conflict.</source>
            <translation>Diesen Konflikt gibt es nicht.</translation>
        </message>
        <message>
            <source>There is no such instructor.</source>
            <translation>Diese Lehrperson gibt es nicht.</translation>
        </message>
        <message>
            <source>There is no user {user} in users.csv.</source>
            <translation>In users.csv gibt es keine Person {user}.</translation>
        </message>
        <message>
            <source>There is no {what} with id {row_id!r}.</source>
            <translation>Es gibt kein Objekt der Art „{what}“ mit der ID {row_id!r}.</translation>
        </message>
        <message>
            <source>These two have different SIS ids ({external_id} and {external_id2}); they are probably different people.</source>
            <translation>Diese beiden haben verschiedene SIS-IDs ({external_id} und {external_id2}); vermutlich sind es verschiedene Personen.</translation>
        </message>
        <message>
            <source>This OneRoster package has no users.csv, so there is nobody to import.</source>
            <translation>Dieses OneRoster-Paket hat keine users.csv, also gibt es niemanden zu importieren.</translation>
        </message>
        <message>
            <source>This backup is damaged or incomplete ({exc}); copy it again.</source>
            <translation>Diese Sicherung ist beschädigt oder unvollständig ({exc}); kopieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>This backup was made by a newer Course Studio (format {version}; this one reads up to {VERSION}). Update Course Studio to restore it.</source>
            <translation>Diese Sicherung stammt von einem neueren Course Studio (Format {version}; diese Version liest bis {VERSION}). Aktualisieren Sie Course Studio, um sie wiederherzustellen.</translation>
        </message>
        <message>
            <source>This cartridge unpacks to more than 2 GB.</source>
            <translation>Dieses Cartridge ist entpackt größer als 2 GB.</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep your sign-in, so it is kept in memory only: you will sign in again after the app restarts.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund für Ihre Anmeldung; sie wird daher nur im Arbeitsspeicher gehalten: Nach einem Neustart der App melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>This conflict is already resolved.</source>
            <translation>Dieser Konflikt ist bereits gelöst.</translation>
        </message>
        <message>
            <source>This course is already here as {code}; it can be restored as a copy.</source>
            <translation>Dieser Kurs ist bereits als {code} vorhanden; er kann als Kopie wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>This course is already here as {code}{where}. Restore the backup as a copy to have both.</source>
            <translation>Dieser Kurs ist bereits als {code}{where} vorhanden. Stellen Sie die Sicherung als Kopie wieder her, um beide zu haben.</translation>
        </message>
        <message>
            <source>This course is deleted; it was left out.</source>
            <translation>Dieser Kurs ist gelöscht; er wurde ausgelassen.</translation>
        </message>
        <message>
            <source>This course is not in the Trash any more.</source>
            <translation>Dieser Kurs liegt nicht mehr im Papierkorb.</translation>
        </message>
        <message>
            <source>This data syncs as {name}; sign in as {name}, or use another data folder.</source>
            <translation>Diese Daten werden als {name} synchronisiert; melden Sie sich als {name} an oder verwenden Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>This does not look like a Canvas SIS import: there is no users.csv (user_id, login_id ...) and no enrollments.csv (course_id, user_id, role ...).</source>
            <translation>Das sieht nicht nach einem Canvas-SIS-Import aus: Es gibt weder eine users.csv (user_id, login_id …) noch eine enrollments.csv (course_id, user_id, role …).</translation>
        </message>
        <message>
            <source>This enrollment has no course_id; Course Studio has no sections, so each enrollment needs its course_id.</source>
            <translation>Diese Einschreibung hat keine course_id; Course Studio kennt keine Abschnitte, daher braucht jede Einschreibung ihre course_id.</translation>
        </message>
        <message>
            <source>This enrollment no longer exists.</source>
            <translation>Diese Einschreibung existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This enrollment's student is not in the backup.</source>
            <translation>Die Person dieser Einschreibung ist nicht in der Sicherung.</translation>
        </message>
        <message>
            <source>This entry is not a set of named values.</source>
            <translation>Dieser Eintrag ist keine Menge benannter Werte.</translation>
        </message>
        <message>
            <source>This file has a header but no rows; OneRoster leaves out files with no rows.</source>
            <translation>Diese Datei hat eine Kopfzeile, aber keine Zeilen; OneRoster lässt Dateien ohne Zeilen weg.</translation>
        </message>
        <message>
            <source>This file is empty; it needs at least a header line.</source>
            <translation>Diese Datei ist leer; sie braucht mindestens eine Kopfzeile.</translation>
        </message>
        <message>
            <source>This file is not text in an encoding Course Studio can read (UTF-8, UTF-16 or Windows-1252); is it a spreadsheet or another binary file? Save it as CSV.</source>
            <translation>Diese Datei ist kein Text in einer Kodierung, die Course Studio lesen kann (UTF-8, UTF-16 oder Windows-1252); ist es eine Tabellenkalkulation oder eine andere Binärdatei? Speichern Sie sie als CSV.</translation>
        </message>
        <message>
            <source>This filter is for courses; enrollment lists need their own.</source>
            <translation>Dieser Filter gilt für Kurse; Einschreibungslisten brauchen einen eigenen.</translation>
        </message>
        <message>
            <source>This filter is for enrollments; the course list needs its own.</source>
            <translation>Dieser Filter gilt für Einschreibungen; die Kursliste braucht einen eigenen.</translation>
        </message>
        <message>
            <source>This folder holds no CSV files.</source>
            <translation>Dieser Ordner enthält keine CSV-Dateien.</translation>
        </message>
        <message>
            <source>This is OneRoster {version}; it was read as OneRoster 1.1.</source>
            <translation>Das ist OneRoster {version}; es wurde als OneRoster 1.1 gelesen.</translation>
        </message>
        <message>
            <source>This is not a Course Studio course backup.</source>
            <translation>Das ist keine Kurssicherung von Course Studio.</translation>
        </message>
        <message>
            <source>This is not a complete zip file ({exc}); a cartridge (.imscc) is a zip. Export or download it again.</source>
            <translation>Das ist keine vollständige ZIP-Datei ({exc}); ein Cartridge (.imscc) ist ein ZIP. Exportieren oder laden Sie es erneut herunter.</translation>
        </message>
        <message>
            <source>This is not a valid id (got {value!r}).</source>
            <translation>Das ist keine gültige ID (erhalten: {value!r}).</translation>
        </message>
        <message>
            <source>This item is gone and cannot be brought back from the changes kept here.</source>
            <translation>Dieses Objekt ist weg und lässt sich aus den hier gespeicherten Änderungen nicht zurückholen.</translation>
        </message>
        <message>
            <source>This item is not in the Trash.</source>
            <translation>Dieses Objekt liegt nicht im Papierkorb.</translation>
        </message>
        <message>
            <source>This item was deleted meanwhile; restore it before keeping your value.</source>
            <translation>Dieses Objekt wurde inzwischen gelöscht; stellen Sie es wieder her, bevor Sie Ihren Wert behalten.</translation>
        </message>
        <message>
            <source>This lesson is not in the Trash any more.</source>
            <translation>Diese Lektion liegt nicht mehr im Papierkorb.</translation>
        </message>
        <message>
            <source>This lesson is not part of {code}.</source>
            <translation>Diese Lektion gehört nicht zu {code}.</translation>
        </message>
        <message>
            <source>This lesson progress belongs to an enrollment or lesson that is not in the backup.</source>
            <translation>Dieser Lernfortschritt gehört zu einer Einschreibung oder Lektion, die nicht in der Sicherung ist.</translation>
        </message>
        <message>
            <source>This line cannot be read as CSV ({exc}).</source>
            <translation>Diese Zeile lässt sich nicht als CSV lesen ({exc}).</translation>
        </message>
        <message>
            <source>This line is not valid UTF-8 although the lines before it are: the file mixes two encodings. Save it again as UTF-8.</source>
            <translation>Diese Zeile ist kein gültiges UTF-8, die Zeilen davor aber schon: Die Datei mischt zwei Kodierungen. Speichern Sie sie erneut als UTF-8.</translation>
        </message>
        <message>
            <source>This line is not valid {value} although the file says it is; save the file again as UTF-8.</source>
            <translation>Diese Zeile ist kein gültiges {value}, obwohl die Datei das angibt; speichern Sie die Datei erneut als UTF-8.</translation>
        </message>
        <message>
            <source>This manifest does not use a Common Cartridge namespace; it was read as an IMS content package.</source>
            <translation>Dieses Manifest verwendet keinen Common-Cartridge-Namensraum; es wurde als IMS-Inhaltspaket gelesen.</translation>
        </message>
        <message>
            <source>This module is not in the Trash any more.</source>
            <translation>Dieses Modul liegt nicht mehr im Papierkorb.</translation>
        </message>
        <message>
            <source>This position in the list is not valid for this sort order.</source>
            <translation>Diese Stelle in der Liste passt nicht zu dieser Sortierung.</translation>
        </message>
        <message>
            <source>This row deletes a user in Moodle; it was left out.</source>
            <translation>Diese Zeile löscht eine Person in Moodle; sie wurde ausgelassen.</translation>
        </message>
        <message>
            <source>This row has {length} values but the header names {width} columns.</source>
            <translation>Diese Zeile hat {length} Werte, die Kopfzeile nennt aber {width} Spalten.</translation>
        </message>
        <message>
            <source>This row has {length} values but the header names {width} columns; every column must be there, even when empty.</source>
            <translation>Diese Zeile hat {length} Werte, die Kopfzeile nennt aber {width} Spalten; jede Spalte muss vorhanden sein, auch wenn sie leer ist.</translation>
        </message>
        <message>
            <source>This saved filter no longer exists.</source>
            <translation>Dieser gespeicherte Filter existiert nicht mehr.</translation>
        </message>
        <message>
            <source>This student is new, so a family name is needed.</source>
            <translation>Diese Person ist neu, daher wird ein Nachname benötigt.</translation>
        </message>
        <message>
            <source>This student is new, so a given name is needed.</source>
            <translation>Diese Person ist neu, daher wird ein Vorname benötigt.</translation>
        </message>
        <message>
            <source>This student is new, so an email is needed.</source>
            <translation>Diese Person ist neu, daher wird eine E-Mail-Adresse benötigt.</translation>
        </message>
        <message>
            <source>This student is not in the directory.</source>
            <translation>Diese Person ist nicht im Verzeichnis.</translation>
        </message>
        <message>
            <source>This student is {status} in {code}; activate the enrollment before recording progress.</source>
            <translation>Diese Person hat in {code} den Status {status}; aktivieren Sie die Einschreibung, bevor Sie Fortschritt erfassen.</translation>
        </message>
        <message>
            <source>This user is deleted; it was left out.</source>
            <translation>Diese Person ist gelöscht; sie wurde ausgelassen.</translation>
        </message>
        <message>
            <source>This user is marked tobedeleted and was left out.</source>
            <translation>Diese Person ist als tobedeleted markiert und wurde ausgelassen.</translation>
        </message>
        <message>
            <source>This zip file holds no CSV files.</source>
            <translation>Diese ZIP-Datei enthält keine CSV-Dateien.</translation>
        </message>
        <message>
            <source>This zip file is damaged or incomplete ({exc}); download or export it again.</source>
            <translation>Diese ZIP-Datei ist beschädigt oder unvollständig ({exc}); laden Sie sie erneut herunter oder exportieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>This zip file unpacks to more than 2 GB.</source>
            <translation>Diese ZIP-Datei ist entpackt größer als 2 GB.</translation>
        </message>
        <message>
            <source>This {what} no longer exists; it may have been deleted.</source>
            <translation>Dieses Objekt ({what}) existiert nicht mehr; vielleicht wurde es gelöscht.</translation>
        </message>
        <message>
            <source>Unknown column '{key}'.</source>
            <translation>Unbekannte Spalte „{key}“.</translation>
        </message>
        <message>
            <source>You already have a course with the code {code} (“{title}”). Pick another code.</source>
            <translation>Sie haben bereits einen Kurs mit dem Kürzel {code} („{title}“). Wählen Sie ein anderes Kürzel.</translation>
        </message>
        <message>
            <source>You do not teach {code}, so you cannot change {what}. Ask its owner to add you as a co-instructor.</source>
            <translation>Sie unterrichten {code} nicht und können es daher nicht ändern ({what}). Bitten Sie die verantwortliche Person, Sie als Co-Lehrende*n hinzuzufügen.</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>Kommas</translation>
        </message>
        <message>
            <source>course</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>enabledUser is true or false, not '{value}'.</source>
            <translation>enabledUser ist true oder false, nicht „{value}“.</translation>
        </message>
        <message>
            <source>enrollment</source>
            <translation>Einschreibung</translation>
        </message>
        <message>
            <source>enrolstatus{n} is 0 (active) or 1 (suspended), not '{status_value}'.</source>
            <translation>enrolstatus{n} ist 0 (aktiv) oder 1 (gesperrt), nicht „{status_value}“.</translation>
        </message>
        <message>
            <source>instructor</source>
            <translation>Lehrperson</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>lesson progress</source>
            <translation>Lernfortschritt</translation>
        </message>
        <message>
            <source>module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>primary is true or false, not '{value}'.</source>
            <translation>primary ist true oder false, nicht „{value}“.</translation>
        </message>
        <message>
            <source>saved filter</source>
            <translation>gespeicherter Filter</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>Semikolons</translation>
        </message>
        <message>
            <source>student</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>Tabulatoren</translation>
        </message>
        <message>
            <source>the course</source>
            <translation>der Kurs</translation>
        </message>
        <message>
            <source>the top level</source>
            <translation>die oberste Ebene</translation>
        </message>
        <message>
            <source>type{n} is 1 (student), 2 (teacher) or 3 (non-editing teacher), not '{type_value}'.</source>
            <translation>type{n} ist 1 (Studierende*r), 2 (Lehrende*r) oder 3 (Lehrende*r ohne Bearbeitungsrecht), nicht „{type_value}“.</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>senkrechte Striche</translation>
        </message>
        <message>
            <source>{code} has no start or end date; OneRoster expects both, so some systems may refuse academicSessions.csv.</source>
            <translation>{code} hat kein Start- oder Enddatum; OneRoster erwartet beides, daher lehnen manche Systeme academicSessions.csv vielleicht ab.</translation>
        </message>
        <message>
            <source>{code} is archived. Restore it to draft or published before enrolling students.</source>
            <translation>{code} ist archiviert. Setzen Sie den Kurs auf Entwurf oder veröffentlicht, bevor Sie Personen einschreiben.</translation>
        </message>
        <message>
            <source>{code} is archived. Restore it to draft or published before importing students into it.</source>
            <translation>{code} ist archiviert. Setzen Sie den Kurs auf Entwurf oder veröffentlicht, bevor Sie Personen importieren.</translation>
        </message>
        <message>
            <source>{code} is full ({seated} of {capacity} seats taken). Raise the capacity or drop a student first.</source>
            <translation>{code} ist voll ({seated} von {capacity} Plätzen belegt). Erhöhen Sie zuerst die Kapazität oder melden Sie eine Person ab.</translation>
        </message>
        <message>
            <source>{count} entries have problems; nobody was enrolled.</source>
            <translation>{count} Einträge sind fehlerhaft; niemand wurde eingeschrieben.</translation>
        </message>
        <message>
            <source>{count} values are not valid; nothing was imported.</source>
            <translation>{count} Werte sind ungültig; nichts wurde importiert.</translation>
        </message>
        <message>
            <source>{count} values are not valid; nothing was restored.</source>
            <translation>{count} Werte sind ungültig; nichts wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>{file} should hold a list.</source>
            <translation>{file} sollte eine Liste enthalten.</translation>
        </message>
        <message>
            <source>{file}: '{key}' of {value} has the wrong type.</source>
            <translation>{file}: „{key}“ von {value} hat den falschen Typ.</translation>
        </message>
        <message>
            <source>{file}: '{key}' of {value} is not a date ({text}).</source>
            <translation>{file}: „{key}“ von {value} ist kein Datum ({text}).</translation>
        </message>
        <message>
            <source>{file}: {value} is not an object.</source>
            <translation>{file}: {value} ist kein Objekt.</translation>
        </message>
        <message>
            <source>{file}: {where} has no '{key}'.</source>
            <translation>{file}: {where} hat kein „{key}“.</translation>
        </message>
        <message>
            <source>{given_name} {family_name} already uses the email {email}.</source>
            <translation>{given_name} {family_name} verwendet bereits die E-Mail-Adresse {email}.</translation>
        </message>
        <message>
            <source>{given_name} {family_name} is listed twice (also on line {value}).</source>
            <translation>{given_name} {family_name} steht doppelt in der Liste (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>{key} is listed twice (also on line {value}).</source>
            <translation>{key} steht doppelt in der Liste (auch in Zeile {value}).</translation>
        </message>
        <message>
            <source>{label} has at most {NAME_MAX} characters.</source>
            <translation>{label}: höchstens {NAME_MAX} Zeichen.</translation>
        </message>
        <message>
            <source>{label} has at most {limit} characters; this one has {length}.</source>
            <translation>{label}: höchstens {limit} Zeichen; hier sind es {length}.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label}: Angabe erforderlich.</translation>
        </message>
        <message>
            <source>{label} must be a date such as 2026-09-01 (got '{value}').</source>
            <translation>{label}: Bitte ein Datum wie 2026-09-01 angeben (erhalten: „{value}“).</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>{label}: Bitte Text angeben.</translation>
        </message>
        <message>
            <source>{label} must be {choices} (got {text!r}).</source>
            <translation>{label}: Erlaubt ist {choices} (erhalten: {text!r}).</translation>
        </message>
        <message>
            <source>{name} could not be read ({reason}).</source>
            <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>{name} could not be read as a table.</source>
            <translation>{name} konnte nicht als Tabelle gelesen werden.</translation>
        </message>
        <message>
            <source>{name} could not be written ({strerror}).</source>
            <translation>{name} konnte nicht geschrieben werden ({strerror}).</translation>
        </message>
        <message>
            <source>{name} has a header line but no rows under it.</source>
            <translation>{name} hat eine Kopfzeile, aber keine Zeilen darunter.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a file.</source>
            <translation>{name} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text.</source>
            <translation>{name} ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON at line {lineno}, column {colno}: {msg}.</source>
            <translation>{name} ist kein gültiges JSON in Zeile {lineno}, Spalte {colno}: {msg}.</translation>
        </message>
        <message>
            <source>{problem} (1 more problem in the file.)</source>
            <translation>{problem} (1 weiteres Problem in der Datei.)</translation>
        </message>
        <message>
            <source>{problem} ({more:,} more problems in the file.)</source>
            <translation>{problem} ({more} weitere Probleme in der Datei.)</translation>
        </message>
        <message>
            <source>{skipped} observers were left out: Moodle has no observer role in a course.</source>
            <translation>{skipped} Gasthörer*innen wurden ausgelassen: Moodle kennt in einem Kurs keine Gasthörerrolle.</translation>
        </message>
        <message>
            <source>{skipped} observers were left out: OneRoster 1.1 has no observer role.</source>
            <translation>{skipped} Gasthörer*innen wurden ausgelassen: OneRoster 1.1 kennt keine Gasthörerrolle.</translation>
        </message>
        <message>
            <source>{student_name} is already enrolled in {code} ({status}).</source>
            <translation>{student_name} ist bereits in {code} eingeschrieben ({status}).</translation>
        </message>
    </context>
    <context>
        <name>ModuleDetails</name>
        <message>
            <source>Press F2 to rename, Alt+Up or Alt+Down to move, Delete to move it to the Trash with its lessons. Drag lessons between modules to reorder.</source>
            <translation>F2 benennt um, Alt+Pfeil hoch/runter verschiebt, Entf legt das Modul samt Lektionen in den Papierkorb. Ziehen Sie Lektionen zwischen Modulen, um sie neu anzuordnen.</translation>
        </message>
        <message>
            <source>Module: {title}</source>
            <translation>Modul: {title}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s), {length} in all.</source>
            <translation>
                <numerusform>%Ln Lektion, insgesamt {length}.</numerusform>
                <numerusform>%Ln Lektionen, insgesamt {length}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s).</source>
            <translation>
                <numerusform>%Ln Lektion.</numerusform>
                <numerusform>%Ln Lektionen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Course Studio</source>
            <extracomment>a Notification, once it is recorded in the history (``seq`` set) the seq of a notification whose Undo was used notifications on or off the instructor clicked a tray message: show the window (and the history)</extracomment>
            <translation>Course Studio</translation>
        </message>
    </context>
    <context>
        <name>OpenField</name>
        <message>
            <source>File to read</source>
            <translation>Zu lesende Datei</translation>
        </message>
        <message>
            <source>Choose a file, or type or paste its path</source>
            <translation>Eine Datei wählen oder ihren Pfad eingeben oder einfügen</translation>
        </message>
        <message>
            <source>Choose File…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Eine Datei wählen</translation>
        </message>
        <message>
            <source>Choose Folder…</source>
            <translation>Ordner wählen…</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Einen Ordner wählen</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <extracomment>"module" or "lesson" the lesson's kind (page, video, ...); None for a module</extracomment>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <extracomment>the instructor moved an item: a MoveRequest the instructor renamed an item in place: kind, id, old title, new title a title typed in place was refused: the message</extracomment>
            <translation>
                <numerusform>%Ln Lektion</numerusform>
                <numerusform>%Ln Lektionen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineTab</name>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>Select a module or lesson to see its details.</source>
            <translation>Wählen Sie ein Modul oder eine Lektion, um die Details zu sehen.</translation>
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Add a module</source>
            <translation>Ein Modul hinzufügen</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Add a lesson</source>
            <translation>Eine Lektion hinzufügen</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Rename in place</source>
            <translation>Direkt umbenennen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Move to the Trash</source>
            <translation>In den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben verschieben</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten verschieben</translation>
        </message>
        <message>
            <source>You do not teach this course, so its outline is read-only.</source>
            <translation>Sie unterrichten diesen Kurs nicht, daher ist die Gliederung schreibgeschützt.</translation>
        </message>
        <message>
            <source>New module</source>
            <translation>Neues Modul</translation>
        </message>
        <message>
            <source>New lesson</source>
            <translation>Neue Lektion</translation>
        </message>
    </context>
    <context>
        <name>OutlineTree</name>
        <message>
            <source>Course outline</source>
            <translation>Kursgliederung</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Course overview</source>
            <translation>Kursübersicht</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Eingeschrieben</translation>
        </message>
        <message>
            <source>Average completion</source>
            <translation>Durchschnittlicher Fortschritt</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Gliederung</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Lehrende</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message numerus="yes">
            <source>of %Ln seat(s)</source>
            <translation>
                <numerusform>von %Ln Platz</numerusform>
                <numerusform>von %Ln Plätzen</numerusform>
            </translation>
        </message>
        <message>
            <source>no seat limit</source>
            <translation>keine Platzbegrenzung</translation>
        </message>
        <message>
            <source>{seats}, {waiting} waiting</source>
            <translation>{seats}, {waiting} auf der Warteliste</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet.</source>
            <translation>Noch niemand ist eingeschrieben.</translation>
        </message>
        <message>
            <source>of the lessons, on average</source>
            <translation>der Lektionen, im Durchschnitt</translation>
        </message>
        <message numerus="yes">
            <source>quiet for more than %Ln day(s) or behind the pace</source>
            <translation>
                <numerusform>seit mehr als %Ln Tag inaktiv oder im Rückstand</numerusform>
                <numerusform>seit mehr als %Ln Tagen inaktiv oder im Rückstand</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone is on track.</source>
            <translation>Alle sind auf Kurs.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln lesson(s)</source>
            <translation>
                <numerusform>%Ln Lektion</numerusform>
                <numerusform>%Ln Lektionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln module(s)</source>
            <translation>
                <numerusform>in %Ln Modul</numerusform>
                <numerusform>in %Ln Modulen</numerusform>
            </translation>
        </message>
        <message>
            <source>No description yet.</source>
            <translation>Noch keine Beschreibung.</translation>
        </message>
        <message>
            <source>{owner} owns this course; you can look but not change it.</source>
            <translation>Dieser Kurs gehört {owner}; Sie können ihn ansehen, aber nicht ändern.</translation>
        </message>
        <message>
            <source>Another instructor</source>
            <translation>Eine andere Lehrperson</translation>
        </message>
        <message>
            <source>{name} (owner)</source>
            <translation>{name} (verantwortlich)</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>System default</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Choose a full path to a folder, for example one in your home folder.</source>
            <extracomment>choices for automatic sync, in minutes; 0 means only when the instructor asks "command line", "environment", "preferences" or "default"</extracomment>
            <translation>Wählen Sie einen vollständigen Pfad zu einem Ordner, zum Beispiel in Ihrem persönlichen Ordner.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder.</source>
            <translation>{path} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>Course Studio cannot write into {path}.</source>
            <translation>Course Studio kann nicht in {path} schreiben.</translation>
        </message>
        <message>
            <source>Course Studio cannot read and write {path}.</source>
            <translation>Course Studio kann {path} nicht lesen und schreiben.</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Nur auf Anfrage</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Stündlich</translation>
        </message>
        <message numerus="yes">
            <source>Every %Ln minute(s)</source>
            <translation>
                <numerusform>Jede Minute</numerusform>
                <numerusform>Alle %Ln Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the server's address starting with https://, for example {example}.</source>
            <translation>Geben Sie die Adresse des Servers mit https:// am Anfang ein, zum Beispiel {example}.</translation>
        </message>
        <message>
            <source>The port in the server's address must be a number.</source>
            <translation>Der Port in der Serveradresse muss eine Zahl sein.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>the at-risk threshold changed (days); apply it now the sync server or the auto-sync interval changed</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Save preferences</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Data folder in use</source>
            <translation>Verwendeter Datenordner</translation>
        </message>
        <message>
            <source>Course Studio keeps all your courses in this folder.</source>
            <translation>Course Studio speichert alle Ihre Kurse in diesem Ordner.</translation>
        </message>
        <message>
            <source>In &amp;use:</source>
            <translation>In &amp;Verwendung:</translation>
        </message>
        <message>
            <source>Data folder from the next start</source>
            <translation>Datenordner ab dem nächsten Start</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Choose a data folder</source>
            <translation>Einen Datenordner wählen</translation>
        </message>
        <message>
            <source>Usual &amp;folder</source>
            <translation>Üblicher &amp;Ordner</translation>
        </message>
        <message>
            <source>Use the usual data folder</source>
            <translation>Den üblichen Datenordner verwenden</translation>
        </message>
        <message>
            <source>From the &amp;next start:</source>
            <translation>Ab dem &amp;nächsten Start:</translation>
        </message>
        <message>
            <source>Course Studio keeps all your courses in one file in this folder and saves every change the moment you make it. A different folder is used from the next start; the current folder is neither moved nor deleted. To take your courses along, close Course Studio and copy the folder's contents into the new folder first.</source>
            <translation>Course Studio speichert alle Ihre Kurse in einer Datei in diesem Ordner und sichert jede Änderung sofort. Ein anderer Ordner gilt ab dem nächsten Start; der bisherige Ordner wird weder verschoben noch gelöscht. Um Ihre Kurse mitzunehmen, schließen Sie Course Studio und kopieren Sie vorher den Inhalt des Ordners in den neuen Ordner.</translation>
        </message>
        <message>
            <source>This run uses the folder given on the command line; the folder chosen here is used when Course Studio starts without one.</source>
            <translation>Diese Sitzung verwendet den Ordner aus der Befehlszeile; der hier gewählte Ordner gilt, wenn Course Studio ohne Ordnerangabe startet.</translation>
        </message>
        <message>
            <source>This run uses the folder given by the COURSE_STUDIO_DATA_DIR environment variable; the folder chosen here is used when Course Studio starts without one.</source>
            <translation>Diese Sitzung verwendet den Ordner aus der Umgebungsvariable COURSE_STUDIO_DATA_DIR; der hier gewählte Ordner gilt, wenn Course Studio ohne Ordnerangabe startet.</translation>
        </message>
        <message>
            <source>Language and notifications</source>
            <translation>Sprache und Benachrichtigungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Show a &amp;notification when an action finishes</source>
            <translation>Eine Be&amp;nachrichtigung zeigen, wenn eine Aktion abgeschlossen ist</translation>
        </message>
        <message>
            <source>Show notifications</source>
            <translation>Benachrichtigungen anzeigen</translation>
        </message>
        <message>
            <source>The Activity panel lists every action whether or not notifications are shown.</source>
            <translation>Das Aktivitätsfenster listet jede Aktion auf, ob Benachrichtigungen gezeigt werden oder nicht.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Sync server address</source>
            <translation>Adresse des Sync-Servers</translation>
        </message>
        <message>
            <source>https://courses.example.org</source>
            <translation>https://kurse.example.org</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>Sync automatically</source>
            <translation>Automatisch synchronisieren</translation>
        </message>
        <message>
            <source>Sync &amp;automatically:</source>
            <translation>&amp;Automatisch synchronisieren:</translation>
        </message>
        <message>
            <source>Automatic sync runs only while you are signed in and the server can be reached. Your changes are always saved on this computer first.</source>
            <translation>Die automatische Synchronisierung läuft nur, solange Sie angemeldet sind und der Server erreichbar ist. Ihre Änderungen werden immer zuerst auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Days without activity before a student is at risk</source>
            <translation>Tage ohne Aktivität, bevor eine Person als gefährdet gilt</translation>
        </message>
        <message>
            <source>At risk after (&amp;days):</source>
            <translation>Gefährdet nach (&amp;Tagen):</translation>
        </message>
        <message>
            <source>A student who has been active in a course counts as at risk after this many days without activity. The course list and the Progress tab use it at once.</source>
            <translation>Wer in einem Kurs aktiv war, gilt nach so vielen Tagen ohne Aktivität als gefährdet. Die Kursliste und der Reiter „Fortschritt“ übernehmen das sofort.</translation>
        </message>
        <message>
            <source>Course Studio will keep using this folder.</source>
            <translation>Course Studio verwendet weiterhin diesen Ordner.</translation>
        </message>
        <message>
            <source>From the next start Course Studio opens the courses already kept in {folder}.</source>
            <translation>Ab dem nächsten Start öffnet Course Studio die Kurse, die bereits in {folder} liegen.</translation>
        </message>
        <message>
            <source>From the next start Course Studio begins with an empty data file in {folder}.</source>
            <translation>Ab dem nächsten Start beginnt Course Studio mit einer leeren Datendatei in {folder}.</translation>
        </message>
        <message>
            <source>The new language is used the next time Course Studio starts.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von Course Studio.</translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Completion per lesson</source>
            <translation>Fortschritt je Lektion</translation>
        </message>
        <message>
            <source>How many students are how far</source>
            <translation>Wie viele Teilnehmende wie weit sind</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Lessons in outline order (point at a bar for its title)</source>
            <translation>Lektionen in Gliederungsreihenfolge (Balken zeigen für den Titel)</translation>
        </message>
        <message>
            <source>Students by completion</source>
            <translation>Teilnehmende nach Fortschritt</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Completion (%), in bands of 10 points</source>
            <translation>Fortschritt (%) in Stufen von 10 Punkten</translation>
        </message>
        <message>
            <source>{module} › {lesson}
{done} of {students} students ({percent})</source>
            <translation>{module} › {lesson}
{done} von {students} Teilnehmenden ({percent})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) at {low} % to 100 %</source>
            <translation>
                <numerusform>%Ln Person bei {low} % bis 100 %</numerusform>
                <numerusform>%Ln Personen bei {low} % bis 100 %</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s) at {low} % to under {high} %</source>
            <translation>
                <numerusform>%Ln Person bei {low} % bis unter {high} %</numerusform>
                <numerusform>%Ln Personen bei {low} % bis unter {high} %</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressExportDialog</name>
        <message>
            <source>Export progress</source>
            <translation>Fortschritt exportieren</translation>
        </message>
        <message>
            <source>How far each student is (and how each lesson is going), the numbers of the Progress tab. An Excel workbook has both tables; a CSV file has one.</source>
            <translation>Wie weit jede Person ist (und wie es in jeder Lektion läuft) – die Zahlen des Reiters Fortschritt. Eine Excel-Arbeitsmappe enthält beide Tabellen, eine CSV-Datei eine.</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>Table to write</source>
            <translation>Zu schreibende Tabelle</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>students</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>File type:</source>
            <translation>Dateityp:</translation>
        </message>
        <message>
            <source>Only the students the Progress tab shows</source>
            <translation>Nur die Teilnehmenden, die der Reiter Fortschritt zeigt</translation>
        </message>
        <message>
            <source>Only the students the Progress tab shows ({filter}): none now</source>
            <translation>Nur die Teilnehmenden, die der Reiter Fortschritt zeigt ({filter}): derzeit niemand</translation>
        </message>
        <message>
            <source>Only the student the Progress tab shows ({filter})</source>
            <translation>Nur die Person, die der Reiter Fortschritt zeigt ({filter})</translation>
        </message>
        <message>
            <source>Only the students the Progress tab shows ({filter})</source>
            <translation>Nur die Teilnehmenden, die der Reiter Fortschritt zeigt ({filter})</translation>
        </message>
        <message>
            <source>Only the {n} students the Progress tab shows ({filter})</source>
            <translation>Nur die {n} Teilnehmenden, die der Reiter Fortschritt zeigt ({filter})</translation>
        </message>
        <message>
            <source>Students:</source>
            <translation>Teilnehmende:</translation>
        </message>
        <message>
            <source>(only the students shown)</source>
            <translation>(nur die gezeigten Teilnehmenden)</translation>
        </message>
        <message>
            <source>Progress of {code} exported to {name}</source>
            <translation>Fortschritt von {code} exportiert nach {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressTab</name>
        <message>
            <source>Filter by name, email or SIS id</source>
            <translation>Nach Name, E-Mail oder SIS-ID filtern</translation>
        </message>
        <message>
            <source>Filter students</source>
            <translation>Teilnehmende filtern</translation>
        </message>
        <message>
            <source>At-risk only</source>
            <translation>Nur gefährdete</translation>
        </message>
        <message>
            <source>Show only students at risk</source>
            <translation>Nur gefährdete Teilnehmende zeigen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Als CSV exportieren…</translation>
        </message>
        <message>
            <source>Export to Excel (.xlsx)…</source>
            <translation>Als Excel (.xlsx) exportieren…</translation>
        </message>
        <message>
            <source>Export the rows shown</source>
            <translation>Die gezeigten Zeilen exportieren</translation>
        </message>
        <message>
            <source>Write the rows shown to a CSV or Excel file</source>
            <translation>Die gezeigten Zeilen in eine CSV- oder Excel-Datei schreiben</translation>
        </message>
        <message>
            <source>Student progress</source>
            <translation>Fortschritt der Teilnehmenden</translation>
        </message>
        <message>
            <source>Pick a course to see how its students are doing.</source>
            <translation>Wählen Sie einen Kurs, um zu sehen, wie es seinen Teilnehmenden geht.</translation>
        </message>
        <message>
            <source>Nobody is enrolled as an active student yet.</source>
            <translation>Noch ist niemand als aktive Person eingeschrieben.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; student(s) · average completion &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; at risk</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Person · durchschnittlicher Fortschritt &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; gefährdet</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Teilnehmende · durchschnittlicher Fortschritt &lt;b&gt;{average}&lt;/b&gt; · &lt;b&gt;{risk}&lt;/b&gt; gefährdet</numerusform>
            </translation>
        </message>
        <message>
            <source>showing {shown}</source>
            <translation>{shown} gezeigt</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Fortschritt exportieren</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) exported to {name}.</source>
            <translation>
                <numerusform>%Ln Zeile nach {name} exportiert.</numerusform>
                <numerusform>%Ln Zeilen nach {name} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was not written.</source>
            <translation>{name} wurde nicht geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>ProgressTableModel</name>
        <message>
            <source>Student</source>
            <extracomment>the charts stay readable down to this height; the student table gets the rest first below this height the charts drop their titles (the axes still say what they show) the share of the height the student table starts with (the charts get the rest)</extracomment>
            <translation>Studierende*r</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Lessons done</source>
            <translation>Lektionen erledigt</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} von {total}</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>Ø Punktzahl</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>No activity yet</source>
            <translation>Noch keine Aktivität</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <source>Quiet for longer than the threshold set in Preferences, or well behind the course's pace</source>
            <translation>Länger inaktiv als die in den Einstellungen festgelegte Schwelle oder deutlich hinter dem Tempo des Kurses</translation>
        </message>
        <message>
            <source>No activity yet although the course has started.</source>
            <translation>Noch keine Aktivität, obwohl der Kurs begonnen hat.</translation>
        </message>
        <message>
            <source>Last active {when}; {percent} done. Quiet for a long time or behind the course's pace.</source>
            <translation>Zuletzt aktiv {when}; {percent} erledigt. Lange inaktiv oder hinter dem Tempo des Kurses.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a course from a backup</source>
            <translation>Einen Kurs aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>A course backup (.cstudio) made with File › Back Up Course…, here or on another computer: the course with its outline, students, enrollments and progress.</source>
            <translation>Eine Kurssicherung (.cstudio), erstellt mit Datei › Kurs sichern…, hier oder auf einem anderen Computer: der Kurs mit Gliederung, Teilnehmenden, Einschreibungen und Fortschritt.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Sicherungsdatei</translation>
        </message>
        <message>
            <source>Restore as a copy, with a new code</source>
            <translation>Als Kopie mit neuem Kürzel wiederherstellen</translation>
        </message>
        <message>
            <source>Restore as a copy</source>
            <translation>Als Kopie wiederherstellen</translation>
        </message>
        <message>
            <source>Course &amp;code:</source>
            <translation>Kurs&amp;kürzel:</translation>
        </message>
        <message>
            <source>This course is already here, so it is restored as a copy: new ids and the first free code, or the one you give. The course here stays as it is.</source>
            <translation>Dieser Kurs ist schon hier, daher wird er als Kopie wiederhergestellt: mit neuen IDs und dem ersten freien Kürzel oder dem, das Sie angeben. Der Kurs hier bleibt, wie er ist.</translation>
        </message>
        <message>
            <source>Restored as it is, the course keeps its ids, so it is the same course as on the computer it came from.</source>
            <translation>Unverändert wiederhergestellt behält der Kurs seine IDs; er ist also derselbe Kurs wie auf dem Computer, von dem er kommt.</translation>
        </message>
        <message>
            <source>Leave it empty for the first free one ({code}-2, {code}-3 …).</source>
            <translation>Leer lassen für das erste freie ({code}-2, {code}-3 …).</translation>
        </message>
        <message>
            <source>Only a copy takes a new code.</source>
            <translation>Nur eine Kopie erhält ein neues Kürzel.</translation>
        </message>
        <message>
            <source>the backup</source>
            <translation>die Sicherung</translation>
        </message>
        <message>
            <source>{code} restored as a copy from {name}</source>
            <translation>{code} als Kopie aus {name} wiederhergestellt</translation>
        </message>
        <message>
            <source>{code} restored from {name}</source>
            <translation>{code} aus {name} wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>RosterExportDialog</name>
        <message>
            <source>Export the roster</source>
            <translation>Die Teilnehmerliste exportieren</translation>
        </message>
        <message>
            <source>The course's students and teachers, and their enrollments, for another system to import.</source>
            <translation>Die Teilnehmenden und Lehrenden des Kurses mit ihren Einschreibungen, zum Import in ein anderes System.</translation>
        </message>
        <message>
            <source>Roster format</source>
            <translation>Format der Teilnehmerliste</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Written as {what}.</source>
            <translation>Geschrieben als {what}.</translation>
        </message>
        <message>
            <source>1 note: see the Activity panel.</source>
            <translation>1 Hinweis: siehe Bereich Aktivität.</translation>
        </message>
        <message>
            <source>{n} notes: see the Activity panel.</source>
            <translation>{n} Hinweise: siehe Bereich Aktivität.</translation>
        </message>
        <message>
            <source>Roster of {code} exported for {system} to {name}</source>
            <translation>Teilnehmerliste von {code} für {system} exportiert nach {name}</translation>
        </message>
    </context>
    <context>
        <name>RosterImportWizard</name>
        <message>
            <source>Rosters (*.zip *.csv *.txt *.tsv);;All files (*)</source>
            <translation>Teilnehmerlisten (*.zip *.csv *.txt *.tsv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <extracomment>the commit's report, once a roster was written</extracomment>
            <translation>Eine Teilnehmerliste importieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>SaveField</name>
        <message>
            <source>Give the file a name.</source>
            <translation>Geben Sie der Datei einen Namen.</translation>
        </message>
        <message>
            <source>{name} is a folder; add the name of the file to write.</source>
            <translation>{name} ist ein Ordner; ergänzen Sie den Namen der zu schreibenden Datei.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Den Ordner {folder} gibt es nicht.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} ist kein Ordner.</translation>
        </message>
        <message>
            <source>Course Studio may not write in {folder}.</source>
            <translation>Course Studio darf nicht in {folder} schreiben.</translation>
        </message>
        <message>
            <source>{name} is read-only; choose another name.</source>
            <translation>{name} ist schreibgeschützt; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Zu schreibende Datei</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>Wählen, wo gespeichert wird</translation>
        </message>
        <message>
            <source>There is a file called {name} there already; it will be replaced.</source>
            <translation>Dort gibt es schon eine Datei namens {name}; sie wird ersetzt.</translation>
        </message>
        <message>
            <source>It will be saved as {name}.</source>
            <translation>Sie wird als {name} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SavedFilters</name>
        <message>
            <source>Courses</source>
            <extracomment>keys of the fixed entries</extracomment>
            <translation>Kurse</translation>
        </message>
        <message>
            <source>My courses</source>
            <translation>Meine Kurse</translation>
        </message>
        <message>
            <source>All courses</source>
            <translation>Alle Kurse</translation>
        </message>
        <message>
            <source>Enrollments</source>
            <translation>Einschreibungen</translation>
        </message>
        <message>
            <source>All enrollments</source>
            <translation>Alle Einschreibungen</translation>
        </message>
        <message>
            <source>Every row</source>
            <extracomment>a saved filter was renamed in place: (id, new name) a saved filter was dropped at another place: (id, index among its list)</extracomment>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>Save filter “{0}”</source>
            <translation>Filter „{0}“ speichern</translation>
        </message>
        <message>
            <source>Saved the filter “{0}”.</source>
            <translation>Filter „{0}“ gespeichert.</translation>
        </message>
        <message>
            <source>Rename filter “{0}”</source>
            <translation>Filter „{0}“ umbenennen</translation>
        </message>
        <message>
            <source>Renamed the filter “{0}” to “{1}”.</source>
            <translation>Filter „{0}“ in „{1}“ umbenannt.</translation>
        </message>
        <message>
            <source>Delete filter “{0}”</source>
            <translation>Filter „{0}“ löschen</translation>
        </message>
        <message>
            <source>Deleted the filter “{0}”.</source>
            <translation>Filter „{0}“ gelöscht.</translation>
        </message>
        <message>
            <source>Move filter “{0}”</source>
            <translation>Filter „{0}“ verschieben</translation>
        </message>
        <message>
            <source>Moved the filter “{0}”.</source>
            <translation>Filter „{0}“ verschoben.</translation>
        </message>
    </context>
    <context>
        <name>SavedFiltersPanel</name>
        <message>
            <source>Save the current filter (Ctrl+Shift+S)</source>
            <extracomment>the instructor picked a place or a saved filter: a Place</extracomment>
            <translation>Den aktuellen Filter speichern (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>Save the current filter</source>
            <translation>Den aktuellen Filter speichern</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Finden</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Nach unten</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>{change}: done.</source>
            <extracomment>what the notifier and the Activity panel call it: create, update, delete, ...</extracomment>
            <translation>{change}: erledigt.</translation>
        </message>
    </context>
    <context>
        <name>SidebarView</name>
        <message>
            <source>Places and saved filters</source>
            <translation>Orte und gespeicherte Filter</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to a Course Studio server</source>
            <extracomment>how the sync client starts its sentence when no server answers</extracomment>
            <translation>Bei einem Course-Studio-Server anmelden</translation>
        </message>
        <message>
            <source>Sign in to sync</source>
            <translation>Zum Synchronisieren anmelden</translation>
        </message>
        <message>
            <source>Your courses stay on this computer and you can work offline. Signed in, Course Studio sends your changes to the server and fetches your colleagues'.</source>
            <translation>Ihre Kurse bleiben auf diesem Computer, und Sie können offline arbeiten. Angemeldet sendet Course Studio Ihre Änderungen an den Server und holt die Ihrer Kolleginnen und Kollegen.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Your sign-in is kept in this computer's keyring; your password is not kept.</source>
            <translation>Ihre Anmeldung wird im Schlüsselbund dieses Computers aufbewahrt; Ihr Passwort nicht.</translation>
        </message>
        <message>
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>Signed in to {host} as {who}. Sign in again to use another password, or sign out.</source>
            <translation>Bei {host} angemeldet als {who}. Melden Sie sich erneut an, um ein anderes Passwort zu verwenden, oder melden Sie sich ab.</translation>
        </message>
        <message>
            <source>The server {host} asks you to sign in again.</source>
            <translation>Der Server {host} bittet Sie, sich erneut anzumelden.</translation>
        </message>
        <message>
            <source>This data folder syncs as {name} on {host}.</source>
            <translation>Dieser Datenordner synchronisiert als {name} auf {host}.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
    </context>
    <context>
        <name>SourcePage</name>
        <message>
            <source>Choose the roster</source>
            <translation>Die Teilnehmerliste wählen</translation>
        </message>
        <message>
            <source>A OneRoster package (a zip or a folder), Canvas SIS files, a Moodle “upload users” file, or any CSV file with one row per person. Nothing is written until you have seen what the import will do.</source>
            <translation>Ein OneRoster-Paket (ein Zip oder ein Ordner), Canvas-SIS-Dateien, eine Moodle-Datei „Nutzer/innen hochladen“ oder eine beliebige CSV-Datei mit einer Zeile je Person. Es wird nichts gespeichert, bevor Sie gesehen haben, was der Import tun wird.</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>Eine Teilnehmerliste wählen</translation>
        </message>
        <message>
            <source>Roster file or folder</source>
            <translation>Datei oder Ordner der Teilnehmerliste</translation>
        </message>
        <message>
            <source>Roster format</source>
            <translation>Format der Teilnehmerliste</translation>
        </message>
        <message>
            <source>Into the courses the file names</source>
            <translation>In die Kurse, die die Datei nennt</translation>
        </message>
        <message>
            <source>Enroll into the courses the file names</source>
            <translation>In die Kurse einschreiben, die die Datei nennt</translation>
        </message>
        <message>
            <source>Courses are matched by their code; a course the file describes that is not here yet is created as a draft. People without a course go into the student directory.</source>
            <translation>Kurse werden über ihr Kürzel zugeordnet; ein Kurs aus der Datei, der hier noch fehlt, wird als Entwurf angelegt. Personen ohne Kurs kommen ins Personenverzeichnis.</translation>
        </message>
        <message>
            <source>Everyone into one course:</source>
            <translation>Alle in einen Kurs:</translation>
        </message>
        <message>
            <source>Enroll everyone into one course</source>
            <translation>Alle in einen Kurs einschreiben</translation>
        </message>
        <message>
            <source>Course to enroll everyone in</source>
            <translation>Kurs, in den alle eingeschrieben werden</translation>
        </message>
        <message>
            <source>&amp;File or folder:</source>
            <translation>&amp;Datei oder Ordner:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Enroll:</source>
            <translation>Einschreiben:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>in a zip file</source>
            <translation>in einer Zip-Datei</translation>
        </message>
        <message>
            <source>in a folder</source>
            <translation>in einem Ordner</translation>
        </message>
        <message>
            <source>1 row under {columns} columns, read as {encoding} and separated by {sep}.</source>
            <translation>1 Zeile unter {columns} Spalten, gelesen als {encoding} und getrennt durch {sep}.</translation>
        </message>
        <message>
            <source>{rows} rows under {columns} columns, read as {encoding} and separated by {sep}.</source>
            <translation>{rows} Zeilen unter {columns} Spalten, gelesen als {encoding} und getrennt durch {sep}.</translation>
        </message>
        <message>
            <source>1 file {where}: {files}</source>
            <translation>1 Datei {where}: {files}</translation>
        </message>
        <message>
            <source>{n} files {where}: {files}</source>
            <translation>{n} Dateien {where}: {files}</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Detected from the file's names and columns.</source>
            <translation>Erkannt an den Namen und Spalten der Datei.</translation>
        </message>
        <message>
            <source>Chosen by you; the file looks like {detected}. The check will say whether it reads as the format you chose.</source>
            <translation>Von Ihnen gewählt; die Datei sieht aus wie {detected}. Die Prüfung zeigt, ob sie sich im gewählten Format lesen lässt.</translation>
        </message>
        <message>
            <source>The file's own courses are not used; a file without enrollments enrolls every student in it.</source>
            <translation>Die Kurse aus der Datei werden nicht verwendet; eine Datei ohne Einschreibungen schreibt jede Person darin ein.</translation>
        </message>
        <message>
            <source>Courses are matched by code; one the file describes that is not here yet is created as a draft. People without a course go into the student directory.</source>
            <translation>Kurse werden über das Kürzel zugeordnet; einer aus der Datei, der hier noch fehlt, wird als Entwurf angelegt. Personen ohne Kurs kommen ins Personenverzeichnis.</translation>
        </message>
    </context>
    <context>
        <name>StatusChip</name>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>Every &amp;5 Minutes</source>
            <extracomment>the choices of Sync › Sync Automatically: (caption, minutes; 0 = only when asked)</extracomment>
            <translation>Alle &amp;5 Minuten</translation>
        </message>
        <message>
            <source>Every &amp;15 Minutes</source>
            <translation>Alle &amp;15 Minuten</translation>
        </message>
        <message>
            <source>Every &amp;30 Minutes</source>
            <translation>Alle &amp;30 Minuten</translation>
        </message>
        <message>
            <source>Every &amp;Hour</source>
            <translation>&amp;Stündlich</translation>
        </message>
        <message>
            <source>&amp;Only When I Ask</source>
            <translation>&amp;Nur auf Anfrage</translation>
        </message>
        <message>
            <source>&amp;Sync Now</source>
            <translation>Jetzt &amp;synchronisieren</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Send your changes to the server and fetch everyone else's ({keys})</source>
            <translation>Ihre Änderungen an den Server senden und die aller anderen holen ({keys})</translation>
        </message>
        <message>
            <source>Sign &amp;In…</source>
            <translation>&amp;Anmelden…</translation>
        </message>
        <message>
            <source>Sign &amp;Out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>&amp;Konflikte…</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisieren</translation>
        </message>
        <message>
            <source>Sync &amp;Automatically</source>
            <translation>&amp;Automatisch synchronisieren</translation>
        </message>
        <message>
            <source>Sync automatically</source>
            <translation>Automatisch synchronisieren</translation>
        </message>
        <message>
            <source>Sign &amp;In Again…</source>
            <translation>Erneut &amp;anmelden…</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({n})…</source>
            <translation>&amp;Konflikte ({n})…</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sync could not finish because of an unexpected problem; your changes are kept. The details are in the log file.</source>
            <extracomment>how long to wait before each new try while the server cannot be reached the first automatic sync waits a moment, so the window is drawn first sentences marked for translation; say them through tr()</extracomment>
            <translation>Die Synchronisierung konnte wegen eines unerwarteten Problems nicht abgeschlossen werden; Ihre Änderungen bleiben erhalten. Die Einzelheiten stehen in der Protokolldatei.</translation>
        </message>
        <message>
            <source>No Course Studio server answers at this address; check the address.</source>
            <translation>Unter dieser Adresse antwortet kein Course-Studio-Server; prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <source>Type the server's address, for example https://courses.example.edu.</source>
            <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://courses.example.edu.</translation>
        </message>
        <message>
            <source>The server address starts with https:// (or http:// on your own computer), for example https://courses.example.edu.</source>
            <translation>Die Serveradresse beginnt mit https:// (oder http:// auf Ihrem eigenen Computer), zum Beispiel https://courses.example.edu.</translation>
        </message>
        <message>
            <source>The server address must start with http:// or https:// and name a computer (got {url}).</source>
            <translation>Die Serveradresse muss mit http:// oder https:// beginnen und einen Computer nennen (erhalten: {url}).</translation>
        </message>
        <message>
            <source>The server address cannot contain spaces.</source>
            <translation>Die Serveradresse darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>Type your user name and your password.</source>
            <extracomment>a SyncView, whenever anything the status area shows changed a sync finished: the SyncReport a sync failed: the sentence saying why signing in worked: the account's display name signing in did not work: the sentence saying why this data folder is now tied to a server account: its id Sync now was asked for but nobody is signed in the status (pending changes, conflicts, last sync) was read and is shown options for each SyncClient (tests pass ``{"backoff": 0}``) the last sign-in failed because no server answered</extracomment>
            <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>another instructor</source>
            <translation>eine andere Lehrperson</translation>
        </message>
        <message>
            <source>This data folder syncs as {name} on {host}; sign in as {name}, or open another data folder.</source>
            <translation>Dieser Datenordner synchronisiert als {name} auf {host}; melden Sie sich als {name} an oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>This data folder syncs as {name}; sign in as {name}, or open another data folder.</source>
            <translation>Dieser Datenordner synchronisiert als {name}; melden Sie sich als {name} an oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>Signed in to {host} as {name}.</source>
            <translation>Bei {host} angemeldet als {name}.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Signing in did not work because of an unexpected problem; see the log file.</source>
            <translation>Die Anmeldung hat wegen eines unerwarteten Problems nicht geklappt; siehe Protokolldatei.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Signed out of {host}. Your courses stay on this computer; sign in again to sync.</source>
            <translation>Von {host} abgemeldet. Ihre Kurse bleiben auf diesem Computer; melden Sie sich zum Synchronisieren wieder an.</translation>
        </message>
        <message>
            <source>{n} conflicts wait for you: open Sync › Conflicts… to choose what to keep.</source>
            <translation>{n} Konflikte warten auf Sie: Öffnen Sie Synchronisieren › Konflikte…, um zu wählen, was bleibt.</translation>
        </message>
        <message>
            <source>{n} conflict waits for you: open Sync › Conflicts… to choose what to keep.</source>
            <translation>{n} Konflikt wartet auf Sie: Öffnen Sie Synchronisieren › Konflikte…, um zu wählen, was bleibt.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Sync failed: {message}</source>
            <translation>Synchronisierung fehlgeschlagen: {message}</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusArea</name>
        <message>
            <source>Not signed in to a server</source>
            <extracomment>refresh "5 minutes ago" this often the word for each state (marked for translation; shown through _tr)</extracomment>
            <translation>Nicht am Server angemeldet</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisiert…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Synchronisierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>in a moment</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>in {minutes} minutes</source>
            <translation>in {minutes} Minuten</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Sync-Status</translation>
        </message>
        <message>
            <source>Changes that disagree with the server. Click to choose what to keep.</source>
            <translation>Änderungen, die dem Server widersprechen. Klicken Sie, um zu wählen, was bleibt.</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Sync: {state}</translation>
        </message>
        <message>
            <source>Changes made on this computer that the server does not have yet. They are saved here and sent with the next sync.</source>
            <translation>Änderungen auf diesem Computer, die der Server noch nicht hat. Sie sind hier gespeichert und werden mit der nächsten Synchronisierung gesendet.</translation>
        </message>
        <message>
            <source>you</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>Sign in to a Course Studio server to sync your courses. Click to sign in.</source>
            <translation>Melden Sie sich bei einem Course-Studio-Server an, um Ihre Kurse zu synchronisieren. Zum Anmelden klicken.</translation>
        </message>
        <message>
            <source>Signed in to {host} as {who}. Click to sync now.</source>
            <translation>Bei {host} angemeldet als {who}. Klicken, um jetzt zu synchronisieren.</translation>
        </message>
        <message>
            <source>Connected to {host} as {who}. Click to sync now.</source>
            <translation>Mit {host} verbunden als {who}. Klicken, um jetzt zu synchronisieren.</translation>
        </message>
        <message>
            <source>Sending and fetching changes with {host}…</source>
            <translation>Änderungen werden mit {host} ausgetauscht…</translation>
        </message>
        <message>
            <source>It tries again {when}.</source>
            <translation>Neuer Versuch {when}.</translation>
        </message>
        <message>
            <source>Click to try now.</source>
            <translation>Klicken, um es jetzt zu versuchen.</translation>
        </message>
        <message>
            <source>Click to sign in.</source>
            <translation>Zum Anmelden klicken.</translation>
        </message>
        <message>
            <source>Click to try again.</source>
            <translation>Klicken, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Synced {when}</source>
            <translation>Synchronisiert {when}</translation>
        </message>
        <message>
            <source>Last synced {time}.</source>
            <translation>Zuletzt synchronisiert {time}.</translation>
        </message>
        <message>
            <source>Sent {sent}, received {received} ({seconds} s).</source>
            <translation>Gesendet {sent}, empfangen {received} ({seconds} s).</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>This computer has not synced with a server yet.</source>
            <translation>Dieser Computer hat noch nicht mit einem Server synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>Toast</name>
        <message>
            <source>Notification: {title}</source>
            <extracomment>How long a toast stays, in milliseconds (errors stay longer: they need reading).</extracomment>
            <translation>Benachrichtigung: {title}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo {title}</source>
            <translation>{title} rückgängig machen</translation>
        </message>
        <message>
            <source>Dismiss notification</source>
            <translation>Benachrichtigung schließen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <source>Course</source>
            <extracomment>the invalid index, as a default argument</extracomment>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Deleted courses, modules and lessons stay here until you restore them or empty the Trash.</source>
            <translation>Gelöschte Kurse, Module und Lektionen bleiben hier, bis Sie sie wiederherstellen oder den Papierkorb leeren.</translation>
        </message>
        <message>
            <source>Items in the Trash</source>
            <translation>Objekte im Papierkorb</translation>
        </message>
        <message>
            <source>The Trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the selected item</source>
            <translation>Das ausgewählte Objekt wiederherstellen</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>Endgültig löschen…</translation>
        </message>
        <message>
            <source>Delete the selected item for good</source>
            <translation>Das ausgewählte Objekt endgültig löschen</translation>
        </message>
        <message>
            <source>Empty Trash…</source>
            <translation>Papierkorb leeren…</translation>
        </message>
        <message>
            <source>Empty the Trash</source>
            <translation>Den Papierkorb leeren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the Trash</source>
            <translation>Den Papierkorb schließen</translation>
        </message>
        <message>
            <source>Delete “{title}” for good?</source>
            <translation>„{title}“ endgültig löschen?</translation>
        </message>
        <message>
            <source>It cannot be restored or undone afterwards.</source>
            <translation>Danach lässt es sich weder wiederherstellen noch rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>Empty the Trash?</source>
            <translation>Papierkorb leeren?</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln item(s) in the Trash will be deleted for good, with everything inside them. This cannot be undone.</source>
            <translation>
                <numerusform>Das %Ln Objekt im Papierkorb wird samt Inhalt endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>Die %Ln Objekte im Papierkorb werden samt Inhalt endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty Trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <source>Deleted “{title}” for good.</source>
            <translation>„{title}“ endgültig gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>Emptied the Trash (%Ln item(s)).</source>
            <translation>
                <numerusform>Papierkorb geleert (%Ln Objekt).</numerusform>
                <numerusform>Papierkorb geleert (%Ln Objekte).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Could not finish “{change}”</source>
            <extracomment>a command's first run succeeded: (command, result) a command or one of its undo/redo steps failed: (command, exception) nothing is running any more</extracomment>
            <translation>„{change}“ konnte nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>Undid “{change}”.</source>
            <translation>„{change}“ rückgängig gemacht.</translation>
        </message>
        <message>
            <source>Redid “{change}”.</source>
            <translation>„{change}“ wiederholt.</translation>
        </message>
        <message>
            <source>Could not undo “{change}”</source>
            <translation>„{change}“ konnte nicht rückgängig gemacht werden</translation>
        </message>
        <message>
            <source>Could not redo “{change}”</source>
            <translation>„{change}“ konnte nicht wiederholt werden</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>“{change}” is not the latest change any more. Use Edit › Undo to step back through the later changes first.</source>
            <translation>„{change}“ ist nicht mehr die letzte Änderung. Gehen Sie zuerst mit Bearbeiten › Rückgängig durch die späteren Änderungen zurück.</translation>
        </message>
        <message>
            <source>{what}: {reason}</source>
            <translation>{what}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>&amp;Courses</source>
            <translation>&amp;Kurse</translation>
        </message>
        <message>
            <source>All &amp;Enrollments</source>
            <translation>Alle &amp;Einschreibungen</translation>
        </message>
        <message>
            <source>Every enrollment of every course, in one list</source>
            <translation>Jede Einschreibung jedes Kurses in einer Liste</translation>
        </message>
        <message>
            <source>&amp;Sidebar</source>
            <translation>&amp;Seitenleiste</translation>
        </message>
        <message>
            <source>&amp;Save Filter…</source>
            <translation>Filter &amp;speichern…</translation>
        </message>
        <message>
            <source>Keep the current filter in the sidebar</source>
            <translation>Den aktuellen Filter in der Seitenleiste behalten</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Filter speichern</translation>
        </message>
        <message>
            <source>every row</source>
            <translation>alle Zeilen</translation>
        </message>
        <message>
            <source>Name for the filter of enrollments:
{0}</source>
            <translation>Name für den Filter der Einschreibungen:
{0}</translation>
        </message>
        <message>
            <source>Name for the filter of courses:
{0}</source>
            <translation>Name für den Filter der Kurse:
{0}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>_ChecksEditor</name>
        <message>
            <source>Find…</source>
            <translation>Finden…</translation>
        </message>
        <message>
            <source>Find in {0}</source>
            <translation>In {0} finden</translation>
        </message>
        <message>
            <source>Nothing in use yet.</source>
            <translation>Noch nichts in Verwendung.</translation>
        </message>
    </context>
    <context>
        <name>_RangeEditor</name>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Jeder Tag</translation>
        </message>
        <message>
            <source>A day (2026-09-01), a month (2026-09), a year or today</source>
            <translation>Ein Tag (2026-09-01), ein Monat (2026-09), ein Jahr oder today</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Mindestens</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Höchstens</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Beliebig</translation>
        </message>
        <message>
            <source>Write a day such as 2026-09-01, a month such as 2026-09, a year, or today.</source>
            <translation>Schreiben Sie einen Tag wie 2026-09-01, einen Monat wie 2026-09, ein Jahr oder today.</translation>
        </message>
        <message>
            <source>The lower bound is above the upper one: nothing matches.</source>
            <translation>Die untere Grenze liegt über der oberen: Nichts passt.</translation>
        </message>
    </context>
    <context>
        <name>timefmt</name>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation>ddd, d. MMM yyyy, HH:mm</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>d MMM HH:mm</source>
            <translation>d. MMM, HH:mm</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>Gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s) ago</source>
            <translation>
                <numerusform>vor %Ln Minute</numerusform>
                <numerusform>vor %Ln Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s) ago</source>
            <translation>
                <numerusform>vor %Ln Stunde</numerusform>
                <numerusform>vor %Ln Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) ago</source>
            <translation>
                <numerusform>vor %Ln Tag</numerusform>
                <numerusform>vor %Ln Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln week(s) ago</source>
            <translation>
                <numerusform>vor %Ln Woche</numerusform>
                <numerusform>vor %Ln Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s) ago</source>
            <translation>
                <numerusform>vor %Ln Monat</numerusform>
                <numerusform>vor %Ln Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s) ago</source>
            <translation>
                <numerusform>vor %Ln Jahr</numerusform>
                <numerusform>vor %Ln Jahren</numerusform>
            </translation>
        </message>
    </context>
</TS>

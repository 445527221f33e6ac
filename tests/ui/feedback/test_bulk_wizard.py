"""The class-list import: preview, mapping, every bad row with its line and reason,
nothing written before the instructor confirms, then all or nothing, cancellable."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from course_studio import Studio
from course_studio.domain.errors import ValidationError
from course_studio.ui.bulk_enroll_wizard import BulkEnrollWizard, column_names, guess_mapping
from course_studio.ui.enrollments_tab import EnrollmentsTab
from course_studio.ui.roster_files import read_csv_file
from course_studio.ui.workers import Op
from tests.conftest import unchanged

from .conftest import Host

GOOD = (
    "\ufeffFirst name;Last name;E-mail address;Student ID;Role\n"
    "Ada;Lovelace;ada@example.org;S1;Student\n"  # in the directory and enrolled already
    "Alan;Turing;alan@example.org;S2;TA\n"  # in the directory
    "Émilie;du Châtelet;emilie@example.org;N1;student\n"  # new
    "Marie;Curie;marie@example.org;N2;\n"  # new, no role: a student
)
BROKEN = (
    "given_name,family_name,email,sis id,role\n"
    "Mary,Shelley,mary@example.org,X1,student\n"
    ",Curie,curie@example.org,X2,student\n"
    "Ada,Byron,not-an-email,X3,student\n"
    "Nikola,Tesla,nikola@example.org,X4,professor\n"
)


def open_wizard(host: Host, course: Any, path: Path) -> tuple[EnrollmentsTab, BulkEnrollWizard]:
    tab = EnrollmentsTab(host.studio, host.hub, host.notifier, host.undo_stack)
    host.window.setCentralWidget(tab)
    tab.set_course(course.id)
    host.wait(lambda: tab.loaded_course == course.id)
    wizard = tab.open_import_wizard()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load(str(path))
    host.wait(lambda: not wizard.file_page.reading)
    return tab, wizard


def to_check(host: Host, wizard: BulkEnrollWizard) -> None:
    assert wizard.currentId() == BulkEnrollWizard.FILE and wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == BulkEnrollWizard.MAPPING
    wizard.next()
    assert wizard.currentId() == BulkEnrollWizard.CHECK
    host.wait(lambda: not wizard.check_page.running)


def test_a_good_file_is_checked_then_imported_and_undone(
    host: Host, course: Any, students: list[Any], tmp_path: Path
) -> None:
    studio: Studio = host.studio
    studio.enrollments.enroll(course.id, students[0].id)
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD.encode("utf-8"))
    with unchanged(studio):  # nothing is written before the instructor confirms
        tab, wizard = open_wizard(host, course, path)
        assert wizard.mapping == {
            "given_name": 0,
            "family_name": 1,
            "email": 2,
            "external_id": 3,
            "role": 4,
        }
        wizard.next()
        preview = wizard.mapping_page.preview_model
        assert preview.rowCount() == 4
        assert preview.index(2, 1).data() == "Émilie"
        assert preview.index(1, 5).data() == "ta"  # "TA" read as the role ta
        wizard.next()
        host.wait(lambda: not wizard.check_page.running)
        assert wizard.problems == []
        assert "All 4 rows are fine." in wizard.check_page.status.text()
        assert "1 student is already enrolled" in wizard.check_page.status.text()
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        assert commit.isEnabled() and commit.text() == "Enroll 3 students"
    wizard.next()  # confirm
    host.wait(lambda: wizard.import_page.outcome == "done")
    listed = {r.student_name: (r.role, r.status) for r in studio.enrollments.list(course.id)}
    assert listed == {
        "Ada Lovelace": ("student", "active"),
        "Alan Turing": ("ta", "active"),
        "Émilie du Châtelet": ("student", "active"),
        "Marie Curie": ("student", "active"),
    }
    assert host.undo_stack.undoText() == "Import 3 students from good.csv"
    host.wait(lambda: host.history())
    assert host.history()[0].action == "Import" and host.history()[0].ok
    host.wait(lambda: tab.model.rowCount() == 4)  # the tab refreshed from the hub
    host.undo_stack.undo()
    host.wait(lambda: len(studio.enrollments.list(course.id)) == 1)


def test_a_broken_file_lists_every_bad_row_and_writes_nothing(
    qtmodeltester: Any, host: Host, course: Any, tmp_path: Path
) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(BROKEN, encoding="utf-8")
    with unchanged(host.studio):
        _tab, wizard = open_wizard(host, course, path)
        to_check(host, wizard)
        problems = [(p.line, p.column) for p in wizard.problems]
        assert problems == [(3, "given_name"), (4, "email"), (5, "role")]
        messages = [p.message for p in wizard.problems]
        assert "given name" in messages[0] and "not-an-email" in messages[1]
        assert "professor" in messages[2]
        assert not wizard.check_page.problems.isHidden()
        assert wizard.check_page.problem_model.rowCount() == 3
        qtmodeltester.check(wizard.check_page.problem_model)
        qtmodeltester.check(wizard.mapping_page.preview_model)
        assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
        assert "3 rows with problems" in wizard.check_page.status.text()
        assert wizard.check_page.problems_text().splitlines()[1].startswith("3\t")
        wizard.reject()
        host.settle()


def test_a_file_that_is_not_a_table_is_refused_on_the_first_page(
    host: Host, course: Any, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with unchanged(host.studio):
        _tab, wizard = open_wizard(host, course, path)
        assert wizard.table is None and not wizard.file_page.isComplete()
        assert "not text in an encoding" in wizard.file_page.message.text()
        wizard.reject()


def test_cancel_during_the_import_writes_nothing(host: Host, course: Any, tmp_path: Path) -> None:
    studio: Studio = host.studio
    studio.courses.update(course.id, capacity=None)
    rows = [f"G{i};F{i};s{i}@example.org" for i in range(300)]
    path = tmp_path / "many.csv"
    path.write_text("given;family;email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _tab, wizard = open_wizard(host, course, path)
    to_check(host, wizard)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Enroll 300 students"
    before = studio.students.count()
    gate = threading.Event()
    Op(None, lambda: gate.wait(30)).run()  # hold the database worker
    wizard.next()  # the import is queued behind the held worker
    assert wizard.import_page.running
    wizard.import_page.cancel_button.click()
    gate.set()
    host.wait(lambda: wizard.import_page.outcome == "cancelled")
    assert studio.enrollments.list(course.id) == []
    assert studio.students.count() == before
    assert "Nothing was written" in wizard.import_page.status.text()
    assert host.undo_stack.count() == 0


# -- reading the file (the project's one CSV reader, interop.textio) -----------------


def test_read_csv_file_handles_bom_delimiters_and_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(
        '\ufeffName\tNote\tEmail\n"Ada"\t"two\nlines"\tada@example.org\n\nAlan\t\talan@x.org\n'.encode()
    )
    table = read_csv_file(path)
    assert table.header == ["Name", "Note", "Email"]
    assert table.delimiter == "\t" and table.encoding == "utf-8-sig"
    # a quoted newline takes a line; blank lines are skipped
    assert table.rows == [
        (2, ["Ada", "two\nlines", "ada@example.org"]),
        (5, ["Alan", "", "alan@x.org"]),
    ]


def test_read_csv_file_detects_windows_1252_and_utf16(tmp_path: Path) -> None:
    text = "Vorname;Nachname;E-Mail\nJürgen;Müller;j@example.org\nRenée;Åberg;r@example.org\n"
    for encoding in ("cp1252", "utf-16"):
        path = tmp_path / f"legacy-{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        table = read_csv_file(path)
        assert table.rows[0][1] == ["Jürgen", "Müller", "j@example.org"]
        assert guess_mapping(column_names(table)) == {
            "given_name": 0,
            "family_name": 1,
            "email": 2,
            "external_id": None,
            "role": None,
        }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n", "is empty"),
        (b"given,family,email\n", "no rows under it"),
        (b"\x00\x01\x02binary", "not text in an encoding"),
        (b"given,family\nAda,Lovelace,extra\n", "Line 2: This row has 3 values"),
    ],
)
def test_read_csv_file_refuses_what_is_not_a_class_list(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        read_csv_file(path)
    assert message in info.value.message and info.value.field == "path"


def test_read_csv_file_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no file called"):
        read_csv_file(tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        read_csv_file(tmp_path)

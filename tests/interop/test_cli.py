"""The command line: import, export, backup and restore, with --json reports and
exit statuses scripts can rely on."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

import course_studio
from course_studio.cli import main
from tests.interop.conftest import zip_folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv else out


@pytest.fixture
def data(tmp_path: Path) -> str:
    return str(tmp_path / "data")


def test_import_roster_json_report(
    capsys: pytest.CaptureFixture[str], data: str, samples: Path
) -> None:
    good = str(samples / "oneroster" / "good")
    code, report = run(capsys, "import", "roster", good, "--dry-run", "--json", "--data-dir", data)
    assert code == 0 and report["ok"] and not report["written"]
    assert set(report) >= {"ok", "counts", "errors"}
    assert {"users", "students", "teachers", "courses", "enrollments"} <= set(report["counts"])
    with course_studio.open_studio(data) as studio:
        assert studio.students.count() == 0  # a dry run writes nothing
    code, report = run(capsys, "import", "roster", good, "--json", "--data-dir", data)
    assert code == 0 and report["written"] and report["format"] == "oneroster"
    assert report["counts"]["students_created"] == 6


def test_rejected_rows_give_a_non_zero_exit(
    capsys: pytest.CaptureFixture[str], data: str, samples: Path
) -> None:
    bad = str(samples / "oneroster" / "unknown_roles")
    code, report = run(capsys, "import", "roster", bad, "--json", "--data-dir", data)
    assert code == 1 and not report["ok"] and not report["written"]
    assert report["errors"][0] == {
        "file": "enrollments.csv",
        "line": 6,
        "column": "role",
        "message": "'janitor' is not a OneRoster 1.1 enrollment role; use administrator, "
        "proctor, student or teacher.",
    }
    code = main(["import", "roster", bad, "--data-dir", data])
    err = capsys.readouterr().err
    assert code == 1
    assert "error: enrollments.csv:6, column role: 'janitor'" in err
    assert "nothing was changed" in err


def test_format_and_course_options(
    capsys: pytest.CaptureFixture[str], data: str, samples: Path
) -> None:
    with course_studio.open_studio(data) as studio:
        studio.courses.create(code="ENG101", title="Writing")
    path = str(samples / "csv" / "class-list.csv")
    code, report = run(
        capsys,
        "import",
        "roster",
        path,
        "--format",
        "csv",
        "--course",
        "eng101",
        "--json",
        "--data-dir",
        data,
    )
    assert code == 0 and report["counts"]["enrollments_created"] == 3
    code, report = run(
        capsys, "import", "roster", path, "--course", "NOPE", "--json", "--data-dir", data
    )
    assert code == 1 and report["errors"][0]["column"] == "--course"
    code, report = run(
        capsys,
        "import",
        "roster",
        path,
        "--map",
        "email=E-mail",
        "--map",
        "nonsense",
        "--json",
        "--data-dir",
        data,
    )
    assert code == 1 and "FIELD=COLUMN" in report["errors"][0]["message"]
    with pytest.raises(SystemExit) as info:
        main(["import", "roster", path, "--format", "xls", "--data-dir", data])
    assert info.value.code == 2
    capsys.readouterr()


def test_exports_backup_and_restore(
    capsys: pytest.CaptureFixture[str], data: str, samples: Path, tmp_path: Path
) -> None:
    run(capsys, "import", "roster", str(samples / "oneroster" / "good"), "--data-dir", data)
    with course_studio.open_studio(data) as studio:
        bio = studio.courses.find_by_code("BIO101-P1")
        assert bio is not None
        module = studio.outline.add_module(bio.id, title="Cells")
        studio.outline.add_lesson(module.id, title="The cell", body="<p>Membranes</p>")
    out = tmp_path / "out"
    out.mkdir()
    for argv, name in [
        (("export", "cartridge", "bio101-p1", str(out / "bio.imscc")), "bio.imscc"),
        (
            ("export", "cartridge", "BIO101-P1", str(out / "bio11.imscc"), "--cc-version", "1.1"),
            "bio11.imscc",
        ),
        (("export", "roster", "BIO101-P1", str(out / "or.zip")), "or.zip"),
        (("export", "roster", "BIO101-P1", str(out / "cv.zip"), "--format", "canvas"), "cv.zip"),
        (("export", "roster", "BIO101-P1", str(out / "m.csv"), "--format", "moodle"), "m.csv"),
        (("export", "progress", "BIO101-P1", str(out / "p.csv")), "p.csv"),
        (("export", "progress", "BIO101-P1", str(out / "p.xlsx")), "p.xlsx"),
        (("backup", "BIO101-P1", str(out / "bio.cstudio")), "bio.cstudio"),
    ]:
        code, report = run(capsys, *argv, "--json", "--data-dir", data)
        assert code == 0 and report["ok"], (argv, report)
        assert report["files"] == [str(out / name)]
    assert "imsmanifest.xml" in zipfile.ZipFile(out / "bio.imscc").namelist()
    code, report = run(
        capsys, "import", "cartridge", str(out / "bio.imscc"), "--json", "--data-dir", data
    )
    assert code == 0 and report["course"] == "BIO101-P1-2"
    code, report = run(capsys, "restore", str(out / "bio.cstudio"), "--json", "--data-dir", data)
    assert code == 1 and "already here" in report["errors"][0]["message"]
    code, report = run(
        capsys,
        "restore",
        str(out / "bio.cstudio"),
        "--as-copy",
        "--code",
        "BIO-COPY",
        "--json",
        "--data-dir",
        data,
    )
    assert code == 0 and report["course"] == "BIO-COPY"
    code, text = run(capsys, "export", "roster", "NOPE", str(out / "x.zip"), "--data-dir", data)
    assert code == 1
    code, text = run(
        capsys, "export", "progress", "BIO101-P1", str(out / "p.csv"), "--data-dir", data
    )
    assert code == 0 and "Exported progress (students 3)" in text


def test_import_of_a_damaged_zip(
    capsys: pytest.CaptureFixture[str], data: str, samples: Path, tmp_path: Path
) -> None:
    packed = zip_folder(samples / "oneroster" / "good", tmp_path / "r.zip")
    packed.write_bytes(packed.read_bytes()[:300])
    code, report = run(capsys, "import", "roster", str(packed), "--json", "--data-dir", data)
    assert code == 1 and report["errors"][0]["line"] is None
    code, report = run(capsys, "import", "cartridge", str(packed), "--json", "--data-dir", data)
    assert code == 1 and "not a complete zip" in report["errors"][0]["message"]

"""Reading roster files: encodings, delimiters, line numbers, damaged input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from course_studio import Studio
from course_studio.interop import ImportReport, import_roster, preview_roster
from course_studio.interop.textio import (
    decode,
    open_package,
    read_table,
    sniff_delimiter,
    write_atomically,
)
from tests.conftest import unchanged

CLASS_LIST = (
    "SIS id,First name,Last name,Email\n"
    "S-1,Zoë,Ångström,zoe@example.org\n"
    "S-2,François,Müller-Lüdenscheidt,francois@example.org\n"
    "S-3,Renée,Nuñez,renee@example.org\n"
    "S-4,Søren,Kierkegaard,soren@example.org\n"
    "S-5,José,Gonçalves,jose@example.org\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_encodings_are_detected(encoding: str, bom: bytes) -> None:
    report = ImportReport()
    data = bom + CLASS_LIST.replace("\n", "\r\n").encode(encoding)
    table = read_table("list.csv", data, report)
    assert report.ok and table is not None
    assert table.header == ["SIS id", "First name", "Last name", "Email"]
    names = [values[1:3] for _line, values in table.rows]
    assert names[0] == ["Zoë", "Ångström"]
    assert names[1] == ["François", "Müller-Lüdenscheidt"]
    assert [line for line, _v in table.rows] == [2, 3, 4, 5, 6]


def test_utf16_without_bom_is_detected() -> None:
    report = ImportReport()
    decoded = decode(CLASS_LIST.encode("utf-16-le"), "list.csv", report)
    assert report.ok and decoded is not None
    assert decoded[0] == CLASS_LIST


def test_ascii_utf16_without_bom_and_nul_bytes() -> None:
    """Plain-ASCII UTF-16 is also valid UTF-8 (with NULs): it must not be read as that;
    a file with NUL bytes that is no UTF-16 is refused as binary."""
    text = "email,given,family\r\nada@example.org,Ada,Lovelace\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        report = ImportReport()
        table = read_table("list.csv", text.encode(encoding), report)
        assert report.ok and table is not None
        assert table.header == ["email", "given", "family"]
    report = ImportReport()
    assert read_table("x.csv", b"\x00\x01\x02binary", report) is None
    assert "not text in an encoding" in report.errors[0].message


def test_import_from_windows_1252_keeps_the_accents(studio: Studio, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(CLASS_LIST.encode("cp1252"))
    report = import_roster(studio, path)
    assert report.ok, report.errors
    found = studio.students.find(external_id="S-2")
    assert found is not None and found.full_name == "François Müller-Lüdenscheidt"


def test_mixed_encodings_name_the_first_bad_line(studio: Studio, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    utf8, rest = CLASS_LIST.split("S-3")
    path.write_bytes(utf8.encode("utf-8") + ("S-3" + rest).encode("cp1252"))
    with unchanged(studio):
        report = import_roster(studio, path)
    assert [(e.file, e.line) for e in report.errors] == [("mixed.csv", 4)]
    assert "mixes two encodings" in report.errors[0].message


def test_binary_file_is_refused(studio: Studio, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with unchanged(studio):
        report = import_roster(studio, path)
    assert not report.ok
    assert "not text in an encoding" in report.errors[0].message


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = CLASS_LIST.replace(",", delimiter)
    assert sniff_delimiter(text) == delimiter
    report = ImportReport()
    table = read_table("x.csv", text.encode(), report)
    assert table is not None and table.delimiter == delimiter and len(table.header) == 4


def test_line_numbers_count_physical_lines() -> None:
    text = (
        "name,email,note\n"
        'Ada,ada@example.org,"two\nlines"\n'
        "\n"
        "Alan,alan@example.org,\n"
        ",,\n"
        "Grace,grace@example.org,x,extra\n"
    )
    report = ImportReport()
    table = read_table("x.csv", text.encode(), report)
    assert table is not None
    assert [(line, values[0]) for line, values in table.rows] == [(2, "Ada"), (5, "Alan")]
    assert [(e.line, e.message) for e in report.errors] == [
        (7, "This row has 4 values but the header names 3 columns.")
    ]


def test_duplicate_header_and_empty_file() -> None:
    report = ImportReport()
    assert read_table("x.csv", b"email,Email\na,b\n", report) is None
    assert report.errors[0].line == 1 and "appears twice" in report.errors[0].message
    report = ImportReport()
    assert read_table("x.csv", b"\n\n", report) is None
    assert "empty" in report.errors[0].message


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    report = ImportReport()
    assert open_package(tmp_path / "nope.zip", report) is None
    assert "There is no file or folder" in report.errors[0].message
    (tmp_path / "empty").mkdir()
    report = ImportReport()
    assert open_package(tmp_path / "empty", report) is None
    assert "no CSV files" in report.errors[0].message


def test_huge_roster_reports_only_its_bad_rows(studio: Studio, tmp_path: Path) -> None:
    """A large file generated here: 20,000 good rows and three bad ones."""
    path = tmp_path / "huge.csv"
    lines = ["sis id,given name,family name,email,role"]
    bad = {5_000: "wizard", 12_345: "ghost"}
    for i in range(20_000):
        role = bad.get(i, "student")
        email = "not-an-email" if i == 17_777 else f"s{i}@example.org"
        lines.append(f"S{i},Given{i},Family{i},{email},{role}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[tuple[str, float]] = []
    with unchanged(studio):
        preview = preview_roster(studio, path, progress=lambda s, f: seen.append((s, f)))
    assert preview.format == "csv"
    reading = [f for s, f in seen if s == "Reading huge.csv"]
    assert len(reading) >= 3 and reading == sorted(reading) and 0.4 < reading[-1] <= 1.0
    assert [(e.line, e.column) for e in preview.report.errors] == [
        (5_002, "role"),
        (12_347, "role"),
        (17_779, "email"),
    ]
    assert preview.report.counts["users"] == 20_000


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "users.csv"
    path.write_text("email\na@example.org\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:  # tests run as root, who can read anything
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    report = ImportReport()
    assert open_package(path, report) is None
    assert report.errors[0].message == "It cannot be read (Permission denied)."


def test_a_failed_write_leaves_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    target.mkdir()  # a folder in the way: the rename fails after the .part was written
    (target / "keep.txt").write_text("mine")
    with pytest.raises(OSError):
        write_atomically(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip"]
    assert (target / "keep.txt").read_text() == "mine"
    write_atomically(tmp_path / "fine.zip", b"data")
    assert (tmp_path / "fine.zip").read_bytes() == b"data"
    assert not (tmp_path / "fine.zip.part").exists()

"""Reading roster files: a zip, a folder or one file; bytes to text (encoding
detected); text to a table (delimiter sniffed), with 1-based line numbers (the
header is line 1)."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..domain.errors import msg
from .report import ImportReport

#: Refuse packages that would unpack to more than this (a zip bomb, or the wrong file).
MAX_UNPACKED = 2 * 1024**3
DELIMITERS = (",", ";", "\t", "|")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Package:
    """The CSV files of a roster, by file name."""

    name: str
    kind: str  # "zip" | "folder" | "file"
    files: dict[str, bytes] = field(default_factory=dict)

    def find(self, name: str) -> str | None:
        """The stored name matching ``name`` regardless of case."""
        wanted = name.lower()
        return next((n for n in self.files if n.lower() == wanted), None)


def open_package(path: Path, report: ImportReport) -> Package | None:
    """Read a zip, a folder of CSV files or one CSV file; problems go to ``report``."""
    shown = path.name or str(path)
    if not path.exists():
        report.error(shown, None, None, msg("There is no file or folder at {path}.", path=path))
        return None
    try:
        return _open(path, shown, report)
    except OSError as exc:
        report.error(
            shown, None, None, msg("It cannot be read ({value}).", value=exc.strerror or exc)
        )
        return None


def _open(path: Path, shown: str, report: ImportReport) -> Package | None:
    if path.is_dir():
        package = Package(shown, "folder")
        for child in sorted(path.iterdir()):
            if child.is_file() and child.suffix.lower() in (".csv", ".txt"):
                package.files[child.name] = child.read_bytes()
        if not package.files:
            report.error(shown, None, None, msg("This folder holds no CSV files."))
            return None
        return package
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip":
        return _open_zip(shown, data, report)
    return Package(shown, "file", {shown: data})


def _open_zip(shown: str, data: bytes, report: ImportReport) -> Package | None:
    package = Package(shown, "zip")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [
                m
                for m in archive.infolist()
                if not m.is_dir()
                and not m.filename.startswith("__MACOSX/")
                and not PurePosixPath(m.filename).name.startswith(".")
                and PurePosixPath(m.filename).suffix.lower() in (".csv", ".txt")
            ]
            if sum(m.file_size for m in members) > MAX_UNPACKED:
                report.error(shown, None, None, msg("This zip file unpacks to more than 2 GB."))
                return None
            for member in members:
                name = PurePosixPath(member.filename).name
                if name in package.files:
                    report.error(
                        shown,
                        None,
                        None,
                        msg(
                            "The zip file holds two files called {name} in different folders.",
                            name=name,
                        ),
                    )
                    return None
                package.files[name] = archive.read(member)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError) as exc:
        report.error(
            shown,
            None,
            None,
            msg(
                "This zip file is damaged or incomplete ({exc}); download or export it again.",
                exc=exc,
            ),
        )
        return None
    except (OSError, ValueError) as exc:  # CRC errors and truncated members
        report.error(
            shown,
            None,
            None,
            msg(
                "This zip file is damaged or incomplete ({exc}); download or export it again.",
                exc=exc,
            ),
        )
        return None
    if not package.files:
        report.error(shown, None, None, msg("This zip file holds no CSV files."))
        return None
    return package


def decode(data: bytes, file: str, report: ImportReport) -> tuple[str, str] | None:
    """The text of a file and the encoding found: a BOM first, then strict UTF-8,
    then charset-normalizer's best guess (Windows-1252, UTF-16 without BOM ...)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count(b"\n") + 1
                report.error(
                    file,
                    line,
                    None,
                    msg(
                        "This line is not valid {value} although the file says it is; save the "
                        "file again as UTF-8.",
                        value=encoding.upper().replace("-SIG", ""),
                    ),
                )
                return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        if any(b >= 0x80 for b in before) and b"\x00" not in data:
            line = before.count(b"\n") + 1
            report.error(
                file,
                line,
                None,
                msg(
                    "This line is not valid UTF-8 although the lines before it are: the file "
                    "mixes two encodings. Save it again as UTF-8."
                ),
            )
            return None
    else:
        if "\x00" not in text:
            return text, "utf-8"
        # NUL bytes are valid UTF-8 but no text has them: UTF-16 without a BOM, or binary
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guessed = None if best is None else str(best)
    if best is None or guessed is None or "\x00" in guessed:
        _not_text(file, report)
        return None
    return guessed.lstrip("\ufeff"), str(best.encoding)


def _not_text(file: str, report: ImportReport) -> None:
    report.error(
        file,
        None,
        None,
        msg(
            "This file is not text in an encoding Course Studio can read (UTF-8, UTF-16 or "
            "Windows-1252); is it a spreadsheet or another binary file? Save it as CSV."
        ),
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns."""
    first = next(iter(io.StringIO(text, newline="")), "")
    best, count = ",", 1
    for candidate in DELIMITERS:
        try:
            fields = next(csv.reader([first], delimiter=candidate), [])
        except csv.Error:
            continue
        if len(fields) > count:
            best, count = candidate, len(fields)
    return best


@dataclass
class Table:
    """A CSV file read into rows of text, with the line each row starts on."""

    file: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    delimiter: str = ","
    encoding: str = "utf-8"
    _index: dict[str, int] = field(default_factory=dict)
    _records: list[tuple[int, dict[str, str]]] | None = None

    def __post_init__(self) -> None:
        self._index = {h.strip().lower(): i for i, h in enumerate(self.header)}

    def has(self, column: str) -> bool:
        return column.lower() in self._index

    def column(self, name: str) -> str:
        """The header as written in the file (for messages)."""
        index = self._index.get(name.lower())
        return name if index is None else self.header[index].strip()

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """Each row as {lower-cased header: stripped value} (made once, then kept)."""
        if self._records is None:
            keys = [h.strip().lower() for h in self.header]
            self._records = [
                (line, dict(zip(keys, [v.strip() for v in values], strict=False)))
                for line, values in self.rows
            ]
        return self._records


def read_table(
    file: str,
    data: bytes,
    report: ImportReport,
    *,
    strict_width: bool = False,
    delimiter: str | None = None,
) -> Table | None:
    """Decode and parse one CSV file; each bad row is reported and left out."""
    decoded = decode(data, file, report)
    if decoded is None:
        return None
    text, encoding = decoded
    if not text.strip():
        report.error(file, 1, None, msg("This file is empty; it needs at least a header line."))
        return None
    sep = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=False)
    total_lines = max(1, text.count("\n"))
    report.tick(f"Reading {file}", 0.0)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    width = 0
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            report.error(
                file, start, None, msg("This line cannot be read as CSV ({exc}).", exc=exc)
            )
            continue
        if header is None:
            if not any(v.strip() for v in values):
                continue
            header = [v.strip().lstrip("\ufeff") for v in values]
            width = len(header)
            if not _header_ok(header, file, start, report):
                return None
            continue
        if not any(v.strip() for v in values):
            continue  # blank lines and rows of empty cells
        if len(rows) % 10_000 == 9_999:
            report.tick(f"Reading {file}", start / total_lines)
        if len(values) > width:
            if any(v.strip() for v in values[width:]):
                report.error(
                    file,
                    start,
                    None,
                    msg(
                        "This row has {length} values but the header names {width} columns.",
                        length=len(values),
                        width=width,
                    ),
                )
                continue
            values = values[:width]
        elif len(values) < width:
            if strict_width:
                report.error(
                    file,
                    start,
                    None,
                    msg(
                        "This row has {length} values but the header names {width} columns; "
                        "every column must be there, even when empty.",
                        length=len(values),
                        width=width,
                    ),
                )
                continue
            values = values + [""] * (width - len(values))
        rows.append((start, values))
    if header is None:
        report.error(file, 1, None, msg("This file is empty; it needs at least a header line."))
        return None
    return Table(file, header, rows, sep, encoding)


def _header_ok(header: list[str], file: str, line: int, report: ImportReport) -> bool:
    seen: dict[str, int] = {}
    ok = True
    for index, name in enumerate(header):
        key = name.lower()
        if not name:
            continue
        if key in seen:
            report.error(
                file,
                line,
                name,
                msg(
                    "The column {name} appears twice in the header (columns {value} and {value2}).",
                    name=name,
                    value=seen[key] + 1,
                    value2=index + 1,
                ),
            )
            ok = False
        seen[key] = index
    return ok


def require_columns(
    table: Table, columns: tuple[str, ...], report: ImportReport, what: str
) -> bool:
    """Report each missing column (line 1, that column); True when none is missing."""
    missing = [c for c in columns if not table.has(c)]
    for column in missing:
        report.error(
            table.file,
            1,
            column,
            msg("The column {column} is missing; {what} needs it.", column=column, what=what),
        )
    return not missing


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` whole or not at all: first to ``NAME.part``, then
    renamed. When anything fails (a full disk, a folder in the way) the ``.part`` file
    is removed again, so no half-written file is left behind."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(content)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            if tmp.is_file():
                tmp.unlink()
        raise

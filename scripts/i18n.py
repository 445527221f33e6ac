#!/usr/bin/env python3
"""Translations of Course Studio: find untranslated text, collect messages, build .ts/.qm.

    scripts/i18n.py check [FILE...]   list user-visible literals in ui/ not passed through tr()
    scripts/i18n.py wrap FILE...      wrap those literals in self.tr()/translate() in place
    scripts/i18n.py messages          write ui/_messages.py from the core's error messages
    scripts/i18n.py messages --check  fail when ui/_messages.py is out of date
    scripts/i18n.py update            messages, then pyside6-lupdate into every .ts
    scripts/i18n.py release           pyside6-lrelease every .ts into its .qm

See docs/i18n.md. ``check`` exits 1 when it finds something; ``--all`` scans every file
of ui/ (by default the files in ``PENDING`` are skipped until they are wrapped).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "course_studio"
UI = PACKAGE / "ui"
TRANSLATIONS = PACKAGE / "resources" / "translations"
MESSAGES_PY = UI / "_messages.py"
LANGUAGES = ("de",)
#: where the core's messages come from (no Qt there: they use domain.errors.msg)
MESSAGE_SOURCES = ("domain", "services", "interop", "query", "sync", "facade.py", "ui")
MESSAGE_CONTEXT = "Messages"

#: ui/ files whose strings are not wrapped yet (none: add one only while wrapping it)
PENDING: frozenset[str] = frozenset()
PENDING_PREFIXES: tuple[str, ...] = ()

#: calls whose string arguments are shown to the user
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setTabText",
        "setTabToolTip",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setAccessibleName",
        "setAccessibleDescription",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setIconText",
        "showMessage",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "insertItem",
        "addRow",
        "addButton",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getInt",
        "getItem",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "show_toast",
        "setEmptyLabel",
        "toast",
    }
)
TEXT_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QCommandLinkButton",
        "QWizardPage",
        "QDockWidget",
        "QToolBar",
        "FilterEdit",
    }
)
#: the app's own label helpers (ui/widgets.py): only their first argument is text
FIRST_ARG_TEXT = frozenset({"label", "muted_label", "FieldMessage"})
#: functions that translate: their arguments are fine
TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_tr", "tr_msg"})
#: text that is not language (object names, keys, symbols) passed where text could go
ALLOWED = frozenset({"…", "—", "–", "·", "×", "✓", "%", "&", "+", "-", "...", "OK"})


def _is_text(value: str) -> bool:
    """Does this literal read as language (so it needs a translation)?"""
    stripped = re.sub(r"<[^<>]*>", "", value).strip()  # markup alone is not language
    if not stripped or stripped in ALLOWED:
        return False
    if re.fullmatch(r"\w+://\S*", stripped):  # an address, such as a placeholder URL
        return False
    return any(c.isalpha() for c in stripped)


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_logging(node: ast.Call) -> bool:
    """log.warning(...), logging.info(...): for the log file, not for the user."""
    func = node.func
    if not isinstance(func, ast.Attribute):
        return False
    owner = func.value
    name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
    return name in ("log", "logger", "logging", "_log", "LOG")


def _literal_texts(node: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Untranslated literals in an argument (also "...".format(), f-strings, a if c else b)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _is_text(node.value):
            yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        joined = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        if _is_text(joined):
            yield node, joined
    elif isinstance(node, ast.Call) and _called_name(node) == "format":
        if isinstance(node.func, ast.Attribute):
            yield from _literal_texts(node.func.value)
    elif isinstance(node, ast.BinOp):
        yield from _literal_texts(node.left)
        yield from _literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literal_texts(node.body)
        yield from _literal_texts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            yield from _literal_texts(item)


def untranslated(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every user-visible literal in ``path`` that skips tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in TRANSLATORS or _is_logging(node):
            continue
        if name in FIRST_ARG_TEXT:
            args: list[ast.expr] = list(node.args[:1])
        elif name in TEXT_METHODS or name in TEXT_CLASSES:
            args = list(node.args) + [k.value for k in node.keywords if k.arg in _TEXT_KEYWORDS]
        else:
            continue
        for arg in args:
            for literal, text in _literal_texts(arg):
                yield literal.lineno, text


_TEXT_KEYWORDS = frozenset(
    {"text", "title", "toolTip", "placeholderText", "placeholder", "label", "caption", "name"}
)


def ui_files(include_pending: bool = False) -> list[Path]:
    """The ui/ modules the check covers (all of them with ``include_pending``)."""
    files = []
    for path in sorted(UI.glob("*.py")):
        pending = path.name in PENDING or path.name.startswith(PENDING_PREFIXES)
        if path.name == MESSAGES_PY.name or (pending and not include_pending):
            continue
        files.append(path)
    return files


def check(paths: list[Path]) -> int:
    found = 0
    for path in paths:
        for line, text in untranslated(path):
            found += 1
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{shown}:{line}: {text!r} is not translated")
    if found:
        print(f"{found} untranslated text(s); wrap them in tr() (docs/i18n.md)", file=sys.stderr)
    return 1 if found else 0


# -- wrapping ------------------------------------------------------------------

_NOT_QOBJECT = frozenset(
    {"QUndoCommand", "QStandardItem", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem"}
)


def _qobject_classes(tree: ast.Module, module: str) -> set[str]:
    """Names of the classes in the module that are QObjects (so self.tr() works)."""
    found: set[str] = set()
    try:
        import importlib

        from PySide6.QtCore import QObject

        loaded = importlib.import_module(module)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                cls = getattr(loaded, node.name, None)
                if isinstance(cls, type) and issubclass(cls, QObject):
                    found.add(node.name)
        return found
    except Exception:  # the module does not import: judge by the names of the bases
        pass
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                if (name.startswith("Q") and name not in _NOT_QOBJECT) or name in found:
                    found.add(node.name)
    return found


def wrap(path: Path) -> int:
    """Wrap the untranslated literals of ``path`` in place; returns how many."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    resolved = path.resolve()
    if resolved.is_relative_to(PACKAGE):
        module = "course_studio." + ".".join(resolved.relative_to(PACKAGE).with_suffix("").parts)
    else:
        module = ""
    qobjects = _qobject_classes(tree, module)
    targets = {(line, text) for line, text in untranslated(path)}
    edits: list[tuple[int, int, int, int, str]] = []
    uses_translate = False

    def visit(node: ast.AST, cls: str | None, has_self: bool) -> None:
        nonlocal uses_translate
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name, False)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                args = child.args.args
                direct = cls is not None and node is not None and isinstance(node, ast.ClassDef)
                first_self = bool(args) and args[0].arg == "self"
                visit(child, cls, (direct and first_self) or (has_self and not direct))
                continue
            if isinstance(child, ast.JoinedStr):  # f-strings: by hand, with .format()
                continue
            if (
                isinstance(child, ast.Constant)
                and isinstance(child.value, str)
                and (child.lineno, child.value) in targets
            ):
                if has_self and cls in qobjects:
                    before = "self.tr("
                else:
                    before = f"QCoreApplication.translate({cls or path.stem!r}, "
                    uses_translate = True
                assert child.end_lineno is not None and child.end_col_offset is not None
                edits.append(
                    (child.lineno, child.col_offset, child.end_lineno, child.end_col_offset, before)
                )
            visit(child, cls, has_self)

    visit(tree, None, False)
    lines = source.splitlines(keepends=True)
    raw = [line.encode("utf-8") for line in lines]
    for start, col, end, end_col, before in sorted(edits, reverse=True):
        raw[end - 1] = raw[end - 1][:end_col] + b")" + raw[end - 1][end_col:]
        raw[start - 1] = raw[start - 1][:col] + before.encode() + raw[start - 1][col:]
    text = b"".join(raw).decode("utf-8")
    if uses_translate and "QCoreApplication" not in source.split("\nclass ", 1)[0]:
        text = _add_import(text)
    path.write_text(text, encoding="utf-8")
    return len(edits)


def _add_import(text: str) -> str:
    """Add QCoreApplication to the module's ``from PySide6.QtCore import`` (or a new one)."""
    marker = "from PySide6.QtCore import "
    at = text.find(marker)
    if at < 0:
        first = text.find("\nfrom PySide6")
        return (
            text[: first + 1] + "from PySide6.QtCore import QCoreApplication\n" + text[first + 1 :]
        )
    start = at + len(marker)
    if text[start] == "(":
        return text[: start + 1] + "\n    QCoreApplication," + text[start + 1 :]
    return text[:start] + "QCoreApplication, " + text[start:]


# -- the core's messages ---------------------------------------------------------

_ERROR_NAMES = (
    "Error",
    "NotFound",
    "Duplicate",
    "DuplicateCode",
    "CapacityReached",
    "Conflict",
    "PermissionDenied",
)


#: Python's own exceptions carry messages for programmers, not for instructors
_BUILTIN_ERRORS = frozenset(
    name for name in dir(builtins) if name.endswith("Error") or name == "Exception"
)


def _is_error_class(name: str) -> bool:
    if name in _BUILTIN_ERRORS:
        return False
    return name.endswith("Error") or name in _ERROR_NAMES


def core_messages() -> list[str]:
    """Every message template of the core, sorted: msg("...") and errors' literal text."""
    found: set[str] = set()
    for entry in MESSAGE_SOURCES:
        base = PACKAGE / entry
        paths = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in paths:
            if path == MESSAGES_PY:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and node.args:
                    first = node.args[0]
                    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                        continue
                    name = _called_name(node)
                    if name == "msg" or _is_error_class(name):
                        found.add(first.value)
                elif isinstance(node, ast.ClassDef) and path.name == "errors.py":
                    for item in node.body:
                        if (
                            isinstance(item, ast.Assign)
                            and any(
                                isinstance(t, ast.Name) and t.id == "title" for t in item.targets
                            )
                            and isinstance(item.value, ast.Constant)
                            and isinstance(item.value.value, str)
                        ):
                            found.add(item.value.value)
    return sorted(t for t in found if _is_text(t))


def messages_source() -> str:
    lines = [
        "# ruff: noqa: E501",
        '"""The core\'s messages, for the translators (made by ``scripts/i18n.py messages``).',
        "",
        "Do not edit: run ``make translations`` after changing a message in the core.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    for text in core_messages():
        lines.append(f'    QT_TRANSLATE_NOOP("{MESSAGE_CONTEXT}", {_quoted(text)}),')
    lines.append(")")
    source = "\n".join(lines) + "\n"
    # written as ruff format would write it, so that `make lint` leaves it alone
    formatted = subprocess.run(
        [_tool("ruff"), "format", "--stdin-filename", str(MESSAGES_PY), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return formatted.stdout


def _quoted(text: str) -> str:
    """A Python literal for ``text`` in double quotes, as ruff format writes it."""
    if '"' in text and "'" not in text:
        return repr(text)
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def write_messages(check_only: bool) -> int:
    wanted = messages_source()
    current = MESSAGES_PY.read_text(encoding="utf-8") if MESSAGES_PY.exists() else ""
    if current == wanted:
        return 0
    if check_only:
        print(f"{MESSAGES_PY.relative_to(ROOT)} is out of date: run make translations")
        return 1
    MESSAGES_PY.write_text(wanted, encoding="utf-8")
    return 0


# -- Qt's tools ------------------------------------------------------------------


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"course_studio_{lang}.ts"


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translated plural forms kept in ``ts``."""
    import xml.etree.ElementTree as ET

    if not ts.exists():
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and any(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def fix_plurals(ts: Path, kept: dict[tuple[str, str], list[str]], forms: int) -> int:
    """Make every "%n" text a plural one again, with the forms it had before lupdate.

    lupdate reads ``translate(context, text, "", n)`` as plural only when n is a number
    written out, so after it runs the plural texts of module functions are plain ones.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    fixed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source.replace("%Ln", "%n") or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = None
            translation.attrib.clear()
            old = kept.get((name, source))
            if not old:
                translation.set("type", "unfinished")
            for i in range(forms):
                form = ET.SubElement(translation, "numerusform")
                form.text = old[i] if old and i < len(old) else ""
            fixed += 1
    _write_ts(tree, ts)
    return fixed


def _write_ts(tree: Any, path: Path) -> None:
    import xml.etree.ElementTree as ET

    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


#: plural forms per language (Qt's rules: English and German have two)
PLURAL_FORMS = {"en": 2, "de": 2}


def update(write_sources: bool = True) -> int:
    """ui/_messages.py (unless ``write_sources`` is False), then every .ts from the code."""
    if write_sources:
        write_messages(check_only=False)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in sorted(PACKAGE.rglob("*.py")) if _has_qt_text(p)]
    for lang in ("en", *LANGUAGES):
        kept = _plural_forms(ts_file(lang))
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(ts_file(lang)),
                "-target-language",
                lang,
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
            ],
            check=True,
        )
        fix_plurals(ts_file(lang), kept, PLURAL_FORMS.get(lang, 2))
    fill_english_plurals()
    return 0


def fill_english_plurals() -> int:
    """Give every plural text of course_studio_en.ts its English forms: "(s)" → "", "s"."""
    import xml.etree.ElementTree as ET

    path = ts_file("en")
    tree = ET.parse(path)
    filled = 0
    # English holds only the plural forms ("%n lesson(s)" → "1 lesson", "3 lessons")
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        one = source.replace("(s) are ", " is ").replace("(s) were ", " was ").replace("(s)", "")
        many = source.replace("(s)", "s")
        for form, text in zip(forms, (one, many), strict=False):
            form.text = text
        del translation.attrib["type"]
        filled += 1
    _write_ts(tree, path)
    return filled


def _has_qt_text(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "tr(" in text or "translate(" in text or "QT_TRANSLATE_NOOP" in text


def release(out_dir: Path | None = None) -> int:
    for ts in sorted(TRANSLATIONS.glob("course_studio_*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    checking = sub.add_parser("check", help="list untranslated texts in ui/")
    checking.add_argument("files", nargs="*", type=Path)
    checking.add_argument("--all", action="store_true", help="also the files not wrapped yet")
    wrapping = sub.add_parser("wrap", help="wrap the untranslated texts of FILEs in place")
    wrapping.add_argument("files", nargs="+", type=Path)
    messages = sub.add_parser("messages", help="write ui/_messages.py")
    messages.add_argument("--check", action="store_true", help="only check it is up to date")
    sub.add_parser("update", help="update the .ts files")
    releasing = sub.add_parser("release", help="compile the .ts files to .qm")
    releasing.add_argument("--out", type=Path, help="folder for the .qm (default: next to .ts)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check([p.resolve() for p in args.files] or ui_files(args.all))
    if args.command == "wrap":
        for path in args.files:
            print(f"{path}: {wrap(path)} text(s) wrapped")
        return 0
    if args.command == "messages":
        return write_messages(args.check)
    if args.command == "update":
        return update()
    return release(args.out)


if __name__ == "__main__":
    sys.exit(main())

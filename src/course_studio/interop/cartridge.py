"""IMS Common Cartridge (.imscc): a course out (1.3, or 1.1 for older importers such as
Moodle's) and in (1.0 to 1.3, from Course Studio or other tools).

A cartridge Course Studio writes holds::

    imsmanifest.xml                    metadata (LOM title, description, keywords,
                                       language), one rooted-hierarchy organization
                                       mirroring the outline, and the resources
    lessons/m01-l01.html ...           one webcontent resource per lesson
    course_studio/course.json          settings a cartridge has no place for (code,
                                       term, dates, capacity, lesson kinds ...), a
                                       learning-application-resource

Reading uses the organization for the outline: each top-level item is a module,
the leaf items below it are its lessons (deeper folders are flattened).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import os
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..domain.errors import DomainError, ValidationError, msg
from ..services.transfer import (
    CourseContent,
    LessonContent,
    ModuleContent,
    TransferService,
    check_content,
)
from .common import to_code
from .report import ImportReport, Progress, as_cancel_check, check_cancel
from .textio import write_atomically

if TYPE_CHECKING:
    from ..facade import Studio

VERSIONS = ("1.3", "1.1")
MANIFEST = "imsmanifest.xml"
SETTINGS_FILE = "course_studio/course.json"
SETTINGS_FORMAT = "course-studio-cartridge"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MAX_UNPACKED = 2 * 1024**3


@dataclass(frozen=True)
class Profile:
    version: str
    cp: str
    lom_manifest: str
    lom_resource: str
    schemaversion: str
    schema_locations: tuple[tuple[str, str], ...]
    suffix: str  # "v1p3" in resource types


def _profile(version: str) -> Profile:
    v = {"1.3": "v1p3", "1.1": "v1p1"}[version]
    base = f"http://www.imsglobal.org/profile/cc/cc{v}"
    cp = f"http://www.imsglobal.org/xsd/imscc{v}/imscp_v1p1"
    lomm = f"http://ltsc.ieee.org/xsd/imscc{v}/LOM/manifest"
    lomr = f"http://ltsc.ieee.org/xsd/imscc{v}/LOM/resource"
    return Profile(
        version=version,
        cp=cp,
        lom_manifest=lomm,
        lom_resource=lomr,
        schemaversion=f"{version}.0",
        schema_locations=(
            (cp, f"{base}/cc{v}_imscp_v1p2_v1p0.xsd"),
            (lomm, f"{base}/LOM/cc{v}_lommanifest_v1p0.xsd"),
            (lomr, f"{base}/LOM/cc{v}_lomresource_v1p0.xsd"),
        ),
        suffix=v,
    )


# -- export ------------------------------------------------------------------------


def export_cartridge(
    studio: Studio,
    course_id: str,
    dest: str | os.PathLike[str],
    *,
    version: str = "1.3",
) -> ImportReport:
    """Write a course (settings, outline, lesson bodies) as a Common Cartridge."""
    report = ImportReport(format=f"cc{version}")
    if version not in VERSIONS:
        report.error(
            None,
            None,
            None,
            msg("Common Cartridge {version} is not offered; use 1.3 or 1.1.", version=version),
        )
        return report
    snapshot = TransferService(studio.context).snapshot(course_id, people=False)
    data = build_cartridge(snapshot.course, snapshot.outline, version)
    path = Path(dest)
    write_atomically(path, data)
    report.files.append(str(path))
    report.counts.update(
        modules=len(snapshot.outline),
        lessons=sum(len(m.lessons) for m in snapshot.outline),
    )
    return report


def build_cartridge(course: Any, outline: Any, version: str = "1.3") -> bytes:
    """The .imscc bytes for a course record and its outline."""
    p = _profile(version)
    nsmap = {None: p.cp, "lomimscc": p.lom_manifest, "lom": p.lom_resource, "xsi": XSI}
    manifest = etree.Element(f"{{{p.cp}}}manifest", nsmap=nsmap)
    manifest.set("identifier", f"M_{course.id.replace('-', '')}")
    manifest.set(
        f"{{{XSI}}}schemaLocation", " ".join(f"{ns} {loc}" for ns, loc in p.schema_locations)
    )

    def cp(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
        el = etree.SubElement(parent, f"{{{p.cp}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    def lom(parent: Any, tag: str) -> Any:
        return etree.SubElement(parent, f"{{{p.lom_manifest}}}{tag}")

    def langstring(parent: Any, tag: str, text: str) -> None:
        holder = lom(parent, tag)
        string = lom(holder, "string")
        string.set("language", course.language)
        string.text = text

    metadata = cp(manifest, "metadata")
    cp(metadata, "schema", "IMS Common Cartridge")
    cp(metadata, "schemaversion", p.schemaversion)
    general = lom(lom(metadata, "lom"), "general")
    identifier = lom(general, "identifier")
    lom(identifier, "catalog").text = "course-studio"
    lom(identifier, "entry").text = course.code
    langstring(general, "title", course.title)
    lom(general, "language").text = course.language
    if course.description:
        langstring(general, "description", course.description)
    for tag in course.tags:
        langstring(general, "keyword", tag)

    organizations = cp(manifest, "organizations")
    organization = cp(
        organizations, "organization", identifier="ORG_1", structure="rooted-hierarchy"
    )
    root = cp(organization, "item", identifier="ROOT_1")
    resources = cp(manifest, "resources")
    files: dict[str, bytes] = {}
    lessons_meta: dict[str, dict[str, Any]] = {}
    for m_index, entry in enumerate(outline, start=1):
        module = entry.module
        folder = cp(root, "item", identifier=f"MOD_{m_index}")
        cp(folder, "title", module.title)
        for l_index, lesson in enumerate(entry.lessons, start=1):
            rid = f"RES_{m_index}_{l_index}"
            href = f"lessons/m{m_index:02d}-l{l_index:02d}.html"
            item = cp(folder, "item", identifier=f"ITEM_{m_index}_{l_index}", identifierref=rid)
            cp(item, "title", lesson.title)
            resource = cp(resources, "resource", identifier=rid, type="webcontent", href=href)
            cp(resource, "file", href=href)
            files[href] = lesson_html(lesson.title, lesson.body, course.language)
            lessons_meta[rid] = {"kind": lesson.kind, "duration_minutes": lesson.duration_minutes}
    settings = cp(
        resources,
        "resource",
        identifier="RES_SETTINGS",
        type=f"associatedcontent/imscc_xml{p.suffix}/learning-application-resource",
        href=SETTINGS_FILE,
    )
    cp(settings, "file", href=SETTINGS_FILE)
    files[SETTINGS_FILE] = json.dumps(
        {
            "format": SETTINGS_FORMAT,
            "version": 1,
            "course": {
                "code": course.code,
                "title": course.title,
                "description": course.description,
                "status": course.status,
                "term": course.term,
                "category": course.category,
                "tags": list(course.tags),
                "language": course.language,
                "start_date": _iso(course.start_date),
                "end_date": _iso(course.end_date),
                "capacity": course.capacity,
            },
            "lessons": lessons_meta,
        },
        indent=2,
        ensure_ascii=False,
    ).encode("utf-8")

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            MANIFEST,
            etree.tostring(manifest, xml_declaration=True, encoding="UTF-8", pretty_print=True),
        )
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def lesson_html(title: str, body: str, language: str = "en") -> bytes:
    """A lesson as a page of its own; the body is written as it is."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    ).encode()


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


# -- import ------------------------------------------------------------------------


@dataclass
class CartridgePreview:
    """A cartridge read and checked, ready to become a course."""

    source: str
    content: CourseContent | None
    report: ImportReport
    version: str | None = None

    @property
    def ok(self) -> bool:
        return self.report.ok and self.content is not None


@dataclass
class _Resource:
    identifier: str
    type: str
    href: str | None
    files: list[str] = field(default_factory=list)


def preview_cartridge(
    studio: Studio,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: Any = None,
) -> CartridgePreview:
    """Read a cartridge into a course outline without writing anything."""
    check = as_cancel_check(cancel)
    source = Path(path)
    report = ImportReport(format="cartridge")
    shown = source.name
    preview = CartridgePreview(str(source), None, report)
    try:
        data = source.read_bytes()
    except OSError as exc:
        report.error(
            shown, None, None, msg("The file cannot be read ({value}).", value=exc.strerror or exc)
        )
        return preview
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {i.filename for i in archive.infolist() if not i.is_dir()}
        if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED:
            report.error(shown, None, None, msg("This cartridge unpacks to more than 2 GB."))
            return preview
    except zipfile.BadZipFile as exc:
        report.error(
            shown,
            None,
            None,
            msg(
                "This is not a complete zip file ({exc}); a cartridge (.imscc) is a zip. Export "
                "or download it again.",
                exc=exc,
            ),
        )
        return preview
    with archive:
        if progress is not None:
            progress("Reading", 0.0)
        content = _read_cartridge(archive, names, report, preview, check, progress)
    if content is None:
        return preview
    preview.content = content
    # Check the values (titles, lengths ...) the way the import will, without writing.
    try:
        check_content(content, dict(content.settings))
    except ValidationError as exc:
        for error in exc.errors or [exc]:
            report.error(getattr(error, "file", None) or shown, None, error.field, error.message)
    report.counts.update(
        courses=1,
        modules=len(content.modules),
        lessons=sum(len(m.lessons) for m in content.modules),
    )
    return preview


def commit_cartridge(
    studio: Studio, preview: CartridgePreview, *, code: str | None = None
) -> ImportReport:
    """Create the course; nothing is written when anything is wrong."""
    report = ImportReport(
        counts=dict(preview.report.counts),
        warnings=list(preview.report.warnings),
        format=preview.report.format,
    )
    if not preview.ok or preview.content is None:
        report.errors = list(preview.report.errors)
        return report
    try:
        course = TransferService(studio.context).create_course(preview.content, code=code)
    except ValidationError as exc:
        for error in exc.errors or [exc]:
            report.error(getattr(error, "file", None), None, error.field, error.message)
        return report
    except DomainError as exc:
        report.error(None, None, exc.field, exc.message)
        return report
    report.written = True
    report.counts["courses_created"] = 1
    report.course_id, report.course_code = course.id, course.code
    return report


def import_cartridge(
    studio: Studio, path: str | os.PathLike[str], *, code: str | None = None
) -> ImportReport:
    preview = preview_cartridge(studio, path)
    return commit_cartridge(studio, preview, code=code)


def _local(el: Any) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: Any, name: str) -> Iterator[Any]:
    for child in el:
        if _local(child) == name:
            yield child


def _child(el: Any, name: str) -> Any | None:
    return next(_children(el, name), None)


def _text(el: Any | None) -> str:
    return "" if el is None else " ".join("".join(el.itertext()).split())


def _read_cartridge(
    archive: zipfile.ZipFile,
    names: set[str],
    report: ImportReport,
    preview: CartridgePreview,
    check: Any,
    progress: Progress | None,
) -> CourseContent | None:
    if MANIFEST not in names:
        report.error(
            MANIFEST,
            None,
            None,
            msg(
                "There is no imsmanifest.xml at the top of this file, so it is not a Common "
                "Cartridge."
            ),
        )
        return None
    try:
        raw = archive.read(MANIFEST)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        report.error(
            MANIFEST, line, None, msg("The manifest is not well-formed XML: {msg}.", msg=exc.msg)
        )
        return None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        report.error(
            MANIFEST, None, None, msg("The manifest cannot be read from the zip ({exc}).", exc=exc)
        )
        return None
    if _local(root) != "manifest":
        report.error(
            MANIFEST,
            root.sourceline,
            None,
            msg("The manifest's root element is <{value}>, not <manifest>.", value=_local(root)),
        )
        return None
    namespace = etree.QName(root).namespace or ""
    match = re.search(r"imsccv(\d)p(\d)", namespace)
    metadata = _child(root, "metadata")
    version = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    preview.version = version or (f"{match.group(1)}.{match.group(2)}.0" if match else None)
    if not match and "imscp" not in namespace:
        report.warn(
            MANIFEST,
            root.sourceline,
            None,
            msg(
                "This manifest does not use a Common Cartridge namespace; it was read as an IMS "
                "content package."
            ),
        )
    check_cancel(check)

    resources: dict[str, _Resource] = {}
    res_root = _child(root, "resources")
    base = _xml_base(res_root)
    seen_ids: dict[str, int] = {}
    for el in root.iter():
        ident = el.get("identifier") if isinstance(el.tag, str) else None
        if ident:
            if ident in seen_ids:
                report.warn(
                    MANIFEST,
                    el.sourceline,
                    "identifier",
                    msg(
                        "The identifier {ident} is used twice (also on line {value}).",
                        ident=ident,
                        value=seen_ids[ident],
                    ),
                )
            seen_ids.setdefault(ident, el.sourceline or 0)
    for el in _children(res_root, "resource") if res_root is not None else ():
        rbase = posixpath.join(base, el.get("{http://www.w3.org/XML/1998/namespace}base") or "")
        href = el.get("href")
        res = _Resource(
            el.get("identifier", ""),
            el.get("type", ""),
            _join(rbase, href) if href else None,
            [_join(rbase, f.get("href", "")) for f in _children(el, "file") if f.get("href")],
        )
        resources[res.identifier] = res
        for name in ([res.href] if res.href else []) + res.files:
            if name not in names:
                report.warn(
                    MANIFEST,
                    el.sourceline,
                    "href",
                    msg("The file {name} is listed but not in the cartridge.", name=name),
                )

    settings, lesson_meta = _own_settings(archive, names, resources, report)
    title = ""
    language = ""
    keywords: list[str] = []
    description = ""
    code_entry = ""
    if metadata is not None:
        lom = _child(metadata, "lom")
        general = _child(lom, "general") if lom is not None else None
        if general is not None:
            title = _langstring(general, "title")
            description = _langstring(general, "description")
            language = _text(_child(general, "language"))
            keywords = [
                _text(_child(k, "string")) or _text(k) for k in _children(general, "keyword")
            ]
            ident = _child(general, "identifier")
            code_entry = _text(_child(ident, "entry")) if ident is not None else ""

    organizations = _child(root, "organizations")
    organization = _child(organizations, "organization") if organizations is not None else None
    modules: list[ModuleContent] = []
    if organization is None:
        report.warn(
            MANIFEST,
            None,
            None,
            msg("The cartridge has no organization, so the course has no outline."),
        )
    else:
        top = _child(organization, "item")
        if not title:
            title = _text(_child(organization, "title")) or (
                _text(_child(top, "title")) if top is not None else ""
            )
        items = list(_children(top, "item")) if top is not None else []
        loose: list[LessonContent] = []
        total = max(1, len(items))
        for index, item in enumerate(items):
            check_cancel(check)
            if progress is not None:
                progress("Reading", index / total)
            subitems = list(_children(item, "item"))
            if not subitems and item.get("identifierref"):
                lesson = _lesson(item, archive, names, resources, lesson_meta, report)
                if lesson is not None:
                    loose.append(lesson)
                continue
            if loose:
                modules.append(ModuleContent("General", tuple(loose), MANIFEST))
                loose = []
            lessons: list[LessonContent] = []
            if item.get("identifierref"):
                lesson = _lesson(item, archive, names, resources, lesson_meta, report)
                if lesson is not None:
                    lessons.append(lesson)
            for leaf in _leaves(item):
                lesson = _lesson(leaf, archive, names, resources, lesson_meta, report)
                if lesson is not None:
                    lessons.append(lesson)
            modules.append(
                ModuleContent(
                    _fit(_text(_child(item, "title")) or "Untitled module", item, report),
                    tuple(lessons),
                    f"{MANIFEST}:{item.sourceline}",
                )
            )
        if loose:
            modules.append(ModuleContent("General", tuple(loose), MANIFEST))
    if settings is None:
        code = to_code(code_entry, title, Path(preview.source).stem) or "IMPORTED"
        settings = {"code": code, "title": title or Path(preview.source).stem}
        if description:
            settings["description"] = description
        if language:
            settings["language"] = language
        tags = [k.lower() for k in keywords if re.fullmatch(r"[a-z0-9][a-z0-9+#._-]*", k.lower())]
        if tags:
            settings["tags"] = tags[:20]
    if len(settings.get("title") or "") < 3:
        settings["title"] = (settings.get("title") or "") + " (imported)"
    return CourseContent(settings, tuple(modules), MANIFEST)


def _langstring(parent: Any, tag: str) -> str:
    """The text of a LOM LangString (its first <string>, else its own text)."""
    holder = _child(parent, tag)
    if holder is None:
        return ""
    string = _child(holder, "string")
    return _text(string if string is not None else holder)


def _leaves(item: Any) -> Iterator[Any]:
    """Items below ``item`` that point at a resource, in order (folders flattened)."""
    for child in _children(item, "item"):
        if child.get("identifierref"):
            yield child
        yield from _leaves(child)


def _fit(title: str, el: Any, report: ImportReport) -> str:
    if len(title) > 120:
        report.warn(
            MANIFEST,
            el.sourceline,
            "title",
            msg(
                "The title '{value}…' is longer than 120 characters and was cut.", value=title[:40]
            ),
        )
        return title[:119].rstrip() + "…"
    return title


def _lesson(
    item: Any,
    archive: zipfile.ZipFile,
    names: set[str],
    resources: dict[str, _Resource],
    meta: dict[str, dict[str, Any]],
    report: ImportReport,
) -> LessonContent | None:
    ref = item.get("identifierref")
    title = _fit(_text(_child(item, "title")) or "Untitled lesson", item, report)
    res = resources.get(ref)
    if res is None:
        report.warn(
            MANIFEST,
            item.sourceline,
            "identifierref",
            msg(
                "The item '{title}' points at the resource {ref}, which the manifest does not "
                "have; it was left out.",
                title=title,
                ref=ref,
            ),
        )
        return None
    where = f"{MANIFEST}:{item.sourceline}"
    extra = meta.get(res.identifier, {})
    kind = str(extra.get("kind") or "page")
    duration = extra.get("duration_minutes")
    rtype = res.type.lower()
    main = res.href or (res.files[0] if res.files else None)
    if rtype == "webcontent":
        if main is None or main not in names:
            report.warn(
                MANIFEST,
                item.sourceline,
                "href",
                msg(
                    "The page for '{title}' is missing from the cartridge; the lesson was "
                    "imported without text.",
                    title=title,
                ),
            )
            return LessonContent(title, kind, "", duration, where)
        if not main.lower().endswith((".html", ".htm", ".xhtml")):
            report.warn(
                main,
                None,
                None,
                msg(
                    "'{title}' is a file ({value}), not a page; the lesson links to its name "
                    "only, as files are not imported.",
                    title=title,
                    value=posixpath.basename(main),
                ),
            )
            body = f"<p>{html.escape(posixpath.basename(main))}</p>"
            return LessonContent(title, kind, body, duration, main)
        body = _page_body(archive.read(main))
        return LessonContent(title, kind, body, duration, main)
    if rtype.startswith("imswl_"):
        url, wl_title = _weblink(archive, main, names)
        body = f'<p><a href="{html.escape(url)}">{html.escape(wl_title or url)}</a></p>'
        return LessonContent(title, "link", body if url else "", duration, main or where)
    if rtype.startswith("imsdt_"):
        text = _xml_field(archive, main, names, "text")
        return LessonContent(title, "page", text, duration, main or where)
    if rtype.startswith("assignment_"):
        text = _xml_field(archive, main, names, "text")
        return LessonContent(title, "assignment", text, duration, main or where)
    if "qti" in rtype:
        report.warn(
            MANIFEST,
            item.sourceline,
            None,
            msg(
                "'{title}' is a quiz; its questions are not imported, only its title.", title=title
            ),
        )
        return LessonContent(title, "quiz", "", duration, where)
    if "basiclti" in rtype:
        url = _xml_field(archive, main, names, "launch_url") or _xml_field(
            archive, main, names, "secure_launch_url"
        )
        body = f'<p><a href="{html.escape(url)}">{html.escape(title)}</a></p>' if url else ""
        return LessonContent(title, "link", body, duration, main or where)
    report.warn(
        MANIFEST,
        item.sourceline,
        None,
        msg(
            "'{title}' is a resource of type {type}, which Course Studio does not import; it was "
            "left out.",
            title=title,
            type=res.type,
        ),
    )
    return None


def _page_body(data: bytes) -> str:
    text = _decode(data)
    lower = text.lower()
    head_end = lower.find("</head>")
    start = lower.find("<body", head_end if head_end >= 0 else 0)
    if start < 0:
        return text.strip()
    open_end = text.find(">", start)
    end = lower.rfind("</body>")
    if open_end < 0 or end < open_end:
        return text[open_end + 1 :].strip() if open_end >= 0 else text.strip()
    inner = text[open_end + 1 : end]
    if inner.startswith("\n"):
        inner = inner[1:]
    if inner.endswith("\n"):
        inner = inner[:-1]
    return inner


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


def _weblink(archive: zipfile.ZipFile, name: str | None, names: set[str]) -> tuple[str, str]:
    root = _xml(archive, name, names)
    if root is None:
        return "", ""
    url_el = next((e for e in root.iter() if _local(e) == "url"), None)
    title_el = next((e for e in root.iter() if _local(e) == "title"), None)
    url = url_el.get("href", "") if url_el is not None else ""
    return url, _text(title_el)


def _xml_field(archive: zipfile.ZipFile, name: str | None, names: set[str], tag: str) -> str:
    root = _xml(archive, name, names)
    if root is None:
        return ""
    el = next((e for e in root.iter() if _local(e) == tag), None)
    return "" if el is None else "".join(el.itertext()).strip()


def _xml(archive: zipfile.ZipFile, name: str | None, names: set[str]) -> Any | None:
    if not name or name not in names:
        return None
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return etree.fromstring(archive.read(name), parser)
    except etree.XMLSyntaxError:
        return None


def _own_settings(
    archive: zipfile.ZipFile,
    names: set[str],
    resources: dict[str, _Resource],
    report: ImportReport,
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The settings file a Course Studio cartridge carries, when it is there."""
    if SETTINGS_FILE not in names:
        return None, {}
    try:
        data = json.loads(archive.read(SETTINGS_FILE).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        report.warn(
            SETTINGS_FILE,
            None,
            None,
            msg(
                "The Course Studio settings in this cartridge cannot be read ({exc}); the course "
                "was read from the manifest alone.",
                exc=exc,
            ),
        )
        return None, {}
    if not isinstance(data, dict) or data.get("format") != SETTINGS_FORMAT:
        return None, {}
    course = data.get("course")
    lessons = data.get("lessons")
    if not isinstance(course, dict):
        return None, {}
    return (
        {k: v for k, v in course.items() if v is not None},
        {k: v for k, v in (lessons or {}).items() if isinstance(v, dict)},
    )


def _xml_base(el: Any | None) -> str:
    if el is None:
        return ""
    return el.get("{http://www.w3.org/XML/1998/namespace}base") or ""


def _join(base: str, href: str) -> str:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return href
    path = unquote(parts.path)
    joined = posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)
    return joined.lstrip("/")


# -- checks a schema cannot make -----------------------------------------------------


def package_problems(data: bytes) -> list[str]:
    """What is wrong with a cartridge beyond its schema: identifiers unique, every
    identifierref resolving, every href present in the zip, one organization with
    one root item. An empty list means none found."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = {i.filename for i in archive.infolist() if not i.is_dir()}
        if MANIFEST not in names:
            return ["imsmanifest.xml is missing"]
        root = etree.fromstring(archive.read(MANIFEST))
    ids: dict[str, int] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("identifier")
        if ident is not None:
            if ident in ids:
                problems.append(f"identifier {ident} is used twice")
            ids[ident] = el.sourceline or 0
    resource_ids = {
        el.get("identifier")
        for el in root.iter()
        if isinstance(el.tag, str) and _local(el) == "resource"
    }
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ref = el.get("identifierref")
        if ref is not None and ref not in resource_ids:
            problems.append(f"identifierref {ref} (line {el.sourceline}) points at no resource")
        if _local(el) in ("resource", "file") and el.get("href"):
            href = _join("", el.get("href", ""))
            if "://" not in href and href not in names:
                problems.append(f"{href} (line {el.sourceline}) is not in the zip")
    organizations = [el for el in root.iter() if _local(el) == "organization"]
    if len(organizations) != 1:
        problems.append(f"{len(organizations)} organizations instead of 1")
    else:
        org = organizations[0]
        if org.get("structure") != "rooted-hierarchy":
            problems.append("the organization is not a rooted-hierarchy")
        roots = list(_children(org, "item"))
        if len(roots) != 1:
            problems.append(f"{len(roots)} root items instead of 1")
        elif _child(roots[0], "title") is not None:
            problems.append("the root item has a title")
    return problems

"""IMS Common Cartridge out and in: schema validity (official CC 1.3 XSDs, offline),
the checks a schema cannot make, round trips, cartridges made by hand, damaged ones."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import course_studio
from course_studio import Studio
from course_studio.interop.cartridge import (
    build_cartridge,
    commit_cartridge,
    export_cartridge,
    import_cartridge,
    package_problems,
    preview_cartridge,
)
from course_studio.services.transfer import TransferService
from tests.conftest import unchanged
from tests.interop import ccschema

CC13 = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
CC11 = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
#: Resource types of CC 1.1 (its imscp profile's value set).
CC11_TYPES = {
    "webcontent",
    "associatedcontent/imscc_xmlv1p1/learning-application-resource",
    "imsdt_xmlv1p1",
    "imswl_xmlv1p1",
    "imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
    "imsqti_xmlv1p2/imscc_xmlv1p1/question-bank",
    "imsbasiclti_xmlv1p0",
}

needs_xsd = pytest.mark.skipif(
    ccschema.missing_reason() is not None, reason=ccschema.missing_reason() or ""
)


@pytest.fixture
def rich_course(studio: Studio) -> Any:
    """A course with everything a cartridge has to carry."""
    course = studio.courses.create(
        code="AST-201",
        title="Stars & Galaxies: an “introduction”",
        description="<p>Observing <em>deep-sky</em> objects.</p>\nTwo lines & <angles>.",
        term="Spring 2027",
        category="Physics",
        tags=["astronomy", "c++", "beginner"],
        language="pt-BR",
        start_date="2027-02-01",
        end_date="2027-06-30",
        capacity=40,
        status="published",
    )
    week1 = studio.outline.add_module(course.id, title="Week 1 — Light")
    studio.outline.add_lesson(
        week1.id,
        title="Spectra <and> lines",
        kind="video",
        body="<h2>Spectra</h2>\n<p>Ångström &amp; Fraunhofer</p>\n\n<pre>  keep   spaces  </pre>",
        duration_minutes=25,
    )
    studio.outline.add_lesson(week1.id, title="Quiz: light", kind="quiz")
    studio.outline.add_lesson(
        week1.id, title="Plain text", kind="assignment", body="a < b and c > d, 5 > 3"
    )
    studio.outline.add_module(course.id, title="Empty week")
    week3 = studio.outline.add_module(course.id, title="Week 3")
    studio.outline.add_lesson(
        week3.id, title="Link", kind="link", body='<a href="https://example.org/?a=1&b=2">x</a>'
    )
    return studio.courses.get(course.id)


def manifest_of(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("imsmanifest.xml")


def content_of(studio: Studio, course_id: str) -> tuple[Any, Any]:
    """Settings and outline without ids, positions or timestamps."""
    snap = TransferService(studio.context).snapshot(course_id, people=False)
    c = snap.course
    settings = (
        c.title,
        c.description,
        c.status,
        c.term,
        c.category,
        c.tags,
        c.language,
        c.start_date,
        c.end_date,
        c.capacity,
    )
    outline = [
        (m.module.title, [(x.title, x.kind, x.body, x.duration_minutes) for x in m.lessons])
        for m in snap.outline
    ]
    return settings, outline


# -- export: valid cartridges ------------------------------------------------------


@needs_xsd
def test_cc13_export_is_valid_against_the_official_xsd(
    studio: Studio, rich_course: Any, tmp_path: Path
) -> None:
    out = tmp_path / "ast.imscc"
    report = export_cartridge(studio, rich_course.id, out)
    assert report.ok and report.counts == {"modules": 3, "lessons": 4}
    manifest = manifest_of(out.read_bytes())
    assert ccschema.schema_errors(manifest) == []
    assert ccschema.schematron_errors(manifest) == []
    assert package_problems(out.read_bytes()) == []


@needs_xsd
def test_the_validator_catches_invalid_manifests(studio: Studio, rich_course: Any) -> None:
    snap = TransferService(studio.context).snapshot(rich_course.id, people=False)
    manifest = manifest_of(build_cartridge(snap.course, snap.outline))
    assert ccschema.schema_errors(manifest.replace(b"1.3.0", b"1.2.0"))
    assert ccschema.schema_errors(manifest.replace(b'type="webcontent"', b'type="page"', 1))
    assert ccschema.schema_errors(
        manifest.replace(b"<title>Week 1", b"<titel>Week 1").replace(
            b"Light</title>", b"Light</titel>"
        )
    )
    # a web link must not carry href on its resource (a Schematron rule of the XSD)
    weblink = manifest.replace(
        b'type="associatedcontent/imscc_xmlv1p3/learning-application-resource"',
        b'type="imswl_xmlv1p3"',
    )
    assert ccschema.schema_errors(weblink) == []
    assert ccschema.schematron_errors(weblink)


def test_cc13_export_structure(studio: Studio, rich_course: Any) -> None:
    snap = TransferService(studio.context).snapshot(rich_course.id, people=False)
    data = build_cartridge(snap.course, snap.outline, "1.3")
    root = etree.fromstring(manifest_of(data))
    ns = {"cp": CC13, "lom": "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest"}
    assert root.findtext("cp:metadata/cp:schema", namespaces=ns) == "IMS Common Cartridge"
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=ns) == "1.3.0"
    title = root.findtext("cp:metadata/lom:lom/lom:general/lom:title/lom:string", namespaces=ns)
    assert title == rich_course.title
    org = root.find("cp:organizations/cp:organization", ns)
    assert org is not None and org.get("structure") == "rooted-hierarchy"
    modules = org.findall("cp:item/cp:item", ns)
    assert [m.findtext("cp:title", namespaces=ns) for m in modules] == [
        "Week 1 — Light",
        "Empty week",
        "Week 3",
    ]
    assert all(m.get("identifierref") is None for m in modules)
    leaves = org.findall("cp:item/cp:item/cp:item", ns)
    assert len(leaves) == 4 and all(leaf.get("identifierref") for leaf in leaves)
    types = {r.get("type") for r in root.iterfind("cp:resources/cp:resource", ns)}
    assert types == {
        "webcontent",
        "associatedcontent/imscc_xmlv1p3/learning-application-resource",
    }
    page = zipfile.ZipFile(io.BytesIO(data)).read("lessons/m01-l01.html").decode()
    assert "<title>Spectra &lt;and&gt; lines</title>" in page
    assert '<html lang="pt-BR">' in page


def test_cc11_export_checks_without_its_xsd(studio: Studio, rich_course: Any) -> None:
    """The CC 1.1 XSDs are not stored here, so this checks what they would: the 1.1
    namespaces, schema version and resource types, and the structure rules."""
    snap = TransferService(studio.context).snapshot(rich_course.id, people=False)
    data = build_cartridge(snap.course, snap.outline, "1.1")
    root = etree.fromstring(manifest_of(data))
    assert etree.QName(root).namespace == CC11
    ns = {"cp": CC11, "lom": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"}
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=ns) == "1.1.0"
    assert root.find("cp:metadata/lom:lom/lom:general/lom:title", ns) is not None
    assert {r.get("type") for r in root.iterfind("cp:resources/cp:resource", ns)} <= CC11_TYPES
    assert "imsccv1p3" not in manifest_of(data).decode()
    location = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "")
    assert "ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd" in location
    assert package_problems(data) == []
    for el in root.iter():
        ident = el.get("identifier") if isinstance(el.tag, str) else None
        if ident is not None:  # xs:ID values are NCNames
            assert ident[0].isalpha() or ident[0] == "_"
            assert all(ch.isalnum() or ch in "_-." for ch in ident)


def test_package_problems_are_found() -> None:
    def cartridge(manifest: str, files: dict[str, str]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("imsmanifest.xml", manifest)
            for name, text in files.items():
                archive.writestr(name, text)
        return buffer.getvalue()

    manifest = f"""<manifest xmlns="{CC13}" identifier="M"><metadata/><organizations>
      <organization identifier="O" structure="rooted-hierarchy"><item identifier="R">
        <item identifier="A" identifierref="RES_A"><title>a</title></item>
        <item identifier="B" identifierref="RES_GONE"><title>b</title></item>
        <item identifier="A"><title>dup</title></item>
      </item></organization></organizations><resources>
      <resource identifier="RES_A" type="webcontent" href="a.html"><file href="a.html"/>
        <file href="missing.css"/></resource></resources></manifest>"""
    problems = package_problems(cartridge(manifest, {"a.html": "<p>a</p>"}))
    assert problems == [
        "identifier A is used twice",
        "identifierref RES_GONE (line 4) points at no resource",
        "missing.css (line 8) is not in the zip",
    ]


# -- round trips ---------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.3", "1.1"])
def test_round_trip_gives_the_same_course(
    studio: Studio, rich_course: Any, tmp_path: Path, version: str
) -> None:
    out = tmp_path / "ast.imscc"
    assert export_cartridge(studio, rich_course.id, out, version=version).ok
    with course_studio.open_studio(tmp_path / "other", username="tester") as other:
        report = import_cartridge(other, out)
        assert report.ok and report.written, report.errors
        assert report.course_code == "AST-201"
        assert report.course_id is not None
        assert content_of(other, report.course_id) == content_of(studio, rich_course.id)
    # into the same data dir: the code is taken, so the copy gets the next free one
    report = import_cartridge(studio, out)
    assert report.ok and report.course_code == "AST-201-2"
    assert report.course_id is not None
    assert content_of(studio, report.course_id) == content_of(studio, rich_course.id)


def test_import_with_a_chosen_code(studio: Studio, rich_course: Any, tmp_path: Path) -> None:
    out = tmp_path / "ast.imscc"
    export_cartridge(studio, rich_course.id, out)
    preview = preview_cartridge(studio, out)
    with unchanged(studio):
        taken = commit_cartridge(studio, preview, code="AST-201")
    assert not taken.ok and taken.errors[0].column == "code"
    assert commit_cartridge(studio, preview, code="NEW-1").course_code == "NEW-1"


# -- cartridges made elsewhere -------------------------------------------------------


def zip_dir(folder: Path, dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return dest


@needs_xsd
def test_handmade_sample_follows_the_spec(samples: Path) -> None:
    manifest = (samples / "cartridges" / "handmade-cc13" / "imsmanifest.xml").read_bytes()
    assert ccschema.schema_errors(manifest) == []
    assert ccschema.schematron_errors(manifest) == []


def test_handmade_cc13_imports(studio: Studio, samples: Path, tmp_path: Path) -> None:
    packed = zip_dir(samples / "cartridges" / "handmade-cc13", tmp_path / "astro.imscc")
    assert package_problems(packed.read_bytes()) == []
    with unchanged(studio):
        preview = preview_cartridge(studio, packed)
    assert preview.ok, preview.report.errors
    assert preview.version == "1.3.0"
    report = commit_cartridge(studio, preview)
    assert report.ok, report.errors
    course = studio.courses.get(report.course_id or "")
    assert course.title == "Introduction to Astronomy"
    assert course.code == "INTRODUCTION-TO-ASTR"
    assert course.language == "en-GB" and course.tags == ("astronomy",)
    assert course.description == "Stars, planets and how to find them."
    outline = studio.outline.outline(course.id)
    assert [(m.module.title, [(x.title, x.kind) for x in m.lessons]) for m in outline] == [
        ("General", [("Welcome", "page")]),
        (
            "Week 1: The night sky",
            [
                ("Reading the night sky", "page"),
                ("NASA Night Sky Network", "link"),
                ("Introduce yourself", "page"),
            ],
        ),
        ("Week 2: Planets", [("The planets", "page"), ("Slides (PDF)", "page")]),
    ]
    lessons = {x.title: x.body for m in outline for x in m.lessons}
    assert lessons["Welcome"].startswith("<h1>Welcome</h1>")
    assert "Plough &amp; Cassiopeia" in lessons["Reading the night sky"]
    assert 'href="https://nightsky.jpl.nasa.gov/"' in lessons["NASA Night Sky Network"]
    assert lessons["Introduce yourself"] == (
        "<p>Tell us which object you would most like to see.</p>"
    )
    assert [w.message for w in report.warnings if "PDF" in w.message or "file" in w.message]


def test_moodle_style_cc11_imports(studio: Studio, samples: Path, tmp_path: Path) -> None:
    packed = zip_dir(samples / "cartridges" / "moodle-cc11", tmp_path / "chem.imscc")
    report = import_cartridge(studio, packed)
    assert report.ok, report.errors
    course = studio.courses.get(report.course_id or "")
    assert course.title == "Chemistry basics"
    outline = studio.outline.outline(course.id)
    assert [m.module.title for m in outline] == ["General", "Topic 1: Atoms"]
    atoms = outline[1].lessons[0]
    assert atoms.body == "<p>Ångström-sized.</p>"  # a Windows-1252 page
    assert outline[1].lessons[1].kind == "link"


# -- damaged cartridges ----------------------------------------------------------------


def test_damaged_cartridges_are_reported(studio: Studio, rich_course: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.imscc"
    export_cartridge(studio, rich_course.id, good)
    data = good.read_bytes()
    cases: dict[str, bytes] = {"truncated.imscc": data[: len(data) // 2]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "no manifest here")
    cases["no-manifest.imscc"] = buffer.getvalue()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("imsmanifest.xml", "<manifest>\n  <metadata>\n</manifest>")
    cases["bad-xml.imscc"] = buffer.getvalue()
    expected = {
        "truncated.imscc": ("truncated.imscc", None, "not a complete zip file"),
        "no-manifest.imscc": ("imsmanifest.xml", None, "no imsmanifest.xml"),
        "bad-xml.imscc": ("imsmanifest.xml", 3, "not well-formed XML"),
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with unchanged(studio):
            report = import_cartridge(studio, path)
        assert not report.ok and not report.written
        file, line, text = expected[name]
        assert (report.errors[0].file, report.errors[0].line) == (file, line), name
        assert text in report.errors[0].message


def test_missing_pieces_are_warnings(studio: Studio, tmp_path: Path) -> None:
    manifest = f"""<manifest xmlns="{CC13}" identifier="M"><metadata>
      <schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion></metadata>
      <organizations><organization identifier="O" structure="rooted-hierarchy">
      <item identifier="R"><item identifier="F"><title>Folder</title>
        <item identifier="A" identifierref="RES_A"><title>Page gone</title></item>
        <item identifier="B" identifierref="RES_NONE"><title>Nothing</title></item>
        <item identifier="C" identifierref="RES_Q"><title>Quiz</title></item>
      </item></item></organization></organizations><resources>
      <resource identifier="RES_A" type="webcontent" href="a.html"><file href="a.html"/>
      </resource>
      <resource identifier="RES_Q" type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment">
        <file href="q.xml"/></resource>
      </resources></manifest>"""
    path = tmp_path / "bits.imscc"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("imsmanifest.xml", manifest)
    report = import_cartridge(studio, path)
    assert report.ok, report.errors
    course = studio.courses.get(report.course_id or "")
    assert course.code == "BITS" and course.title == "bits"  # from the file name
    lessons = [(x.title, x.kind) for x in studio.outline.outline(course.id)[0].lessons]
    assert lessons == [("Page gone", "page"), ("Quiz", "quiz")]
    messages = " ".join(w.message for w in report.warnings)
    assert "a.html is listed but not in the cartridge" in messages
    assert "RES_NONE" in messages and "questions are not imported" in messages


def test_values_the_course_cannot_take_are_errors(studio: Studio, tmp_path: Path) -> None:
    manifest = f"""<manifest xmlns="{CC13}" identifier="M"><metadata>
      <schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion></metadata>
      <organizations><organization identifier="O" structure="rooted-hierarchy">
      <item identifier="R"><item identifier="F"><title>Folder</title>
        <item identifier="A" identifierref="RES_A"><title>Huge</title></item>
      </item></item></organization></organizations><resources>
      <resource identifier="RES_A" type="webcontent" href="a.html"><file href="a.html"/>
      </resource></resources></manifest>"""
    path = tmp_path / "huge.imscc"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("imsmanifest.xml", manifest)
        archive.writestr("a.html", "<body>" + "x" * 250_000 + "</body>")
    with unchanged(studio):
        report = import_cartridge(studio, path)
    assert not report.ok
    assert report.errors[0].file == "a.html" and report.errors[0].column == "body"

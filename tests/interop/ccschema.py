"""Validate Common Cartridge manifests against the official CC 1.3 XSDs, offline.

The schemas import each other by absolute URL; the OASIS catalog stored beside them
maps those URLs onto the local files, and a resolver applies that catalog, so lxml
never reaches the network (the parser also runs with ``no_network``).

The folder is looked up at ``$COURSE_STUDIO_CC13_XSD``, else at
``../shared/reference/cc13-xsd`` relative to the project root.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from lxml import etree, isoschematron

PROJECT = Path(__file__).resolve().parents[2]
CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
MANIFEST_XSD = "ccv1p3_imscp_v1p2_v1p0.xsd"


def xsd_dir() -> Path:
    env = os.environ.get("COURSE_STUDIO_CC13_XSD")
    return Path(env) if env else PROJECT.parent / "shared" / "reference" / "cc13-xsd"


def missing_reason() -> str | None:
    folder = xsd_dir()
    if not (folder / MANIFEST_XSD).is_file() or not (folder / "catalog.xml").is_file():
        return (
            f"the official CC 1.3 XSDs are not at {folder} (set COURSE_STUDIO_CC13_XSD to "
            "the folder holding ccv1p3_imscp_v1p2_v1p0.xsd and catalog.xml)"
        )
    return None


class CatalogResolver(etree.Resolver):
    """Applies an OASIS XML catalog's uri/system and rewriteURI/rewriteSystem entries."""

    def __init__(self, catalog: Path) -> None:
        super().__init__()
        self.folder = catalog.parent
        root = etree.parse(str(catalog)).getroot()
        self.exact: dict[str, Path] = {}
        self.prefixes: list[tuple[str, Path]] = []
        for el in root:
            tag = etree.QName(el).localname
            if tag in ("uri", "system"):
                key = el.get("name") or el.get("systemId")
                self.exact[key] = (self.folder / el.get("uri")).resolve()
            elif tag in ("rewriteURI", "rewriteSystem"):
                start = el.get("uriStartString") or el.get("systemIdStartString")
                self.prefixes.append((start, (self.folder / el.get("rewritePrefix")).resolve()))
        self.prefixes.sort(key=lambda pair: len(pair[0]), reverse=True)
        self.unresolved: list[str] = []

    def map(self, url: str) -> Path | None:
        if url in self.exact:
            return self.exact[url]
        for start, target in self.prefixes:
            if url.startswith(start):
                return target / url[len(start) :]
        return None

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        path = self.map(system_url)
        if path is None:
            if "://" in system_url:
                self.unresolved.append(system_url)
            return None
        return self.resolve_filename(str(path), context)


@functools.cache
def manifest_schema() -> etree.XMLSchema:
    folder = xsd_dir()
    resolver = CatalogResolver(folder / "catalog.xml")
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(resolver)
    doc = etree.parse(str(folder / MANIFEST_XSD), parser)
    schema = etree.XMLSchema(doc)
    assert not resolver.unresolved, f"schema URLs not in the catalog: {resolver.unresolved}"
    return schema


@functools.cache
def manifest_schematron() -> isoschematron.Schematron:
    """The Schematron rules embedded in the manifest XSD (rules on resource types
    that an XSD cannot say), extracted with lxml's own XSD-to-Schematron step. The
    extracted set does not pass the Schematron meta-schema (an ``ns`` after a
    ``title``), so that check is skipped; the rules themselves run."""
    folder = xsd_dir()
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(CatalogResolver(folder / "catalog.xml"))
    xsl = Path(isoschematron.__file__).parent / "resources" / "xsl" / "XSD2Schtrn.xsl"
    extract = etree.XSLT(etree.parse(str(xsl), parser))
    rules = extract(etree.parse(str(folder / MANIFEST_XSD), parser))
    return isoschematron.Schematron(rules, validate_schema=False)


def schematron_errors(manifest: bytes) -> list[str]:
    doc = etree.fromstring(manifest, etree.XMLParser(no_network=True))
    rules = manifest_schematron()
    if rules.validate(doc):
        return []
    return [
        " ".join("".join(etree.fromstring(e.message).itertext()).split()) for e in rules.error_log
    ]


def schema_errors(manifest: bytes) -> list[str]:
    doc = etree.fromstring(manifest, etree.XMLParser(no_network=True))
    schema = manifest_schema()
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]

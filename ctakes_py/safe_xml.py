"""XML parsing with entity resolution, DTDs and network access off.

Descriptors and XMI come from users and other tools. A DOCTYPE can declare external
entities (file disclosure) or nested entities (billion laughs), so any document that has
one is refused before lxml resolves anything.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .errors import MalformedXMLError, UnsafeXMLError

_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
# Only the prolog (everything before the root element) can hold a DOCTYPE.
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def check_no_doctype(data: bytes, source: str) -> None:
    """Raise :class:`UnsafeXMLError` when ``data`` declares a DOCTYPE or entities."""
    head_end = _FIRST_ELEMENT.search(data)
    prolog = data[: head_end.start()] if head_end else data
    match = _DOCTYPE.search(prolog)
    if match:
        line = prolog.count(b"\n", 0, match.start()) + 1
        raise UnsafeXMLError(
            "XML with a DOCTYPE or entity declaration is refused (external entities and entity"
            " expansion are never resolved)",
            file=source, position=f"line {line}",
            fix="remove the <!DOCTYPE ...> declaration; descriptors and XMI do not need one",
        )


def parse_xml_bytes(data: bytes, source: str) -> etree._Element:
    """Parse ``data`` safely; errors name ``source`` and the line."""
    check_no_doctype(data, source)
    try:
        return etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise MalformedXMLError(
            f"malformed XML: {exc.msg}", file=source, position=f"line {line}"
        ) from exc


def parse_xml_file(path: str | Path) -> etree._Element:
    path = Path(path)
    return parse_xml_bytes(path.read_bytes(), str(path))

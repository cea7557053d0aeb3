"""UIMA XMI in and out: the interchange format of cTAKES, Java UIMA and INCEpTION.

:class:`XmiDirectoryReader` reads a folder of ``.xmi`` files (recursive, sorted) or one
file. The document id is the file name without ``.xmi`` and without a ``.txt`` before it
(cTAKES writes ``note.txt.xmi``); colliding names fall back to relative paths as in
:mod:`ctakes_py.io.text`. Every file is checked for a DOCTYPE/entity declaration *before*
the XML parser sees it, then loaded by dkpro-cassis against the given type system.

Option ``lenient`` (default False): when True, feature structures whose type the type system
does not know are dropped together with the references to them (counted in a log line);
when False they are an :class:`~ctakes_py.errors.InputError` naming the type and its line.
Features unknown to a known type are always an error.

:class:`XmiWriter` writes ``NAME.xmi`` with cassis ``to_xmi`` (option ``pretty``).
"""
from __future__ import annotations

import io
import logging
import os
import re
import warnings
from pathlib import Path
from typing import Any, Iterator

from cassis import Cas, TypeSystem, load_cas_from_xmi
from cassis.typesystem import TypeNotFoundError
from lxml import etree

from ..document import get_document_id
from ..errors import CtakesError, InputError
from ..safe_xml import check_no_doctype
from ..typesystem import DOCUMENT_ID
from .base import Reader, Source, Writer, atomic_write_bytes
from .text import as_bool, check_not_empty, check_options, list_files, read_bytes, unique_ids

log = logging.getLogger(__name__)

_TYPE_NAME = re.compile(r"\[([\w.$-]+)\]")
_FEATURE_NAME = re.compile(r"unexpected keyword argument '(\w+)'")


class XmiDirectoryReader(Reader):
    """Reads UIMA XMI files; options: ``lenient`` (bool)."""

    name = "xmi"
    extensions = (".xmi",)

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        check_options(self.name, options, ("lenient",))
        super().__init__(path, **options)
        self.lenient = as_bool(options.get("lenient", False), "lenient")

    def sources(self) -> Iterator[Source]:
        files = list_files(self.path, self.extensions)
        for doc_id, path in zip(unique_ids(self.path, files, xmi_stem), files):
            yield Source(document_id=doc_id, location=str(path))

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        data = read_bytes(source.location, source.document_id)
        cas = load_xmi_bytes(data, typesystem, lenient=self.lenient, file=source.location,
                             document=source.document_id)
        if get_document_id(cas) is None and typesystem.contains_type(DOCUMENT_ID):
            cas.add(typesystem.get_type(DOCUMENT_ID)(documentID=source.document_id))
        return cas


def xmi_stem(path: Path) -> str:
    """``note.txt.xmi`` -> ``note``; ``note.xmi`` -> ``note``."""
    stem = path.name[: -len(".xmi")] if path.name.lower().endswith(".xmi") else path.stem
    return stem[: -len(".txt")] if stem.lower().endswith(".txt") else stem


def load_xmi_bytes(data: bytes, typesystem: TypeSystem, *, lenient: bool = False,
                   file: str | None = None, document: str | None = None) -> Cas:
    """A CAS from XMI ``data``; every failure is an :class:`InputError` naming file,
    document and line. DOCTYPE/entity declarations are refused before parsing."""
    where = {"file": file, "document": document}
    try:
        check_no_doctype(data, file or "<xmi>")
    except CtakesError as exc:
        raise InputError(exc.message, position=exc.position, fix=exc.fix, **where) from exc
    dropped = 0
    try:
        if lenient:
            data, dropped = drop_unknown_types(data, typesystem)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # cassis warns per dropped FS; one log line below
                cas = load_cas_from_xmi(io.BytesIO(data), typesystem=typesystem, lenient=True)
        else:
            cas = load_cas_from_xmi(io.BytesIO(data), typesystem=typesystem)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position and exc.position[0] else None
        raise InputError(f"malformed XMI: {exc.msg}", position=line and f"line {line}",
                         **where) from None
    except TypeNotFoundError as exc:
        raise _unknown_type(exc, data, where) from None
    except TypeError as exc:
        raise _unknown_feature(exc, data, where) from None
    except KeyError as exc:
        raise InputError(f"XMI refers to xmi:id {exc.args[0]}, which is not in the file",
                         position=_line_of(data, rb'[\s"]' + str(exc.args[0]).encode() + rb'[\s"]'),
                         **where) from None
    except Exception as exc:  # cassis reports bad references/values as KeyError, ValueError...
        raise InputError(f"XMI cannot be read with this type system: {type(exc).__name__}: {exc}",
                         **where) from None
    if dropped:
        log.info("%s: dropped %d feature structure(s) of unknown types (lenient)",
                 file or document, dropped)
    text = cas.sofa_string
    if text is None:
        raise InputError("XMI has no document text (sofaString)", **where)
    check_not_empty(text, **where)
    return cas


def drop_unknown_types(data: bytes, typesystem: TypeSystem) -> tuple[bytes, int]:
    """XMI ``data`` without the elements whose type ``typesystem`` lacks, and without
    references to them (cassis' own lenient mode fails on such dangling references).

    Returns the (possibly unchanged) bytes and the number of elements dropped.
    """
    root = etree.fromstring(data, parser=_SAFE_PARSER)
    dropped: set[str] = set()
    for elem in list(root):
        name = _type_name(elem.tag)
        if name and name not in _CAS_ELEMENTS and not typesystem.contains_type(name):
            dropped.add(elem.get(_XMI_ID))
            root.remove(elem)
    if not dropped:
        return data, 0
    for elem in root:
        name = _type_name(elem.tag)
        if name == "uima.cas.View":
            _drop_ids(elem, "members", dropped)
        elif name and name not in _CAS_ELEMENTS:
            for attr in _reference_attributes(typesystem, name, elem.attrib):
                _drop_ids(elem, attr, dropped)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8"), len(dropped)


_XMI_ID = "{http://www.omg.org/XMI}id"
_CAS_ELEMENTS = {"uima.cas.NULL", "uima.cas.Sofa", "uima.cas.View"}
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_ECORE = re.compile(r"^\{http:///(.*)\.ecore\}(.+)$")


def _type_name(tag: Any) -> str | None:
    """``{http:///org/x/pkg.ecore}Name`` -> ``org.x.pkg.Name`` (None for non-UIMA tags)."""
    match = _ECORE.match(tag) if isinstance(tag, str) else None
    if match is None:
        return None
    package = match.group(1).replace("/", ".")
    return match.group(2) if package == "uima.noNamespace" else f"{package}.{match.group(2)}"


def _reference_attributes(typesystem: TypeSystem, type_name: str, attrib: Any) -> list[str]:
    type_ = typesystem.get_type(type_name)
    if typesystem.is_primitive_array(type_):
        return []
    if type_name == "uima.cas.FSArray":
        return ["elements"]
    out = []
    for attr in attrib:
        feature = type_.get_feature(attr) if not attr.startswith("{") else None
        if feature is not None and attr != "sofa" and not (
                typesystem.is_primitive(feature.rangeType)
                or typesystem.is_primitive_array(feature.rangeType)
                or typesystem.is_primitive_list(feature.rangeType)):
            out.append(attr)
    return out


def _drop_ids(elem: Any, attr: str, dropped: set[str]) -> None:
    value = elem.get(attr)
    if value is None:
        return
    kept = [ref for ref in value.split() if ref not in dropped]
    if len(kept) == len(value.split()):
        return
    if kept:
        elem.set(attr, " ".join(kept))
    else:
        del elem.attrib[attr]


def _unknown_type(exc: TypeNotFoundError, data: bytes, where: dict[str, Any]) -> InputError:
    match = _TYPE_NAME.search(str(getattr(exc, "message", exc)))
    type_name = match.group(1) if match else str(exc)
    short = type_name.rsplit(".", 1)[-1]
    return InputError(
        f"XMI uses type {type_name!r}, which the type system does not define",
        position=_line_of(data, rb"<[\w.-]+:" + re.escape(short.encode()) + rb"[\s/>]"),
        fix="load it with a type system that defines the type, or read with lenient=True to drop"
            " such feature structures", **where)


def _unknown_feature(exc: TypeError, data: bytes, where: dict[str, Any]) -> InputError:
    match = _FEATURE_NAME.search(str(exc))
    if not match:
        return InputError(f"XMI cannot be read with this type system: {exc}", **where)
    feature = match.group(1)
    return InputError(
        f"XMI sets feature {feature!r}, which its type does not have in this type system ({exc})",
        position=_line_of(data, rb"\s" + re.escape(feature.encode()) + rb'="'),
        fix="use the type system the XMI was written with", **where)


def _line_of(data: bytes, pattern: bytes) -> str | None:
    match = re.search(pattern, data)
    if match is None:
        return None
    return f"line {_line_number(data, match.start())}"


def _line_number(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


class XmiWriter(Writer):
    """Writes ``OUTDIR/NAME.xmi``; option ``pretty`` (bool) indents the XML."""

    name = "xmi"
    extension = ".xmi"

    def write(self, cas: Cas, document_id: str) -> None:
        xmi = cas.to_xmi(pretty_print=as_bool(self.options.get("pretty", False), "pretty"))
        atomic_write_bytes(self.output_path(document_id), xmi.encode("utf-8"))

"""Read OBO 1.2 ontologies (Human Disease Ontology, Human Phenotype Ontology) stanza by
stanza. Malformed tag lines and synonyms are reported with file and line and skipped."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .report import BuildReport, read_lines

_SYNONYM = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(EXACT|RELATED|BROAD|NARROW)(?:\s+([^\s\[]+))?\s*\[')
_TRAILING_COMMENT = re.compile(r"\s+!\s.*$")


@dataclass
class OboTerm:
    """One ``[Term]`` stanza. ``synonyms`` holds ``(text, scope, type or "")``."""

    id: str = ""
    name: str = ""
    synonyms: list[tuple[str, str, str]] = field(default_factory=list)
    xrefs: list[str] = field(default_factory=list)
    exact_matches: list[str] = field(default_factory=list)  # property_value: exactMatch "MESH:..."
    parents: list[str] = field(default_factory=list)
    subsets: list[str] = field(default_factory=list)
    obsolete: bool = False
    line: int = 0


@dataclass
class OboHeader:
    data_version: str = ""
    remarks: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def read_obo(path: str, report: BuildReport) -> tuple[OboHeader, Iterator[OboTerm]]:
    """The header (read eagerly) and an iterator over the ``[Term]`` stanzas."""
    lines = read_lines(path, report)
    header = OboHeader()
    pending: list[tuple[int, str]] = []
    for number, line in lines:
        if line.startswith("["):
            pending.append((number, line))
            break
        tag, _, value = line.partition(": ")
        if tag == "data-version":
            header.data_version = value.strip()
        elif tag == "remark":
            header.remarks.append(value.strip())
        elif tag == "property_value":
            header.properties.append(value.strip())
    return header, _terms(path, pending, lines, report)


def _terms(path: str, pending, lines, report: BuildReport) -> Iterator[OboTerm]:
    term: OboTerm | None = None
    in_term = False
    for number, line in [*pending, *lines]:
        if line.startswith("["):
            if term is not None:
                yield from _finish(path, term, report)
            in_term = line.strip() == "[Term]"
            term = OboTerm(line=number) if in_term else None
            continue
        if not in_term or term is None or not line.strip() or line.startswith("!"):
            continue
        tag, sep, value = line.partition(": ")
        if not sep:
            report.bad_line(path, number, "expected 'tag: value'")
            continue
        value = _TRAILING_COMMENT.sub("", value).strip()
        _apply(term, tag, value, path, number, report)
    if term is not None:
        yield from _finish(path, term, report)


def _apply(term: OboTerm, tag: str, value: str, path: str, number: int, report: BuildReport) -> None:
    if tag == "id":
        term.id = value
    elif tag == "name":
        term.name = value
    elif tag == "synonym":
        match = _SYNONYM.match(value)
        if match is None:
            report.bad_line(path, number, "synonym must be '\"text\" SCOPE [TYPE] [xrefs]'")
            return
        term.synonyms.append((_unescape(match.group(1)), match.group(2), match.group(3) or ""))
    elif tag == "xref":
        term.xrefs.append(value.split(" ", 1)[0])
    elif tag == "property_value" and value.startswith("exactMatch "):
        term.exact_matches.append(value.split(" ", 2)[1].strip('"'))
    elif tag == "is_a":
        term.parents.append(value.split(" ", 1)[0])
    elif tag == "subset":
        term.subsets.append(value)
    elif tag == "is_obsolete":
        term.obsolete = value == "true"


def _finish(path: str, term: OboTerm, report: BuildReport) -> Iterator[OboTerm]:
    report.rows_read[path] += 1
    if not term.id or not term.name:
        report.bad_line(path, term.line, "[Term] stanza without id or name")
        return
    yield term


def descendants(parents: dict[str, list[str]], root: str) -> set[str]:
    """All terms below ``root`` (inclusive) given child -> parents."""
    children: dict[str, list[str]] = {}
    for child, ps in parents.items():
        for p in ps:
            children.setdefault(p, []).append(child)
    seen, stack = {root}, [root]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen

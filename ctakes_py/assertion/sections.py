"""Section context: a mention inside a section gets the section's feature values unless a
trigger in its sentence already decided that feature (``Family History:`` -> subject
``family_member``; ``Past Medical History:`` -> ``historyOf`` = 1).

The section rules file is tab-separated: ``section_id  category  [value]`` where
``section_id`` is a Segment id written by the section annotator (see
``lexicons/sections/section_headers.tsv``) and ``category`` one of the trigger categories
(``FAMILY``, ``HISTORICAL``, ``POSSIBLE`` ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from .rules import CATEGORIES, SUBJECT_VALUES


@dataclass(frozen=True)
class SectionRule:
    """Mentions in section ``section`` get ``category``'s feature set to ``value``."""

    section: str
    category: str
    value: str
    source: str = "<python>"
    line: int = 0

    @property
    def attribute(self) -> str:
        return CATEGORIES[self.category][0]

    @property
    def label(self) -> str:
        where = f"{Path(self.source).name}:{self.line}" if self.line else self.source
        return f"{where} section {self.section} {self.category}"


def parse_section_row(fields: list[str], source: str, line: int) -> SectionRule:
    fields = [f.strip() for f in fields]
    if len(fields) not in (2, 3) or not fields[0] or not fields[1]:
        raise ResourceError(f"section rule needs section id, category and optional value; got {fields!r}",
                            file=source, position=f"line {line}", fix="separate the columns with one tab each")
    section, category = fields[0], fields[1].upper()
    if category not in CATEGORIES:
        raise ResourceError(f"unknown category {category!r}", file=source, position=f"line {line}",
                            fix=f"use one of {sorted(CATEGORIES)}")
    value = fields[2] if len(fields) == 3 and fields[2] else CATEGORIES[category][1]
    if CATEGORIES[category][0] == "subject" and value not in SUBJECT_VALUES:
        raise ResourceError(f"subject value must be one of {SUBJECT_VALUES}, got {value!r}",
                            file=source, position=f"line {line}")
    return SectionRule(section, category, value, source, line)


def read_section_rules(path: str | Path) -> dict[str, list[SectionRule]]:
    """Section id -> its rules, from one section rules file."""
    source = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read section rules: {exc}", file=source) from None
    table: dict[str, list[SectionRule]] = {}
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            rule = parse_section_row(line.split("\t"), source, number)
            table.setdefault(rule.section, []).append(rule)
    return table

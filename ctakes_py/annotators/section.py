"""Section (``textspan.Segment``) detection from header lines.

A header is a known header text (one row of a header list, see
``lexicons/sections/README.md``) at the start of a line, or right after a comma in
MTSamples-style text where commas stand for line breaks (``...well.,PLAN:,  Continue``).
It counts as a header when

- it is followed by a colon (``Assessment: stable.``) and starts with a capital letter, or
- it is alone on its line without a colon and starts with a capital letter (``ALLERGIES``);
- after a comma it must be all upper case and followed by a colon;
- rows with placement ``alone`` (single letters such as ``S``, ``A``, ``P``) also need the
  rest of the line to be empty.

Optionally (``detectUnlistedHeaders``) an all-capitals phrase of at least four letters that
ends with a colon and is alone on its line (``ANESTHESIA:`` / ``ANESTHESIA:,``) is a header
too; its id is the phrase in snake case.

Segments tile the document: each runs from its header to the next header (or the end).
Text before the first header gets a ``SIMPLE_SEGMENT`` (as does a document without
headers); when that text is only whitespace the first section starts at 0 instead.

Segment features: ``id`` = canonical snake_case id (``history_present_illness``),
``preferredText`` = readable name (``History of Present Illness``), ``tagText`` = the header
as written, without the colon (``HISTORY OF PRESENT ILLNESS``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..errors import ResourceError
from ..resources import resolve_location
from ..typesystem import SEGMENT

SIMPLE_SEGMENT = "SIMPLE_SEGMENT"
DEFAULT_HEADERS = "lexicons/sections/section_headers.tsv"
PLACEMENTS = ("inline", "alone")

# Where a header may start: a line start, or a comma (MTSamples) when a colon follows soon.
# A cheap filter, so the big header alternation runs only at a few places per note.
_CANDIDATE = re.compile(r"""
    (?:^|(?<=\r))[ \t]*(?P<line>(?=[^\W\d_][\w \t/&()'+.,-]{0,80}?[ \t]*(?::|\r|\n|\Z)))
  | ,[ \t]*(?P<comma>(?=[^\W\d_][\w \t/&()'+.-]{0,80}?:))
""", re.MULTILINE | re.VERBOSE)
# After the header text: optional colon, then ``eol`` when the header is alone on its line
# (a comma counts as a line break, as in MTSamples).
_AFTER = re.compile(r"[ \t]*(?P<colon>:?)[ \t]*(?P<eol>,|\r\n|\r|\n|\Z)?")
_UNLISTED = (r"(?P<unlisted>(?-i:[A-Z][A-Z0-9&/()' -]{2,60}?))"
             r"(?=[ \t]*:[ \t]*(?:,|\r|$))")
_NON_ID = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class HeaderRule:
    """One header list row: ``pattern`` (regex, case-insensitive) maps to ``id``."""

    id: str
    preferred_text: str
    pattern: str
    alone: bool = False
    source: str = "<parameter>"


class Section(NamedTuple):
    """A detected section: ``[begin, end)`` and its Segment feature values."""

    begin: int
    end: int
    id: str
    preferred_text: str | None
    tag_text: str | None


def header_id(text: str) -> str:
    """Snake-case id for a header text: ``"WOUND CARE"`` -> ``"wound_care"``."""
    return _NON_ID.sub("_", text.lower()).strip("_") or "section"


def _check_pattern(rule: HeaderRule, where: str) -> HeaderRule:
    try:
        compiled = re.compile(rule.pattern, re.IGNORECASE)
    except re.error as exc:
        raise ResourceError(f"section header pattern {rule.pattern!r} is not a valid regex: {exc}",
                            file=rule.source, position=where,
                            fix="fix the regex (Python syntax) or escape special characters") from None
    if compiled.groups:
        raise ResourceError(f"section header pattern {rule.pattern!r} has capturing groups",
                            file=rule.source, position=where, fix="write (?:...) instead of (...)")
    if compiled.fullmatch(""):
        raise ResourceError(f"section header pattern {rule.pattern!r} matches the empty string",
                            file=rule.source, position=where)
    return rule


def parse_header_row(fields: Sequence[str], source: str, where: str) -> HeaderRule:
    """A rule from ``[id, preferred_text, pattern, (placement)]`` fields."""
    if len(fields) not in (3, 4) or not all(f.strip() for f in fields[:3]):
        raise ResourceError(
            f"section header row needs id, preferred text, pattern and optional placement; got {list(fields)!r}",
            file=source, position=where, fix="separate the columns with one tab each")
    placement = fields[3].strip().lower() if len(fields) == 4 and fields[3].strip() else "inline"
    if placement not in PLACEMENTS:
        raise ResourceError(f"unknown placement {placement!r}", file=source, position=where,
                            fix=f"use one of {PLACEMENTS}")
    rule = HeaderRule(fields[0].strip(), fields[1].strip(), fields[2].strip(),
                      placement == "alone", source)
    return _check_pattern(rule, where)


def load_header_rules(path: Path) -> list[HeaderRule]:
    """Rules of a tab-separated header list; ``#`` starts a comment line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read section header list: {exc}", file=str(path)) from None
    return [parse_header_row(line.split("\t"), str(path), f"line {n}")
            for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]


def parse_header_setting(value: str, index: int = 0) -> HeaderRule:
    """A rule from a parameter value: ``"id|Preferred text|pattern[|inline|alone]"`` (the
    pattern may itself contain ``|``), or a plain header text such as ``"WOUND CARE"``."""
    parts = value.split("|")
    where = f"additionalHeaders[{index}]"
    if len(parts) == 1:
        text = value.strip()
        if not text:
            raise ResourceError("empty header in additionalHeaders", position=where)
        pattern = " ".join(re.escape(word) for word in text.split())
        return _check_pattern(HeaderRule(header_id(text), text, pattern), where)
    if len(parts) < 3:
        raise ResourceError(f"additional header {value!r} is neither a header text nor id|name|pattern",
                            position=where, fix="write e.g. wound_care|Wound Care|WOUND CARE|inline")
    placement = parts[-1] if len(parts) > 3 and parts[-1].strip().lower() in PLACEMENTS else ""
    pattern_parts = parts[2:-1] if placement else parts[2:]
    return parse_header_row([parts[0], parts[1], "|".join(pattern_parts), placement or "inline"],
                            "<parameter>", where)


class HeaderMatcher:
    """All header rules compiled into one regex; :meth:`sections` splits a text."""

    def __init__(self, rules: Iterable[HeaderRule], detect_unlisted: bool = True) -> None:
        self.rules = list(rules)
        alternatives = [f"(?P<h{i}>{self._spaced(rule.pattern)})" for i, rule in enumerate(self.rules)]
        if detect_unlisted:
            alternatives.append(_UNLISTED)
        if not alternatives:
            self.regex = None
            return
        # Only the rule groups are capturing, so ``lastgroup`` names the rule that matched;
        # the lookahead makes a rule match the whole header text, not a prefix of it.
        self.regex = re.compile("(?:" + "|".join(alternatives) + r")(?=[ \t]*(?::|\r|$))",
                                re.IGNORECASE | re.MULTILINE)

    @staticmethod
    def _spaced(pattern: str) -> str:
        """Header lists write one space for "some blanks" and " ?" for "maybe blanks"."""
        return pattern.replace(" ?", "\0").replace(" ", r"[ \t]+").replace("\0", r"[ \t]*")

    def headers(self, text: str) -> list[tuple[int, int, HeaderRule | None]]:
        """``(begin, end, rule)`` of each accepted header (rule None: unlisted)."""
        if self.regex is None:
            return []
        found = []
        match = self.regex.match
        last_end = 0
        for candidate in _CANDIDATE.finditer(text):
            if candidate.end() < last_end:  # a comma inside the previous header
                continue
            m = match(text, candidate.end())
            if m is None:
                continue
            group = m.lastgroup
            rule = None if group == "unlisted" else self.rules[int(group[1:])]
            if self._accept(text, m.start(), m.end(), rule, candidate.lastgroup == "comma"):
                found.append((m.start(), m.end(), rule))
                last_end = m.end()
        return found

    @staticmethod
    def _accept(text: str, begin: int, end: int, rule: HeaderRule | None, after_comma: bool) -> bool:
        tag = text[begin:end]
        after = _AFTER.match(text, end)
        colon, eol = after.group("colon"), after.group("eol")
        if rule is None:  # unlisted: the regex already asked for colon + end of line
            return tag.isupper() and sum(map(str.isalpha, tag)) >= 4
        if after_comma and not (colon and tag.isupper()):
            return False
        if not tag[0].isupper():
            return False
        if not colon or rule.alone:
            return eol is not None and (colon or eol != ",")
        return True

    def sections(self, text: str) -> list[Section]:
        """Sections tiling ``text`` (none for an empty text)."""
        if not text:
            return []
        heads = self.headers(text)
        out: list[Section] = []
        if not heads or text[:heads[0][0]].strip():
            first_end = heads[0][0] if heads else len(text)
            out.append(Section(0, first_end, SIMPLE_SEGMENT, None, None))
        for i, (begin, end, rule) in enumerate(heads):
            seg_begin = 0 if not out and i == 0 else begin
            seg_end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
            tag = text[begin:end]
            if rule is None:
                out.append(Section(seg_begin, seg_end, header_id(tag), tag.capitalize(), tag))
            else:
                out.append(Section(seg_begin, seg_end, rule.id, rule.preferred_text, tag))
        return out


class SectionAnnotator(Annotator):
    """Creates ``textspan.Segment`` annotations tiling the document, one per section."""

    parameters = (
        Parameter("additionalHeaders", "String", default=(), multi_valued=True,
                  description='Extra headers, tried before the lists: "id|Preferred text|regex[|inline|alone]" '
                              'or a plain header text such as "WOUND CARE".'),
        Parameter("detectUnlistedHeaders", "Boolean", default=True,
                  description="Also treat an all-capitals line ending in a colon (HEADER: alone on its "
                              "line) as a section header, with an id derived from its text."),
    )
    resources = (
        ExternalResource("sectionHeaders", "Tab-separated header list: id, preferred text, regex, placement.",
                         optional=False, default=DEFAULT_HEADERS),
        ExternalResource("additionalSectionHeaders", "A second header list in the same format, "
                         "tried before sectionHeaders (site-specific headers).", optional=True),
    )
    outputs = (SEGMENT,)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        rules = [parse_header_setting(v, i) for i, v in enumerate(self.additionalHeaders or ())]
        extra = context.resources.get("additionalSectionHeaders")
        if extra is not None:
            rules += load_header_rules(extra)
        rules += load_header_rules(self._main_list(context))
        self.matcher = HeaderMatcher(rules, bool(self.detectUnlistedHeaders))

    @staticmethod
    def _main_list(context: UimaContext) -> Path:
        path = context.resources.get("sectionHeaders")
        if path is None:  # run outside a descriptor: fall back to the declared default
            path = resolve_location(DEFAULT_HEADERS)
        if path is None:
            return context.get_resource("sectionHeaders")  # raises the standard error
        return Path(path)

    def sections(self, text: str) -> list[Section]:
        """The sections of ``text`` (what :meth:`process` writes as Segments)."""
        return self.matcher.sections(text)

    def process(self, cas: Cas) -> None:
        segment = cas.typesystem.get_type(SEGMENT)
        cas.add_all([segment(begin=s.begin, end=s.end, id=s.id, preferredText=s.preferred_text,
                             tagText=s.tag_text) for s in self.sections(cas.sofa_string or "")])

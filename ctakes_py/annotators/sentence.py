"""Rule-based sentence detection for clinical text (``textspan.Sentence``).

One compiled regex finds the candidate boundaries (terminal punctuation, line breaks,
blank lines, header colons); a few rules per candidate decide:

- ``.`` ``!`` ``?`` end a sentence unless the next word starts in lower case; a period
  after a title or Latin abbreviation (``Dr.``, ``vs.``, ``e.g.``) never does; after a
  dotted or unit abbreviation (``b.i.d.``, ``p.o.``, ``etc.``, ``approx.``) only before a
  capitalised word or a numbered list item; after a list number (``1.`` at the start of a
  line or after a sentence) or an initial after a title (``Dr. J. Smith``) it does not.
- A blank line always ends a sentence. A single line break ends one when the next line is
  a list item, the line ends with a colon, or the next line does not start in lower case
  and the line does not end with a comma, hyphen or connecting word (``of``, ``and``,
  ``Dr.``, ...). ``lineBreakMode`` = ``always`` splits at every line break, ``blank`` only
  at blank lines.
- Headers: ``HEADER: text`` (all capitals, 4+ letters, at line start) and the header of
  each Segment are sentences of their own, as cTAKES does (``CHIEF COMPLAINT:`` /
  ``Nausea.``). In MTSamples text ``.,`` and ``:,`` stand for a line break.
- Sentences never cross Segment boundaries (Segments are optional input).

Spans are trimmed of whitespace and of commas at either end; spans without a letter or
digit are dropped. Boundaries fall between characters that the :mod:`.tokenizer` never
joins into one token, so tokens never cross sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from cassis import Cas

from ..annotator import Annotator, Parameter, UimaContext
from ..errors import DescriptorError
from ..typesystem import SEGMENT, SENTENCE

# Periods after these never end a sentence (lower case, without the final period).
NO_BREAK = frozenset((
    "dr", "drs", "mr", "mrs", "ms", "mx", "messrs", "prof", "sr", "jr", "st", "mt", "vs", "v",
    "e.g", "i.e", "cf", "viz", "ca", "eg", "ie", "al",
))
# Periods after these end a sentence only before a capitalised word or a list item.
SOFT_BREAK = frozenset((
    "etc", "no", "nos", "approx", "appt", "fig", "figs", "vol", "ref", "est", "dept", "tab", "tabs",
    "cap", "caps", "sig", "disp", "inj", "susp", "soln", "sol", "qty", "min", "mins", "hr", "hrs",
    "wk", "wks", "mo", "mos", "yr", "yrs", "sec", "oz", "lb", "lbs", "pt", "pts", "hx", "dx", "rx",
    "tx", "sx", "fx", "yo",
))
# A line break after these words (or after , - / & + () continues the sentence.
CONTINUATIONS = frozenset((
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "without", "within", "into", "onto", "upon", "over", "under", "after", "before",
    "about", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "his",
    "her", "their", "its", "our", "your", "my", "is", "was", "were", "are", "be", "been", "being",
    "has", "have", "had", "will", "would", "should", "could", "may", "might", "must", "can", "not",
    "no", "per", "via", "plus", "including", "include", "includes", "such", "if", "then", "so",
    "because", "while",
))
LINE_BREAK_MODES = ("auto", "always", "blank")

_NL = r"(?:\r\n|\r|\n)"
_HSPACE = r"[^\S\r\n]"
_TAIL = r"""[.!?]*["'\u201d\u2019)\]]*(?=\s|,|\Z)"""
# Every branch starts with a literal character, so the regex engine skips to candidates
# with a fast character scan instead of trying each branch at every position.
_BOUNDARY = re.compile(rf"""
    \n(?P<lf>(?:{_HSPACE}*{_NL})*)        # line break (+ following blank lines)
  | \r\n?(?P<cr>(?:{_HSPACE}*{_NL})*)
  | \.(?P<dot>{_TAIL})                    # terminal punctuation (+ closing quotes)
  | !(?P<excl>{_TAIL})
  | \?(?P<quest>{_TAIL})
  | :(?P<hcolon>{_HSPACE}*,)              # MTSamples "HEADER:," (header alone on its line)
""", re.VERBOSE)
# "HEADER: text" at a line start: all capitals, then a colon and text on the same line.
_HEADER = re.compile(rf"[A-Z][A-Z0-9&/()' -]*[A-Z)]:(?={_HSPACE}*\S)")
_SPACE = re.compile(r"\s*")
_HSPACES = re.compile(_HSPACE + "*")
_COLON = re.compile(r"[ \t]*:")
_LEAD_JUNK = re.compile(r"[\s,]*")
_ALNUM = re.compile(r"[^\W_]")
_WORD_BEFORE = re.compile(r"[\w.'\u2019-]{1,40}\Z")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LIST_NUMBER = re.compile(r"\d{1,2}|[a-zA-Z]")
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*+\u2022\u00b7\u25aa\u2023\u25e6>#])[^\S\r\n]+\S")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][^\S\r\n]+\S")
_INITIAL_CONTEXT = re.compile(r"(?:\b(?:Dr|Drs|Mr|Mrs|Ms|Prof)\.?|\b[A-Z]\.)\s+(?:[A-Z][a-z]+\s+)?\Z")


class Cut(NamedTuple):
    """A boundary: the previous sentence ends at ``end``, the next starts at ``start``."""

    end: int
    start: int


class SentenceSplitter:
    """The boundary rules, configured once; :meth:`spans` splits a text."""

    def __init__(self, extra_abbreviations: tuple[str, ...] = (), line_break_mode: str = "auto",
                 header_sentences: bool = True) -> None:
        if line_break_mode not in LINE_BREAK_MODES:
            raise DescriptorError(f"unknown lineBreakMode {line_break_mode!r}", element="lineBreakMode",
                                fix=f"use one of {LINE_BREAK_MODES}")
        self.no_break = NO_BREAK | {a.lower().rstrip(".") for a in extra_abbreviations if a.strip()}
        self.line_break_mode = line_break_mode
        self.header_sentences = header_sentences

    # -- public -------------------------------------------------------------------------
    def spans(self, text: str, segments: list[tuple[int, int, str | None]] = ()) -> list[tuple[int, int]]:
        """Trimmed, ordered, non-overlapping ``(begin, end)`` sentence spans of ``text``;
        ``segments`` are ``(begin, end, tagText)`` regions no sentence may cross."""
        cuts = self._cuts(text)
        if segments:
            cuts.extend(self._segment_cuts(text, segments))
            cuts.sort()
        return self._assemble(text, cuts)

    # -- candidates ---------------------------------------------------------------------
    def _cuts(self, text: str) -> list[Cut]:
        cuts: list[Cut] = []
        line_start: int | None = _HSPACES.match(text).end()
        for m in _BOUNDARY.finditer(text):
            if line_start is not None and self.header_sentences:
                self._add(cuts, self._after_header(text, line_start, m.start()))
            line_start = None
            kind = m.lastgroup
            if kind == "lf" or kind == "cr":
                nxt = _HSPACES.match(text, m.end()).end()
                if m.group(kind) or self._line_break_ends(text, m.start(), nxt):
                    self._add(cuts, Cut(m.start(), nxt))
                line_start = nxt
            elif kind == "hcolon":
                line_start = _HSPACES.match(text, m.end()).end()
                self._add(cuts, Cut(m.start() + 1, line_start))
            else:
                last = cuts[-1].start if cuts else 0
                cut = self._after_terminal(text, m.start(), m.end(), last)
                if self._add(cuts, cut) and "," in text[cut.end:cut.start]:
                    line_start = cut.start  # MTSamples ".," is a line break
        if line_start is not None and self.header_sentences:
            self._add(cuts, self._after_header(text, line_start, len(text)))
        return cuts

    @staticmethod
    def _add(cuts: list[Cut], cut: Cut | None) -> bool:
        if cut is None:
            return False
        cuts.append(cut)
        return True

    def _after_terminal(self, text: str, begin: int, end: int, last_start: int) -> Cut | None:
        nxt_pos = _SPACE.match(text, end).end()
        comma = nxt_pos < len(text) and text[nxt_pos] == ","
        if comma:  # MTSamples ".," is a line break; "e.g.," is not
            nxt_pos = _SPACE.match(text, nxt_pos + 1).end()
        if nxt_pos >= len(text):
            return Cut(end, nxt_pos)
        nxt = text[nxt_pos]
        if nxt.islower():
            return None
        punct = text[begin:end]
        if "!" in punct or "?" in punct or punct.count(".") > 1:
            return Cut(end, nxt_pos)
        word = self._word_before(text, begin)
        key = word.lower()
        if key in self.no_break:
            return None
        if key in SOFT_BREAK or _DOTTED.fullmatch(key):
            if nxt.isupper() or _NUMBERED_ITEM.match(text, nxt_pos):
                return Cut(end, nxt_pos)
            return None
        if _LIST_NUMBER.fullmatch(word) and self._starts_item(text, begin - len(word), last_start):
            return None
        if len(word) == 1 and word.isupper() and _INITIAL_CONTEXT.search(text, max(0, begin - 30), begin - 1):
            return None
        if comma and not (nxt.isupper() or nxt.isdigit()):
            return None
        return Cut(end, nxt_pos)

    @staticmethod
    def _word_before(text: str, pos: int) -> str:
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        return m.group().strip(".'\u2019-_") if m else ""

    @staticmethod
    def _starts_item(text: str, word_begin: int, last_start: int) -> bool:
        """Is the number at ``word_begin`` a list marker ("1." at a line or sentence start)?"""
        before = text[max(0, word_begin - 12):word_begin].rstrip(" \t")
        if not before:
            return word_begin - 12 <= 0 or word_begin <= last_start
        return before[-1] in "\n\r:;,.!?" or word_begin <= last_start

    def _line_break_ends(self, text: str, begin: int, nxt: int) -> bool:
        """Does the line break at ``begin`` (next line's text at ``nxt``) end a sentence?"""
        if nxt >= len(text) or self.line_break_mode == "blank":
            return False
        if self.line_break_mode == "always" or _LIST_ITEM.match(text, nxt):
            return True
        line = text[max(0, begin - 80):begin].rstrip()
        if not line or line[-1] == ":":
            return True
        if text[nxt].islower() or line[-1] in ",-/&+(":
            return False
        word = self._word_before(line, len(line)).lower()
        return word not in CONTINUATIONS and word not in self.no_break

    @staticmethod
    def _after_header(text: str, begin: int, limit: int) -> Cut | None:
        """A cut after "HEADER:" when it starts at ``begin`` (and ends before ``limit``)."""
        m = _HEADER.match(text, begin, limit)
        if m is None or sum(map(str.isalpha, m.group())) < 4:
            return None
        return Cut(m.end(), _SPACE.match(text, m.end()).end())

    def _segment_cuts(self, text: str, segments: list[tuple[int, int, str | None]]) -> list[Cut]:
        cuts = []
        for begin, end, tag in segments:
            cuts.append(Cut(begin, begin))
            cuts.append(Cut(end, end))
            if tag and self.header_sentences:
                at = _SPACE.match(text, begin).end()
                if text.startswith(tag, at):
                    colon = _COLON.match(text, at + len(tag))
                    if colon and colon.end() <= end:
                        cuts.append(Cut(colon.end(), colon.end()))
        return cuts

    # -- spans --------------------------------------------------------------------------
    @staticmethod
    def _assemble(text: str, cuts: list[Cut]) -> list[tuple[int, int]]:
        spans = []
        start = 0
        for cut in cuts + [Cut(len(text), len(text))]:
            if cut.end > start:
                begin = _LEAD_JUNK.match(text, start, cut.end).end()
                end = begin + len(text[begin:cut.end].rstrip().rstrip(",").rstrip())
                if end > begin and _ALNUM.search(text, begin, end):
                    spans.append((begin, end))
            start = max(start, cut.start)
        return spans


class SentenceDetector(Annotator):
    """Creates ``textspan.Sentence`` annotations with ``sentenceNumber`` (from 0) and the
    ``segmentId`` of the enclosing Segment (None when the CAS has no Segments)."""

    parameters = (
        Parameter("abbreviations", "String", default=(), multi_valued=True,
                  description="Extra abbreviations after which a period never ends a sentence "
                              "(written without the final period, e.g. 'Ref', 'approx')."),
        Parameter("lineBreakMode", "String", default="auto",
                  description="auto: line breaks end sentences by rule; always: every line break "
                              "ends one; blank: only blank lines do."),
        Parameter("headerSentences", "Boolean", default=True,
                  description="Make a header followed by text on its line ('ASSESSMENT: Stable.') "
                              "a sentence of its own."),
    )
    # Segments are read when present but are not required, so they are not a declared input
    # (the flow check treats declared inputs as mandatory).
    outputs = (SENTENCE,)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.splitter = SentenceSplitter(tuple(self.abbreviations or ()), self.lineBreakMode,
                                         bool(self.headerSentences))

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        segments = sorted(cas.select(SEGMENT), key=lambda s: (s.begin, s.end))
        regions = [(s.begin, s.end, s.tagText) for s in segments]
        spans = self.splitter.spans(text, regions)
        starts = [s.begin for s in segments]
        sentence = cas.typesystem.get_type(SENTENCE)
        out = []
        for number, (begin, end) in enumerate(spans):
            index = bisect_right(starts, begin) - 1
            seg_id = segments[index].id if index >= 0 and begin < segments[index].end else None
            out.append(sentence(begin=begin, end=end, sentenceNumber=number, segmentId=seg_id))
        cas.add_all(out)

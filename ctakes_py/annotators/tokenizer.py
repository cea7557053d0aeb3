"""Tokenizer: one compiled regex over the whole text -> cTAKES ``syntax.*Token``.

Token kinds, tried in this order at each position (whitespace other than line breaks is
skipped):

======================  ==================  ===============================================
kind                    cTAKES type         examples
======================  ==================  ===============================================
``newline``             NewlineToken        ``\\n``, ``\\r\\n``, ``\\r``
``num`` (date)          NumToken            ``2020-01-15``, ``01-15-2020``, ``12/05/2020``
``word`` (hyphenated)   WordToken           ``23-year-old``, ``COVID-19``, ``q4-6h``
``word`` (dotted)       WordToken           ``b.i.d.``, ``p.o.``, ``e.g.``, ``U.S.`` (with the final period)
``word`` (ordinal)      WordToken           ``2nd``, ``31st``
``num``                 NumToken            ``10``, ``2.5``, ``.5``, ``1,000``, ``124/78``, ``1/2``, ``7:30``
``word``                WordToken           ``mg``, ``q6h``, ``B12``, ``HbA1c``, ``O'Brien``, ``do`` (of ``don't``)
``contraction``         ContractionToken    ``n't``, ``'s``, ``'re``, ``'ve``, ``'ll``, ``'d``, ``'m``
``punct``               PunctuationToken    each of ``. , ; : ! ? ' " ( ) [ ] { } - / \\`` and typographic quotes/dashes
``symbol``              SymbolToken         any other single non-space character: ``% + = < > # & * ° ±`` ...
======================  ==================  ===============================================

Deliberate choices (they differ from cTAKES's PTB tokenizer in places, documented so
lexicon builders can tokenize terms the same way with :func:`tokenize`):

- A number glued to letters splits (``10mg`` -> ``10`` ``mg``); a word that starts with a
  letter keeps its digits (``q6h``). ``mg/kg`` is three tokens; ``124/78`` is one NumToken.
- Hyphenated words with at least one letter stay whole (cTAKES splits ``28-year-old``);
  numeric ranges split (``2-3`` -> ``2`` ``-`` ``3``).
- ``numType``: 1 integer, 2 decimal, 0 other numeric forms (fractions, dates, times).
- ``capitalization`` (WordToken): 0 no upper case, 1 first letter only (or a single
  capital), 2 mixed, 3 all upper case. ``normalizedForm`` is the lower-cased text.

A token never contains whitespace, and a period followed by whitespace or a comma always
ends a token: so sentence boundaries (which fall there) fall between tokens.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from cassis import Cas

from ..annotator import Annotator, Parameter, UimaContext
from ..typesystem import (
    CONTRACTION_TOKEN,
    NEWLINE_TOKEN,
    NUM_TOKEN,
    PUNCTUATION_TOKEN,
    SYMBOL_TOKEN,
    WORD_TOKEN,
)

_AN = r"[^\W_]"        # letter or digit (any script)
_L = r"[^\W\d_]"       # letter
_APOS = "['\u2019]"
_CONTRACTION = rf"(?:[nN]{_APOS}[tT]|{_APOS}(?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL]))(?!{_AN})"

_TOKEN = re.compile(rf"""
    (?P<newline>\r\n|\r|\n)
  | (?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}(?![\w-])|\d{{1,2}}-\d{{1,2}}-\d{{2,4}}(?![\w-]))
  | (?P<hyphenated>(?={_AN}*-{_AN})(?=(?:{_AN}|-(?={_AN}))*?{_L}){_AN}+(?:-{_AN}+)+)
  | (?P<dotted>{_L}(?:\.{_L})+\.?(?!{_AN}))
  | (?P<ordinal>\d+(?:st|nd|rd|th|ST|ND|RD|TH)(?!{_AN}))
  | (?P<num>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)
        |\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?
        |\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*
        |(?<!{_AN})\.\d+)
  | (?P<nt_word>(?={_AN}+{_APOS}[tT]){_AN}+?(?=[nN]{_APOS}[tT](?!{_AN})))
  | (?P<contraction>[nN]{_APOS}[tT](?!{_AN})|(?<={_AN}){_APOS}(?:[sSdDmM]|[rR][eE]|[vV][eE]|[lL][lL])(?!{_AN}))
  | (?P<word>{_AN}+(?:(?!{_CONTRACTION}){_APOS}{_AN}+)*)
  | (?P<punct>[.,;:!?'"()\[\]{{}}\-/\\\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb])
  | (?P<symbol>\S)
""", re.VERBOSE)

# regex group -> token kind
KINDS = {
    "newline": "newline", "date": "num", "hyphenated": "word", "dotted": "word", "ordinal": "word",
    "num": "num", "nt_word": "word", "contraction": "contraction", "word": "word",
    "punct": "punct", "symbol": "symbol",
}
TOKEN_TYPES = {
    "word": WORD_TOKEN, "num": NUM_TOKEN, "punct": PUNCTUATION_TOKEN, "symbol": SYMBOL_TOKEN,
    "newline": NEWLINE_TOKEN, "contraction": CONTRACTION_TOKEN,
}
_INTEGER = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_DECIMAL = re.compile(r"(?:\d+|\d{1,3}(?:,\d{3})+)?\.\d+")


class Token(NamedTuple):
    begin: int
    end: int
    kind: str  # one of TOKEN_TYPES


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order (``kind`` in ``word num punct symbol newline contraction``)."""
    return [Token(m.start(), m.end(), KINDS[m.lastgroup]) for m in _TOKEN.finditer(text)]


def capitalization(word: str, lower: str | None = None) -> int:
    """cTAKES WordToken capitalization: 0 none, 1 initial (or single capital), 2 mixed, 3 all."""
    lower = word.lower() if lower is None else lower
    if lower == word:
        return 0
    if word.isupper():
        return 3 if len(word) > 1 else 1
    if word[0].isupper() and word[1:] == lower[1:]:
        return 1
    return 2


def num_type(text: str) -> int:
    """cTAKES NumToken numType: 1 integer, 2 decimal, 0 other (fraction, date, time)."""
    if _INTEGER.fullmatch(text):
        return 1
    if _DECIMAL.fullmatch(text):
        return 2
    return 0


class Tokenizer(Annotator):
    """Creates Word/Num/Punctuation/Symbol/Newline/Contraction tokens with ``tokenNumber``
    (document order from 0) and ``normalizedForm`` (lower case)."""

    parameters = (
        Parameter("newlineTokens", "Boolean", default=True,
                  description="Create a NewlineToken for each line break (cTAKES does)."),
    )
    outputs = tuple(TOKEN_TYPES.values())

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        self.keep_newlines = bool(self.newlineTokens)

    def process(self, cas: Cas) -> None:
        text = cas.sofa_string or ""
        ts = cas.typesystem
        word, num = ts.get_type(WORD_TOKEN), ts.get_type(NUM_TOKEN)
        punct, symbol = ts.get_type(PUNCTUATION_TOKEN), ts.get_type(SYMBOL_TOKEN)
        newline, contraction = ts.get_type(NEWLINE_TOKEN), ts.get_type(CONTRACTION_TOKEN)
        kinds = KINDS
        out = []
        number = 0
        for m in _TOKEN.finditer(text):
            kind = kinds[m.lastgroup]
            begin, end = m.span()
            surface = m.group()
            lower = surface.lower()
            if kind == "word":
                token = word(begin=begin, end=end, tokenNumber=number, normalizedForm=lower,
                             capitalization=capitalization(surface, lower))
            elif kind == "punct":
                token = punct(begin=begin, end=end, tokenNumber=number, normalizedForm=lower)
            elif kind == "num":
                token = num(begin=begin, end=end, tokenNumber=number, normalizedForm=lower,
                            numType=num_type(surface))
            elif kind == "newline":
                if not self.keep_newlines:
                    continue
                token = newline(begin=begin, end=end, tokenNumber=number, normalizedForm=lower)
            elif kind == "contraction":
                token = contraction(begin=begin, end=end, tokenNumber=number, normalizedForm=lower)
            else:
                token = symbol(begin=begin, end=end, tokenNumber=number, normalizedForm=lower)
            out.append(token)
            number += 1
        cas.add_all(out)

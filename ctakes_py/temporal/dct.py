"""The document creation time (DCT): CAS metadata, else a note header, else a default.

Order: ``document_creation_time`` of the CAS metadata (set by readers from a date column),
then the first header line of ``dct_headers.tsv`` in the note's first 600 characters
("Date of service: 03/14/2019"), then the annotator's ``defaultCreationTime`` parameter.
Dates are parsed with dateutil (month first, as US notes write them).
"""
from __future__ import annotations

from datetime import date, datetime

from dateutil import parser as date_parser

from .lexicon import TemporalLexicon

HEADER_WINDOW = 600

METADATA, HEADER, DEFAULT = "metadata", "header", "default"


def parse_date(text: str | None) -> date | None:
    """A date from ``2019-03-14``, ``03/14/2019``, ``March 14, 2019``, ``2019-03-14T10:00``."""
    if not text or not str(text).strip():
        return None
    try:
        parsed = date_parser.parse(str(text).strip(), dayfirst=False, yearfirst=False,
                                   default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def header_date(text: str, lexicon: TemporalLexicon) -> date | None:
    head = text[:HEADER_WINDOW]
    for regex in lexicon.dct_headers:
        m = regex.search(head)
        if m:
            found = parse_date(m.group("date"))
            if found is not None:
                return found
    return None


def document_creation_time(text: str, metadata_value: str | None, lexicon: TemporalLexicon,
                           default: str | None = None, use_header: bool = True
                           ) -> tuple[date | None, str | None]:
    """``(dct, source)`` with source ``metadata``, ``header``, ``default`` or ``None``."""
    found = parse_date(metadata_value)
    if found is not None:
        return found, METADATA
    if use_header:
        found = header_date(text, lexicon)
        if found is not None:
            return found, HEADER
    found = parse_date(default)
    return (found, DEFAULT) if found is not None else (None, None)

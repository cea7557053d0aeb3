"""Temporal information: TIMEX3 time expressions, DocTimeRel and event-time TLINKs.

- :mod:`.lexicon` loads the recognition patterns and word lists of ``lexicons/temporal``.
- :mod:`.normalize` turns a match into an ISO 8601 value (dateutil ``relativedelta``).
- :mod:`.timex` finds and normalizes time expressions in a text.
- :mod:`.dct` finds the document creation time (CAS metadata, note header, default).
- :mod:`.doctimerel` labels events BEFORE / OVERLAP / AFTER / BEFORE/OVERLAP.
- :mod:`.tlink` links events to time expressions of their sentence.
- :mod:`.cas` writes and reads the cTAKES types; :mod:`.timeline` tabulates them and
  :mod:`.cli` is the ``timeline`` command.
- :mod:`.corpus` (annotated corpus: markup, brat) and :mod:`.scoring` (figures).
"""

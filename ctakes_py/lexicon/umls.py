"""Build from a licensed user's UMLS release (Rich Release Format files).

Streaming, as cTAKES's dictionary creator does it but in bounded memory:

1. ``MRSTY.RRF`` -> the wanted TUIs of each CUI (only CUIs with a wanted TUI are kept);
2. ``MRRANK.RRF`` (optional) -> rank of each (source, term type) for preferred names;
3. ``MRCONSO.RRF`` is read once, row by row: language, suppress flag, source vocabulary and
   term type filters; each kept row adds one term for each (CUI, TUI) concept with its
   source code. Terms are spilled to sorted runs by :class:`~.format.LexiconWriter`.

Field layouts (``|``-terminated)::

    MRCONSO: CUI|LAT|TS|LUI|STT|SUI|ISPREF|AUI|SAUI|SCUI|SDUI|SAB|TTY|CODE|STR|SRL|SUPPRESS|CVF|
    MRSTY:   CUI|TUI|STN|STY|ATUI|CVF|
    MRRANK:  MRRANK_RANK|SAB|TTY|SUPPRESS|
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from .filters import clean_term, looks_like_abbreviation
from .format import LexiconWriter
from .report import read_lines
from .semantic import DEFAULT_UMLS_TUIS

DEFAULT_SOURCES = ("SNOMEDCT_US", "RXNORM")
DEFAULT_SUPPRESS = ("O", "E", "Y")
# Term types cTAKES's dictionary creator leaves out: fully specified names with semantic
# tags, obsolete SNOMED forms, RxNorm drug packs/clinical drugs and RxNorm synonyms.
EXCLUDED_TTYS = frozenset(
    "FN CCS CA2 CA3 PSN TMSY SBD SBDC SBDF SBDG SCD SCDC "
    "SCDF SCDG BPCK GPCK XM OF OAP OAF IS OAS OP".split())  # noqa: SIM905
EXCLUDED_SAB_TTYS = frozenset({("RXNORM", "SY")})


@dataclass
class UmlsOptions:
    """Filters for a UMLS build (defaults as cTAKES's dictionary creator)."""

    sources: tuple[str, ...] = DEFAULT_SOURCES
    language: str = "ENG"
    tuis: tuple[str, ...] = DEFAULT_UMLS_TUIS
    suppress: tuple[str, ...] = DEFAULT_SUPPRESS
    excluded_ttys: frozenset[str] = field(default_factory=lambda: EXCLUDED_TTYS)
    max_term_chars: int = 48


def find_rrf(meta: str | os.PathLike, name: str) -> Path | None:
    """``META/NAME.RRF`` (also accepts the folder above META)."""
    for base in (Path(meta), Path(meta) / "META"):
        candidate = base / f"{name}.RRF"
        if candidate.is_file():
            return candidate
    return None


def read_mrsty(path: str | os.PathLike, writer: LexiconWriter, tuis: set[str]) -> dict[str, list[str]]:
    """CUI -> wanted TUIs (in file order)."""
    name = str(path)
    out: dict[str, list[str]] = {}
    for number, line in read_lines(name, writer.report):
        fields = line.split("|")
        writer.report.rows_read[name] += 1
        if len(fields) < 6 or not fields[0] or not fields[1]:
            writer.report.bad_line(name, number, f"MRSTY row needs 6 fields, found {len(fields) - 1}")
            continue
        cui, tui = fields[0], fields[1]
        if tui in tuis:
            have = out.setdefault(cui, [])
            if tui not in have:
                have.append(tui)
    return out


def read_mrrank(path: str | os.PathLike, writer: LexiconWriter) -> dict[tuple[str, str], int]:
    """(SAB, TTY) -> rank (higher is preferred)."""
    name = str(path)
    ranks: dict[tuple[str, str], int] = {}
    for number, line in read_lines(name, writer.report):
        fields = line.split("|")
        if len(fields) < 4 or not fields[0].strip().isdigit():
            writer.report.bad_line(name, number, "MRRANK row must be RANK|SAB|TTY|SUPPRESS|")
            continue
        ranks[(fields[1], fields[2])] = int(fields[0])
    return ranks


def add_umls(writer: LexiconWriter, meta: str | os.PathLike, options: UmlsOptions | None = None,
             *, mrconso: str | os.PathLike | None = None, mrsty: str | os.PathLike | None = None,
             mrrank: str | os.PathLike | None = None) -> dict:
    """Add a UMLS subset to ``writer``; returns a source record for the manifest."""
    options = options or UmlsOptions()
    conso = Path(mrconso) if mrconso else find_rrf(meta, "MRCONSO")
    sty = Path(mrsty) if mrsty else find_rrf(meta, "MRSTY")
    rank_path = Path(mrrank) if mrrank else find_rrf(meta, "MRRANK")
    if conso is None or sty is None:
        raise LexiconError("MRCONSO.RRF and MRSTY.RRF are needed", file=str(meta),
                           fix="point --meta to the META folder of a UMLS release (or give --mrconso/--mrsty)")
    cui_tuis = read_mrsty(sty, writer, set(options.tuis))
    ranks = read_mrrank(rank_path, writer) if rank_path else {}
    best_name: dict[str, tuple[tuple[int, int], str]] = {}
    concept_ids: dict[str, list[int]] = {}
    name = str(conso)
    sources, suppress = set(options.sources), set(options.suppress)
    for number, line in read_lines(name, writer.report):
        fields = line.split("|")
        writer.report.rows_read[name] += 1
        if len(fields) < 18:
            writer.report.bad_line(name, number, f"MRCONSO row needs 18 fields, found {len(fields) - 1}")
            continue
        cui, lat, ts, stt, ispref = fields[0], fields[1], fields[2], fields[4], fields[6]
        sab, tty, code, text, supp = fields[11], fields[12], fields[13], fields[14], fields[16]
        if not cui or not text:
            writer.report.bad_line(name, number, "empty CUI or STR")
            continue
        tuis = cui_tuis.get(cui)
        if tuis is None or lat != options.language or supp in suppress:
            continue
        preferred_rank = (int(ts == "P" and stt == "PF" and ispref == "Y"), ranks.get((sab, tty), 0))
        if cui not in best_name or preferred_rank > best_name[cui][0]:
            best_name[cui] = (preferred_rank, text)
        if sab not in sources or tty in options.excluded_ttys or (sab, tty) in EXCLUDED_SAB_TTYS:
            continue
        text = clean_term(text)
        if len(text) > options.max_term_chars:
            writer.report.filtered_term("longer than max_term_chars")
            continue
        ids = concept_ids.get(cui)
        if ids is None:
            ids = concept_ids[cui] = [writer.concept(cui, tui, "") for tui in tuis]
        upper = looks_like_abbreviation(text)
        for cid in ids:
            writer.concept(cui, writer.concept_at(cid).tui, "", [(sab, code)])
            writer.add_term(text, cid, case_sensitive=upper, source=sab)
    for cui, ids in concept_ids.items():
        for cid in ids:
            writer.concept_at(cid).preferred_text = best_name[cui][1]
    return {
        "name": "UMLS", "path": str(Path(meta)), "sources": list(options.sources),
        "language": options.language, "tuis": list(options.tuis),
        "license": "UMLS Metathesaurus License (licensed users only; do not redistribute)",
        "concepts": sum(len(v) for v in concept_ids.values()),
    }

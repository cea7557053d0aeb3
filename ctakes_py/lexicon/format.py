"""The ctakes-py lexicon format: a folder with three files.

``lexicon.json``
    manifest: format name and version, lexicon name, default coding scheme, sources
    (name, version, license, url, counts), term/concept counts per group, build report,
    sha256 of the two data files.
``concepts.tsv.gz``
    one concept per row, header ``cui tui group preferred_text codes``; the row number
    (0-based, header excluded) is the concept id. ``codes`` is space-separated
    ``SCHEME:code`` pairs (``SNOMEDCT_US:22298006 DOID:DOID:5844``).
``terms.tsv.gz``
    one normalized key per row (see :mod:`.normalize`), sorted, header ``key concepts``;
    ``concepts`` is comma-separated concept ids, an id ending in ``U`` applies only when
    the text is upper case (``all`` -> ``C0002965U``: the abbreviation ALL, not the word).

:class:`LexiconWriter` streams: terms are spilled to sorted runs on disk and merged at
the end, so memory is bounded by the concept table and one run, not by the source size.
"""
from __future__ import annotations

import gzip
import hashlib
import heapq
import io
import itertools
import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from .filters import TermFilter
from .normalize import term_key
from .report import BuildReport
from .semantic import GROUPS, group_of_tui

FORMAT_NAME = "ctakes-py-lexicon"
FORMAT_VERSION = 1
MANIFEST = "lexicon.json"
CONCEPTS = "concepts.tsv.gz"
TERMS = "terms.tsv.gz"
CONCEPT_HEADER = ("cui", "tui", "group", "preferred_text", "codes")
TERM_HEADER = ("key", "concepts")
CASE_SENSITIVE = "U"


@dataclass
class Concept:
    """One concept row. ``codes`` holds ``(scheme, code)`` pairs."""

    cui: str
    tui: str
    group: str
    preferred_text: str
    codes: list[tuple[str, str]] = field(default_factory=list)

    def to_row(self) -> str:
        codes = " ".join(f"{s}:{c}" for s, c in self.codes)
        return "\t".join((_clean(self.cui), self.tui, self.group, _clean(self.preferred_text),
                          codes)) + "\n"

    @classmethod
    def from_row(cls, line: str) -> Concept:
        cui, tui, group, pref, codes = line.rstrip("\n").split("\t")
        pairs = [tuple(c.split(":", 1)) for c in codes.split(" ") if c]
        return cls(cui, tui, group, pref, pairs)  # type: ignore[arg-type]


def _clean(text: str) -> str:
    return " ".join(text.split())


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


class LexiconWriter:
    """Build a lexicon folder from a stream of concepts and terms.

    Usage::

        w = LexiconWriter(out_dir, name="my-lexicon")
        cid = w.concept("C0011849", "T047", "Diabetes mellitus", [("SNOMEDCT_US", "73211009")])
        w.add_term("diabetes", cid, source="mine")
        manifest = w.finish(sources=[{"name": "mine", "license": "CC0"}])
    """

    def __init__(self, directory: str | os.PathLike, *, name: str, default_scheme: str = "CUSTOM",
                 term_filter: TermFilter | None = None, report: BuildReport | None = None,
                 run_size: int = 500_000, description: str = "") -> None:
        self.directory = Path(directory)
        self.name = name
        self.description = description
        self.default_scheme = default_scheme
        self.filter = term_filter or TermFilter()
        self.report = report or BuildReport()
        self.run_size = run_size
        self._concept_ids: dict[Any, int] = {}
        self._concepts: list[Concept] = []
        self._buffer: list[tuple[str, int, int]] = []
        self._runs: list[Path] = []
        self._tmp = Path(tempfile.mkdtemp(prefix=".lexicon-build-", dir=self._tmp_parent()))
        self.terms_by_source: Counter = Counter()
        self._started = time.time()

    def _tmp_parent(self) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self.directory

    # --- concepts -------------------------------------------------------------------
    def concept(self, cui: str, tui: str, preferred_text: str,
                codes: Iterable[tuple[str, str]] = (), *, group: str | None = None,
                key: Any = None) -> int:
        """Id of the concept identified by ``key`` (default ``(cui, tui, group)``), creating it
        on first use. Later calls add codes; the first non-empty preferred text stays."""
        group = group or group_of_tui(tui)
        if group not in GROUPS:
            raise LexiconError(f"unknown semantic group {group!r}")
        ident = key if key is not None else (cui, tui, group)
        cid = self._concept_ids.get(ident)
        if cid is None:
            cid = len(self._concepts)
            self._concept_ids[ident] = cid
            self._concepts.append(Concept(cui, tui, group, preferred_text, []))
        concept = self._concepts[cid]
        if not concept.preferred_text and preferred_text:
            concept.preferred_text = preferred_text
        for scheme, code in codes:
            pair = (scheme.replace(" ", "_").replace(":", "_"), str(code).replace(" ", "_"))
            if pair not in concept.codes:
                concept.codes.append(pair)
        return cid

    def find_concept(self, key: Any) -> int | None:
        return self._concept_ids.get(key)

    def concept_at(self, cid: int) -> Concept:
        return self._concepts[cid]

    def alias_concept(self, key: Any, cid: int) -> None:
        """Make ``key`` another identifier of concept ``cid`` (merging sources by CUI)."""
        self._concept_ids.setdefault(key, cid)

    # --- terms ----------------------------------------------------------------------
    def add_term(self, text: str, concept_id: int, *, case_sensitive: bool = False,
                 source: str = "", key: str | None = None) -> bool:
        """Add ``text`` for a concept; returns False when the filter drops it."""
        key = term_key(text) if key is None else key
        reason = self.filter.reason(key, case_sensitive)
        if reason is not None:
            self.report.filtered_term(reason)
            return False
        self._buffer.append((key, concept_id, 1 if case_sensitive else 0))
        self.terms_by_source[source] += 1
        if len(self._buffer) >= self.run_size:
            self._spill()
        return True

    def _spill(self) -> None:
        self._buffer.sort()
        path = self._tmp / f"run{len(self._runs):04d}.tsv"
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(f"{k}\t{c}\t{f}\n" for k, c, f in self._buffer)
        self._runs.append(path)
        self._buffer = []

    def _merged_terms(self) -> Iterator[tuple[str, list[tuple[int, bool]]]]:
        """(key, [(concept id, upper case only)]) per distinct key, in key order. A concept
        is upper-case-only for a key when every source row giving it was."""
        def read_run(path: Path) -> Iterator[tuple[str, int, int]]:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    k, c, f = line.rstrip("\n").split("\t")
                    yield k, int(c), int(f)

        self._buffer.sort()
        streams = [read_run(p) for p in self._runs] + [iter(self._buffer)]
        for key, group in itertools.groupby(heapq.merge(*streams), key=lambda t: t[0]):
            upper: dict[int, bool] = {}
            for _, cid, flag in group:
                upper[cid] = upper.get(cid, True) and bool(flag)
            yield key, sorted(upper.items())

    # --- output ---------------------------------------------------------------------
    def finish(self, sources: list[dict[str, Any]] | None = None,
               extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """Write the three files (atomically replacing older ones) and return the manifest."""
        try:
            return self._write(sources or [], extra or {})
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _write(self, sources: list[dict[str, Any]], extra: dict[str, Any]) -> dict[str, Any]:
        used: set[int] = set()
        terms_by_group: Counter = Counter()
        n_terms = 0
        tmp_terms = self._tmp / TERMS
        with _gzip_text(tmp_terms) as out:
            out.write("\t".join(TERM_HEADER) + "\n")
            for key, pairs in self._merged_terms():
                out.write(f"{key}\t{_ids_text(pairs)}\n")
                used.update(cid for cid, _ in pairs)
                n_terms += 1
                for g in {self._concepts[i].group for i, _ in pairs}:
                    terms_by_group[g] += 1
        # Concepts no kept term points to are dropped; ids are renumbered densely.
        remap = {old: new for new, old in enumerate(sorted(used))}
        if len(remap) != len(self._concepts):
            tmp_terms = self._renumber(tmp_terms, remap)
        tmp_concepts = self._tmp / CONCEPTS
        concepts_by_group: Counter = Counter()
        with _gzip_text(tmp_concepts) as out:
            out.write("\t".join(CONCEPT_HEADER) + "\n")
            for old in sorted(used):
                concept = self._concepts[old]
                out.write(concept.to_row())
                concepts_by_group[concept.group] += 1
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "default_scheme": self.default_scheme,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": round(time.time() - self._started, 1),
            "counts": {
                "terms": n_terms,
                "concepts": len(used),
                "terms_by_group": dict(sorted(terms_by_group.items())),
                "concepts_by_group": dict(sorted(concepts_by_group.items())),
                "terms_added_by_source": dict(self.terms_by_source),
            },
            "sources": sources,
            "report": self.report.to_dict(),
            **extra,
        }
        final_terms, final_concepts = self.directory / TERMS, self.directory / CONCEPTS
        manifest["files"] = {TERMS: sha256_file(tmp_terms), CONCEPTS: sha256_file(tmp_concepts)}
        os.replace(tmp_terms, final_terms)
        os.replace(tmp_concepts, final_concepts)
        tmp_manifest = self._tmp / MANIFEST
        tmp_manifest.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                encoding="utf-8")
        os.replace(tmp_manifest, self.directory / MANIFEST)
        return manifest

    def _renumber(self, terms_path: Path, remap: dict[int, int]) -> Path:
        out_path = self._tmp / ("renumbered-" + TERMS)
        with gzip.open(terms_path, "rt", encoding="utf-8") as src, _gzip_text(out_path) as out:
            out.write(next(src))
            for line in src:
                key, ids = line.rstrip("\n").split("\t")
                pairs = [(remap[cid], upper) for cid, upper in _parse_ids(ids)]
                out.write(f"{key}\t{_ids_text(pairs)}\n")
        return out_path


def _ids_text(pairs: Iterable[tuple[int, bool]]) -> str:
    return ",".join(f"{cid}{CASE_SENSITIVE if upper else ''}" for cid, upper in pairs)


def _parse_ids(text: str) -> list[tuple[int, bool]]:
    return [(int(i[:-1]), True) if i.endswith(CASE_SENSITIVE) else (int(i), False)
            for i in text.split(",")]


@contextmanager
def _gzip_text(path: Path) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text writer into a gzip file; no name and mtime=0 in the gzip header, so
    the same content gives the same bytes (stable checksums, clean git diffs)."""
    with open(path, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8", newline="\n") as out:
        yield out


# --- reading -----------------------------------------------------------------------------
class Lexicon:
    """A lexicon folder opened for reading (the data files are read lazily)."""

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)
        if self.directory.is_file() and self.directory.name == MANIFEST:
            self.directory = self.directory.parent
        manifest_path = self.directory / MANIFEST
        if not manifest_path.is_file():
            raise LexiconError(
                "not a ctakes-py lexicon folder (no lexicon.json)", file=str(self.directory),
                fix="build one with `ctakes-py lexicon build` or point to a folder that has lexicon.json",
            )
        try:
            self.manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise LexiconError(f"lexicon manifest is not valid JSON: {exc}",
                               file=str(manifest_path)) from None
        if self.manifest.get("format") != FORMAT_NAME or \
                self.manifest.get("format_version") != FORMAT_VERSION:
            raise LexiconError(
                f"unsupported lexicon format {self.manifest.get('format')!r} "
                f"version {self.manifest.get('format_version')!r}", file=str(manifest_path),
                fix="rebuild the lexicon with this version of ctakes-py")

    @property
    def name(self) -> str:
        return str(self.manifest.get("name", self.directory.name))

    @property
    def default_scheme(self) -> str:
        return str(self.manifest.get("default_scheme", "CUSTOM"))

    def files(self) -> list[Path]:
        return [self.directory / TERMS, self.directory / CONCEPTS]

    def content_sha256(self) -> str:
        """Checksum of the data files (as recorded in the manifest, verified on disk)."""
        digest = hashlib.sha256()
        for path in self.files():
            digest.update(sha256_file(path).encode())
        return digest.hexdigest()

    def iter_terms(self) -> Iterator[tuple[str, list[tuple[int, bool]]]]:
        """(key, [(concept id, upper case only)]) per term row."""
        path = self.directory / TERMS
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            if tuple(header) != TERM_HEADER:
                raise LexiconError(f"unexpected terms header {header}", file=str(path),
                                   position="line 1")
            for number, line in enumerate(fh, start=2):
                parts = line.rstrip("\n").split("\t")
                try:
                    if len(parts) != 2:
                        raise ValueError("a term row has 2 columns")
                    yield parts[0], _parse_ids(parts[1])
                except ValueError as exc:
                    raise LexiconError(f"bad term row: {exc}", file=str(path),
                                       position=f"line {number}") from None

    def concept_lines(self) -> list[str]:
        """Raw concept rows (parse one with :meth:`Concept.from_row`)."""
        path = self.directory / CONCEPTS
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            fh.readline()
            return fh.read().splitlines()

    def concepts(self) -> list[Concept]:
        return [Concept.from_row(line) for line in self.concept_lines()]

"""Compile a lexicon into an Aho-Corasick automaton and cache the result on disk.

Keys are matched word by word: every distinct word of the lexicon gets a fixed-width code
of ``width`` private-use characters (a *lead* character, then *trail* characters from a
disjoint range), and a key is the concatenation of its words' codes. A note is encoded
the same way, one code per unit (words not in the lexicon get the UNKNOWN code, phrase
punctuation the BARRIER code). Because a match can only start on a lead character, every
hit starts and ends on a word boundary, and unit ``i`` sits at ``width * i``: offsets map
back with two lists, no search. Compared with keys spelled letter by letter this makes
the trie about five times smaller (the cache of a 1M-term lexicon loads in seconds).

The compiled form is cached in one file of our own layout: a JSON header, then binary
buffers (the pyahocorasick trie as its pickling protocol exports it, i.e.
``Automaton.__reduce__()`` bytes, rebuilt with ``Automaton(*args)``; ``array`` buffers of
entry data; the vocabulary and the concept rows as UTF-8). Nothing is unpickled.
A cache folder is named by a checksum of the lexicon data files, the compile settings and
the pyahocorasick version; its ``cache.json`` sidecar records that key and the sha256 of
the cache file, and both are verified before a byte of it is parsed. A cache that does
not verify is rebuilt, never trusted. Caches are written to a temporary folder and renamed
into place, so readers never see half a cache.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import ahocorasick

from ..errors import LexiconError
from .filters import ENGLISH_STOP_WORDS
from .format import Concept, Lexicon, sha256_file
from .normalize import BARRIER, term_key
from .variants import variants

log = logging.getLogger("ctakes_py.lexicon")

CACHE_FORMAT = 3
CACHE_FILE = "compiled.bin"
SIDECAR_FILE = "cache.json"
CACHE_DIR_NAME = ".automaton-cache"
ENV_CACHE_DIR = "CTAKES_PY_CACHE_DIR"
KEEP_CACHES = 6  # compiled variants kept per cache folder (lexicon versions x settings)

MAX_FAN_OUT = 64               # distinct characters per code position (pyahocorasick scans
                               # a node's children linearly: keep every node narrow)
LEAD, TRAIL = 0xE000, 0xE100   # private-use ranges of lead and trail characters
BARRIER_ID, UNKNOWN_ID = 0, 1  # reserved word numbers
_PYAHOCORASICK = metadata.version("pyahocorasick")
# where an installed (non-editable) package carries its lexicons (ctakes_py.resources)
INSTALLED_RESOURCES = Path(__file__).resolve().parents[1] / "_resources"


def _code_version() -> str:
    """Checksum of the modules that decide what a compiled automaton contains, so that a
    cache written by other code (another variant rule, say) is never reused."""
    digest = hashlib.sha256()
    for name in ("automaton.py", "variants.py", "normalize.py", "filters.py"):
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


_CODE_VERSION = _code_version()


@dataclass(frozen=True)
class CompileSettings:
    """What changes the compiled automaton (and so its cache key)."""

    plurals: bool = False
    permutations: bool = False
    abbreviations: bool = False
    stop_terms: tuple[str, ...] = ()
    spellings: bool = False

    def normalized(self) -> CompileSettings:
        stops = tuple(sorted({term_key(s) for s in self.stop_terms if term_key(s)}))
        return CompileSettings(self.plurals, self.permutations, self.abbreviations, stops,
                               self.spellings)

    def to_json(self) -> str:
        return json.dumps(asdict(self.normalized()), sort_keys=True)


def code_shape(n_words: int) -> tuple[int, int]:
    """(characters per code, values per character) so that ``n_words`` + the reserved
    codes fit with at most :data:`MAX_FAN_OUT` values per character, balanced so that every
    position has about the same fan-out."""
    needed = n_words + 2
    width = 1
    while MAX_FAN_OUT ** width < needed:
        width += 1
    base = 2
    while base ** width < needed:
        base += 1
    return width, base


def word_code(number: int, width: int, base: int) -> str:
    """The code of word ``number``: a lead character then ``width - 1`` trail characters."""
    trail = []
    for _ in range(width - 1):
        trail.append(chr(TRAIL + number % base))
        number //= base
    return chr(LEAD + number) + "".join(reversed(trail))


@dataclass
class CompiledLexicon:
    """The loaded automaton, the word codes and what an entry number leads to."""

    automaton: Any
    width: int
    base: int
    words: Sequence[str]         # word number - 2 -> word
    key_units: array             # 'I', units (words and barriers) per entry
    case_sensitive: bytes        # 1 per entry: some of its concepts need upper-case text
    concept_start: array         # 'I', n_entries + 1
    concept_ids: array           # 'I'
    concept_upper: bytes         # 1 per concept_ids slot: only for upper-case text
    concept_rows: Sequence[str]  # raw concept rows, parsed on demand
    default_scheme: str = "CUSTOM"
    info: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict, repr=False)
    _parsed: dict[int, Concept] = field(default_factory=dict, repr=False)
    _groups: tuple[str, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Tuples of strings drop out of the garbage collector's tracking (lists never do),
        # so a full collection does not visit every word and concept row of the lexicon.
        self.words, self.concept_rows = tuple(self.words), tuple(self.concept_rows)
        if not self.codes:
            width = self.width
            self.codes = {w: word_code(i + 2, width, self.base) for i, w in enumerate(self.words)}
        self.barrier_code = word_code(BARRIER_ID, self.width, self.base)
        self.unknown_code = word_code(UNKNOWN_ID, self.width, self.base)

    @property
    def entries(self) -> int:
        return len(self.key_units)

    def concepts_of(self, entry: int, upper_text: bool = True) -> list[int]:
        """Concept ids of an entry; without ``upper_text``, the upper-case-only ones are left out."""
        start, stop = self.concept_start[entry], self.concept_start[entry + 1]
        if upper_text or not self.case_sensitive[entry]:
            return self.concept_ids[start:stop].tolist()
        flags = self.concept_upper
        return [self.concept_ids[i] for i in range(start, stop) if not flags[i]]

    @property
    def concept_groups(self) -> tuple[str, ...]:
        """Semantic group of each concept id (read from the rows once)."""
        groups = self._groups
        if groups is None:
            groups = self._groups = tuple([row.split("\t", 3)[2] for row in self.concept_rows])
        return groups

    def concept(self, cid: int) -> Concept:
        found = self._parsed.get(cid)
        if found is None:
            found = self._parsed[cid] = Concept.from_row(self.concept_rows[cid])
        return found


# --- compile ----------------------------------------------------------------------------
def compile_lexicon(lexicon: Lexicon, settings: CompileSettings) -> CompiledLexicon:
    """Build the automaton from the lexicon's terms plus generated variants."""
    settings = settings.normalized()
    stops = set(settings.stop_terms)
    entries: dict[str, int] = {}
    slots: list[dict[int, bool]] = []   # per entry: concept id -> upper-case only

    def add(key: str, pairs: list[tuple[int, bool]], force_upper: bool = False) -> None:
        if key in stops or not key or key.startswith(BARRIER):
            return
        number = entries.get(key)
        if number is None:
            number = entries[key] = len(slots)
            slots.append({})
        slot = slots[number]
        for cid, upper in pairs:
            slot[cid] = slot.get(cid, True) and (upper or force_upper)

    for key, pairs in lexicon.iter_terms():
        add(key, pairs)
    if settings.plurals or settings.permutations or settings.abbreviations or settings.spellings:
        # Variants second and never onto a real term, so they cannot change what a lexicon
        # term means; a variant that is an English function word is not added.
        originals = set(entries)
        for key, pairs in lexicon.iter_terms():
            if key in stops:
                continue
            for variant, variant_upper in variants(
                    key, plurals=settings.plurals, permutations=settings.permutations,
                    abbreviations=settings.abbreviations, spellings=settings.spellings):
                if variant not in originals and (variant_upper or variant not in ENGLISH_STOP_WORDS):
                    add(variant, pairs, variant_upper)
    words = sorted({w for key in entries for w in key.split(" ") if w != BARRIER})
    width, base = code_shape(len(words))
    codes = {w: word_code(i + 2, width, base) for i, w in enumerate(words)}
    codes[BARRIER] = word_code(BARRIER_ID, width, base)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    key_units = array("I", bytes(4 * len(slots)))
    for key, number in entries.items():
        parts = key.split(" ")
        automaton.add_word("".join(codes[w] for w in parts), number)
        key_units[number] = len(parts)
    automaton.make_automaton()
    del codes[BARRIER]
    concept_start, concept_ids, concept_upper = array("I", [0]), array("I"), bytearray()
    any_upper = bytearray(len(slots))
    for number, slot in enumerate(slots):
        for cid in sorted(slot):
            concept_ids.append(cid)
            concept_upper.append(1 if slot[cid] else 0)
            if slot[cid]:
                any_upper[number] = 1
        concept_start.append(len(concept_ids))
    return CompiledLexicon(automaton, width, base, words, key_units, bytes(any_upper), concept_start,
                           concept_ids, bytes(concept_upper), lexicon.concept_lines(),
                           lexicon.default_scheme,
                           {"entries": len(slots), "words": len(words), "lexicon": lexicon.name},
                           codes=codes)


# --- cache file -------------------------------------------------------------------------
def _automaton_state(automaton: Any) -> tuple[list[bytes], list[int]]:
    """The trie as its pickling protocol exports it: (byte chunks, integer fields)."""
    cls, args = automaton.__reduce__()[:2]
    chunks, *numbers, values = args
    if cls is not ahocorasick.Automaton or values is not None or \
            not all(isinstance(c, bytes) for c in chunks) or not all(isinstance(n, int) for n in numbers):
        raise LexiconError("unexpected pyahocorasick state layout; cannot cache the automaton")
    return chunks, numbers


def _write_cache_file(path: Path, compiled: CompiledLexicon) -> None:
    chunks, numbers = _automaton_state(compiled.automaton)
    buffers = [*chunks, compiled.key_units.tobytes(), compiled.case_sensitive,
               compiled.concept_start.tobytes(), compiled.concept_ids.tobytes(),
               compiled.concept_upper, "\n".join(compiled.words).encode("utf-8"),
               "\n".join(compiled.concept_rows).encode("utf-8")]
    header = {"format": CACHE_FORMAT, "pyahocorasick": _PYAHOCORASICK, "chunks": len(chunks),
              "numbers": numbers, "lengths": [len(b) for b in buffers],
              "itemsize": array("I").itemsize, "width": compiled.width, "base": compiled.base,
              "default_scheme": compiled.default_scheme, "info": compiled.info}
    with open(path, "wb") as fh:
        fh.write(json.dumps(header).encode("utf-8") + b"\n")
        fh.writelines(buffers)


def _read_cache_file(data: memoryview) -> CompiledLexicon:
    """Rebuild a compiled lexicon from verified bytes."""
    newline = bytes(data[:65536]).index(b"\n")
    header = json.loads(bytes(data[:newline]))
    if header["itemsize"] != array("I").itemsize or header["pyahocorasick"] != _PYAHOCORASICK:
        raise ValueError("cache written by another platform or pyahocorasick version")
    parts, offset = [], newline + 1
    for length in header["lengths"]:
        parts.append(data[offset:offset + length])
        offset += length
    n = header["chunks"]
    automaton = ahocorasick.Automaton([bytes(c) for c in parts[:n]], *header["numbers"], None)
    key_units, concept_start, concept_ids = array("I"), array("I"), array("I")
    key_units.frombytes(parts[n])
    concept_start.frombytes(parts[n + 2])
    concept_ids.frombytes(parts[n + 3])
    words = str(parts[n + 5], "utf-8").split("\n") if len(parts[n + 5]) else []
    rows = str(parts[n + 6], "utf-8").split("\n") if len(parts[n + 6]) else []
    return CompiledLexicon(automaton, header["width"], header["base"], words, key_units, bytes(parts[n + 1]),
                           concept_start, concept_ids, bytes(parts[n + 4]), rows,
                           header["default_scheme"], header["info"])


# --- cache folder -----------------------------------------------------------------------
def cache_key(lexicon: Lexicon, settings: CompileSettings) -> str:
    """sha256 over the lexicon data files, the settings and the cache format."""
    digest = hashlib.sha256()
    digest.update(f"ctakes-py-automaton {CACHE_FORMAT} {_CODE_VERSION} "
                  f"pyahocorasick {_PYAHOCORASICK}\n".encode())
    digest.update(lexicon.content_sha256().encode())
    digest.update(settings.to_json().encode())
    return digest.hexdigest()


def default_cache_root(lexicon: Lexicon) -> Path:
    """``$CTAKES_PY_CACHE_DIR``, else next to the lexicon when that is writable and not a
    lexicon shipped inside an installed package, else the user cache (``$XDG_CACHE_HOME`` or
    ``~/.cache``, then ``ctakes_py/automata``).

    Caches never go into an installed package: pip does not remove files it did not install,
    so they would outlive an uninstall, and the leftover ``ctakes_py/`` folder in
    site-packages would then shadow a later editable install as a namespace package."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    beside = lexicon.directory / CACHE_DIR_NAME
    if not _installed(lexicon.directory) and _writable(beside):
        return beside
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "ctakes_py" / "automata"


def _installed(folder: Path) -> bool:
    """Whether ``folder`` is inside the installed package's shipped resources."""
    return folder.resolve().is_relative_to(INSTALLED_RESOURCES)


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
        return True
    except OSError:
        return False


def save_cache(folder: Path, key: str, compiled: CompiledLexicon) -> Path:
    """Write a cache folder ``folder/<key>`` atomically (temporary folder + rename)."""
    final = folder / key[:40]
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
    try:
        _write_cache_file(tmp / CACHE_FILE, compiled)
        sidecar = {"format": CACHE_FORMAT, "key": key, "created": time.time(),
                   "sha256": sha256_file(tmp / CACHE_FILE)}
        (tmp / SIDECAR_FILE).write_text(json.dumps(sidecar, indent=1), encoding="utf-8")
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)
        os.rename(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (final / SIDECAR_FILE).is_file():
            raise
    _prune(folder, keep=final)
    return final


def _prune(folder: Path, keep: Path, limit: int = KEEP_CACHES) -> None:
    """Remove all but the ``limit`` most recent cache folders (ours have a sidecar)."""
    caches = sorted((p for p in folder.iterdir() if (p / SIDECAR_FILE).is_file() and p != keep),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in caches[limit - 1:]:
        shutil.rmtree(stale, ignore_errors=True)


def load_cache(folder: Path, key: str) -> CompiledLexicon | None:
    """The cached compiled lexicon for ``key``, or None when absent or when anything fails
    to verify (sidecar key, sha256 of the cache file). Only verified bytes are parsed."""
    final = folder / key[:40]
    sidecar_path = final / SIDECAR_FILE
    if not sidecar_path.is_file():
        return None
    try:
        sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
        if sidecar.get("format") != CACHE_FORMAT or sidecar.get("key") != key:
            log.warning("automaton cache %s is for another lexicon or settings; rebuilding", final)
            return None
        data = (final / CACHE_FILE).read_bytes()
        if hashlib.sha256(data).hexdigest() != sidecar.get("sha256"):
            log.warning("automaton cache %s: checksum mismatch; rebuilding", final)
            return None
        return _read_cache_file(memoryview(data))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("automaton cache %s unreadable (%s); rebuilding", final, exc)
        return None


def load_compiled(lexicon_dir: str | os.PathLike, settings: CompileSettings | None = None, *,
                  cache_dir: str | os.PathLike | None = None, use_cache: bool = True) -> CompiledLexicon:
    """The compiled lexicon, from a verified cache or compiled now (and cached)."""
    lexicon = Lexicon(lexicon_dir)
    settings = (settings or CompileSettings()).normalized()
    if not use_cache:
        return compile_lexicon(lexicon, settings)
    key = cache_key(lexicon, settings)
    root = Path(cache_dir) if cache_dir else default_cache_root(lexicon)
    compiled = load_cache(root, key)
    if compiled is not None:
        return compiled
    compiled = compile_lexicon(lexicon, settings)
    try:
        save_cache(root, key, compiled)
    except (OSError, LexiconError) as exc:
        log.warning("could not write automaton cache under %s: %s", root, exc)
    return compiled

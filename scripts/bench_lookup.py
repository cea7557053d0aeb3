#!/usr/bin/env python
"""Dictionary lookup benchmark: build/compile/load time and peak RSS, lookup throughput.

1. Shipped lexicon (lexicons/default) and a synthetic 1,000,000-term lexicon: lexicon
   build time (synthetic only), automaton compile time (no cache) and cached load time,
   each in a fresh child process that reports its own peak RSS (ru_maxrss).
2. Throughput on --notes notes cycled from the MTSamples CSV: section+sentence+token
   alone, then the dictionary lookup on the same CASes; notes/s, MB/s and the lookup's
   share relative to section+sentence+token: the fastest of --repeat runs for each part
   (other processes on the machine slow single runs), each run's ratio, and the ratio over
   the first pass of the distinct notes (before any note repeats).

Targets (issue): cached load of 1M terms < 10 s and < 1.5 GB RSS; lookup adds < 30%.
One summary line per configuration; absolute times vary between machines, ratios hold.

    python scripts/bench_lookup.py [--notes 2000] [--terms 1000000] [--skip-synthetic] [--repeat 3]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_CSV = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"
# The DictionaryLookup descriptor defaults, as compile settings.
SETTINGS = {"plurals": True, "permutations": True, "spellings": True}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- child-process measurements -------------------------------------------------------
def child(args: argparse.Namespace) -> None:
    """Run one measured step and print a JSON line."""
    from ctakes_py.lexicon.automaton import CompileSettings, load_compiled
    started = time.perf_counter()
    if args.child == "synthetic":
        info = make_synthetic(Path(args.lexicon), args.terms)
    else:
        compiled = load_compiled(args.lexicon, CompileSettings(**SETTINGS), cache_dir=args.cache,
                                 use_cache=True)
        info = {"entries": compiled.entries}
    info.update(seconds=time.perf_counter() - started, peak_rss_mb=peak_rss_mb())
    print(json.dumps(info))


def run_child(step: str, lexicon: Path, cache: Path, terms: int = 0) -> dict:
    cmd = [sys.executable, __file__, "--child", step, "--lexicon", str(lexicon),
           "--cache", str(cache), "--terms", str(terms)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_synthetic(folder: Path, n_terms: int) -> dict:
    """A lexicon of ``n_terms`` distinct 1-4 word terms over 60,000 pseudo-words, about
    3 terms per concept, TUIs from cTAKES's default set; built by the streaming writer."""
    from ctakes_py.lexicon.filters import TermFilter
    from ctakes_py.lexicon.format import LexiconWriter
    from ctakes_py.lexicon.semantic import DEFAULT_UMLS_TUIS
    rng = random.Random(7)
    onsets = "b c d f g h k l m n p r s t v z br cl dr gr pl st tr".split()  # noqa: SIM905
    vowels = "a e i o u y ae io".split()  # noqa: SIM905
    words = list({"".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))
                  for _ in range(70_000)})[:60_000]
    writer = LexiconWriter(folder, name="synthetic", default_scheme="SYNTH",
                           term_filter=TermFilter(stop_terms=frozenset()))
    seen: set[str] = set()
    concept = -1
    while len(seen) < n_terms:
        n_words = rng.choice((1, 2, 2, 3, 3, 4))
        text = " ".join(rng.choice(words) for _ in range(n_words))
        if text in seen:
            continue
        seen.add(text)
        if concept < 0 or rng.random() < 0.33:
            code = f"S{len(seen):07d}"
            concept = writer.concept(f"C{len(seen):07d}", rng.choice(DEFAULT_UMLS_TUIS), text,
                                     [("SYNTH", code)])
        writer.add_term(text, concept)
    manifest = writer.finish([{"name": "synthetic", "license": "generated"}])
    size = sum(p.stat().st_size for p in folder.glob("*.gz"))
    return {"terms": manifest["counts"]["terms"], "concepts": manifest["counts"]["concepts"],
            "size_mb": round(size / 1e6, 1)}


def bench_loading(label: str, lexicon: Path, work: Path) -> None:
    cache = work / f"cache-{label}"
    shutil.rmtree(cache, ignore_errors=True)
    first = run_child("load", lexicon, cache)      # no cache yet: compile + save
    cached = run_child("load", lexicon, cache)     # verified cache load
    size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    print(f"{label:10} compile+cache {first['seconds']:6.2f} s  peak RSS {first['peak_rss_mb']:7.0f} MB | "
          f"cached load {cached['seconds']:6.2f} s  peak RSS {cached['peak_rss_mb']:7.0f} MB | "
          f"{first['entries']:,} automaton keys, cache {size / 1e6:.0f} MB")


# --- throughput -----------------------------------------------------------------------
def load_notes(path: Path, n: int) -> list[str]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as fh:
        notes = [row["transcription"] for row in csv.DictReader(fh) if row.get("transcription", "").strip()]
    return [notes[i % len(notes)] for i in range(n)]


def time_lookup(notes: list[str], base: list, lookup, ts) -> dict[str, float]:
    """Seconds spent per part over ``notes``, each note: section+sentence+token, then the
    lookup (matching, then creating mentions); plus the same for the first ``distinct``
    notes (before any note repeats) and the mention count."""
    from ctakes_py.document import create_cas
    from ctakes_py.typesystem import IDENTIFIED_ANNOTATION
    distinct = len(set(notes))
    t = {"base": 0.0, "find": 0.0, "lookup": 0.0, "first_base": 0.0, "first_lookup": 0.0, "mentions": 0}
    for i, text in enumerate(notes):
        t0 = time.perf_counter()
        cas = create_cas(text, ts, "n")
        for a in base:
            a.process(cas)
        t1 = time.perf_counter()
        matches = lookup.find(cas)
        t2 = time.perf_counter()
        lookup.write(cas, matches)
        t3 = time.perf_counter()
        t["base"] += t1 - t0
        t["find"] += t2 - t1
        t["lookup"] += t3 - t1
        if i < distinct:
            t["first_base"] += t1 - t0
            t["first_lookup"] += t3 - t1
        t["mentions"] += len(cas.select(IDENTIFIED_ANNOTATION))
    return t


def bench_throughput(notes: list[str], lexicon: Path, cache: Path, repeat: int) -> None:
    """Per consumer, ``repeat`` runs over ``notes`` (a fresh annotator each run); reports the
    fastest time of each part over the runs, the ratio of each run, and the first pass over
    the distinct notes (cold per-annotator caches, no repeated note)."""
    from ctakes_py.annotator import UimaContext
    from ctakes_py.annotators.dictionary import DictionaryLookup
    from ctakes_py.annotators.section import SectionAnnotator
    from ctakes_py.annotators.sentence import SentenceDetector
    from ctakes_py.annotators.tokenizer import Tokenizer
    from ctakes_py.typesystem import load_typesystem
    ts = load_typesystem()
    base = []
    for cls in (SectionAnnotator, SentenceDetector, Tokenizer):
        a = cls()
        a.initialize(UimaContext(parameters={}, resources={}, typesystem=ts))
        base.append(a)
    mb = sum(len(t.encode("utf-8")) for t in notes) / 1e6
    n, distinct = len(notes), len(set(notes))
    for consumer in ("precision", "default"):
        runs = []
        for _ in range(repeat):
            lookup = DictionaryLookup()
            lookup.initialize(UimaContext(parameters={"consumer": consumer, "cacheDirectory": str(cache)},
                                          resources={"lexicon": lexicon}, typesystem=ts))
            runs.append(time_lookup(notes, base, lookup, ts))
        best = {key: min(r[key] for r in runs) for key in ("base", "find", "lookup")}
        t_base, t_find, t_lookup = best["base"], best["find"], best["lookup"]
        per_run = ", ".join(f"{100 * r['lookup'] / r['base']:.0f}%" for r in runs)
        first = sorted(100 * r["first_lookup"] / r["first_base"] for r in runs)[len(runs) // 2]
        print(f"consumer={consumer:9} {n} notes ({mb:.1f} MB), fastest of {repeat} runs: section+sentence+token "
              f"{t_base / n * 1000:.2f} ms/note ({n / t_base:,.0f} notes/s) | lookup "
              f"{t_lookup / n * 1000:.2f} ms/note ({n / t_lookup:,.0f} notes/s, {mb / t_lookup:.1f} MB/s) | "
              f"lookup adds {100 * t_lookup / t_base:.0f}% (matching {100 * t_find / t_base:.0f}%, "
              f"creating mentions {100 * (t_lookup - t_find) / t_base:.0f}%; runs: {per_run}; "
              f"first pass over the {distinct} distinct notes: {first:.0f}%) | "
              f"{runs[0]['mentions'] / n:.1f} mentions/note")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--terms", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--lexicon", type=Path, default=REPO / "lexicons" / "default")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per consumer (fastest reported)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-lookup-"))
    try:
        bench_loading("shipped", args.lexicon, work)
        if not args.skip_synthetic:
            synthetic = work / "synthetic"
            built = run_child("synthetic", synthetic, work, args.terms)
            print(f"synthetic  lexicon build {built['seconds']:6.2f} s  peak RSS {built['peak_rss_mb']:7.0f} MB | "
                  f"{built['terms']:,} terms, {built['concepts']:,} concepts, {built['size_mb']} MB gzip")
            bench_loading("synthetic", synthetic, work)
        bench_throughput(load_notes(args.csv, args.notes), args.lexicon, work / "cache-shipped", args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

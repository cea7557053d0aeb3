#!/usr/bin/env python3
"""The medspaCy side of scripts/bench_vs_medspacy.py; runs inside medspaCy's own virtual
environment (medspaCy pins spacy<3.8), so it imports nothing from ctakes_py.

Pipeline: ``medspacy.load()`` on a blank English model (no model download) with the
medspaCy tokenizer, PyRuSH sentences, TargetMatcher (the exported TargetRules), ConText
and the sectionizer. One process; the caller pins it to one core and sets the BLAS/OpenMP
thread variables to 1.

Writes one JSON line per note ``{"id", "spans": [[begin, end, category, is_negated], ...]}``
to ``--out`` and a JSON object of figures (load seconds, wall and CPU seconds of the
analysis loop, peak RSS) to
``--stats``.

    python scripts/medspacy_peer.py --notes notes.jsonl --rules rules.json \
        --out medspacy.jsonl --stats medspacy.json
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import warnings

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

COMPONENTS = ["medspacy_tokenizer", "medspacy_pyrush", "medspacy_target_matcher",
              "medspacy_context", "medspacy_sectionizer"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def quiet_logging() -> None:
    """PyRuSH logs every sentence decision at DEBUG through loguru (to stderr by default);
    drop loguru's handlers so the benchmark measures analysis, not terminal output."""
    try:
        from loguru import logger
    except ImportError:
        return
    logger.remove()
    logger.add(sys.stderr, level="WARNING")


def build(rules_path: str, sectionizer: bool):
    """(nlp, rule count, versions)."""
    import medspacy
    import spacy
    from medspacy.target_matcher import TargetRule

    enable = [c for c in COMPONENTS if sectionizer or c != "medspacy_sectionizer"]
    nlp = medspacy.load(medspacy_enable=enable)
    rules = TargetRule.from_json(rules_path)
    nlp.get_pipe("medspacy_target_matcher").add(rules)
    versions = {"medspacy": getattr(medspacy, "__version__", "?"), "spacy": spacy.__version__}
    try:
        import PyRuSH
        versions["PyRuSH"] = getattr(PyRuSH, "__version__", "?")
    except ImportError:
        pass
    return nlp, len(rules), versions


def read_notes(path: str) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [(str(r["id"]), r["text"]) for r in rows]


def analyse(nlp, notes: list[tuple[str, str]]) -> list[dict]:
    """Spans per note; ``doc.ents`` holds the TargetMatcher's spans (pruned to the longest
    non-overlapping ones), ConText sets ``is_negated``."""
    out = []
    for doc_id, text in notes:
        doc = nlp(text)
        spans = [[e.start_char, e.end_char, e.label_, bool(e._.is_negated)] for e in doc.ents]
        out.append({"id": doc_id, "spans": spans})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", required=True, help="JSONL with id and text per line")
    ap.add_argument("--rules", required=True, help="TargetRule JSON ({'target_rules': [...]})")
    ap.add_argument("--out", required=True, help="spans per note (JSONL)")
    ap.add_argument("--stats", required=True, help="figures (JSON)")
    ap.add_argument("--no-sectionizer", action="store_true", help="leave out medspacy_sectionizer")
    ap.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU")
    args = ap.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    quiet_logging()
    warnings.filterwarnings("ignore", category=RuntimeWarning)  # TargetMatcher's ent conflicts
    started = time.perf_counter()
    nlp, n_rules, versions = build(args.rules, not args.no_sectionizer)
    load_seconds = time.perf_counter() - started
    notes = read_notes(args.notes)
    started, cpu = time.perf_counter(), time.process_time()
    results = analyse(nlp, notes)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in results)
    stats = {"system": "medspacy", "notes": len(notes), "rules": n_rules, "load_seconds": load_seconds,
             "seconds": seconds, "cpu_seconds": cpu,
             "peak_rss_mb": peak_rss_mb(), "pipeline": nlp.pipe_names, "versions": versions,
             "mentions": sum(len(r["spans"]) for r in results)}
    with open(args.stats, "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=1)


if __name__ == "__main__":
    main()

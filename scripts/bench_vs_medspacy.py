#!/usr/bin/env python3
"""Side-by-side benchmark against medspaCy, and our multi-process / Spark throughput.

1. Target terms: the shipped lexicon (lexicons/default) restricted to ``--groups``
   (default DISORDER,FINDING: the problems ConText is meant for), optionally to concepts
   coded in ``--schemes`` (``DOID`` gives about 33,000 Disease Ontology terms, like the
   issue's reference setup) and to ``--max-rules`` terms. They are exported to medspaCy
   TargetRules (ctakes_py.lexicon.export) and, for our "comparable" run, written as a
   lexicon of exactly the same keys.
2. One core each (pinned with sched_setaffinity, BLAS/OpenMP threads 1), ``--notes`` notes
   cycled from the MTSamples CSV, each system in its own child process (clean peak RSS):
   - medspacy: medspacy.load() on a blank English model with the medspaCy tokenizer,
     PyRuSH, TargetMatcher, ConText and sectionizer, in its own virtual environment
     (``--venv``; created with ``pip install medspacy`` when missing). Runs
     scripts/medspacy_peer.py.
   - ours-default: Pipeline.from_descriptor("default") (sections, sentences, tokens,
     dictionary lookup, medication attributes, assertion).
   - ours-comparable: the same work as medspaCy: sections, sentences, tokens, dictionary
     lookup on the exported terms only (no plural/word-order/spelling variants, no in-note
     abbreviation definitions), assertion.
   notes/s is wall time of the analysis loop (load excluded; load time shown apart);
   "cpu" is the same on process CPU time, steadier on a busy machine.
3. Agreement with medspaCy's output: exact mention spans (micro P/R/F1 over all notes,
   medspaCy as the reference; lenient = overlapping spans), and on exactly matching spans
   negation agreement and Cohen's kappa (ConText ``is_negated`` vs our ``polarity == -1``).
   Our mentions counted are those of the exported groups' mention types.
4. Our throughput on ``--scale-notes`` notes (default 5 x --notes, i.e. 10,000 for the full
   run) with the default pipeline through ctakes_py.engine.local.run_batch: 1 process, 2
   processes, Spark local[2]; worker start-up (pool fork, pipeline builds) is included, the
   Spark session's JVM start is timed apart.

Targets (issue 9): ours >= 10x medspaCy notes/s on one core; 1 -> 2 processes >= 1.8x;
Spark local[2] within 1.3x of 2 processes.

    python scripts/bench_vs_medspacy.py                      # 2,000 notes, 10,000 for scaling
    python scripts/bench_vs_medspacy.py --notes 200          # quick check
    python scripts/bench_vs_medspacy.py --schemes DOID       # ~33k Disease Ontology terms
    python scripts/bench_vs_medspacy.py --skip-scaling --json figures.json
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_CSV = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"
DEFAULT_VENV = Path.home() / ".cache" / "ctakes_py" / "medspacy-venv"
PEER = Path(__file__).resolve().parent / "medspacy_peer.py"
ONE_THREAD = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
COMPARABLE_FLOW = ("SectionAnnotator", "SentenceDetector", "Tokenizer", "DictionaryLookup",
                   "AssertionAnnotator")
# Our comparable run: the exported terms exactly, as medspaCy's phrase rules match them.
COMPARABLE_OVERRIDES = {"DictionaryLookup/plurals": False, "DictionaryLookup/permutations": False,
                        "DictionaryLookup/spellingVariants": False,
                        "DictionaryLookup/abbreviationDefinitions": False}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def csv_list(value: str) -> list[str]:
    return [v.strip().upper() for v in value.split(",") if v.strip()]


# --- inputs ------------------------------------------------------------------------------
def load_notes(path: Path, count: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        texts = [row["transcription"] for row in csv.DictReader(fh) if row["transcription"].strip()]
    return list(islice(cycle(texts), count))


def write_jsonl(texts: list[str], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": f"note{i:05d}", "text": t}) + "\n" for i, t in enumerate(texts))
    return path


def prepare_terms(args: argparse.Namespace, work: Path) -> dict:
    """Rules JSON + subset lexicon + comparable descriptor in ``work``; returns their paths and counts."""
    from ctakes_py.lexicon.export import medspacy_rules, select_terms, write_medspacy_rules, write_subset_lexicon
    selection = select_terms(args.lexicon, args.groups, args.schemes, args.max_rules)
    rules = medspacy_rules(selection)
    write_medspacy_rules(rules, work / "target_rules.json")
    write_subset_lexicon(selection, work / "subset-lexicon")
    descriptor = write_comparable_descriptor(work / "comparable.xml", "subset-lexicon")
    info = {"groups": list(selection.groups), "schemes": list(selection.schemes),
            "terms": len(selection.terms), "available": selection.available, "rules": len(rules),
            "pattern_rules": sum("pattern" in r for r in rules)}
    print(f"target terms: {info['terms']:,} lexicon keys ({'+'.join(info['groups'])}"
          f"{', schemes ' + '+'.join(info['schemes']) if info['schemes'] else ''}; "
          f"{info['available']:,} available) -> {info['rules']:,} medspaCy TargetRules "
          f"({info['pattern_rules']} token-pattern rules)")
    return {**info, "rules_path": work / "target_rules.json", "descriptor": descriptor}


def write_comparable_descriptor(path: Path, lexicon_location: str) -> Path:
    """An aggregate of the shipped primitives in COMPARABLE_FLOW, the lookup bound to
    ``lexicon_location`` (relative to ``path``'s folder)."""
    from ctakes_py.resources import resource_root
    root = resource_root("descriptors")
    delegates = "\n".join(
        f'    <delegateAnalysisEngine key="{k}"><import location={quoteattr(str(root / "annotators" / (k + ".xml")))}/>'
        "</delegateAnalysisEngine>" for k in COMPARABLE_FLOW)
    nodes = "".join(f"<node>{k}</node>" for k in COMPARABLE_FLOW)
    typesystem = quoteattr(str(root / "typesystem" / "CtakesPyTypeSystem.xml"))
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <frameworkImplementation>ctakes_py</frameworkImplementation>
  <primitive>false</primitive>
  <delegateAnalysisEngineSpecifiers>
{delegates}
  </delegateAnalysisEngineSpecifiers>
  <analysisEngineMetaData>
    <name>comparable</name>
    <description>What medspaCy does: text, dictionary lookup on the exported terms, assertion.</description>
    <flowConstraints><fixedFlow>{nodes}</fixedFlow></flowConstraints>
    <typeSystemDescription><imports><import location={typesystem}/></imports></typeSystemDescription>
  </analysisEngineMetaData>
  <resourceManagerConfiguration>
    <externalResources><externalResource><name>ExportedTerms</name>
      <fileResourceSpecifier><fileUrl>file:{escape(lexicon_location)}</fileUrl></fileResourceSpecifier>
    </externalResource></externalResources>
    <externalResourceBindings><externalResourceBinding><key>DictionaryLookup/lexicon</key>
      <resourceName>ExportedTerms</resourceName></externalResourceBinding></externalResourceBindings>
  </resourceManagerConfiguration>
</analysisEngineDescription>
""", encoding="utf-8")
    return path


# --- our side, in a child process ------------------------------------------------------
def ours_child(args: argparse.Namespace) -> None:
    """Run one of our configurations over the notes; write spans JSONL and stats JSON."""
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    from ctakes_py import Pipeline
    from ctakes_py.lexicon.semantic import GROUPS
    started = time.perf_counter()
    overrides = COMPARABLE_OVERRIDES if args.child == "comparable" else {}
    nlp = Pipeline.from_descriptor(args.descriptor, overrides=overrides)
    load_seconds = time.perf_counter() - started
    category_of: dict[str, str] = {}
    for group in args.groups:
        category_of.setdefault(GROUPS[group].mention_type, group)
    with open(args.notes_file, encoding="utf-8") as fh:
        notes = [json.loads(line) for line in fh]
    wall, cpu = time.perf_counter(), time.process_time()
    results = [{"id": n["id"], "spans": mention_spans(nlp(n["text"], document_id=n["id"]), category_of)}
               for n in notes]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in results)
    stats = {"system": f"ours-{args.child}", "notes": len(notes), "load_seconds": load_seconds,
             "seconds": wall, "cpu_seconds": cpu, "peak_rss_mb": peak_rss_mb(),
             "pipeline": [s.key for s in nlp.steps], "mentions": sum(len(r["spans"]) for r in results)}
    Path(args.stats).write_text(json.dumps(stats, indent=1), encoding="utf-8")


def mention_spans(cas, category_of: dict[str, str]) -> list[list]:
    """``[begin, end, category, negated]`` per distinct span of the wanted mention types;
    a span found for two groups keeps the first group's category."""
    spans: dict[tuple[int, int], list] = {}
    for type_name, category in category_of.items():
        for m in cas.select(type_name):
            spans.setdefault((m.begin, m.end), [m.begin, m.end, category, m.polarity == -1])
    return [spans[k] for k in sorted(spans)]


def run_ours(config: str, descriptor: str, notes_file: Path, work: Path, args: argparse.Namespace) -> dict:
    out, stats = work / f"ours-{config}.jsonl", work / f"ours-{config}.json"
    cmd = [sys.executable, __file__, "--child", config, "--descriptor", descriptor,
           "--notes-file", str(notes_file), "--out", str(out), "--stats", str(stats),
           "--groups", ",".join(args.groups), "--cpu", str(-1 if args.cpu is None else args.cpu)]
    subprocess.run(cmd, check=True, env={**os.environ, **ONE_THREAD})
    return {**json.loads(stats.read_text(encoding="utf-8")), "spans_path": out}


# --- medspaCy side ------------------------------------------------------------------------
def medspacy_python(venv: Path, install: bool) -> Path | None:
    """The venv's python with medspaCy importable, installing it when allowed; None (with
    a message) when that fails, e.g. without network."""
    python = venv / "bin" / "python"
    if _has_medspacy(python):
        return python
    if not install:
        print(f"medspaCy: not installed in {venv} and --no-install given; skipping the peer")
        return None
    log = venv.parent / f"{venv.name}-install.log"
    print(f"medspaCy: installing into {venv} (pip install medspacy; log {log}) ...", flush=True)
    try:
        venv.parent.mkdir(parents=True, exist_ok=True)
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        with open(log, "w", encoding="utf-8") as fh:
            subprocess.run([str(python), "-m", "pip", "install", "medspacy"], check=True,
                           stdout=fh, stderr=subprocess.STDOUT, timeout=1800)
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"medspaCy: install failed ({exc}); see {log}. Is the package index reachable? "
              "Reporting our side only.")
        return None
    return python if _has_medspacy(python) else None


def _has_medspacy(python: Path) -> bool:
    if not python.exists():
        return False
    probe = subprocess.run([str(python), "-c", "import medspacy, PyRuSH"], capture_output=True)
    return probe.returncode == 0


def run_medspacy(python: Path, notes_file: Path, rules: Path, work: Path, cpu: int | None) -> dict | None:
    out, stats = work / "medspacy.jsonl", work / "medspacy.json"
    cmd = [str(python), str(PEER), "--notes", str(notes_file), "--rules", str(rules),
           "--out", str(out), "--stats", str(stats)]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    done = subprocess.run(cmd, env={**os.environ, **ONE_THREAD}, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"medspaCy run failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        return None
    return {**json.loads(stats.read_text(encoding="utf-8")), "spans_path": out}


# --- agreement ----------------------------------------------------------------------------
def read_spans(path: Path) -> dict[str, list[list]]:
    with open(path, encoding="utf-8") as fh:
        return {row["id"]: row["spans"] for row in map(json.loads, fh)}


def agreement(ours: dict[str, list[list]], peer: dict[str, list[list]]) -> dict:
    """Exact-span P/R/F1 (peer = reference), lenient overlap P/R, and negation agreement
    and Cohen's kappa over exactly matching spans."""
    from sklearn.metrics import cohen_kappa_score
    tp = n_ours = n_peer = ours_overlapping = peer_overlapping = 0
    neg_ours: list[bool] = []
    neg_peer: list[bool] = []
    for doc, peer_spans in peer.items():
        mine = {(b, e): neg for b, e, _, neg in ours.get(doc, [])}
        theirs = {(b, e): neg for b, e, _, neg in peer_spans}
        n_ours += len(mine)
        n_peer += len(theirs)
        for span in mine.keys() & theirs.keys():
            tp += 1
            neg_ours.append(bool(mine[span]))
            neg_peer.append(bool(theirs[span]))
        ours_overlapping += sum(_overlaps(s, theirs) for s in mine)
        peer_overlapping += sum(_overlaps(s, mine) for s in theirs)
    precision, recall = tp / n_ours if n_ours else 0.0, tp / n_peer if n_peer else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    same = sum(a == b for a, b in zip(neg_ours, neg_peer))
    kappa = (float(cohen_kappa_score(neg_ours, neg_peer))
             if len(set(neg_ours) | set(neg_peer)) > 1 else float("nan"))
    return {"ours": n_ours, "medspacy": n_peer, "exact": tp, "precision": precision, "recall": recall,
            "f1": f1, "lenient_precision": ours_overlapping / n_ours if n_ours else 0.0,
            "lenient_recall": peer_overlapping / n_peer if n_peer else 0.0,
            "negation_agreement": same / tp if tp else float("nan"), "negation_kappa": kappa,
            "negated_ours": sum(neg_ours), "negated_medspacy": sum(neg_peer)}


def _overlaps(span: tuple[int, int], others: dict) -> bool:
    begin, end = span
    return any(b < end and begin < e for b, e in others)


# --- scaling ------------------------------------------------------------------------------
def bench_scaling(notes_file: Path, work: Path) -> dict:
    """Default pipeline through run_batch: 1 process, 2 processes, Spark local[2]."""
    from ctakes_py.engine.local import WorkerSpec, run_batch
    from ctakes_py.resources import find_descriptor
    spec = WorkerSpec(descriptor=str(find_descriptor("default")), overrides={},
                      reader=("jsonl", str(notes_file), {}), writers=(), outdir=str(work / "batch-out"))
    figures = {}
    for label, kwargs in (("1 process", {"n_process": 1}), ("2 processes", {"n_process": 2}),
                          ("spark local[2]", {"engine": "spark", "master": "local[2]"})):
        try:
            if kwargs.get("engine") == "spark":
                _start_spark(kwargs["master"])
            result = run_batch(spec, progress=False, **kwargs)
        except Exception as exc:  # Spark needs Java and pyspark; report and go on
            print(f"scaling  {label:<15} failed: {type(exc).__name__}: {exc}")
            continue
        finally:
            if kwargs.get("engine") == "spark":
                _stop_spark()
        rate = result.processed / result.seconds
        figures[label] = rate
        print(f"scaling  {label:<15} {rate:8.1f} notes/s  ({result.processed} notes, {result.failed} failed, "
              f"{result.seconds:.1f} s incl. start-up)", flush=True)
    return figures


def _start_spark(master: str) -> None:
    """Start the session run_batch will reuse (same settings as ctakes_py.engine.spark, quiet
    console), so the JVM start is timed apart and not counted in notes/s."""
    from pyspark.sql import SparkSession
    started = time.perf_counter()
    session = (SparkSession.builder.master(master).appName("ctakes-py")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.execution.pyspark.udf.faulthandler.enabled", "true").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    print(f"scaling  spark session ({master}) started in {time.perf_counter() - started:.1f} s "
          "(not counted below)", flush=True)


def _stop_spark() -> None:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return
    session = SparkSession.getActiveSession()
    if session is not None:
        session.stop()


# --- report -------------------------------------------------------------------------------
def line(stats: dict) -> str:
    cpu = stats.get("cpu_seconds")
    cpu_rate = f"  cpu {stats['notes'] / cpu:7.1f} notes/s" if cpu else ""
    return (f"{stats['system']:<16} 1 core {stats['notes'] / stats['seconds']:7.1f} notes/s{cpu_rate}  "
            f"load {stats['load_seconds']:5.1f} s  peak RSS {stats['peak_rss_mb']:6.0f} MB  "
            f"{stats['mentions']:,} mentions")


def agreement_line(name: str, a: dict) -> str:
    return (f"agreement {name} vs medspacy: spans exact P {a['precision']:.3f} R {a['recall']:.3f} "
            f"F1 {a['f1']:.3f} (lenient P {a['lenient_precision']:.3f} R {a['lenient_recall']:.3f}; "
            f"{a['ours']:,} ours, {a['medspacy']:,} medspaCy, {a['exact']:,} exact) | negation on exact "
            f"spans {a['negation_agreement']:.1%} agree, kappa {a['negation_kappa']:.3f} "
            f"(negated: ours {a['negated_ours']}, medspaCy {a['negated_medspacy']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=2000, help="notes for the side-by-side run")
    ap.add_argument("--scale-notes", type=int, default=None, help="notes for the scaling run (default 5 x --notes)")
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="MTSamples CSV")
    ap.add_argument("--lexicon", type=Path, default=REPO / "lexicons" / "default")
    ap.add_argument("--groups", type=csv_list, default=["DISORDER", "FINDING"],
                    help="semantic groups exported (comma-separated)")
    ap.add_argument("--schemes", type=csv_list, default=[],
                    help="keep only concepts coded in these schemes (e.g. DOID)")
    ap.add_argument("--max-rules", type=int, default=None, help="at most this many lexicon keys")
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="medspaCy's virtual environment")
    ap.add_argument("--no-install", action="store_true", help="do not create/install the venv")
    ap.add_argument("--skip-peer", action="store_true", help="no medspaCy run")
    ap.add_argument("--skip-scaling", action="store_true", help="no 1/2-process/Spark run")
    ap.add_argument("--cpu", type=int, default=0, help="CPU the one-core runs are pinned to (-1: none)")
    ap.add_argument("--workdir", type=Path, default=None, help="keep outputs here (default: a temp dir)")
    ap.add_argument("--json", type=Path, default=None, help="also write all figures to this JSON file")
    # child mode (our one-core runs)
    ap.add_argument("--child", choices=["default", "comparable"], help=argparse.SUPPRESS)
    ap.add_argument("--descriptor", help=argparse.SUPPRESS)
    ap.add_argument("--notes-file", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--stats", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cpu is not None and (args.cpu < 0 or not hasattr(os, "sched_setaffinity")):
        args.cpu = None
    if args.child:
        ours_child(args)
        return
    with tempfile.TemporaryDirectory(prefix="bench-medspacy-") as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        run(args, work)


def run(args: argparse.Namespace, work: Path) -> None:
    if not args.csv.is_file():
        sys.exit(f"MTSamples CSV not found: {args.csv} (give it with --csv)")
    texts = load_notes(args.csv, args.notes)
    notes_file = write_jsonl(texts, work / "notes.jsonl")
    print(f"{len(texts)} notes from {args.csv.name}, {sum(map(len, texts)) / 1e6:.2f} M characters, "
          f"one core = CPU {args.cpu if args.cpu is not None else '(not pinned)'}")
    terms = prepare_terms(args, work)
    figures: dict = {"notes": len(texts), "terms": {k: v for k, v in terms.items() if not isinstance(v, Path)}}
    runs = {}
    for config, descriptor in (("default", "default"), ("comparable", str(terms["descriptor"]))):
        runs[config] = run_ours(config, descriptor, notes_file, work, args)
        print(line(runs[config]), flush=True)
    peer = None
    if not args.skip_peer:
        python = medspacy_python(args.venv, install=not args.no_install)
        if python is not None:
            peer = run_medspacy(python, notes_file, terms["rules_path"], work, args.cpu)
    if peer is not None:
        print(line(peer) + f"  ({peer['rules']:,} rules; " +
              ", ".join(f"{k} {v}" for k, v in peer["versions"].items()) + ")")
        peer_spans = read_spans(peer["spans_path"])
        for config, stats in runs.items():
            ratio = peer["seconds"] / stats["seconds"]
            cpu_ratio = peer["cpu_seconds"] / stats["cpu_seconds"]
            print(f"speed-up ours-{config} / medspacy: {ratio:.1f}x on one core, {cpu_ratio:.1f}x on CPU time "
                  "(target >= 10x)")
            stats["speedup"], stats["speedup_cpu"] = ratio, cpu_ratio
            stats["agreement"] = agreement(read_spans(stats["spans_path"]), peer_spans)
            print(agreement_line(f"ours-{config}", stats["agreement"]))
    figures["ours"] = {k: _jsonable(v) for k, v in runs.items()}
    figures["medspacy"] = _jsonable(peer) if peer else None
    if not args.skip_scaling:
        n = args.scale_notes or 5 * args.notes
        scale_file = write_jsonl(load_notes(args.csv, n), work / "scale-notes.jsonl")
        scaling = bench_scaling(scale_file, work)
        if "1 process" in scaling and "2 processes" in scaling:
            print(f"scaling  1 -> 2 processes: {scaling['2 processes'] / scaling['1 process']:.2f}x "
                  f"(target >= 1.8x)")
        if "spark local[2]" in scaling and "2 processes" in scaling:
            print(f"scaling  2 processes / spark local[2]: "
                  f"{scaling['2 processes'] / scaling['spark local[2]']:.2f}x (target <= 1.3x)")
        figures["scaling"] = {"notes": n, "notes_per_s": scaling}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")


def _jsonable(stats: dict) -> dict:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in stats.items()}


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Score the assertion annotator on annotated sentences (tests/assertion_corpus/*.tsv).

Each corpus row holds one sentence with its target marked ``[[like this]]`` and the gold
negation / uncertainty / temporality / experiencer / generic labels (see
tests/assertion_corpus/GUIDELINES.md). Each sentence runs through the default pipeline
(sections, sentences, tokens), the target becomes one IdentifiedAnnotation, then the
AssertionAnnotator (from its descriptor) sets the features.

    python scripts/evaluate_assertion.py                       # dev + both held-out parts
    python scripts/evaluate_assertion.py --engine negspacy     # negspacy's Negex for polarity
    python scripts/evaluate_assertion.py --errors              # list every disagreement
    python scripts/evaluate_assertion.py --throughput 2000     # notes/s with and without the
                                                               # assertion (+ medication) annotators
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.typesystem import IDENTIFIED_ANNOTATION  # noqa: E402

CORPUS = REPO / "tests" / "assertion_corpus"
ANNOTATORS = REPO / "descriptors" / "annotators"
DESCRIPTOR = ANNOTATORS / "AssertionAnnotator.xml"
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples" / "mtsamples_subset.csv"
TEXT_STEPS = ("SectionAnnotator", "SentenceDetector", "Tokenizer")


@dataclass
class Example:
    id: str
    note_type: str
    text: str
    begin: int
    end: int
    gold: dict[str, bool]


def read_corpus(path: Path) -> list[Example]:
    """Rows of a corpus TSV; the target is the text between ``[[`` and ``]]``."""
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            marked = row["sentence"]
            begin = marked.index("[[")
            end = marked.index("]]") - 2
            text = marked.replace("[[", "").replace("]]", "")
            gold = {
                "negated": row["negation"] == "negated",
                "uncertain": row["uncertain"] == "1",
                "historical": row["temporality"] == "historical",
                "hypothetical": row["temporality"] == "hypothetical",
                "not_patient": row["experiencer"] != "patient",
                "family": row["experiencer"] == "family",
                "generic": row["generic"] == "1",
            }
            out.append(Example(row["id"], row["note_type"], text, begin, end, gold))
    return out


def predict(mention) -> dict[str, bool]:
    return {
        "negated": mention.polarity == -1,
        "uncertain": mention.uncertainty == 1,
        "historical": mention.historyOf == 1,
        "hypothetical": bool(mention.conditional),
        "not_patient": (mention.subject or "patient") != "patient",
        "family": mention.subject in ("family_member", "donor_family_member"),
        "generic": bool(mention.generic),
    }


def run(examples: list[Example], text_nlp: Pipeline, assertion: Pipeline) -> tuple[list[dict], float]:
    predictions = []
    started = time.perf_counter()
    mention_type = text_nlp.typesystem.get_type(IDENTIFIED_ANNOTATION)
    for ex in examples:
        cas = text_nlp(ex.text, document_id=ex.id)
        mention = mention_type(begin=ex.begin, end=ex.end)
        cas.add(mention)
        assertion.process(cas)
        pred = predict(mention)
        pred["cues"] = [f"{c.attribute}={c.value} <{c.get_covered_text()}> {c.rule}"
                        for c in cas.select("ctakes_py.type.AssertionCue")]
        predictions.append(pred)
    return predictions, time.perf_counter() - started


def score(examples: list[Example], predictions: list[dict], key: str) -> dict[str, float]:
    tp = sum(1 for e, p in zip(examples, predictions) if e.gold[key] and p[key])
    fp = sum(1 for e, p in zip(examples, predictions) if not e.gold[key] and p[key])
    fn = sum(1 for e, p in zip(examples, predictions) if e.gold[key] and not p[key])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "gold": tp + fn, "p": precision, "r": recall, "f1": f1}


LABELS = [("negated", "negation"), ("historical", "historical"), ("not_patient", "experiencer (family/other)"),
          ("family", "experiencer family"), ("uncertain", "uncertainty"), ("hypothetical", "conditional"),
          ("generic", "generic")]


def report(name: str, examples: list[Example], predictions: list[dict], seconds: float) -> None:
    print(f"\n== {name}: {len(examples)} sentences ({seconds * 1000 / max(1, len(examples)):.2f} ms/sentence)")
    print(f"{'feature':28s} {'gold':>5s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'P/PPV':>6s} {'R/sens':>6s} {'F1':>6s}")
    for key, label in LABELS:
        s = score(examples, predictions, key)
        print(f"{label:28s} {s['gold']:5d} {s['tp']:4d} {s['fp']:4d} {s['fn']:4d} "
              f"{s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")


def show_errors(examples: list[Example], predictions: list[dict]) -> None:
    for ex, pred in zip(examples, predictions):
        wrong = [k for k, _ in LABELS if k != "family" and ex.gold[k] != pred[k]]
        if wrong:
            marked = ex.text[:ex.begin] + "[[" + ex.text[ex.begin:ex.end] + "]]" + ex.text[ex.end:]
            flags = ", ".join(f"{k}: gold {int(ex.gold[k])} pred {int(pred[k])}" for k in wrong)
            print(f"{ex.id} {flags}\n    {marked}")
            for cue in pred["cues"]:
                print(f"      cue {cue}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", type=Path,
                        help="corpus TSV files (default: dev.tsv, heldout.tsv, heldout2.tsv)")
    parser.add_argument("--engine", choices=["context", "negspacy"], default="context")
    parser.add_argument("--no-negspacy-termset", action="store_true",
                        help="do not merge negspacy's termset into the negation triggers")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument("--throughput", type=int, metavar="N",
                        help="instead of scoring: time N MTSamples notes through the default pipeline "
                             "with and without the assertion (and medication) annotators")
    parser.add_argument("--mtsamples", type=Path, default=MTSAMPLES, help="MTSamples CSV (transcription column)")
    args = parser.parse_args()
    if args.throughput:
        throughput(args.mtsamples, args.throughput)
        return
    files = args.corpus or [p for p in (CORPUS / "dev.tsv", CORPUS / "heldout.tsv", CORPUS / "heldout2.tsv")
                            if p.exists()]
    overrides = {"AssertionAnnotator/negationEngine": args.engine}
    if args.no_negspacy_termset:
        overrides["AssertionAnnotator/negspacyTermset"] = ""
    text_nlp = Pipeline.from_descriptor("text")
    assertion = _assertion_pipeline(overrides)
    for path in files:
        examples = read_corpus(path)
        predictions, seconds = run(examples, text_nlp, assertion)
        report(f"{path.name} (engine={args.engine})", examples, predictions, seconds)
        if args.errors:
            show_errors(examples, predictions)


def _assertion_pipeline(overrides: dict[str, str]) -> Pipeline:
    """The AssertionAnnotator descriptor as a one-step pipeline; its inputs come from the
    text pipeline and the target mention this script adds."""
    from ctakes_py.descriptor.validate import READER_OUTPUTS
    from ctakes_py.typesystem import BASE_TOKEN, SEGMENT, SENTENCE
    provided = tuple(READER_OUTPUTS) + (BASE_TOKEN, SENTENCE, SEGMENT, IDENTIFIED_ANNOTATION)
    return Pipeline.from_descriptor(DESCRIPTOR, overrides=overrides, provided=provided)


AGGREGATE = """<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <frameworkImplementation>ctakes_py</frameworkImplementation>
  <primitive>false</primitive>
  <delegateAnalysisEngineSpecifiers>{delegates}</delegateAnalysisEngineSpecifiers>
  <analysisEngineMetaData>
    <name>{name}</name>
    <flowConstraints><fixedFlow>{nodes}</fixedFlow></flowConstraints>
    <typeSystemDescription><imports><import location="{ts}"/></imports></typeSystemDescription>
  </analysisEngineMetaData>
</analysisEngineDescription>
"""


def aggregate(folder: Path, name: str, steps: tuple[str, ...]) -> Path:
    """An aggregate descriptor of shipped annotator descriptors, in flow order."""
    delegates = "".join(f'<delegateAnalysisEngine key="{s}"><import location="{ANNOTATORS / s}.xml"/>'
                        f"</delegateAnalysisEngine>" for s in steps)
    nodes = "".join(f"<node>{s}</node>" for s in steps)
    path = folder / f"{name}.xml"
    path.write_text(AGGREGATE.format(delegates=delegates, nodes=nodes, name=name,
                                     ts=REPO / "descriptors" / "typesystem" / "CtakesPyTypeSystem.xml"),
                    encoding="utf-8")
    return path


def loadable(step: str) -> bool:
    try:
        Pipeline.from_descriptor(ANNOTATORS / f"{step}.xml", provided=_all_types())
        return True
    except Exception as exc:  # a sibling component that is not ready must not stop the benchmark
        print(f"(skipping {step}: {str(exc)[:120]})")
        return False


def _all_types() -> tuple[str, ...]:
    from ctakes_py.descriptor.validate import READER_OUTPUTS
    from ctakes_py.typesystem import BASE_TOKEN, SEGMENT, SENTENCE, WORD_TOKEN
    return tuple(READER_OUTPUTS) + (BASE_TOKEN, WORD_TOKEN, SENTENCE, SEGMENT, IDENTIFIED_ANNOTATION)


def time_pipeline(nlp: Pipeline, notes: list[str]) -> tuple[float, int]:
    """Seconds for all notes, and the number of mentions they got."""
    mentions = 0
    started = time.perf_counter()
    for text in notes:
        cas = nlp(text)
        mentions += len(cas.select(IDENTIFIED_ANNOTATION))
    return time.perf_counter() - started, mentions


def throughput(csv_path: Path, count: int) -> None:
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        texts = [r["transcription"] for r in csv.DictReader(handle) if r["transcription"].strip()]
    notes = list(islice(cycle(texts), count))
    megabytes = sum(len(t.encode("utf-8")) for t in notes) / 1e6
    mention_steps = tuple(s for s in ("DictionaryLookup", "MedicationAttributes") if loadable(s))
    configs = [("text", TEXT_STEPS), ("text+mentions", TEXT_STEPS + mention_steps),
               ("text+mentions+assertion", TEXT_STEPS + mention_steps + ("AssertionAnnotator",))]
    print(f"{count} notes cycled from {len(texts)} MTSamples notes, {megabytes:.1f} MB; "
          f"mention sources: {', '.join(mention_steps) or 'none'}")
    with tempfile.TemporaryDirectory() as folder:
        for name, steps in configs:
            nlp = Pipeline.from_descriptor(aggregate(Path(folder), name, steps))
            time_pipeline(nlp, notes[:20])  # warm-up
            seconds, mentions = time_pipeline(nlp, notes)
            print(f"{name:26s} {count / seconds:8.1f} notes/s  {1000 * seconds / count:6.2f} ms/note  "
                  f"{megabytes / seconds:5.2f} MB/s  mentions/note {mentions / count:6.1f}")
        # the assertion annotator alone, on CASes that already hold the mentions
        nlp = Pipeline.from_descriptor(aggregate(Path(folder), "before", TEXT_STEPS + mention_steps))
        assertion = Pipeline.from_descriptor(DESCRIPTOR, provided=_all_types())
        cases = [nlp(t) for t in notes[:min(count, 500)]]
        started = time.perf_counter()
        for cas in cases:
            assertion.process(cas)
        seconds = time.perf_counter() - started
        print(f"AssertionAnnotator alone: {1000 * seconds / len(cases):.2f} ms/note over {len(cases)} notes")


if __name__ == "__main__":
    main()

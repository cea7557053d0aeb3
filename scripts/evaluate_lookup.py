#!/usr/bin/env python
"""Dictionary-lookup baseline: mention P/R/F1 of a lexicon alone on NCBI-disease dev and
BC5CDR dev (PubTator files under ../shared/data).

Pipeline per abstract: SentenceDetector -> Tokenizer -> DictionaryLookup. Predicted
disease spans are DiseaseDisorderMention (``disorder``) or DiseaseDisorderMention +
SignSymptomMention (``disorder+finding``); chemical spans are MedicationMention.

- strict: a predicted span counts when a gold span of the type has the same offsets;
- overlap: a prediction is correct when it overlaps a gold span of the type (precision),
  a gold span is found when some prediction overlaps it (recall). tp is counted on gold.

Usage: python scripts/evaluate_lookup.py [--lexicon lexicons/default] [--shared ../shared/data]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotator import UimaContext  # noqa: E402
from ctakes_py.annotators.dictionary import DictionaryLookup  # noqa: E402
from ctakes_py.annotators.sentence import SentenceDetector  # noqa: E402
from ctakes_py.annotators.tokenizer import Tokenizer  # noqa: E402
from ctakes_py.document import create_cas  # noqa: E402
from ctakes_py.io.pubtator import read_pubtator  # noqa: E402
from ctakes_py.typesystem import (  # noqa: E402
    DISEASE_DISORDER_MENTION,
    MEDICATION_MENTION,
    SIGN_SYMPTOM_MENTION,
    load_typesystem,
)

CORPORA = {
    "NCBI-disease dev": ("ncbi_disease/pubtator/NCBIdevelopset_corpus.txt",
                         {"disease": {"SpecificDisease", "DiseaseClass", "Modifier", "CompositeMention"}}),
    "BC5CDR dev": ("bc5cdr/CDR_DevelopmentSet.PubTator.txt",
                   {"disease": {"Disease"}, "chemical": {"Chemical"}}),
}
PREDICTED = {
    "disease/disorder": ("disease", (DISEASE_DISORDER_MENTION,)),
    "disease/disorder+finding": ("disease", (DISEASE_DISORDER_MENTION, SIGN_SYMPTOM_MENTION)),
    "chemical/medication": ("chemical", (MEDICATION_MENTION,)),
}


def prf(tp: int, fp: int, fn: int, pred_ok: int | None = None, n_pred: int | None = None):
    precision = (pred_ok / n_pred if n_pred else 0.0) if pred_ok is not None else \
        (tp / (tp + fp) if tp + fp else 0.0)
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold: list[set], pred: list[set]) -> dict[str, tuple]:
    """Strict and overlap counts over documents (sets of (begin, end) per document)."""
    s_tp = s_fp = s_fn = 0
    o_gold_found = o_gold_missed = o_pred_ok = o_pred = 0
    for g, p in zip(gold, pred):
        s_tp += len(g & p)
        s_fp += len(p - g)
        s_fn += len(g - p)
        for b, e in p:
            o_pred += 1
            o_pred_ok += any(b < ge and gb < e for gb, ge in g)
        for gb, ge in g:
            hit = any(b < ge and gb < e for b, e in p)
            o_gold_found += hit
            o_gold_missed += not hit
    return {"strict": (s_tp, s_fp, s_fn, *prf(s_tp, s_fp, s_fn)),
            "overlap": (o_gold_found, o_pred - o_pred_ok, o_gold_missed,
                        *prf(o_gold_found, 0, o_gold_missed, o_pred_ok, o_pred))}


def annotate(docs, typesystem, annotators):
    cases = []
    for doc in docs:
        cas = create_cas(doc.text, typesystem, doc.pmid)
        for annotator in annotators:
            annotator.process(cas)
        cases.append(cas)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lexicon", type=Path, default=REPO / "lexicons" / "default")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--no-variants", action="store_true",
                        help="plurals, permutations and spelling variants off")
    parser.add_argument("--consumer", default="precision", choices=["precision", "default"])
    parser.add_argument("--no-definitions", action="store_true",
                        help="abbreviationDefinitions off ('long form (SHORT)' propagation)")
    parser.add_argument("--misses", type=int, default=0, help="print the N most frequent misses/false hits")
    args = parser.parse_args()

    ts = load_typesystem()
    params = {"consumer": args.consumer, "plurals": not args.no_variants,
              "permutations": not args.no_variants, "spellingVariants": not args.no_variants,
              "abbreviationDefinitions": not args.no_definitions}
    started = time.time()
    annotators = []
    for cls, p, r in ((SentenceDetector, {}, {}), (Tokenizer, {}, {}),
                      (DictionaryLookup, params, {"lexicon": args.lexicon})):
        a = cls()
        a.initialize(UimaContext(parameters=p, resources=r, typesystem=ts))
        annotators.append(a)
    print(f"lexicon {args.lexicon} loaded in {time.time() - started:.1f} s; settings {params}")
    print(f"{'corpus':18} {'prediction':26} {'match':7} {'tp':>5} {'fp':>5} {'fn':>5} "
          f"{'P':>6} {'R':>6} {'F1':>6}")
    for corpus, (rel, gold_types) in CORPORA.items():
        docs = list(read_pubtator(args.shared / rel))
        t0 = time.time()
        cases = annotate(docs, ts, annotators)
        elapsed = time.time() - t0
        for label, (gold_kind, types) in PREDICTED.items():
            if gold_kind not in gold_types:
                continue
            gold = [{(m.begin, m.end) for m in d.mentions if m.type in gold_types[gold_kind]} for d in docs]
            pred = [{(a.begin, a.end) for t in types for a in cas.select(t)} for cas in cases]
            for match, (tp, fp, fn, p, r, f) in score(gold, pred).items():
                print(f"{corpus:18} {label:26} {match:7} {tp:5d} {fp:5d} {fn:5d} "
                      f"{p:6.3f} {r:6.3f} {f:6.3f}")
            if args.misses:
                _print_errors(docs, gold, pred, args.misses)
        if corpus.startswith("NCBI"):
            _recall_by_subtype(docs, cases)
        print(f"{corpus}: {len(docs)} documents annotated in {elapsed:.2f} s")


def _recall_by_subtype(docs, cases) -> None:
    found, total = Counter(), Counter()
    for doc, cas in zip(docs, cases):
        pred = {(a.begin, a.end) for a in cas.select(DISEASE_DISORDER_MENTION)}
        for m in doc.mentions:
            total[m.type] += 1
            found[m.type] += (m.begin, m.end) in pred
    print("  NCBI strict recall by gold type (disorder): " + ", ".join(
        f"{t} {found[t]}/{total[t]} = {found[t] / total[t]:.3f}" for t in sorted(total)))


def _print_errors(docs, gold, pred, n) -> None:
    misses, false_hits = Counter(), Counter()
    for doc, g, p in zip(docs, gold, pred):
        text = doc.text
        misses.update(text[b:e].lower() for b, e in g - p)
        false_hits.update(text[b:e].lower() for b, e in p - g)
    print("    missed:", misses.most_common(n))
    print("    false :", false_hits.most_common(n))


if __name__ == "__main__":
    main()

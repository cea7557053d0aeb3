#!/usr/bin/env python
"""Word clusters for the CRF NER models from the unlabeled text under ../shared/data.

Text used (labels are never read): the titles and abstracts of the BC5CDR and NCBI-disease
training files, the ADE corpus sentences (DRUG-AE.rel, DRUG-DOSE.rel, ADE-NEG.txt) and the
MTSamples transcriptions. The dev splits are left out (so dev scores show how the
clusters do on unseen text), and so are ADE lines whose PMID is a BC5CDR/NCBI dev document
or an ADE held-out document (the document-level split of scripts/train_relations.py,
``--ade-test-fraction``).
Sentences are our tokenizer's tokens cut like the CRF's (:mod:`ctakes_py.ner.tokens`),
one sentence per line of text or per SentenceDetector sentence.

Usage: python scripts/build_ner_clusters.py --out models/ner-clusters.tsv [--shared ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.annotators.tokenizer import tokenize  # noqa: E402
from ctakes_py.io.pubtator import read_pubtator  # noqa: E402
from ctakes_py.ner.clusters import build_clusters, save_clusters  # noqa: E402
from ctakes_py.ner.tokens import sub_tokens  # noqa: E402

TRAIN_FILES = ("bc5cdr/CDR_TrainingSet.PubTator.txt", "ncbi_disease/pubtator/NCBItrainset_corpus.txt")
DEV_FILES = ("bc5cdr/CDR_DevelopmentSet.PubTator.txt", "ncbi_disease/pubtator/NCBIdevelopset_corpus.txt")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])|\n+")


def words(text: str) -> list[str]:
    spans = sub_tokens(text, [(t.begin, t.end) for t in tokenize(text) if t.kind != "newline"])
    return [text[b:e] for b, e in spans]


def sentences_of(text: str) -> list[list[str]]:
    return [w for w in (words(part) for part in _SENTENCE_END.split(text)) if w]


def ade_held_out(shared: Path, test_fraction: float) -> set[str]:
    """PubMed ids of the ADE corpus documents held out for evaluation."""
    from ctakes_py.io.ade import read_ade, split_documents

    return {d.pmid for d in split_documents(read_ade(shared / "ade_corpus_v2"), test_fraction)[1]}


def unlabeled_texts(shared: Path, ade_test_fraction: float = 0.2) -> tuple[list[str], dict[str, int]]:
    dev_pmids = {doc.pmid for f in DEV_FILES for doc in read_pubtator(shared / f)}
    dev_pmids |= ade_held_out(shared, ade_test_fraction)
    texts, counts = [], {}
    for f in TRAIN_FILES:
        docs = [d.text for d in read_pubtator(shared / f)]
        texts += docs
        counts[f] = len(docs)
    seen = set()
    for name in ("DRUG-AE.rel", "DRUG-DOSE.rel"):
        for line in (shared / "ade_corpus_v2" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("|")
            if len(parts) > 2 and parts[0] not in dev_pmids and parts[1] not in seen:
                seen.add(parts[1])
                texts.append(parts[1])
    for line in (shared / "ade_corpus_v2" / "ADE-NEG.txt").read_text(encoding="utf-8").splitlines():
        pmid, _, rest = line.partition(" NEG ")
        if rest and pmid not in dev_pmids and rest not in seen:
            seen.add(rest)
            texts.append(rest)
    counts["ade_corpus_v2 sentences"] = len(seen)
    csv.field_size_limit(1 << 30)
    with open(shared / "mtsamples" / "mtsamples_subset.csv", encoding="utf-8", newline="") as fh:
        notes = [row["transcription"].replace(".,", ".\n").replace(":,", ":\n")
                 for row in csv.DictReader(fh) if row.get("transcription")]
    texts += notes
    counts["mtsamples notes"] = len(notes)
    return texts, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "models" / "ner-clusters.tsv")
    ap.add_argument("--sizes", default="50,200,800")
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--ade-test-fraction", type=float, default=0.2,
                    help="ADE corpus documents held out by scripts/train_relations.py (their text is left out)")
    args = ap.parse_args()
    started = time.perf_counter()
    texts, counts = unlabeled_texts(args.shared, args.ade_test_fraction)
    sentences = [s for t in texts for s in sentences_of(t)]
    n_tokens = sum(len(s) for s in sentences)
    sizes, table = build_clusters(sentences, tuple(int(x) for x in args.sizes.split(",")), dims=args.dims,
                                  min_count=args.min_count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_clusters(args.out, sizes, table)
    print(f"{counts}; {len(sentences)} sentences, {n_tokens} tokens -> {len(table)} words in clusters "
          f"{sizes}, {time.perf_counter() - started:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()

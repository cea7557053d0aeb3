#!/usr/bin/env python
"""Active-learning simulation on BC5CDR train: F1 on BC5CDR dev vs labelled documents.

The 500 training abstracts are the unlabeled pool (their gold labels are revealed only
when a document is "annotated"). Both strategies start from the same random documents
(the first size); at each next size the model trained so far picks the documents to add:

- ``entropy``: highest mean token entropy of the CRF marginals (:mod:`ctakes_py.ner.active`);
- ``random``: a random order (seeded).

Each model: a single-stage CRF with the shipped features (gazetteer, abbreviation
features, no clusters), L-BFGS c1=0.05 c2=0.01, 100 iterations; scored on BC5CDR dev, strict micro F1 (and per
type), without post-processing so the curve shows the model alone. Repeated over
``--seeds`` seeds; prints a Markdown table of means (and each seed in the JSON).

Usage: python scripts/simulate_active_learning.py [--sizes 50,100,200,400] [--seeds 3] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.ner.active import token_entropy  # noqa: E402
from ctakes_py.ner.bio import tags_to_spans  # noqa: E402
from ctakes_py.ner.corpus import load_examples  # noqa: E402
from ctakes_py.ner.evaluation import score_documents  # noqa: E402
from ctakes_py.ner.features import FeatureConfig  # noqa: E402
from ctakes_py.ner.model import train_crf  # noqa: E402
from ctakes_py.ner.training import Featurizer, TrainSettings  # noqa: E402
from ctakes_py.typesystem import load_typesystem  # noqa: E402


def per_document(featurized) -> list[tuple[list, list]]:
    """(X, y) sentence lists of each document, in order."""
    out, k = [], 0
    for doc in featurized.docs:
        n = sum(1 for s, e in doc.sentences if e > s)
        out.append((featurized.X[k:k + n], featurized.y[k:k + n]))
        k += n
    return out


def tag_docs(tagger, docs_x) -> list[list[str]]:
    return [[t for items in xs for t in tagger.tag(items)] for xs in docs_x]


def entropy_of(tagger, xs) -> float:
    values = []
    for items in xs:
        tagger.set(items)
        labels = tagger.labels()
        for t in range(len(items)):
            values.append(token_entropy({y: tagger.marginal(y, t) for y in labels}))
    return sum(values) / len(values) if values else 0.0


def run(strategy: str, seed: int, sizes: list[int], pool: list, dev_x: list, dev: list, dev_docs: list,
        workdir: Path) -> list[dict]:
    import pycrfsuite

    order = list(range(len(pool)))
    random.Random(seed).shuffle(order)
    chosen = order[:sizes[0]]
    rest = [i for i in order if i not in set(chosen)]
    curve = []
    for size in sizes:
        X = [s for i in chosen for s in pool[i][0]]
        y = [s for i in chosen for s in pool[i][1]]
        path = workdir / f"{strategy}-{seed}-{size}.crfsuite"
        seconds = train_crf(X, y, path, 0.05, 0.01, 100)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        preds = [tags_to_spans(d.tokens, tags) for d, tags in zip(dev_docs, tag_docs(tagger, dev_x))]
        report = score_documents(dev_docs, [ex.spans for ex in dev], preds, ["Chemical", "Disease"])
        curve.append({"documents": size, "f1": report["strict"]["micro"]["f1"],
                      "chemical_f1": report["strict"]["per_label"]["Chemical"]["f1"],
                      "disease_f1": report["strict"]["per_label"]["Disease"]["f1"],
                      "train_seconds": round(seconds, 1)})
        print(f"{strategy} seed {seed}: {curve[-1]}", flush=True)
        nxt = sizes[sizes.index(size) + 1] if size != sizes[-1] else None
        if nxt is None:
            break
        need = nxt - size
        if strategy == "entropy":
            scored = sorted(rest, key=lambda i: -entropy_of(tagger, pool[i][0]))
            picked = scored[:need]
        else:
            picked = rest[:need]
        chosen += picked
        rest = [i for i in rest if i not in set(picked)]
    return curve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--sizes", default="50,100,200,400")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    ts = load_typesystem()
    started = time.perf_counter()
    train = load_examples(args.shared / "bc5cdr/CDR_TrainingSet.PubTator.txt", ts)
    dev = load_examples(args.shared / "bc5cdr/CDR_DevelopmentSet.PubTator.txt", ts)
    featurizer = Featurizer(TrainSettings(features=FeatureConfig(clusters=False)), ts)
    pool = per_document(featurizer(train))
    dev_f = featurizer(dev)
    dev_x = [xs for xs, _ in per_document(dev_f)]
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for strategy in ("entropy", "random"):
            results[strategy] = [run(strategy, seed, sizes, pool, dev_x, dev, dev_f.docs, Path(tmp))
                                 for seed in range(args.seeds)]
    lines = ["| labelled documents | " + " | ".join(map(str, sizes)) + " |",
             "|---|" + "---:|" * len(sizes)]
    for strategy, curves in results.items():
        for key in ("f1", "chemical_f1", "disease_f1"):
            means = [sum(c[k][key] for c in curves) / len(curves) for k in range(len(sizes))]
            lines.append(f"| {strategy} {key} | " + " | ".join(f"{m:.3f}" for m in means) + " |")
    print("\n".join(lines))
    print(f"{time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"sizes": sizes, "seeds": args.seeds, "results": results}, indent=2),
                             encoding="utf-8")


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Rebuild models/coref/pair_model.json (+ card.json) from the training part of the own
coreference corpus (tests/coref_corpus/train). The dev sample and the held-out part are
not trained on: they measure the model.

    python scripts/train_coref.py [--input FOLDER ...] [--output models/coref/pair_model.json]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.coref.corpus import read_corpus  # noqa: E402
from ctakes_py.coref.training import train, write_card  # noqa: E402
from ctakes_py.eval.coref import CorefScores  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402

EVALUATION = {"coref_phenotype_dev": REPO.parent / "shared" / "data" / "coref_phenotype_dev",
              "own_heldout": REPO / "tests" / "coref_corpus" / "heldout"}


def conll(folder: Path, nlp: Pipeline) -> float:
    """CoNLL F1 of person coreference with predicted mentions (the shipped pipeline)."""
    scores = CorefScores.empty()
    for doc in read_corpus(folder):
        cas = nlp(doc.text)
        clusters = [[(m.begin, m.end) for m in p.mentions.elements] for p in cas.select("ctakes_py.type.Person")
                    if p.mentions is not None and p.mentions.elements]
        scores.add(doc.clusters, clusters)
    return round(scores.conll, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, action="append", default=None,
                        help="brat folder(s) (default: tests/coref_corpus/train)")
    parser.add_argument("--output", type=Path, default=REPO / "models" / "coref" / "pair_model.json")
    parser.add_argument("-C", type=float, default=1.0, help="inverse L2 regularization strength")
    args = parser.parse_args()
    folders = args.input or [REPO / "tests" / "coref_corpus" / "train"]
    model = train(folders, args.output, C=args.C)
    print(f"{model.training['documents']} documents, {model.training['pairs']} pairs "
          f"({model.training['positives']} coreferent) -> {args.output}")
    for name, weight in sorted(zip(model.features, model.coef), key=lambda fw: -abs(fw[1]))[:8]:
        print(f"  {name:<32} {weight:+.3f}")
    if args.output.name == "pair_model.json":  # the card's figures: CoNLL F1 on data not trained on
        nlp = Pipeline.from_descriptor("phenotype", overrides={"Coreference/linkClinicalEntities": False})
        nlp.annotators[[s.key for s in nlp.steps].index("Coreference")].resolver.model = model
        metrics = {f"conll_f1_{name}": conll(folder, nlp) for name, folder in EVALUATION.items() if folder.is_dir()}
        write_card(args.output.with_name("card.json"), model, metrics)
        print(f"  card metrics: {metrics}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Score person coreference against brat gold (``Person`` entities, ``Coref`` relations).

Each note runs through the ``phenotype`` pipeline (sections, sentences, tokens, ...,
PersonMentions, Coreference); the ``ctakes_py.type.Person`` chains are compared with the
gold clusters (transitive closure of ``Coref``; singletons included; a predicted mention
matches a gold one with the same span). Printed per folder: mention detection P/R/F1 and
MUC, B-cubed, CEAF-e, CoNLL F1 and BLANC for

- ``system``: predicted mentions, sieves + mention-pair classifier (the shipped setting);
- ``sieves``: predicted mentions, deterministic ranking instead of the classifier;
- ``gold-mentions``: the gold Person spans resolved by the same resolver.

    python scripts/evaluate_coref.py                  # dev sample + tests/coref_corpus/{train,heldout}
    python scripts/evaluate_coref.py FOLDER --errors  # list the wrong links
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.coref.corpus import GoldDocument, read_corpus  # noqa: E402
from ctakes_py.coref.training import structure  # noqa: E402
from ctakes_py.eval.coref import CorefScores  # noqa: E402
from ctakes_py.eval.ner import Counts  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
DEFAULT_FOLDERS = [SHARED / "coref_phenotype_dev", REPO / "tests" / "coref_corpus" / "train",
                   REPO / "tests" / "coref_corpus" / "heldout"]
PERSON = "ctakes_py.type.Person"
PERSON_MENTION = "ctakes_py.type.PersonMention"


def predicted_clusters(nlp: Pipeline, doc: GoldDocument) -> list[list[tuple[int, int]]]:
    cas = nlp(doc.text, document_id=doc.doc_id)
    clusters = [[(m.begin, m.end) for m in p.mentions.elements] for p in cas.select(PERSON)
                if p.mentions is not None and p.mentions.elements]
    placed = {span for c in clusters for span in c}
    clusters += [[(m.begin, m.end)] for m in cas.select(PERSON_MENTION) if (m.begin, m.end) not in placed]
    return clusters


def wrong_links(doc: GoldDocument, clusters: list[list[tuple[int, int]]]) -> list[str]:
    gold = doc.cluster_of()
    system = {span: k for k, c in enumerate(clusters) for span in c}
    spans = sorted(set(gold) & set(system))
    out = []
    for i, a in enumerate(spans):
        for b in spans[:i]:
            if (gold[a] == gold[b]) != (system[a] == system[b]):
                kind = "missed" if gold[a] == gold[b] else "spurious"
                out.append(f"{kind}: {doc.text[b[0]:b[1]]!r} ~ {doc.text[a[0]:a[1]]!r}")
    return out


def evaluate(folder: Path, pipelines: dict[str, Pipeline], text_pipeline: Pipeline, show_errors: bool) -> dict:
    docs = read_corpus(folder)
    report = {"folder": folder.name, "documents": len(docs)}
    print(f"\n=== {folder.name}: {len(docs)} notes, {sum(len(d.persons) for d in docs)} person mentions ===")
    for name, nlp in pipelines.items():
        scores, mentions = CorefScores.empty(), Counts()
        for doc in docs:
            clusters = predicted_clusters(nlp, doc)
            predicted = {s for c in clusters for s in c}
            gold = set(doc.persons)
            mentions = mentions + Counts(len(gold & predicted), len(predicted - gold), len(gold - predicted))
            scores.add(doc.clusters, clusters)
            if show_errors and name == "system":
                lines = wrong_links(doc, clusters) + [f"mention FN {doc.text[b:e]!r}" for b, e in gold - predicted]
                for line in lines + [f"mention FP {doc.text[b:e]!r}" for b, e in predicted - gold]:
                    print(f"  {doc.doc_id}: {line}")
        _print(name, scores, mentions)
        report[name] = _figures(scores, mentions)
    resolver = pipelines["system"].annotators[[s.key for s in pipelines["system"].steps].index("Coreference")].resolver
    scores = CorefScores.empty()
    for doc in docs:
        sentences, sections = structure(text_pipeline, doc.text)
        res = resolver.resolve_spans(doc.text, doc.persons, sentences, sections)
        scores.add(doc.clusters, [[(res.mentions[i].begin, res.mentions[i].end) for i in c] for c in res.clusters()])
    _print("gold-mentions", scores, None)
    report["gold-mentions"] = _figures(scores, None)
    return report


def _print(name: str, scores: CorefScores, mentions: Counts | None) -> None:
    print(f"[{name}]")
    if mentions is not None:
        print(f"mentions P {mentions.precision:.4f} R {mentions.recall:.4f} F1 {mentions.f1:.4f} "
              f"(tp {mentions.tp} fp {mentions.fp} fn {mentions.fn})")
    print(scores.table())


def _figures(scores: CorefScores, mentions: Counts | None) -> dict:
    out = {"muc": scores.muc.f1, "b_cubed": scores.b_cubed.f1, "ceaf_e": scores.ceaf_e.f1,
           "conll": scores.conll, "blanc": scores.blanc.f1}
    if mentions is not None:
        out["mentions"] = mentions.as_dict()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="brat folders (default: dev + own corpus)")
    parser.add_argument("--errors", action="store_true", help="list wrong links and mention errors")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args()
    pipelines = {"system": Pipeline.from_descriptor("phenotype"),
                 "sieves": Pipeline.from_descriptor("phenotype", overrides={"Coreference/useClassifier": False})}
    text_pipeline = Pipeline.from_descriptor("text")
    reports = [evaluate(f, pipelines, text_pipeline, args.errors) for f in (args.folders or DEFAULT_FOLDERS)
               if f.is_dir()]
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

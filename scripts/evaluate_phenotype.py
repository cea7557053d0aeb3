#!/usr/bin/env python
"""Score coreference-aware phenotyping against gold phenotype.json / cohort.json.

Each corpus folder holds brat notes (``NAME.txt``) with ``NAME.phenotype.json`` and, at its
root, ``cohort.json`` (per-concept patient counts) and optionally ``patients.csv``
(``document_id,patient_id``: notes of one patient). Both the coreference pipeline
(``phenotype``) and the baseline (``phenotype-nocoref``: holder from the assertion subject
only) run over every note; printed per folder:

- patient phenotype P/R/F1 per note (and per patient when patients.csv merges notes),
  family phenotype P/R/F1 (coreference only: the baseline has no family roles);
- cohort count per concept, gold vs each system, absolute error, exact concepts.

    python scripts/evaluate_phenotype.py                     # dev sample + tests/coref_corpus/{train,heldout}
    python scripts/evaluate_phenotype.py FOLDER ... --errors # also list each wrong concept
    python scripts/evaluate_phenotype.py --timing 300        # ms/note of the phenotyping steps on MTSamples
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.coref.corpus import read_patient_map  # noqa: E402
from ctakes_py.eval.phenotype import cohort_counts, count_table, merge_by_patient, normalize_roles, score_phenotypes  # noqa: E402
from ctakes_py.phenotype.cohort import build_pipeline, run_cohort  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
DEFAULT_FOLDERS = [SHARED / "coref_phenotype_dev", REPO / "tests" / "coref_corpus" / "train",
                   REPO / "tests" / "coref_corpus" / "heldout"]
MTSAMPLES = SHARED / "mtsamples" / "mtsamples_subset.csv"
ADDED_STEPS = ("PhenotypeConditions", "PersonMentions", "Coreference", "Phenotype")


def gold_phenotypes(folder: Path) -> dict[str, dict]:
    return {p.name[:-len(".phenotype.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.phenotype.json"))}


def evaluate(folder: Path, concepts: Path | None, show_errors: bool) -> dict:
    gold = gold_phenotypes(folder)
    patients_csv = folder / "patients.csv"
    patient_of = read_patient_map(patients_csv) if patients_csv.exists() else {}
    cohort = json.loads((folder / "cohort.json").read_text(encoding="utf-8"))
    systems, report = {}, {"folder": folder.name, "documents": len(gold)}
    for name, no_coref in (("coref", False), ("baseline", True)):
        result = run_cohort(folder, concepts=concepts, no_coref=no_coref, patient_map=patient_of)
        predicted = {g.document_id: g.phenotype(result.family_roles) for g in result.graphs}
        systems[name] = (predicted, result)
    print(f"\n=== {folder.name}: {len(gold)} notes, {cohort.get('n_patients', len(gold))} patients ===")
    for name, (predicted, _) in systems.items():
        scores = score_phenotypes(gold, predicted)
        print(scores.table(f"[{name}] note"))
        report[name] = {"patient": scores.patient.as_dict(), "family": scores.family.as_dict()}
        if patient_of:
            merged = score_phenotypes(merge_by_patient(gold, patient_of), merge_by_patient(predicted, patient_of))
            print(f"[{name}] per patient: patient P {merged.patient.precision:.4f} R {merged.patient.recall:.4f} "
                  f"F1 {merged.patient.f1:.4f}")
            report[name]["patient_merged"] = merged.patient.as_dict()
        if show_errors:
            _print_errors(gold, predicted, name)
    gold_counts = cohort["patient_counts"]
    columns = {name: result.counts for name, (_, result) in systems.items()}
    if not patient_of:  # one note per patient: the counts of the notes' phenotypes
        columns = {name: cohort_counts(pred, gold_counts) for name, (pred, _) in systems.items()}
    print(count_table(gold_counts, columns))
    for name, counts in columns.items():
        report[name]["exact_concepts"] = sum(counts.get(c, 0) == n for c, n in gold_counts.items())
        report[name]["count_errors"] = {c: abs(counts.get(c, 0) - n) for c, n in gold_counts.items()}
    return report


def _print_errors(gold: dict, predicted: dict, name: str) -> None:
    for doc, g in gold.items():
        g = normalize_roles(g)
        p = normalize_roles(predicted.get(doc, {"patient": [], "family": {}}))
        fn = sorted(set(g["patient"]) - set(p["patient"]))
        fp = sorted(set(p["patient"]) - set(g["patient"]))
        ff = {r: sorted(set(c) ^ set(p["family"].get(r, []))) for r, c in g["family"].items()}
        extra = sorted(set(p["family"]) - set(g["family"]))
        if fn or fp or any(ff.values()) or extra:
            print(f"  [{name}] {doc}: patient FN {fn} FP {fp}; family diff {({k: v for k, v in ff.items() if v})}"
                  f"{'; extra roles ' + str(extra) if extra else ''}")


def timing(n: int) -> None:
    """ms/note of each step of the phenotype pipeline on MTSamples notes, and what the
    phenotyping steps add (the default pipeline's steps are the rest)."""
    with open(MTSAMPLES, newline="", encoding="utf-8") as fh:
        texts = [row["transcription"] for row in csv.DictReader(fh) if (row.get("transcription") or "").strip()]
    texts = (texts * (n // max(len(texts), 1) + 1))[:n]
    nlp = build_pipeline()
    spent = {step.key: 0.0 for step in nlp.steps}
    for text in texts[:5]:  # warm-up
        nlp(text)
    for text in texts:
        cas = nlp.make_cas(text)
        for step, annotator in zip(nlp.steps, nlp.annotators):
            start = time.perf_counter()
            annotator.process(cas)
            spent[step.key] += time.perf_counter() - start
    print(f"\n=== timing: {len(texts)} MTSamples notes (mean {sum(map(len, texts)) / len(texts):.0f} chars) ===")
    for key, seconds in spent.items():
        print(f"{key:<22} {1000 * seconds / len(texts):8.3f} ms/note")
    added = sum(spent[k] for k in ADDED_STEPS if k in spent)
    total = sum(spent.values())
    print(f"{'added by phenotyping':<22} {1000 * added / len(texts):8.3f} ms/note "
          f"({100 * added / total:.1f}% of {1000 * total / len(texts):.2f} ms)")
    coref_only = sum(spent[k] for k in ("PersonMentions", "Coreference", "Phenotype"))
    print(f"{'coref + phenotype':<22} {1000 * coref_only / len(texts):8.3f} ms/note "
          "(PersonMentions + Coreference + Phenotype)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="corpus folders (default: dev + own corpus)")
    parser.add_argument("--concepts", type=Path, default=None, help="concept file replacing the shipped one")
    parser.add_argument("--errors", action="store_true", help="list the wrong concepts per note")
    parser.add_argument("--timing", type=int, default=0, metavar="N", help="time the steps on N MTSamples notes")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args()
    reports = []
    if not args.timing or args.folders:
        for folder in args.folders or DEFAULT_FOLDERS:
            if folder.is_dir():
                reports.append(evaluate(folder, args.concepts, args.errors))
            else:
                print(f"skipping {folder}: not a folder", file=sys.stderr)
    if args.timing:
        timing(args.timing)
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

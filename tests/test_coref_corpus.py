"""The own coreference/phenotype corpus (tests/coref_corpus): the brat files are what the
inline sources build, spans match the text, relations follow the guideline, and
cohort.json agrees with the phenotype files and patients.csv."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from ctakes_py.coref.corpus import read_cohort, read_corpus, read_patient_map
from ctakes_py.eval.phenotype import cohort_counts, merge_by_patient

CORPUS = Path(__file__).resolve().parent / "coref_corpus"
SPLITS = ("train", "heldout")


def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", SPLITS)
def test_files_are_built_from_the_sources(split, tmp_path, monkeypatch):
    builder = _builder()
    monkeypatch.setattr(builder, "HERE", tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / f"{split}.src").write_bytes((CORPUS / "source" / f"{split}.src").read_bytes())
    builder.build_split(split)
    built = sorted(p.name for p in (tmp_path / split).iterdir())
    assert built == sorted(p.name for p in (CORPUS / split).iterdir())
    for name in built:
        assert (tmp_path / split / name).read_bytes() == (CORPUS / split / name).read_bytes(), name


@pytest.mark.parametrize("split", SPLITS)
def test_corpus_reads_and_is_consistent(split):
    docs = read_corpus(CORPUS / split)
    assert len(docs) >= 10
    for doc in docs:
        assert doc.phenotype is not None
        for cluster in doc.clusters:
            assert all(doc.text[b:e].strip() == doc.text[b:e] for b, e in cluster)
        for condition in doc.conditions:
            assert condition.attributes <= {"Negated", "Uncertain", "Historical"}
            assert all(owner in doc.persons for owner in condition.owners)
    patients = read_patient_map(CORPUS / split / "patients.csv")
    merged = merge_by_patient({d.doc_id: d.phenotype for d in docs}, patients)
    cohort = read_cohort(CORPUS / split)
    assert cohort["n_patients"] == len(merged) and cohort["n_documents"] == len(docs)
    assert cohort_counts(merged, cohort["patient_counts"]) == cohort["patient_counts"]


def test_the_whole_corpus_has_thirty_notes_and_longitudinal_patients():
    notes = sum(len(read_corpus(CORPUS / s)) for s in SPLITS)
    assert notes >= 30
    for split in SPLITS:
        patients = read_patient_map(CORPUS / split / "patients.csv")
        assert len(set(patients.values())) < len(patients)  # some patient has several notes
    assert json.loads((CORPUS / "train" / "cohort.json").read_text(encoding="utf-8"))["patient_counts"]

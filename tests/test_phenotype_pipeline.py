"""Phenotyping end to end: the annotators in the shipped pipelines, the CAS output, the
baseline, longitudinal merging and the ``cohort`` command."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.eval.phenotype import score_phenotypes
from ctakes_py.phenotype.cas import graph_from_cas
from ctakes_py.phenotype.cli import cohort
from ctakes_py.phenotype.cohort import run_cohort
from ctakes_py.phenotype.graph import load_family_roles
from ctakes_py.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parent / "coref_corpus"
_C = "org.apache.ctakes.typesystem.type."
SILVA = ("Mr. Silva is a 55 yo M here for f/u. His brother recently had a stroke; he also has afib. Mr. Silva has "
         "hyperlipidemia and T2DM. He does not have atrial fibrillation. No CAD.")


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.from_descriptor("phenotype")


@pytest.fixture(scope="module")
def baseline() -> Pipeline:
    return Pipeline.from_descriptor("phenotype-nocoref")


@pytest.fixture(scope="module")
def roles() -> dict[str, str]:
    return load_family_roles()


def test_phenotype_entries_relations_and_json(nlp, roles):
    cas = nlp(SILVA, document_id="silva")
    assert graph_from_cas(cas).phenotype(roles) == {
        "patient": ["hyperlipidemia", "type 2 diabetes mellitus"],
        "family": {"brother": ["atrial fibrillation", "stroke"]}}
    entries = {(e.person.role, e.concept): e.status for e in cas.select("ctakes_py.type.PhenotypeEntry")}
    assert entries[("patient", "atrial fibrillation")] == "negated"
    assert entries[("patient", "coronary artery disease")] == "negated"
    assert entries[("brother", "stroke")] in ("positive", "historical")
    has = {(r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text())
           for r in cas.select(_C + "relation.BinaryTextRelation") if r.category == "Has_Condition"}
    assert ("he", "afib") in has and ("Mr. Silva", "T2DM") in has


def test_condition_matcher_runs_before_assertion_and_reuses_dictionary_mentions(nlp):
    cas = nlp(SILVA)
    mentions = [m for m in cas.select(_C + "textsem.DiseaseDisorderMention")]
    t2dm = [m for m in mentions if m.get_covered_text() == "T2DM"]
    assert len(t2dm) == 1 and t2dm[0].discoveryTechnique == 3
    cad = next(m for m in mentions if m.get_covered_text() == "CAD")
    assert cad.polarity == -1  # the assertion annotator saw the matcher's mention
    spans = [(m.begin, m.end) for m in mentions]
    assert len(spans) == len(set(spans)), "a vocabulary match on a dictionary span must not duplicate it"


def test_the_baseline_reads_family_history_as_the_patients(baseline, roles):
    cas = baseline(SILVA)
    phenotype = graph_from_cas(cas).phenotype(roles)
    assert "atrial fibrillation" in phenotype["patient"]  # "he also has afib" (the brother)
    assert phenotype["family"] == {}


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / "train" / f"{name}.txt", folder)
        shutil.copy(CORPUS / "train" / f"{name}.ann", folder)
    rows = list(csv.DictReader(open(CORPUS / "train" / "patients.csv", encoding="utf-8")))
    with open(tmp_path / "patients.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["document_id", "patient_id"])
        writer.writerows((r["document_id"], r["patient_id"]) for r in rows if r["document_id"] in names)
    return folder


def test_cohort_command_counts_patients_not_notes(tmp_path):
    names = ["cp_own_08", "cp_own_09", "cp_own_10", "cp_own_19"]
    folder = _folder(tmp_path, names)
    out = tmp_path / "out"
    args = ["-i", str(folder), "-o", str(out), "--patients", str(tmp_path / "patients.csv")]
    result = CliRunner().invoke(cohort, args)
    assert result.exit_code == 0, result.output
    counts = json.loads((out / "cohort.json").read_text(encoding="utf-8"))
    assert counts["n_documents"] == 4 and counts["n_patients"] == 2
    # P1001 has diabetes in two notes: one patient; her sister's breast cancer stays her sister's
    assert counts["patient_counts"]["type 2 diabetes mellitus"] == 1
    assert counts["patient_counts"]["breast cancer"] == 0
    assert counts["documents"]["type 2 diabetes mellitus"] == ["cp_own_08", "cp_own_09"]
    records = [json.loads(line) for line in (out / "patients.jsonl").read_text(encoding="utf-8").splitlines()]
    p1001 = next(r for r in records if r["patient_id"] == "P1001")
    assert p1001["family"]["sister"] == ["breast cancer"] and "hypertension" in p1001["patient"]
    rows = list(csv.DictReader(open(out / "cohort.csv", encoding="utf-8")))
    assert {"document_id", "patient_id", "person_id", "role", "concept", "status", "evidence"} <= set(rows[0])
    assert (out / "documents" / "cp_own_08.phenotype.json").exists()
    assert "patients" in result.output and "type 2 diabetes mellitus" in result.output


def test_cohort_baseline_over_counts_family_history(tmp_path):
    folder = _folder(tmp_path, ["cp_own_15", "cp_own_16", "cp_own_19"])
    with_coref = run_cohort(folder).counts
    without = run_cohort(folder, no_coref=True).counts
    assert without["COPD"] > with_coref["COPD"]  # "He has COPD" is the patient's son in cp_own_15


def test_cohort_with_a_users_concept_file_and_jsonl_patient_ids(tmp_path):
    concepts = tmp_path / "concepts.tsv"
    concepts.write_text("gout\tterm\tgout\ngout\tterm\tpodagra\nosteoporosis\tterm\tosteoporosis\n", encoding="utf-8")
    notes = tmp_path / "notes.jsonl"
    notes.write_text("\n".join(json.dumps(n) for n in [
        {"id": "a", "patient_id": "X", "text": "Mr. Tran has gout. His wife has osteoporosis."},
        {"id": "b", "patient_id": "X", "text": "Mr. Tran: podagra flare."},
        {"id": "c", "patient_id": "Y", "text": "Ms. Lee has osteoporosis. Gout was ruled out."}]) + "\n",
        encoding="utf-8")
    result = run_cohort(notes, concepts=concepts)
    assert result.concepts == ["gout", "osteoporosis"]
    assert result.counts == {"gout": 1, "osteoporosis": 1}
    assert set(result.records) == {"X", "Y"}


def test_coreference_beats_the_baseline_on_the_training_notes():
    gold = {p.name[:-len(".phenotype.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in (CORPUS / "train").glob("*.phenotype.json")}
    scores = {}
    for name, no_coref in (("coref", False), ("baseline", True)):
        result = run_cohort(CORPUS / "train", no_coref=no_coref)
        predicted = {g.document_id: g.phenotype(result.family_roles) for g in result.graphs}
        scores[name] = score_phenotypes(gold, predicted).patient.f1
    assert scores["coref"] >= 0.95 and scores["coref"] > scores["baseline"]

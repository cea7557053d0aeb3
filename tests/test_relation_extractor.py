"""RelationExtractor annotator, training from PubTator, the `train re` command, evaluation helpers."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.relation import RelationExtractor
from ctakes_py.errors import ResourceError
from ctakes_py.eval.ner import Span
from ctakes_py.eval.relations import RelationTuple
from ctakes_py.io.ade import iter_sentences, read_ade
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.cli import re_command
from ctakes_py.relation.corpora import ade_sentence_cases, pubtator_cases
from ctakes_py.relation.evaluation import ade_end_to_end, concept_pair_scores, error_lines
from ctakes_py.relation.model import RelationConfig, RelationModel
from ctakes_py.relation.training import labelled_candidates, train_and_select
from ctakes_py.typesystem import BINARY_TEXT_RELATION, MEDICATION_MENTION

FIXTURES = Path(__file__).parent / "fixtures" / "relation"
ADE_CONFIG = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention"], "Drug", "AdverseEffect")
CID_CONFIG = RelationConfig("CID", ["MedicationMention"], ["DiseaseDisorderMention"], "Chemical", "Disease", "document")


@pytest.fixture(scope="module")
def nlp():
    return Pipeline.from_descriptor("text")


def _extractor(folder, ts, **parameters):
    ex = RelationExtractor()
    params = {"category": "", "threshold": -1.0, "argumentTechniques": (), "arg1Types": (), "arg2Types": (),
              "scope": "", "window": -1} | parameters
    ex.initialize(UimaContext(params, {"model": Path(folder)}, ts, key="RelationExtractor"))
    return ex


def _trigger_model(tmp_path):
    """A hand-set model: 'due to' or '-induced' between the arguments means ADE."""
    model = RelationModel(ADE_CONFIG, {"trig_between=due|21": 4.0, "trig_between=induced|12": 4.0}, -2.0, 0.5)
    model.save(tmp_path)
    return tmp_path


def test_extractor_writes_binary_text_relations(tmp_path, nlp):
    ex = _extractor(_trigger_model(tmp_path), nlp.typesystem)
    docs = read_ade(FIXTURES / "ade")
    cases = {sid: cas for sid, _, cas in ade_sentence_cases(docs, nlp, keep=())}
    for cas in cases.values():
        for rel in list(cas.select(BINARY_TEXT_RELATION)):
            cas.remove(rel)                                   # keep the gold mentions only
        ex.process(cas)
    rash = cases["1002_0"].select(BINARY_TEXT_RELATION)
    assert sorted(r.arg1.argument.get_covered_text() for r in rash) == ["amoxicillin", "penicillin"]
    assert all(r.category == "ADE" and r.arg1.role == "Drug" and r.arg2.role == "AdverseEffect" for r in rash)
    assert all(r.arg1.argument.type.name == MEDICATION_MENTION and 0.5 <= r.confidence <= 1 for r in rash)
    (azi,) = cases["1001_0"].select(BINARY_TEXT_RELATION)
    assert azi.arg1.argument.get_covered_text() == "azithromycin"
    assert not cases["1003_0"].select(BINARY_TEXT_RELATION)   # "was caused by": no trigger in this model
    assert ex.candidates_seen >= 5


def test_parameters_override_the_card(tmp_path, nlp):
    folder = _trigger_model(tmp_path)
    ex = _extractor(folder, nlp.typesystem, category="ADR", threshold=0.0, argumentTechniques=(3,))
    assert ex.config.category == "ADR" and ex.cutoff == 0.0 and ex.techniques == (3,)
    with pytest.raises(ResourceError):
        _extractor(folder, nlp.typesystem, scope="paragraph")
    with pytest.raises(ResourceError):
        _extractor(folder, nlp.typesystem, arg2Types=("NoSuchMention",))


def test_document_scope_training_and_roles(tmp_path, nlp):
    cases = list(pubtator_cases(FIXTURES / "cid.PubTator", nlp))
    X, y, missed = labelled_candidates(cases, CID_CONFIG)
    assert missed == 0 and sum(y) == 3 and len(y) == 2 * 3 + 2 * 3
    model, report = train_and_select(cases, CID_CONFIG, c=10.0, log=lambda *_: None)
    model.threshold = 0.5
    model.save(tmp_path)
    ex = _extractor(tmp_path, nlp.typesystem)
    cas = cases[0]
    for rel in list(cas.select(BINARY_TEXT_RELATION)):
        cas.remove(rel)
    ex.process(cas)
    confidence = {(r.arg1.role, r.arg2.role): r.confidence for r in cas.select(BINARY_TEXT_RELATION)}
    assert ("Chemical:D003042", "Disease:D012640") in confidence
    assert ("Chemical:D009270", "Disease:D005334") not in confidence      # naloxone - fever: unrelated
    assert report["candidates"] == len(y) and report["positives"] == 3


def test_train_re_command(tmp_path):
    out = tmp_path / "cid"
    result = CliRunner().invoke(re_command, ["--format", "pubtator", "--train", str(FIXTURES / "cid.PubTator"),
                                             "--out", str(out), "--pipeline", "text",
                                             "--arg2-types", "DiseaseDisorderMention", "--c", "10"])
    assert result.exit_code == 0, result.output
    model = RelationModel.load(out)
    assert model.config.scope == "document" and model.config.category == "CID"
    assert model.names.get("cocaine") == "D003042"
    assert model.card["training"]["cases"] == 2


class _FakePipeline:
    """Finds 'X caused Y'-style pairs by exact words (stands in for NER + relation)."""

    def __init__(self, nlp, pairs):
        self.nlp, self.pairs = nlp, pairs
        self.steps, self.annotators = [], []
        self.typesystem = nlp.typesystem

    def make_cas(self, text, document_id=None):
        from ctakes_py.io.ade import AdeMention, AdeSentence, ade_to_cas

        sentence = AdeSentence(text)
        for drug, effect in self.pairs:
            if drug in text and effect in text:
                i = sentence.mention_index(AdeMention(text.index(drug), text.index(drug) + len(drug), "Drug"))
                j = sentence.mention_index(AdeMention(text.index(effect), text.index(effect) + len(effect),
                                                      "AdverseEffect"))
                sentence.relations.append(("ADE", i, j))
        return ade_to_cas(sentence, self.typesystem, document_id)


def test_end_to_end_scoring_strict_and_lenient(nlp, tmp_path):
    sentences = list(iter_sentences(read_ade(FIXTURES / "ade", dose=False)))
    fake = _FakePipeline(nlp, [("azithromycin", "ototoxicity"), ("morphine", "Nausea was"), ("Aspirin", "headache")])
    result = ade_end_to_end(fake, sentences)
    gold_total = 7
    assert result["strict"].tp == 1 and result["strict"].fn == gold_total - 1 and result["strict"].fp == 2
    assert result["lenient"].tp == 2 and result["lenient"].fp == 1          # "Nausea was" overlaps "Nausea"
    missed, spurious = result["errors"]["strict"]
    lines = error_lines(missed, spurious, result["texts"], lenient_missed=result["errors"]["lenient"][0])
    assert lines[0].startswith("kind") and sum(line.startswith("FP\t") for line in lines) == 2
    rows = [line.split("\t") for line in lines[1:]]
    assert any(r[3:5] == ["Aspirin", "headache"] and r[7].startswith("Aspirin was continued") for r in rows)
    boundary = {r[6] for r in rows if r[0] == "FN" and r[3] == "morphine"}
    assert boundary == {"yes"}                          # "Nausea was" found leniently


def test_concept_pair_scores():
    counts, missed, spurious = concept_pair_scores({"d1": {("C", "D"), ("C", "E")}}, {"d1": {("C", "D"), ("X", "D")}})
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert missed == [("d1", "C", "E")] and spurious == [("d1", "X", "D")]
    assert RelationTuple("d", "ADE", Span("d", 0, 1, "Drug"), Span("d", 2, 3, "AdverseEffect")).label == "ADE"

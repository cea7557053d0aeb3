"""Negated adverse effects in the ade pipeline: CRF spans lose a leading negation cue
(CrfNer trimLeadingWords), the relation extractor skips negated effects (skipNegated), and
resolution phrases count as a dechallenge, not a negation (lexicons/assertion/adverse_events.tsv)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.relation import RelationExtractor
from ctakes_py.document import create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.ner.soft import SoftCrfNer
from ctakes_py.ner.tagger import Entity
from ctakes_py.pipeline import Pipeline
from ctakes_py.relation.model import RelationConfig, RelationModel
from ctakes_py.resources import resource_root
from ctakes_py.typesystem import BINARY_TEXT_RELATION, DISEASE_DISORDER_MENTION, MEDICATION_MENTION

ADE_CONFIG = RelationConfig("ADE", ["MedicationMention"], ["DiseaseDisorderMention"], "Drug", "AdverseEffect")


@pytest.fixture(scope="module")
def ade():
    return Pipeline.from_descriptor("ade")


def _pairs(cas) -> list[tuple[str, str]]:
    return [(r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text())
            for r in cas.select(BINARY_TEXT_RELATION)]


def _crf(typesystem, words: tuple[str, ...]) -> SoftCrfNer:
    crf = SoftCrfNer()
    model = resource_root("models") / "ade" / "ner"
    crf.initialize(UimaContext({"trimLeadingWords": words}, {"model": model}, typesystem, key="CrfNerAde"))
    return crf


def test_leading_cue_words_are_cut_off_crf_entities(typesystem):
    crf = _crf(typesystem, ("no", "denies", "evidence of"))
    text = "No rash. Denies no evidence of hives. No. Nothing."
    cas = create_cas(text, typesystem, "d")
    ents = [Entity(0, 7, "Disease", 0.9), Entity(9, 36, "Disease", 0.8), Entity(38, 40, "Disease", 0.5),
            Entity(42, 49, "Disease", 0.5)]
    kept = [text[e.begin:e.end] for e in crf.trimmed(cas, ents)]
    # a cue-only entity is dropped; "Nothing" does not start with the word "no"
    assert kept == ["rash", "hives", "Nothing"]
    assert crf.trimmed(cas, ents)[0].confidence == 0.9
    assert _crf(typesystem, ()).trimmed(cas, ents) == ents


def _negation_model(tmp_path: Path) -> Path:
    RelationModel(ADE_CONFIG, {"trig_between=after|21": 5.0}, -2.0, 0.5).save(tmp_path)
    return tmp_path


def _extractor(typesystem, model: Path, skip: tuple[str, ...]) -> RelationExtractor:
    ex = RelationExtractor()
    ex.initialize(UimaContext({"skipNegated": skip}, {"model": model}, typesystem, key="RelationExtractor"))
    return ex


def test_skip_negated_leaves_out_pairs_with_a_negated_effect(tmp_path, typesystem):
    model = _negation_model(tmp_path)
    text_nlp = Pipeline.from_descriptor("text")

    def case(effect_polarity: int, drug_polarity: int = 1):
        cas = text_nlp("rash after amoxicillin")
        drug, effect = typesystem.get_type(MEDICATION_MENTION), typesystem.get_type(DISEASE_DISORDER_MENTION)
        cas.add_all([effect(begin=0, end=4, polarity=effect_polarity), drug(begin=11, end=22, polarity=drug_polarity)])
        return cas

    plain, skipping = _extractor(typesystem, model, ()), _extractor(typesystem, model, ("arg2",))
    for ex, polarity, expected in ((plain, -1, 1), (skipping, 1, 1), (skipping, -1, 0)):
        cas = case(polarity)
        ex.process(cas)
        assert len(cas.select(BINARY_TEXT_RELATION)) == expected
    cas = case(1, drug_polarity=-1)                       # only arg2 is checked
    skipping.process(cas)
    assert len(cas.select(BINARY_TEXT_RELATION)) == 1
    with pytest.raises(ResourceError, match="skipNegated"):
        _extractor(typesystem, model, ("effect",))


@pytest.mark.parametrize("text", [
    "No rash or itching after the amoxicillin was started.",
    "He denies rash after amoxicillin.",
    "There was no hepatotoxicity after isoniazid.",
    "Rash after amoxicillin was ruled out.",
])
def test_ade_pipeline_reports_no_negated_adverse_effect(ade, text):
    assert _pairs(ade(text)) == []


@pytest.mark.parametrize("text, pair", [
    ("The rash resolved after amoxicillin was discontinued.", ("amoxicillin", "rash")),
    ("Hepatotoxicity due to isoniazid has since cleared.", ("isoniazid", "Hepatotoxicity")),
    ("Patient developed a diffuse rash after starting amoxicillin.", ("amoxicillin", "diffuse rash")),
])
def test_ade_pipeline_keeps_resolved_and_affirmed_effects(ade, text, pair):
    assert pair in _pairs(ade(text))

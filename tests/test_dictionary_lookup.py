"""DictionaryLookup annotator: matching, consumers, filters, mention/concept features, and
the shipped descriptor + default lexicon."""
from __future__ import annotations

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.dictionary import DictionaryLookup
from ctakes_py.annotators.sentence import SentenceDetector
from ctakes_py.annotators.tokenizer import Tokenizer
from ctakes_py.descriptor.validate import READER_OUTPUTS
from ctakes_py.document import create_cas
from ctakes_py.errors import ResourceError
from ctakes_py.lexicon.builders import build_bsv
from ctakes_py.pipeline import Pipeline
from ctakes_py.typesystem import (
    ANATOMICAL_SITE_MENTION,
    BASE_TOKEN,
    DISEASE_DISORDER_MENTION,
    IDENTIFIED_ANNOTATION,
    MEDICATION_MENTION,
    SENTENCE,
)

pytestmark = pytest.mark.usefixtures("isolated_automaton_cache")


def annotate(typesystem, annotator, text: str, tokens: bool = True):
    cas = create_cas(text, typesystem, "doc")
    if tokens:
        for cls in (SentenceDetector, Tokenizer):
            step = cls()
            step.initialize(UimaContext(parameters={}, resources={}, typesystem=typesystem))
            step.process(cas)
    annotator.process(cas)
    return cas


def spans(cas, type_name: str = IDENTIFIED_ANNOTATION) -> set[tuple[str, str]]:
    return {(m.type.name.rsplit(".", 1)[1], m.get_covered_text()) for m in cas.select(type_name)}


@pytest.mark.parametrize("tokens", [True, False])
def test_finds_terms_with_cTAKES_types(typesystem, lexicon_dir, tokens, make_lookup):
    lookup = make_lookup(typesystem, lexicon_dir)
    cas = annotate(typesystem, lookup, "Breast cancer, treated with aspirin. Hx of ALL; all is well.",
                   tokens)
    assert spans(cas) == {("DiseaseDisorderMention", "Breast cancer"),
                          ("AnatomicalSiteMention", "Breast"),
                          ("MedicationMention", "aspirin"),
                          ("DiseaseDisorderMention", "ALL")}
    mention = next(m for m in cas.select(DISEASE_DISORDER_MENTION) if m.begin == 0)
    assert (mention.typeID, mention.discoveryTechnique, mention.polarity, mention.subject) == \
        (2, 1, 1, "patient")
    (concept,) = mention.ontologyConceptArr.elements
    assert (concept.cui, concept.tui, concept.codingScheme, concept.code, concept.preferredText) == \
        ("C0006142", "T191", "CUSTOM", "C0006142", "Malignant neoplasm of breast")
    assert cas.select(ANATOMICAL_SITE_MENTION)[0].typeID == 6
    assert cas.select(MEDICATION_MENTION)[0].typeID == 1


@pytest.mark.parametrize("tokens", [True, False])
def test_word_boundaries_and_punctuation(typesystem, lexicon_dir, tokens, make_lookup):
    lookup = make_lookup(typesystem, lexicon_dir)
    text = "Breastfeeding; cancerous. Left breast. Cancer noted. Heart failure, congestive."
    found = spans(annotate(typesystem, lookup, text, tokens))
    assert ("DiseaseDisorderMention", "Breast. Cancer") not in found
    assert ("DiseaseDisorderMention", "Heart failure, congestive") in found
    assert not any("feeding" in t or "cancerous" in t for _, t in found)
    assert ("DiseaseDisorderMention", "Cancer") in found


def test_sentence_window_is_a_barrier(typesystem, lexicon_dir, make_lookup):
    lookup = make_lookup(typesystem, lexicon_dir)
    cas = create_cas("left breast\ncancer screening", typesystem, "d")
    sentence = typesystem.get_type(SENTENCE)
    cas.add_all([sentence(begin=0, end=11), sentence(begin=12, end=28)])
    lookup.process(cas)
    assert ("DiseaseDisorderMention", "breast\ncancer") not in spans(cas)
    no_window = make_lookup(typesystem, lexicon_dir, windowAnnotations="")
    cas2 = create_cas("left breast\ncancer screening", typesystem, "d")
    no_window.process(cas2)
    assert ("DiseaseDisorderMention", "breast\ncancer") in spans(cas2)


def test_precision_and_default_consumers(typesystem, lexicon_dir, make_lookup):
    text = "She has breast cancer."
    precise = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir), text))
    everything = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, consumer="default"), text))
    assert ("DiseaseDisorderMention", "cancer") not in precise
    assert ("AnatomicalSiteMention", "breast") in precise          # other group: kept
    assert everything == precise | {("DiseaseDisorderMention", "cancer")}


def test_filters_and_options(typesystem, lexicon_dir, make_lookup):
    text = "ASA and aspirin for cancers of the breast; all and ALL."
    base = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir), text))
    assert ("MedicationMention", "ASA") in base and ("DiseaseDisorderMention", "cancers") in base
    short = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, minimumSpan=4), text))
    assert ("MedicationMention", "ASA") not in short
    stopped = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, stopTerms=["Aspirin"]), text))
    assert ("MedicationMention", "aspirin") not in stopped and ("MedicationMention", "ASA") in stopped
    drugs = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, semanticGroups=["Drug"]), text))
    assert drugs == {("MedicationMention", "ASA"), ("MedicationMention", "aspirin")}
    no_variants = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, plurals=False), text))
    assert ("DiseaseDisorderMention", "cancers") not in no_variants
    any_case = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir,
                                                      caseSensitiveAbbreviations=False), text))
    assert ("DiseaseDisorderMention", "all") in any_case and ("DiseaseDisorderMention", "all") not in base


def test_accents_fold(typesystem, tmp_path, make_lookup):
    bsv = tmp_path / "a.bsv"
    bsv.write_text("C0039082|T047|Sjogren syndrome\n", encoding="utf-8")
    build_bsv(tmp_path / "lex", [bsv])
    found = spans(annotate(typesystem, make_lookup(typesystem, tmp_path / "lex"),
                           "Known Sjögren syndrome."))
    assert found == {("DiseaseDisorderMention", "Sjögren syndrome")}


def test_bad_parameters_are_reported(typesystem, lexicon_dir, make_lookup):
    with pytest.raises(ResourceError, match="consumer"):
        make_lookup(typesystem, lexicon_dir, consumer="greedy")
    with pytest.raises(ResourceError, match="semantic group"):
        make_lookup(typesystem, lexicon_dir, semanticGroups=["Gizmo"])


def test_shipped_descriptor_and_default_lexicon(typesystem):
    provided = READER_OUTPUTS + (BASE_TOKEN, SENTENCE)
    nlp = Pipeline.from_descriptor("annotators/DictionaryLookup", provided=provided)
    (lookup,) = nlp.annotators
    assert isinstance(lookup, DictionaryLookup) and lookup.consumer == "precision"
    cas = annotate(typesystem, lookup, "Patient with hypertension and type 2 diabetes mellitus "
                                       "takes metformin; no chest pain.")
    found = spans(cas)
    assert ("DiseaseDisorderMention", "hypertension") in found
    assert ("DiseaseDisorderMention", "type 2 diabetes mellitus") in found
    assert ("MedicationMention", "metformin") in found
    metformin = cas.select(MEDICATION_MENTION)[0]
    codes = {(c.codingScheme, c.code) for c in metformin.ontologyConceptArr.elements}
    assert ("RXNORM", "6809") in codes


def test_abbreviations_defined_in_the_note(typesystem, lexicon_dir, make_lookup):
    text = "Congestive heart failure (CHF) was treated. CHF recurred; chf and CHFX did not."
    found = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir), text))
    chf = sorted(m for m in found if m[1] == "CHF")
    assert chf == [("DiseaseDisorderMention", "CHF")]       # set of (type, text): both occurrences
    cas = annotate(typesystem, make_lookup(typesystem, lexicon_dir), text)
    assert [m.begin for m in cas.select(DISEASE_DISORDER_MENTION) if m.get_covered_text() == "CHF"] == [26, 44]
    off = spans(annotate(typesystem, make_lookup(typesystem, lexicon_dir, abbreviationDefinitions=False), text))
    assert ("DiseaseDisorderMention", "CHF") not in off


@pytest.mark.parametrize("short, long, ok", [
    ("A-T", "ataxia-telangiectasia", True),
    ("CHF", "congestive heart failure", True),
    ("HD", "Huntington disease", True),
    ("see", "sepsis", False),            # no capital
    ("XYZ", "congestive heart failure", False),
    ("DCH", "congestive heart failure", False),
])
def test_short_form_check(short, long, ok):
    from ctakes_py.lexicon.definitions import is_short_form
    assert is_short_form(short, long) is ok


def test_descriptor_declares_every_parameter_with_its_default():
    from ctakes_py.descriptor import parse_descriptor
    description = parse_descriptor("annotators/DictionaryLookup")
    declared = {p.name: p for p in description.parameters}
    assert set(declared) == {p.name for p in DictionaryLookup.parameters}
    for parameter in DictionaryLookup.parameters:
        assert declared[parameter.name].type == parameter.type
        setting = description.settings.get(parameter.name)
        if setting is not None:
            assert setting.value == (list(parameter.default) if parameter.multi_valued else parameter.default)


# --- PubTator input used by scripts/evaluate_lookup.py -----------------------------------
def test_pubtator_reader_and_gold_cas(typesystem, fixtures_dir):
    from ctakes_py.io.pubtator import make_cas, read_pubtator
    docs = list(read_pubtator(fixtures_dir / "lexicon" / "mini.pubtator"))
    assert [d.pmid for d in docs] == ["1", "2"]
    first = docs[0]
    assert first.text == "Breast cancer in women. Aspirin was given. ALL was ruled out."
    assert [(m.begin, m.end, m.type) for m in first.mentions] == [(0, 13, "SpecificDisease"),
                                                                   (24, 31, "Chemical")]
    assert all(first.text[m.begin:m.end] == m.text for m in first.mentions)
    assert [(r.type, r.arg1, r.arg2) for r in first.relations] == [("CID", "D001241", "D001943")]
    cas = make_cas(first, typesystem, gold=True)
    gold = {(m.type.name.rsplit(".", 1)[1], m.get_covered_text(), m.discoveryTechnique)
            for m in cas.select(IDENTIFIED_ANNOTATION)}
    assert gold == {("DiseaseDisorderMention", "Breast cancer", 2), ("MedicationMention", "Aspirin", 2)}


def test_pubtator_bad_line_names_the_line(tmp_path):
    from ctakes_py.errors import InputError
    from ctakes_py.io.pubtator import read_pubtator
    bad = tmp_path / "bad.txt"
    bad.write_text("1|t|Title\n1\tonly-two\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        list(read_pubtator(bad))
    problems: list = []
    (doc,) = read_pubtator(bad, problems=problems)            # the line is skipped, the document kept
    assert doc.title == "Title" and not doc.mentions
    assert [(p.document, p.position) for p in problems] == [("1", "line 2")]


def test_section_headers_are_not_mentions():
    from ctakes_py import Pipeline
    from ctakes_py.typesystem import IDENTIFIED_ANNOTATION

    nlp = Pipeline.from_descriptor("default")
    text = "ALLERGIES:\nPenicillin (rash).\n\nASSESSMENT:\nSeasonal allergies.\n"
    found = {m.get_covered_text() for m in nlp(text).select(IDENTIFIED_ANNOTATION)}
    assert "ALLERGIES" not in found and "Seasonal allergies" in found
    off = Pipeline.from_descriptor("default", overrides={"DictionaryLookup/skipSectionHeaders": "false"})
    assert "ALLERGIES" in {m.get_covered_text() for m in off(text).select(IDENTIFIED_ANNOTATION)}


def test_function_word_and_number_terms_need_capitals():
    from ctakes_py import Pipeline
    from ctakes_py.typesystem import MEDICATION_MENTION

    nlp = Pipeline.from_descriptor("default")
    cas = nlp("Morphine 2 mg IV was given at 10:15 for pain.")
    assert [m.get_covered_text() for m in cas.select(MEDICATION_MENTION)] == ["Morphine"]

"""The AssertionAnnotator built from descriptors: an aggregate of the text annotators, a
small mention-making annotator and the shipped AssertionAnnotator.xml; trigger files bound
in a descriptor; errors for malformed files and bad parameters."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ctakes_py.annotator import Annotator, Parameter
from ctakes_py.errors import CtakesError, DescriptorError, ResourceError
from ctakes_py.pipeline import Pipeline
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, IDENTIFIED_ANNOTATION, WORD_TOKEN

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "descriptors" / "annotators"


class TermMarker(Annotator):
    """Marks every occurrence of the configured words as a DiseaseDisorderMention."""

    parameters = (Parameter("terms", "String", multi_valued=True, default=()),)
    inputs = (WORD_TOKEN,)
    outputs = (DISEASE_DISORDER_MENTION,)

    def process(self, cas):
        mention = cas.typesystem.get_type(DISEASE_DISORDER_MENTION)
        text = cas.sofa_string
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, self.terms)) + r")\b", re.IGNORECASE)
        cas.add_all([mention(begin=m.start(), end=m.end()) for m in pattern.finditer(text)])


MARKER_XML = """<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <frameworkImplementation>ctakes_py</frameworkImplementation>
  <primitive>true</primitive>
  <annotatorImplementationName>test_assertion_pipeline.TermMarker</annotatorImplementationName>
  <analysisEngineMetaData>
    <name>TermMarker</name>
    <configurationParameters>
      <configurationParameter><name>terms</name><type>String</type><multiValued>true</multiValued><mandatory>false</mandatory></configurationParameter>
    </configurationParameters>
    <configurationParameterSettings>
      <nameValuePair><name>terms</name><value><array><string>fever</string><string>cough</string><string>diabetes</string><string>asthma</string></array></value></nameValuePair>
    </configurationParameterSettings>
    <typeSystemDescription><imports><import location="{ts}"/></imports></typeSystemDescription>
    <capabilities><capability><inputs><type>org.apache.ctakes.typesystem.type.syntax.WordToken</type></inputs>
      <outputs><type>org.apache.ctakes.typesystem.type.textsem.DiseaseDisorderMention</type></outputs></capability></capabilities>
  </analysisEngineMetaData>
</analysisEngineDescription>
"""

AGGREGATE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <frameworkImplementation>ctakes_py</frameworkImplementation>
  <primitive>false</primitive>
  <delegateAnalysisEngineSpecifiers>
    <delegateAnalysisEngine key="SectionAnnotator">
      <import location="{shipped}/SectionAnnotator.xml"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="SentenceDetector">
      <import location="{shipped}/SentenceDetector.xml"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="Tokenizer"><import location="{shipped}/Tokenizer.xml"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="TermMarker"><import location="TermMarker.xml"/></delegateAnalysisEngine>
    <delegateAnalysisEngine key="AssertionAnnotator"><import location="{assertion}"/></delegateAnalysisEngine>
  </delegateAnalysisEngineSpecifiers>
  <analysisEngineMetaData>
    <name>assertion-test</name>
    <flowConstraints><fixedFlow>
      <node>SectionAnnotator</node><node>SentenceDetector</node><node>Tokenizer</node>
      <node>TermMarker</node><node>AssertionAnnotator</node>
    </fixedFlow></flowConstraints>
    <typeSystemDescription><imports><import location="{ts}"/></imports></typeSystemDescription>
  </analysisEngineMetaData>
</analysisEngineDescription>
"""


def build(tmp_path: Path, assertion_descriptor: Path = SHIPPED / "AssertionAnnotator.xml") -> Path:
    ts = REPO / "descriptors" / "typesystem" / "CtakesPyTypeSystem.xml"
    (tmp_path / "TermMarker.xml").write_text(MARKER_XML.format(ts=ts), encoding="utf-8")
    aggregate = tmp_path / "aggregate.xml"
    aggregate.write_text(AGGREGATE_XML.format(shipped=SHIPPED, assertion=assertion_descriptor, ts=ts),
                         encoding="utf-8")
    return aggregate


def mentions(cas) -> dict[str, object]:
    return {m.get_covered_text().lower(): m for m in cas.select(IDENTIFIED_ANNOTATION)}


def test_aggregate_from_descriptors(tmp_path):
    nlp = Pipeline.from_descriptor(build(tmp_path))
    found = mentions(nlp("Chief complaint: cough.\n\nHe denies fever.\n\nFAMILY HISTORY:\nDiabetes in his father."))
    assert found["fever"].polarity == -1
    assert (found["cough"].polarity, found["cough"].subject) == (1, "patient")
    assert found["diabetes"].subject == "family_member"


def test_parameter_override_through_the_pipeline(tmp_path):
    nlp = Pipeline.from_descriptor(build(tmp_path), overrides={"AssertionAnnotator/negationEngine": "negspacy"})
    assert mentions(nlp("He denies fever."))["fever"].polarity == -1


def test_bad_engine_name_is_a_descriptor_error(tmp_path):
    with pytest.raises(DescriptorError, match="negationEngine"):
        Pipeline.from_descriptor(build(tmp_path), overrides={"AssertionAnnotator/negationEngine": "magic"})


def _rebind(tmp_path: Path, key_file: str, new_file: Path) -> Path:
    """A copy of the shipped descriptor with one trigger file replaced."""
    text = (SHIPPED / "AssertionAnnotator.xml").read_text(encoding="utf-8")
    assert key_file in text
    text = text.replace(f"file:{key_file}", f"file:{new_file}")
    text = text.replace('location="../typesystem/', f'location="{REPO}/descriptors/typesystem/')
    copy = tmp_path / "AssertionAnnotator.xml"
    copy.write_text(text, encoding="utf-8")
    return copy


def test_trigger_files_come_from_the_descriptor(tmp_path):
    custom = tmp_path / "negation.tsv"
    custom.write_text("# only one trigger\nnixed\tNEGATED\tforward\n", encoding="utf-8")
    nlp = Pipeline.from_descriptor(build(tmp_path, _rebind(tmp_path, "lexicons/assertion/negation.tsv", custom)))
    found = mentions(nlp("Nixed cough. Denies fever."))
    assert found["cough"].polarity == -1
    # "denies" still negates: it comes from negspacy's termset, merged under the file rows
    assert found["fever"].polarity == -1


def test_malformed_trigger_file_names_file_and_line(tmp_path):
    bad = tmp_path / "history.tsv"
    bad.write_text("history of\tHISTORICAL\tforward\nprior\tHISTORICAL\tbackwards\n", encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        Pipeline.from_descriptor(build(tmp_path, _rebind(tmp_path, "lexicons/assertion/history.tsv", bad)))
    message = str(info.value)
    assert str(bad) in message and "line 2" in message and "direction" in message


def test_site_triggers_override_shipped_phrases(tmp_path):
    site = tmp_path / "site.tsv"
    site.write_text("denies\tIGNORE\t-\nh8s\tNEGATED\tforward\n", encoding="utf-8")
    nlp = Pipeline.from_descriptor(build(tmp_path))
    annotator = nlp.annotators[-1]
    context = annotator.context
    context.resources["siteTriggers"] = site
    annotator.initialize(context)
    found = mentions(nlp("Denies fever. H8s cough."))
    assert (found["fever"].polarity, found["cough"].polarity) == (1, -1)


def test_errors_are_ctakes_errors(tmp_path):
    missing = tmp_path / "nowhere.tsv"
    with pytest.raises(CtakesError):
        Pipeline.from_descriptor(build(tmp_path, _rebind(tmp_path, "lexicons/assertion/generic.tsv", missing)))

"""Descriptor parsing and validation: every error names file, element and fix."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ctakes_py import Pipeline
from ctakes_py.descriptor import parse_descriptor
from ctakes_py.errors import DescriptorError, UnsafeXMLError
from ctakes_py.typesystem import SIGN_SYMPTOM_MENTION

FIXTURES = Path(__file__).parent / "fixtures" / "descriptors"


@pytest.fixture()
def desc_dir(tmp_path: Path) -> Path:
    """A writable copy of the descriptor fixtures (the type system import is made absolute)."""
    for f in FIXTURES.iterdir():
        shutil.copy(f, tmp_path / f.name)
    ts = (FIXTURES / "../../../descriptors/typesystem/CtakesPyTypeSystem.xml").resolve()
    marker = tmp_path / "Marker.xml"
    marker.write_text(marker.read_text().replace("../../../descriptors/typesystem/CtakesPyTypeSystem.xml", str(ts)))
    return tmp_path


def _edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new))
    return path


def test_aggregate_parses_flow_settings_and_overrides():
    desc = parse_descriptor(FIXTURES / "Aggregate.xml")
    assert desc.flow == ["Words", "Marker", "Exploder"]
    marker = desc.delegates["Marker"].description
    assert marker.settings["minimumLength"].value == 4
    assert marker.settings["extraWords"].value == ["nausea", "rash"]
    assert marker.bindings["wordList"].path == (FIXTURES / "words.txt").resolve()


def test_pipeline_applies_aggregate_override_and_resources():
    nlp = Pipeline.from_descriptor(FIXTURES / "Aggregate.xml")
    marker = nlp.annotators[1]
    assert marker.minimumLength == 5  # aggregate MinLen overrides the delegate's 4
    assert marker.label == "symptom"
    cas = nlp("Fever and cough, no rash; mild nausea.")
    found = [m.get_covered_text() for m in cas.select(SIGN_SYMPTOM_MENTION)]
    assert found == ["Fever", "cough", "nausea"]  # "rash" is shorter than 5


def test_user_override_wins_over_descriptor():
    nlp = Pipeline.from_descriptor(FIXTURES / "Aggregate.xml", overrides={"Marker/minimumLength": "3"})
    cas = nlp("fever rash")
    assert [m.get_covered_text() for m in cas.select(SIGN_SYMPTOM_MENTION)] == ["fever", "rash"]


def test_unknown_class_names_file_element_and_suggestion(desc_dir: Path):
    _edit(desc_dir / "Exploder.xml", "support_annotators.Exploder", "support_annotators.Exploderr")
    with pytest.raises(DescriptorError) as err:
        Pipeline.from_descriptor(desc_dir / "Aggregate.xml")
    msg = str(err.value)
    assert "Exploder.xml" in msg and "annotatorImplementationName" in msg
    assert "Exploderr" in msg and "line 5" in msg


def test_registered_name_typo_gets_did_you_mean(desc_dir: Path):
    _edit(desc_dir / "Exploder.xml", "support_annotators.Exploder", "SentenceDetectr")
    with pytest.raises(DescriptorError, match="did you mean 'SentenceDetector'"):
        parse_and_plan(desc_dir / "Aggregate.xml")


def parse_and_plan(path: Path):
    from ctakes_py.pipeline import validate_descriptor
    return validate_descriptor(path)


def test_missing_mandatory_parameter(desc_dir: Path):
    _edit(desc_dir / "Marker.xml",
          "<nameValuePair><name>label</name><value><string>symptom</string></value></nameValuePair>", "")
    with pytest.raises(DescriptorError) as err:
        parse_and_plan(desc_dir / "Aggregate.xml")
    assert "mandatory parameter 'label'" in str(err.value)
    assert "Marker.xml" in str(err.value)


def test_wrong_parameter_type(desc_dir: Path):
    _edit(desc_dir / "Marker.xml", "<value><integer>4</integer></value>", "<value><string>four</string></value>")
    with pytest.raises(DescriptorError) as err:
        parse_and_plan(desc_dir / "Aggregate.xml")
    assert "takes Integer" in str(err.value) and "nameValuePair/value" in str(err.value)


def test_unparseable_integer_names_line(desc_dir: Path):
    _edit(desc_dir / "Marker.xml", "<integer>4</integer>", "<integer>4.5x</integer>")
    with pytest.raises(DescriptorError, match=r"'4.5x' is not a valid Integer.*line \d+"):
        parse_descriptor(desc_dir / "Aggregate.xml")


def test_undeclared_setting_suggests_name(desc_dir: Path):
    _edit(desc_dir / "Marker.xml", "<nameValuePair><name>minimumLength</name>",
          "<nameValuePair><name>minimumLenght</name>")
    with pytest.raises(DescriptorError, match="did you mean 'minimumLength'"):
        parse_and_plan(desc_dir / "Aggregate.xml")


def test_input_type_not_produced_earlier(desc_dir: Path):
    _edit(desc_dir / "Aggregate.xml", "<node>Words</node><node>Marker</node>", "<node>Marker</node><node>Words</node>")
    with pytest.raises(DescriptorError) as err:
        parse_and_plan(desc_dir / "Aggregate.xml")
    msg = str(err.value)
    assert "reads WordToken" in msg and "move Words before Marker" in msg


def test_missing_resource_file(desc_dir: Path):
    (desc_dir / "words.txt").unlink()
    with pytest.raises(DescriptorError, match="resource file 'file:words.txt' does not exist"):
        parse_and_plan(desc_dir / "Aggregate.xml")


def test_flow_node_must_be_a_delegate(desc_dir: Path):
    _edit(desc_dir / "Aggregate.xml", "<node>Exploder</node>", "<node>Exploder</node><node>Nope</node>")
    with pytest.raises(DescriptorError, match="fixedFlow names 'Nope'"):
        parse_descriptor(desc_dir / "Aggregate.xml")


def test_doctype_with_external_entity_is_refused_unread(desc_dir: Path, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    text = (desc_dir / "Words.xml").read_text().replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>')
    text = text.replace("<name>Words</name>", "<name>&e;</name>")
    (desc_dir / "Words.xml").write_text(text)
    with pytest.raises(UnsafeXMLError) as err:
        parse_descriptor(desc_dir / "Words.xml")
    assert "DOCTYPE" in str(err.value) and "line 2" in str(err.value)
    assert "TOP SECRET" not in str(err.value)


def test_circular_import_is_reported(desc_dir: Path):
    _edit(desc_dir / "Aggregate.xml", '<import location="Words.xml"/>', '<import location="Aggregate.xml"/>')
    with pytest.raises(DescriptorError, match="imports itself"):
        parse_descriptor(desc_dir / "Aggregate.xml")


def test_describe_lists_flow_types_and_parameters():
    text = Pipeline.from_descriptor(FIXTURES / "Aggregate.xml").describe()
    assert "1. Words" in text and "2. Marker" in text
    assert "reads:  WordToken" in text and "writes: SignSymptomMention" in text
    assert "minimumLength = 5" in text

"""Label Studio JSON: import of a completed export, export of pre-annotations, round trips."""
from __future__ import annotations

import json

import pytest

from ctakes_py.document import create_cas
from ctakes_py.io.brat import DEFAULT_LABEL_TYPES
from ctakes_py.io.labelstudio import (
    LabelStudioFormatError,
    LabelStudioReader,
    LabelStudioWriter,
    cas_to_task,
    default_labeling_config,
    load_tasks,
    task_to_cas,
)
from ctakes_py.typesystem import BINARY_TEXT_RELATION, MEDICATION_MENTION, load_typesystem

TS = load_typesystem()


@pytest.fixture(scope="module")
def export_tasks(fixtures_dir):
    return load_tasks(fixtures_dir / "labelstudio" / "project-12-export.json")


def _final_result(task):
    live = [a for a in task["annotations"] if not a["was_cancelled"]]
    return max(live, key=lambda a: a["updated_at"])["result"]


def _regions(result):
    return {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in result if r["type"] == "labels"}


def _task_regions(task):
    return _regions(task.get("annotations", task.get("predictions"))[0]["result"])


def _labelled(cas):
    labels = {t: label for label, t in DEFAULT_LABEL_TYPES.items()}
    return {(a.begin, a.end, labels[a.type.name]) for a in cas.select("uima.tcas.Annotation") if a.type.name in labels}


def test_import_uses_the_latest_completed_annotation(export_tasks):
    for task in export_tasks:
        cas = task_to_cas(task, TS)
        result = _final_result(task)
        assert _labelled(cas) == _regions(result)
        relations = [r for r in result if r["type"] == "relation"]
        assert len(cas.select(BINARY_TEXT_RELATION)) == len(relations) > 0
        assert cas.select("org.apache.ctakes.typesystem.type.structured.DocumentID")[0].documentID == \
            task["data"]["document_id"]


def test_import_sets_assertions_and_relation_arguments(export_tasks):
    first = task_to_cas(export_tasks[0], TS)
    negated = sorted(m.get_covered_text() for m in first.select("uima.tcas.Annotation")
                     if getattr(m, "polarity", 1) == -1)
    expected = sorted(c["value"]["text"] for c in _final_result(export_tasks[0])
                      if c["type"] == "choices" and "Negated" in c["value"]["choices"])
    assert negated == expected and expected
    metformin = next(m for m in first.select(MEDICATION_MENTION) if m.get_covered_text() == "metformin")
    linked = {(r.category, r.arg1.argument.get_covered_text()) for r in first.select(BINARY_TEXT_RELATION)
              if r.arg2.argument is metformin}
    assert ("Strength-Drug", "500 mg") in linked and ("Route-Drug", "PO") in linked
    second = task_to_cas(export_tasks[1], TS)
    sepsis = next(m for m in second.select("uima.tcas.Annotation") if m.get_covered_text() == "sepsis")
    assert sepsis.uncertainty == 1 and sepsis.conditional


def test_predictions_can_be_imported_instead(export_tasks):
    cas = task_to_cas(export_tasks[1], TS, source="predictions")
    assert _labelled(cas) == _regions(export_tasks[1]["predictions"][0]["result"])


def test_export_import_round_trip_keeps_every_annotation(export_tasks):
    for task in export_tasks:
        cas = task_to_cas(task, TS)
        exported = cas_to_task(cas, as_annotation=True)
        again = task_to_cas(exported, TS)
        assert _labelled(again) == _labelled(cas) == _regions(_final_result(task))
        assert _relation_set(again) == _relation_set(cas)
        assert cas_to_task(again) == cas_to_task(cas)


def _relation_set(cas):
    return {(r.category, r.arg1.argument.begin, r.arg2.argument.begin) for r in cas.select(BINARY_TEXT_RELATION)}


def test_export_follows_the_documented_task_format():
    text = "No fever. Aspirin 81 mg daily."
    cas = create_cas(text, TS, "n1")
    fever = TS.get_type("org.apache.ctakes.typesystem.type.textsem.SignSymptomMention")(begin=3, end=8, polarity=-1)
    drug = TS.get_type(MEDICATION_MENTION)(begin=10, end=17)
    dose = TS.get_type("org.apache.ctakes.typesystem.type.textsem.MedicationStrengthModifier")(begin=18, end=23)
    arg = TS.get_type("org.apache.ctakes.typesystem.type.relation.RelationArgument")
    rel = TS.get_type(BINARY_TEXT_RELATION)(category="Strength-Drug", arg1=arg(argument=dose), arg2=arg(argument=drug))
    cas.add_all([fever, drug, dose, rel])
    task = json.loads(json.dumps(cas_to_task(cas)))
    assert task["data"] == {"text": text, "document_id": "n1"}
    result = task["predictions"][0]["result"]
    spans = [r for r in result if r["type"] == "labels"]
    assert {(r["value"]["text"], r["value"]["labels"][0]) for r in spans} == {
        ("fever", "SignSymptom"), ("Aspirin", "Drug"), ("81 mg", "Strength")}
    assert all(set(r) == {"id", "from_name", "to_name", "type", "value"} for r in spans)
    choice = next(r for r in result if r["type"] == "choices")
    assert choice["value"]["choices"] == ["Negated"] and choice["id"] == spans[0]["id"]
    relation = next(r for r in result if r["type"] == "relation")
    ids = {r["value"]["text"]: r["id"] for r in spans}
    assert (relation["from_id"], relation["to_id"], relation["labels"]) == (
        ids["81 mg"], ids["Aspirin"], ["Strength-Drug"])


@pytest.mark.parametrize("change, message", [
    (lambda t: t["annotations"][0]["result"][0]["value"].update(text="xx"), "differs"),
    (lambda t: t["annotations"][0]["result"][0]["value"].update(end=10_000), "outside the text"),
    (lambda t: t["data"].pop("text"), "data.text"),
])
def test_bad_tasks_raise_a_format_error(export_tasks, change, message):
    task = json.loads(json.dumps(export_tasks[0]))
    task["annotations"] = task["annotations"][-1:]
    change(task)
    with pytest.raises(LabelStudioFormatError, match=message):
        task_to_cas(task, TS)


def test_reader_and_writer(tmp_path, fixtures_dir, export_tasks):
    reader = LabelStudioReader(fixtures_dir / "labelstudio" / "project-12-export.json")
    sources = list(reader.sources())
    assert [s.document_id for s in sources] == [t["data"]["document_id"] for t in export_tasks]
    writer = LabelStudioWriter(tmp_path)
    for source in sources:
        writer.write(reader.load(source, TS), source.document_id)
    writer.finalize([s.document_id for s in sources])
    for source, task in zip(sources, export_tasks):
        written = load_tasks(tmp_path / f"{source.document_id}.ls.json")[0]
        assert _task_regions(written) == _regions(_final_result(task))
    config = (tmp_path / "labeling_config.xml").read_text()
    assert '<Relation value="Strength-Drug"/>' in config and '<Label value="Drug"/>' in config
    assert config == default_labeling_config(relations=_relation_labels(tmp_path))


def _relation_labels(folder):
    return {r["labels"][0] for f in folder.glob("*.json") for t in load_tasks(f)
            for r in t["predictions"][0]["result"] if r["type"] == "relation"}

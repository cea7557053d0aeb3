"""Label Studio JSON tasks: export a CAS as a pre-annotated task, import completed tasks.

Follows Label Studio's documented "Basic Label Studio JSON format" for text:

- a task is ``{"data": {"text": ...}, "predictions": [{"model_version", "result": [...]}]}``
  (pre-annotations) or, in an export, ``{"id", "data", "annotations": [{"id",
  "result": [...], "was_cancelled", "completed_by", ...}], "predictions": [...]}``;
- a span region is ``{"id", "from_name", "to_name", "type": "labels", "value": {"start",
  "end", "text", "labels": [LABEL]}}``; ``start``/``end`` are character offsets;
- per-region choices (``perRegion`` ``<Choices>``) carry the region ``id`` and
  ``"type": "choices"``, ``"value": {"start", "end", "text", "choices": [...]}``; we use
  them for the assertion attributes (``Negated``, ``Uncertain``, ...);
- a relation is ``{"type": "relation", "from_id", "to_id", "direction": "right",
  "labels": [LABEL]}``.

:func:`labeling_config` writes the matching ``<View>`` configuration. Labels map to cTAKES
types with :class:`~ctakes_py.io.brat.BratMapping` (same label scheme as brat: ``Drug``,
``Strength``, ``DiseaseDisorder``...; unknown labels become ``textsem.Modifier`` with
``category`` = label).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping
from xml.sax.saxutils import quoteattr

from cassis import Cas, TypeSystem

from ..document import create_cas, get_document_id
from ..errors import InputError
from ..lexicon.semantic import mention_type_id
from ..typesystem import GOLD_ANNOTATION
from .base import Reader, Source, Writer, atomic_write_bytes
from .brat import (
    BINARY_TEXT_RELATION,
    IDENTIFIED_ANNOTATION,
    MODIFIER,
    RELATION_ARGUMENT,
    BratMapping,
    exported_relations,
)

FROM_NAME = "label"
TO_NAME = "text"
ASSERTION_NAME = "assertion"
RELATION_GOLD = 1  # CONST.REL_DISCOVERY_TECH_GOLD_ANNOTATION


class LabelStudioFormatError(InputError):
    """A task that does not follow Label Studio's JSON format, or a region off the text."""


# --- export --------------------------------------------------------------------------------
def cas_to_task(cas: Cas, mapping: BratMapping | None = None, *, model_version: str = "ctakes-py",
                as_annotation: bool = False) -> dict[str, Any]:
    """One task dict: ``data.text`` (+ ``data.document_id``) and the CAS's labelled
    annotations, assertion choices and relations as a prediction (or, with
    ``as_annotation``, as a completed annotation)."""
    mapping = mapping or BratMapping()
    text = cas.sofa_string or ""
    results, region_ids = _span_results(cas, text, mapping)
    results += _relation_results(cas, region_ids)
    task: dict[str, Any] = {"data": {"text": text}}
    doc_id = get_document_id(cas)
    if doc_id:
        task["data"]["document_id"] = doc_id
    if as_annotation:
        task["annotations"] = [{"result": results, "was_cancelled": False, "ground_truth": False}]
    else:
        task["predictions"] = [{"model_version": model_version, "result": results}]
    return task


def _span_results(cas: Cas, text: str, mapping: BratMapping) -> tuple[list[dict], dict[int, str]]:
    from .brat import _label_of  # the brat writer's type -> label rule

    labels = mapping.type_labels()
    results, ids = [], {}
    annotations = sorted(cas.select("uima.tcas.Annotation"), key=lambda a: (a.begin, -a.end, a.type.name))
    for fs in annotations:
        label = _label_of(cas.typesystem, fs, labels)
        if label is None or fs.end <= fs.begin:
            continue
        rid = f"r{len(ids) + 1}"
        ids[id(fs)] = rid
        value = {"start": fs.begin, "end": fs.end, "text": text[fs.begin:fs.end]}
        results.append(_region(rid, FROM_NAME, "labels", {**value, "labels": [label]}))
        choices = [name for name, (feature, flag) in _first_per_feature(mapping) if getattr(fs, feature, None) == flag]
        if choices:
            results.append(_region(rid, ASSERTION_NAME, "choices", {**value, "choices": choices}))
    return results, ids


def _first_per_feature(mapping: BratMapping) -> list[tuple[str, tuple[str, Any]]]:
    """One attribute name per assertion feature (``Negated`` rather than ``Negation``)."""
    seen, out = set(), []
    for name, pair in mapping.assertion_attributes.items():
        if pair[0] not in seen:
            seen.add(pair[0])
            out.append((name, pair))
    return out


def _region(rid: str, from_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": rid, "from_name": from_name, "to_name": TO_NAME, "type": kind, "value": value}


def _relation_results(cas: Cas, ids: dict[int, str]) -> list[dict[str, Any]]:
    return [{"from_id": a1, "to_id": a2, "type": "relation", "direction": "right", "labels": [label]}
            for _, label, a1, a2 in exported_relations(cas, ids)]


def labeling_config(labels: Iterable[str], relations: Iterable[str] = (),
                    choices: Iterable[str] = ()) -> str:
    """The Label Studio labeling configuration (XML) the exported tasks fit."""
    lines = ["<View>"]
    relation_list = sorted(set(relations))
    if relation_list:
        lines += ["  <Relations>", *(f"    <Relation value={quoteattr(r)}/>" for r in relation_list),
                  "  </Relations>"]
    lines += [f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">',
              *(f"    <Label value={quoteattr(label)}/>" for label in sorted(set(labels))), "  </Labels>",
              f'  <Text name="{TO_NAME}" value="$text"/>']
    choice_list = list(dict.fromkeys(choices))
    if choice_list:
        lines += [f'  <Choices name="{ASSERTION_NAME}" toName="{TO_NAME}" perRegion="true" choice="multiple">',
                  *(f"    <Choice value={quoteattr(c)}/>" for c in choice_list), "  </Choices>"]
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def default_labeling_config(mapping: BratMapping | None = None,
                            relations: Iterable[str] = ()) -> str:
    """:func:`labeling_config` with every mapped label and assertion choice."""
    mapping = mapping or BratMapping()
    return labeling_config(mapping.label_types, relations, [n for n, _ in _first_per_feature(mapping)])


# --- import --------------------------------------------------------------------------------
def task_to_cas(task: Mapping[str, Any], typesystem: TypeSystem, mapping: BratMapping | None = None, *,
                source: str = "annotations", document_id: str | None = None,
                text_key: str = "text") -> Cas:
    """A CAS from one task. ``source`` is ``annotations`` (the latest completed, not
    cancelled annotation) or ``predictions`` (the first prediction). Label regions become
    annotations of the mapped type (``discoveryTechnique`` = gold), per-region assertion
    choices set the assertion features, relations become ``BinaryTextRelation``\\ s."""
    mapping = mapping or BratMapping()
    where = {"document": document_id or _task_name(task)}
    data = task.get("data")
    if not isinstance(data, Mapping) or not isinstance(data.get(text_key), str):
        raise LabelStudioFormatError(f"task has no data.{text_key} string", **where,
                                     fix="export the project as JSON (not JSON_MIN/CSV)")
    text = data[text_key]
    doc_id = document_id or data.get("document_id") or _task_name(task)
    cas = create_cas(text, typesystem, doc_id)
    results = _chosen_result(task, source, where)
    made = _regions_to_annotations(results, text, typesystem, mapping, where)
    _apply_choices(results, made, mapping)
    cas.add_all(list(made.values()))
    cas.add_all(_relations(results, made, typesystem))
    return cas


def _task_name(task: Mapping[str, Any]) -> str:
    return f"task-{task['id']}" if "id" in task else "task"


def _chosen_result(task: Mapping[str, Any], source: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    if source not in ("annotations", "predictions"):
        raise ValueError(f"source must be 'annotations' or 'predictions', not {source!r}")
    items = [a for a in task.get(source) or [] if not a.get("was_cancelled")]
    if not items:
        return []
    if source == "annotations":  # the latest edit wins
        items = sorted(items, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""),
                                             str(a.get("id", ""))))
        chosen = items[-1]
    else:
        chosen = items[0]
    result = chosen.get("result")
    if not isinstance(result, list):
        raise LabelStudioFormatError(f"{source} entry has no result list", **where)
    return result


def _regions_to_annotations(results: list[dict[str, Any]], text: str, ts: TypeSystem,
                            mapping: BratMapping, where: dict[str, Any]) -> dict[str, Any]:
    made = {}
    for item in results:
        if item.get("type") != "labels":
            continue
        value = item.get("value") or {}
        begin, end, labels = value.get("start"), value.get("end"), value.get("labels") or []
        if not isinstance(begin, int) or not isinstance(end, int) or not labels:
            raise LabelStudioFormatError(f"region {item.get('id')!r} needs integer start/end and labels",
                                         **where, element=str(item.get("id")))
        if not 0 <= begin < end <= len(text):
            raise LabelStudioFormatError(f"region {item.get('id')!r} [{begin}, {end}) is outside the text "
                                         f"({len(text)} characters)", **where, element=str(item.get("id")))
        if "text" in value and value["text"] != text[begin:end]:
            raise LabelStudioFormatError(f"region {item.get('id')!r} text {value['text']!r} differs from the "
                                         f"text at its offsets {text[begin:end]!r}", **where,
                                         element=str(item.get("id")))
        made[item["id"]] = _annotation(ts, mapping, labels[0], begin, end)
    return made


def _annotation(ts: TypeSystem, mapping: BratMapping, label: str, begin: int, end: int) -> Any:
    type_name = mapping.type_for(label)
    fs = ts.get_type(type_name)(begin=begin, end=end)
    if ts.subsumes(ts.get_type(IDENTIFIED_ANNOTATION), fs.type):
        fs.discoveryTechnique = GOLD_ANNOTATION
        fs.polarity = 1
        fs.typeID = mention_type_id(type_name)
    if ts.subsumes(ts.get_type(MODIFIER), fs.type):
        fs.category = label
    return fs


def _apply_choices(results: list[dict[str, Any]], made: dict[str, Any], mapping: BratMapping) -> None:
    for item in results:
        if item.get("type") != "choices" or item.get("id") not in made:
            continue
        for choice in (item.get("value") or {}).get("choices") or []:
            pair = mapping.assertion_attributes.get(choice)
            if pair is not None:
                setattr(made[item["id"]], pair[0], pair[1])


def _relations(results: list[dict[str, Any]], made: dict[str, Any], ts: TypeSystem) -> list[Any]:
    arg, rel_type = ts.get_type(RELATION_ARGUMENT), ts.get_type(BINARY_TEXT_RELATION)
    out = []
    for item in results:
        if item.get("type") != "relation":
            continue
        a, b = made.get(item.get("from_id")), made.get(item.get("to_id"))
        if a is None or b is None:
            continue
        if item.get("direction") == "left":
            a, b = b, a
        labels = item.get("labels") or ["related"]
        for label in labels:
            out.append(rel_type(category=label, discoveryTechnique=RELATION_GOLD,
                                arg1=arg(argument=a, role="Argument"), arg2=arg(argument=b, role="Related_to")))
    return out


# --- files ---------------------------------------------------------------------------------
def load_tasks(path: str | os.PathLike) -> list[dict[str, Any]]:
    """The tasks of a Label Studio JSON export (a list of tasks) or of a single-task file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelStudioFormatError(f"cannot read Label Studio JSON: {exc}", file=str(path)) from None
    tasks = data if isinstance(data, list) else [data]
    if not all(isinstance(t, dict) for t in tasks):
        raise LabelStudioFormatError("expected a JSON list of task objects", file=str(path))
    return tasks


class LabelStudioReader(Reader):
    """Reads Label Studio JSON exports (a file or a folder of ``.json``); one document per
    task, named ``data.document_id`` or ``task-ID``. Options: ``source`` (``annotations``
    (default) or ``predictions``)."""

    name = "labelstudio"
    extensions = ()  # .json is ambiguous (CAS JSON); choose this reader by name

    def __init__(self, path: str | os.PathLike, **options: Any) -> None:
        super().__init__(path, **options)
        self.source = str(options.get("source", "annotations"))
        self.mapping = BratMapping()

    def sources(self) -> Iterator[Source]:
        root = Path(self.path)
        files = sorted(root.rglob("*.json")) if root.is_dir() else [root]
        for file in files:
            for number, task in enumerate(load_tasks(file)):
                name = (task.get("data") or {}).get("document_id") or _task_name(task)
                yield Source(document_id=str(name), location=f"{file}#{number}")

    def load(self, source: Source, typesystem: TypeSystem) -> Cas:
        file, _, number = source.location.rpartition("#")
        task = load_tasks(file)[int(number)]
        return task_to_cas(task, typesystem, self.mapping, source=self.source, document_id=source.document_id)


class LabelStudioWriter(Writer):
    """Writes ``OUTDIR/NAME.ls.json`` (one pre-annotated task, importable as is; the suffix keeps
    it apart from the UIMA JSON writer's ``NAME.json``) and, at the
    end, ``OUTDIR/labeling_config.xml`` for the project."""

    name = "labelstudio"
    extension = ".ls.json"

    def __init__(self, outdir: str | os.PathLike, **options: Any) -> None:
        super().__init__(outdir, **options)
        self.mapping = BratMapping()
        self.model_version = str(options.get("model_version", "ctakes-py"))

    def write(self, cas: Cas, document_id: str) -> None:
        task = cas_to_task(cas, self.mapping, model_version=self.model_version)
        atomic_write_bytes(self.output_path(document_id),
                           json.dumps(task, ensure_ascii=False, indent=1).encode("utf-8"))

    def finalize(self, document_ids: list[str]) -> None:
        # Workers wrote the tasks; the relation labels are collected from their files.
        relations = set()
        for doc_id in document_ids:
            path = self.output_path(doc_id)
            if path.exists():
                for task in load_tasks(path):
                    relations.update(r["labels"][0] for p in task.get("predictions", [])
                                     for r in p["result"] if r.get("type") == "relation")
        config = default_labeling_config(self.mapping, relations)
        atomic_write_bytes(Path(self.outdir) / "labeling_config.xml", config.encode("utf-8"))


__all__: Iterable[str] = ("cas_to_task", "task_to_cas", "labeling_config", "default_labeling_config",
                          "load_tasks", "LabelStudioReader", "LabelStudioWriter", "LabelStudioFormatError")

"""Parse primitive and aggregate analysis-engine descriptors with lxml (safely).

Accepts UIMA's ``analysisEngineDescription`` and the older ``taeDescription`` root, so
cTAKES-style descriptors read as they are. Imports (delegates, type systems) are resolved
by location (relative to the importing file, then the data path) and by name
(``annotators.SentenceDetector`` -> ``descriptors/annotators/SentenceDetector.xml``).
Parsing only reads; whether the pipeline can run is :mod:`ctakes_py.descriptor.validate`'s job.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import DescriptorError, TypeSystemError
from ..resources import find_descriptor, resolve_location, resource_root
from ..safe_xml import parse_xml_file
from ..typesystem import resolve_import
from .model import (
    AggregateDescription,
    Delegate,
    Description,
    ParameterDecl,
    PrimitiveDescription,
    ResourceBinding,
    Setting,
)

ROOTS = ("analysisEngineDescription", "taeDescription")
VALUE_KINDS = {"string": "String", "integer": "Integer", "float": "Float", "boolean": "Boolean"}


def parse_descriptor(path_or_name: str | Path) -> Description:
    """Parse a descriptor file (or shipped name) and everything it imports."""
    return _parse(find_descriptor(path_or_name), stack=())


def _parse(path: Path, stack: tuple[Path, ...]) -> Description:
    if path in stack:
        chain = " -> ".join(p.name for p in (*stack, path))
        raise DescriptorError(f"descriptor imports itself: {chain}", file=str(path),
                              element="delegateAnalysisEngine", fix="remove the circular import")
    root = _strip_namespaces(parse_xml_file(path))
    if root.tag not in ROOTS:
        raise DescriptorError(f"expected <analysisEngineDescription>, found <{root.tag}>",
                              file=str(path), position=f"line {root.sourceline}",
                              fix="a pipeline descriptor's root element is analysisEngineDescription")
    primitive = _text(root, "primitive", "true").lower() == "true"
    meta = root.find("analysisEngineMetaData")
    if meta is None:
        raise DescriptorError("missing <analysisEngineMetaData>", file=str(path),
                              element=root.tag, position=f"line {root.sourceline}")
    common: dict[str, Any] = dict(
        source=path,
        name=_text(meta, "name", path.stem),
        description=_text(meta, "description", ""),
        parameters=_parameters(meta, path),
        settings=_settings(meta, path),
        bindings=_bindings(root, path),
        typesystems=_typesystems(meta, path),
    )
    if primitive:
        impl = root.find("annotatorImplementationName")
        if impl is None or not (impl.text or "").strip():
            raise DescriptorError("a primitive descriptor needs <annotatorImplementationName>",
                                  file=str(path), element="annotatorImplementationName",
                                  fix="name a registered annotator or a Python class path")
        inputs, outputs = _capabilities(meta)
        return PrimitiveDescription(
            implementation=impl.text.strip(), implementation_line=impl.sourceline,
            resource_keys=_resource_keys(root), inputs=inputs, outputs=outputs, **common)
    delegates = _delegates(root, path, (*stack, path))
    flow = [n.text.strip() for n in root.iterfind("analysisEngineMetaData/flowConstraints/fixedFlow/node")
            if n.text and n.text.strip()]
    for key in flow:
        if key not in delegates:
            raise DescriptorError(f"fixedFlow names {key!r}, which is not a delegate", file=str(path),
                                  element="fixedFlow/node", fix=f"use one of {sorted(delegates)}")
    return AggregateDescription(delegates=delegates, flow=flow or list(delegates), **common)


def _strip_namespaces(root: etree._Element) -> etree._Element:
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = etree.QName(el).localname
    return root


def _text(el: etree._Element, path: str, default: str) -> str:
    found = el.find(path)
    return (found.text or "").strip() if found is not None and found.text is not None else default


def _bool(el: etree._Element, path: str, default: bool) -> bool:
    return _text(el, path, str(default)).lower() == "true"


def _parameters(meta: etree._Element, source: Path) -> list[ParameterDecl]:
    decls = []
    for cp in meta.iterfind("configurationParameters/configurationParameter"):
        name = _text(cp, "name", "")
        ptype = _text(cp, "type", "String")
        if ptype not in VALUE_KINDS.values():
            raise DescriptorError(f"parameter {name!r} has unknown type {ptype!r}", file=str(source),
                                  element="configurationParameter/type", position=f"line {cp.sourceline}",
                                  fix="use String, Integer, Float or Boolean")
        decls.append(ParameterDecl(
            name=name, type=ptype, multi_valued=_bool(cp, "multiValued", False),
            mandatory=_bool(cp, "mandatory", False), description=_text(cp, "description", ""),
            overrides=[o.text.strip() for o in cp.iterfind("overrides/parameter") if o.text],
            line=cp.sourceline))
    return decls


def _settings(meta: etree._Element, source: Path) -> dict[str, Setting]:
    out = {}
    for pair in meta.iterfind("configurationParameterSettings/nameValuePair"):
        name = _text(pair, "name", "")
        value_el = pair.find("value")
        if value_el is None or len(value_el) == 0:
            raise DescriptorError(f"setting {name!r} has no <value>", file=str(source),
                                  element="nameValuePair", position=f"line {pair.sourceline}",
                                  fix="write <value><string>...</string></value> (or integer/float/boolean/array)")
        out[name] = _setting(name, value_el[0], source)
    return out


def _setting(name: str, el: etree._Element, source: Path) -> Setting:
    if el.tag == "array":
        items = [_scalar(name, child, source) for child in el]
        kinds = {kind for _, kind in items}
        kind = kinds.pop() if len(kinds) == 1 else ("String" if not kinds else "mixed")
        return Setting(name, [v for v, _ in items], kind, True, el.sourceline)
    value, kind = _scalar(name, el, source)
    return Setting(name, value, kind, False, el.sourceline)


def _scalar(name: str, el: etree._Element, source: Path) -> tuple[Any, str]:
    kind = VALUE_KINDS.get(el.tag)
    if kind is None:
        raise DescriptorError(f"setting {name!r}: unknown value element <{el.tag}>", file=str(source),
                              element="value", position=f"line {el.sourceline}",
                              fix="use <string>, <integer>, <float>, <boolean> or <array>")
    raw = (el.text or "").strip()
    try:
        if kind == "Integer":
            return int(raw), kind
        if kind == "Float":
            return float(raw), kind
        if kind == "Boolean":
            if raw.lower() not in ("true", "false"):
                raise ValueError(raw)
            return raw.lower() == "true", kind
    except ValueError:
        raise DescriptorError(f"setting {name!r}: {raw!r} is not a valid {kind}", file=str(source),
                              element=f"value/{el.tag}", position=f"line {el.sourceline}") from None
    return (el.text or ""), kind


def _resource_keys(root: etree._Element) -> list[tuple[str, bool]]:
    return [(_text(d, "key", ""), _bool(d, "optional", False))
            for d in root.iterfind("externalResourceDependencies/externalResourceDependency")]


def _bindings(root: etree._Element, source: Path) -> dict[str, ResourceBinding]:
    rmc = root.find("resourceManagerConfiguration")
    if rmc is None:
        return {}
    resources: dict[str, tuple[str, int | None]] = {}
    for res in rmc.iterfind("externalResources/externalResource"):
        url = res.find("fileResourceSpecifier/fileUrl")
        if url is None or not (url.text or "").strip():
            raise DescriptorError(f"external resource {_text(res, 'name', '?')!r} has no fileUrl",
                                  file=str(source), element="externalResource",
                                  position=f"line {res.sourceline}",
                                  fix="add <fileResourceSpecifier><fileUrl>file:PATH</fileUrl></fileResourceSpecifier>")
        resources[_text(res, "name", "")] = (url.text.strip(), url.sourceline)
    out = {}
    for b in rmc.iterfind("externalResourceBindings/externalResourceBinding"):
        key, rname = _text(b, "key", ""), _text(b, "resourceName", "")
        if rname not in resources:
            raise DescriptorError(f"binding for key {key!r} names unknown resource {rname!r}",
                                  file=str(source), element="externalResourceBinding",
                                  position=f"line {b.sourceline}",
                                  fix=f"declare it under <externalResources> (known: {sorted(resources)})")
        location, line = resources[rname]
        out[key] = ResourceBinding(key, rname, location, resolve_location(location, source.parent), line)
    return out


def _typesystems(meta: etree._Element, source: Path) -> list[Path]:
    out = []
    for imp in meta.iterfind("typeSystemDescription/imports/import"):
        try:
            out.append(resolve_import(imp, source.parent, str(source)))
        except TypeSystemError as exc:
            raise DescriptorError(exc.message, file=str(source), element="typeSystemDescription/import",
                                  position=exc.position, fix=exc.fix) from None
    return out


def _capabilities(meta: etree._Element) -> tuple[list[str] | None, list[str] | None]:
    caps = meta.find("capabilities")
    if caps is None or caps.find("capability") is None:
        return None, None
    inputs = [t.text.strip() for t in caps.iterfind("capability/inputs/type") if t.text]
    outputs = [t.text.strip() for t in caps.iterfind("capability/outputs/type") if t.text]
    return inputs, outputs


def _delegates(root: etree._Element, source: Path, stack: tuple[Path, ...]) -> dict[str, Delegate]:
    out: dict[str, Delegate] = {}
    for d in root.iterfind("delegateAnalysisEngineSpecifiers/delegateAnalysisEngine"):
        key = d.get("key")
        imp = d.find("import")
        if not key or imp is None:
            raise DescriptorError("a delegate needs a key attribute and an <import>", file=str(source),
                                  element="delegateAnalysisEngine", position=f"line {d.sourceline}",
                                  fix='write <delegateAnalysisEngine key="Name"><import location="..."/>'
                                      '</delegateAnalysisEngine>')
        if key in out:
            raise DescriptorError(f"two delegates share the key {key!r}", file=str(source),
                                  element="delegateAnalysisEngine", position=f"line {d.sourceline}")
        out[key] = Delegate(key, _parse(_delegate_path(imp, source), stack), d.sourceline)
    if not out:
        raise DescriptorError("an aggregate descriptor needs at least one delegate", file=str(source),
                              element="delegateAnalysisEngineSpecifiers")
    return out


def _delegate_path(imp: etree._Element, source: Path) -> Path:
    location, name = imp.get("location"), imp.get("name")
    found = None
    if location:
        found = resolve_location(location, source.parent)
    elif name:
        rel = name.replace(".", "/") + ".xml"
        found = resolve_location(rel, source.parent) or resolve_location(rel, resource_root("descriptors"))
    if found is None:
        raise DescriptorError(f"delegate descriptor {location or name!r} not found", file=str(source),
                              element="delegateAnalysisEngine/import", position=f"line {imp.sourceline}",
                              fix="import location is relative to this file; import name is relative to descriptors/")
    return found

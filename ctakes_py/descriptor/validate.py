"""Check that a parsed descriptor describes a runnable pipeline and plan its steps.

One pass over the flow (nested aggregates flattened) resolves each delegate's class,
typed parameter values and resource paths, and checks that every input type is produced by
an earlier delegate or the reader. Each problem is one :class:`DescriptorError` naming the
descriptor file, the element and the fix.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

from cassis import TypeSystem

from .. import registry
from ..annotator import Annotator, Parameter
from ..errors import DescriptorError
from ..resources import resolve_location
from ..typesystem import DOCUMENT_ANNOTATION, DOCUMENT_ID, METADATA, SOURCE_DATA
from .model import AggregateDescription, Description, ParameterDecl, PrimitiveDescription, Setting

# What every collection reader puts into a new CAS.
READER_OUTPUTS = (DOCUMENT_ANNOTATION, DOCUMENT_ID, METADATA, SOURCE_DATA)


@dataclass
class Step:
    """One primitive annotator in flow order, ready to instantiate."""

    key: str
    description: PrimitiveDescription
    annotator_class: type[Annotator]
    parameters: dict[str, Any]
    resources: dict[str, Path]
    inputs: list[str]
    outputs: list[str]


def validate(description: Description, typesystem: TypeSystem,
             provided: tuple[str, ...] = READER_OUTPUTS,
             overrides: dict[str, Any] | None = None) -> list[Step]:
    """Plan the pipeline or raise the first :class:`DescriptorError` found.

    ``overrides`` maps ``"Key/param"`` (delegate key path / parameter name) to a value and
    wins over every descriptor setting (the CLI's ``--set``).
    """
    steps = list(_flatten(description, prefix="", inherited={}, bindings={}))
    if overrides:
        _apply_user_overrides(steps, overrides)
    for step in steps:
        _check_mandatory(step)
    _check_flow(steps, typesystem, provided)
    return steps


def _flatten(desc: Description, prefix: str, inherited: dict[str, tuple[Setting, Path]],
             bindings: dict[str, Path]) -> Iterator[Step]:
    if isinstance(desc, PrimitiveDescription):
        yield _plan_primitive(desc, prefix.rstrip("/") or desc.name, inherited, bindings)
        return
    assert isinstance(desc, AggregateDescription)
    for key in desc.flow:
        child_inherited = {name[len(key) + 1:]: v for name, v in inherited.items()
                           if name.startswith(key + "/")}
        child_inherited.update(_aggregate_overrides(desc, key))
        child_bindings = {k[len(key) + 1:]: v for k, v in bindings.items() if k.startswith(key + "/")}
        for k, b in desc.bindings.items():
            if k.startswith(key + "/"):
                if b.path is None:
                    raise _missing_file(desc.source, b.location, b.line)
                child_bindings.setdefault(k[len(key) + 1:], b.path)
        yield from _flatten(desc.delegates[key].description, f"{prefix}{key}/", child_inherited,
                            child_bindings)


def _aggregate_overrides(desc: AggregateDescription, key: str) -> dict[str, tuple[Setting, Path]]:
    """Settings of aggregate parameters that override ``key``'s parameters."""
    out = {}
    for decl in desc.parameters:
        setting = desc.settings.get(decl.name)
        if setting is None:
            continue
        for target in decl.overrides:
            dkey, _, pname = target.partition("/")
            if dkey not in desc.delegates:
                raise DescriptorError(
                    f"parameter {decl.name!r} overrides {target!r} but there is no delegate {dkey!r}",
                    file=str(desc.source), element="configurationParameter/overrides",
                    position=f"line {decl.line}", fix=f"delegates are {sorted(desc.delegates)}")
            if dkey == key:
                out[pname] = (setting, desc.source)
    return out


def _plan_primitive(desc: PrimitiveDescription, key: str,
                    inherited: dict[str, tuple[Setting, Path]], bindings: dict[str, Path]) -> Step:
    cls = _annotator_class(desc)
    declared = {p.name: p for p in cls.parameters}
    for decl in desc.parameters:
        _check_declaration(desc, cls, decl, declared)
    values = {name: p.default for name, p in declared.items()}
    for name, setting in desc.settings.items():
        values[name] = _checked_value(desc.source, cls, declared, setting)
    for name, (setting, source) in inherited.items():
        values[name] = _checked_value(source, cls, declared, replace(setting, name=name))
    return Step(key, desc, cls, values, _resources(desc, cls, bindings),
                list(desc.inputs if desc.inputs is not None else cls.inputs),
                list(desc.outputs if desc.outputs is not None else cls.outputs))


def _annotator_class(desc: PrimitiveDescription) -> type[Annotator]:
    try:
        cls = registry.resolve(registry.ANNOTATORS, desc.implementation)
    except registry.RegistryError as exc:
        known = sorted(registry.registered(registry.ANNOTATORS))
        close = difflib.get_close_matches(desc.implementation, known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise DescriptorError(
            f"unknown annotator class {desc.implementation!r} ({exc})", file=str(desc.source),
            element="annotatorImplementationName", position=f"line {desc.implementation_line}",
            fix=f"{hint}use a registered name ({', '.join(known)}) or a Python class path "
                "package.module.Class") from None
    if not (isinstance(cls, type) and issubclass(cls, Annotator)):
        raise DescriptorError(f"{desc.implementation!r} is not an Annotator subclass",
                              file=str(desc.source), element="annotatorImplementationName",
                              position=f"line {desc.implementation_line}",
                              fix="subclass ctakes_py.annotator.Annotator")
    return cls


def _unknown_parameter(source: Path, cls: type, name: str, line: int | None,
                       declared: dict[str, Parameter], element: str) -> DescriptorError:
    close = difflib.get_close_matches(name, list(declared), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return DescriptorError(
        f"{cls.__name__} has no parameter {name!r}", file=str(source), element=element,
        position=f"line {line}",
        fix=f"{hint}its parameters are: {', '.join(declared) or '(none)'}")


def _check_declaration(desc: PrimitiveDescription, cls: type[Annotator], decl: ParameterDecl,
                       declared: dict[str, Parameter]) -> None:
    param = declared.get(decl.name)
    if param is None:
        raise _unknown_parameter(desc.source, cls, decl.name, decl.line, declared, "configurationParameter")
    if decl.type != param.type or decl.multi_valued != param.multi_valued:
        raise DescriptorError(
            f"parameter {decl.name!r} is declared as {_kind(decl.type, decl.multi_valued)} but "
            f"{cls.__name__} takes {_kind(param.type, param.multi_valued)}", file=str(desc.source),
            element="configurationParameter", position=f"line {decl.line}",
            fix=f"declare <type>{param.type}</type><multiValued>{str(param.multi_valued).lower()}</multiValued>")


def _kind(ptype: str, multi: bool) -> str:
    return f"{ptype}[]" if multi else ptype


def _checked_value(source: Path, cls: type[Annotator], declared: dict[str, Parameter],
                   setting: Setting) -> Any:
    param = declared.get(setting.name)
    if param is None:
        raise _unknown_parameter(source, cls, setting.name, setting.line, declared, "nameValuePair")
    value, kind = setting.value, setting.kind
    compatible = kind == param.type or (kind == "Integer" and param.type == "Float") or (
        setting.multi_valued and value == [])
    if not compatible or setting.multi_valued != param.multi_valued:
        raise DescriptorError(
            f"parameter {setting.name!r} of {cls.__name__} takes {_kind(param.type, param.multi_valued)}, "
            f"the descriptor gives {_kind(kind, setting.multi_valued)} {value!r}", file=str(source),
            element="nameValuePair/value", position=f"line {setting.line}",
            fix=f"write the value as <{param.type.lower()}>"
                + (" inside <array>" if param.multi_valued else ""))
    if param.type == "Float":
        value = [float(v) for v in value] if param.multi_valued else float(value)
    return value


def _resources(desc: PrimitiveDescription, cls: type[Annotator], inherited: dict[str, Path]) -> dict[str, Path]:
    out: dict[str, Path] = {}
    wanted = {r.key: r for r in cls.resources}
    for key, optional in desc.resource_keys:
        if key not in wanted:
            raise DescriptorError(
                f"{cls.__name__} has no external resource {key!r}", file=str(desc.source),
                element="externalResourceDependency",
                fix=f"its resources are: {', '.join(wanted) or '(none)'}")
    for key, res in wanted.items():
        if key in inherited:
            out[key] = inherited[key]
            continue
        binding = desc.bindings.get(key)
        if binding is not None:
            if binding.path is None:
                raise _missing_file(desc.source, binding.location, binding.line)
            out[key] = binding.path
            continue
        default = resolve_location(res.default) if res.default else None
        if default is not None:
            out[key] = default
        elif not res.optional:
            raise DescriptorError(
                f"{cls.__name__} needs external resource {key!r} and none is bound", file=str(desc.source),
                element="resourceManagerConfiguration",
                fix=f"bind key {key!r} to a <fileResourceSpecifier><fileUrl>file:PATH</fileUrl>")
    return out


def _missing_file(source: Path, location: str, line: int | None) -> DescriptorError:
    return DescriptorError(
        f"resource file {location!r} does not exist", file=str(source), element="fileUrl",
        position=f"line {line}",
        fix="fileUrl is resolved relative to the descriptor, then the data path (CTAKES_PY_DATAPATH)")


def _apply_user_overrides(steps: list[Step], overrides: dict[str, Any]) -> None:
    by_key = {s.key: s for s in steps}
    for target, value in overrides.items():
        key, _, name = target.rpartition("/")
        step = by_key.get(key)
        if step is None:
            raise DescriptorError(f"override {target!r}: no delegate {key!r} in this pipeline",
                                  fix=f"delegates are {', '.join(by_key)}")
        param = step.annotator_class.parameter(name)
        if param is None:
            raise _unknown_parameter(step.description.source, step.annotator_class, name, None,
                                     {p.name: p for p in step.annotator_class.parameters}, "override")
        step.parameters[name] = _coerce(value, param, target)


def _coerce(value: Any, param: Parameter, target: str) -> Any:
    if param.multi_valued and isinstance(value, str):
        value = [v for v in value.split(",") if v]
    convert = {"Integer": int, "Float": float, "String": str,
               "Boolean": lambda v: v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes")}[param.type]
    try:
        return [convert(v) for v in value] if param.multi_valued else convert(value)
    except (TypeError, ValueError):
        raise DescriptorError(f"override {target!r}: {value!r} is not a valid {param.type}") from None


def _check_mandatory(step: Step) -> None:
    mandatory = {d.name for d in step.description.parameters if d.mandatory}
    mandatory |= {p.name for p in step.annotator_class.parameters if p.mandatory}
    for name in sorted(mandatory):
        if step.parameters.get(name) is None:
            raise DescriptorError(
                f"mandatory parameter {name!r} of {step.key} ({step.annotator_class.__name__}) has no value",
                file=str(step.description.source), element="configurationParameterSettings",
                fix=f"add <nameValuePair><name>{name}</name><value>...</value></nameValuePair>")


def _check_flow(steps: list[Step], ts: TypeSystem, provided: tuple[str, ...]) -> None:
    available = [n for n in provided if ts.contains_type(n)]
    for step in steps:
        for name in step.inputs + step.outputs:
            if not ts.contains_type(name):
                close = difflib.get_close_matches(name, [t.name for t in ts.get_types()], n=1)
                raise DescriptorError(
                    f"{step.key} names type {name!r}, which is not in the type system",
                    file=str(step.description.source), element="capabilities",
                    fix=f"did you mean {close[0]!r}?" if close else "import the type system that defines it")
        for name in step.inputs:
            if not any(_related(ts, name, have) for have in available):
                producers = ", ".join(s.key for s in steps if any(_related(ts, name, o) for o in s.outputs))
                raise DescriptorError(
                    f"{step.key} reads {name.rsplit('.', 1)[-1]} ({name}) but no earlier delegate writes it",
                    file=str(step.description.source), element="fixedFlow",
                    fix=(f"move {producers} before {step.key} in the fixedFlow" if producers
                         else "add a delegate that outputs this type before it"))
        available.extend(step.outputs)


def _related(ts: TypeSystem, wanted: str, have: str) -> bool:
    if wanted == have:
        return True
    a, b = ts.get_type(wanted), ts.get_type(have)
    return ts.subsumes(a, b) or ts.subsumes(b, a)

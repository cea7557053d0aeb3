"""What a descriptor says, as plain dataclasses (no behaviour beyond lookups)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union


@dataclass
class ParameterDecl:
    """A ``configurationParameter``; ``overrides`` (aggregates only) lists
    ``delegateKey/parameterName`` targets."""

    name: str
    type: str
    multi_valued: bool = False
    mandatory: bool = False
    description: str = ""
    overrides: list[str] = field(default_factory=list)
    line: int | None = None


@dataclass
class Setting:
    """A ``nameValuePair``: the value already converted to Python, plus the XML value kind."""

    name: str
    value: Any
    kind: str  # String | Integer | Float | Boolean
    multi_valued: bool
    line: int | None = None


@dataclass
class ResourceBinding:
    key: str
    resource_name: str
    location: str  # as written in fileUrl
    path: Path | None  # resolved, or None when the file does not exist
    line: int | None = None


@dataclass
class PrimitiveDescription:
    source: Path
    name: str
    implementation: str
    implementation_line: int | None = None
    description: str = ""
    parameters: list[ParameterDecl] = field(default_factory=list)
    settings: dict[str, Setting] = field(default_factory=dict)
    resource_keys: list[tuple[str, bool]] = field(default_factory=list)  # (key, optional)
    bindings: dict[str, ResourceBinding] = field(default_factory=dict)
    typesystems: list[Path] = field(default_factory=list)
    inputs: list[str] | None = None  # None: descriptor has no capabilities; use the class's
    outputs: list[str] | None = None

    primitive = True


@dataclass
class Delegate:
    key: str
    description: "Description"
    line: int | None = None


@dataclass
class AggregateDescription:
    source: Path
    name: str
    description: str = ""
    delegates: dict[str, Delegate] = field(default_factory=dict)
    flow: list[str] = field(default_factory=list)
    parameters: list[ParameterDecl] = field(default_factory=list)
    settings: dict[str, Setting] = field(default_factory=dict)
    bindings: dict[str, ResourceBinding] = field(default_factory=dict)
    typesystems: list[Path] = field(default_factory=list)

    primitive = False


Description = Union[PrimitiveDescription, AggregateDescription]

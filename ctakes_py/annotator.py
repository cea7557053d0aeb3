"""The annotator base class, in the uimaFIT spirit.

An annotator declares its configuration parameters, the external resources it needs and
the types it reads and writes as class attributes. The framework checks a descriptor
against those declarations, builds a :class:`UimaContext` with typed values, calls
:meth:`Annotator.initialize` once per process, then :meth:`Annotator.process` per CAS.

Example::

    class Shouter(Annotator):
        '''Marks upper-case words.'''
        parameters = (Parameter("minimumLength", "Integer", default=2),)
        inputs = (WORD_TOKEN,)
        outputs = (ENTITY_MENTION,)

        def initialize(self, context):
            super().initialize(context)      # injects self.minimumLength
        def process(self, cas):
            ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from cassis import Cas, TypeSystem

from .errors import ResourceError

PARAMETER_TYPES = ("String", "Integer", "Float", "Boolean")


@dataclass(frozen=True)
class Parameter:
    """A configuration parameter (UIMA ``configurationParameter``)."""

    name: str
    type: str = "String"
    default: Any = None
    multi_valued: bool = False
    mandatory: bool = False
    description: str = ""

    def __post_init__(self) -> None:
        if self.type not in PARAMETER_TYPES:
            raise ValueError(f"parameter {self.name!r}: type must be one of {PARAMETER_TYPES}")


@dataclass(frozen=True)
class ExternalResource:
    """An external resource dependency (UIMA ``externalResourceDependency``): a file or
    folder the annotator loads in ``initialize``. ``default`` is a location resolved like a
    descriptor's ``fileUrl`` (relative to the data path) when the descriptor binds none."""

    key: str
    description: str = ""
    optional: bool = False
    default: str | None = None


@dataclass
class UimaContext:
    """What an annotator gets at initialization: typed parameter values, resolved resource
    paths, the pipeline's type system and where it was configured (for error messages)."""

    parameters: dict[str, Any]
    resources: dict[str, Path]
    typesystem: TypeSystem
    descriptor: str = "<python>"
    key: str = ""
    extras: dict[str, Any] = field(default_factory=dict)

    def get_parameter(self, name: str) -> Any:
        return self.parameters[name]

    def get_resource(self, key: str) -> Path:
        """Path of a bound resource; raises :class:`ResourceError` naming the descriptor."""
        try:
            return self.resources[key]
        except KeyError:
            raise ResourceError(
                f"annotator {self.key!r} needs external resource {key!r} but none is bound",
                file=self.descriptor, element="externalResourceBindings",
                fix=f"bind key {key!r} to a fileResourceSpecifier in resourceManagerConfiguration",
            ) from None


class Annotator:
    """Base class of all analysis components. Subclasses set the class attributes and
    implement :meth:`process`; heavy resources are loaded in :meth:`initialize`."""

    parameters: ClassVar[tuple[Parameter, ...]] = ()
    resources: ClassVar[tuple[ExternalResource, ...]] = ()
    inputs: ClassVar[tuple[str, ...]] = ()
    outputs: ClassVar[tuple[str, ...]] = ()

    context: UimaContext

    def initialize(self, context: UimaContext) -> None:
        """Load resources once. The default stores the context and sets one attribute per
        declared parameter (``self.<name>``), as uimaFIT injects ``@ConfigurationParameter``
        fields."""
        self.context = context
        for param in self.parameters:
            setattr(self, param.name, context.parameters.get(param.name, param.default))

    def process(self, cas: Cas) -> None:
        """Analyse one CAS in place."""
        raise NotImplementedError(f"{type(self).__name__}.process")

    def collection_process_complete(self) -> None:
        """Called once after the last document (flush statistics, close files)."""

    @classmethod
    def parameter(cls, name: str) -> Parameter | None:
        return next((p for p in cls.parameters if p.name == name), None)

    @classmethod
    def resource(cls, key: str) -> ExternalResource | None:
        return next((r for r in cls.resources if r.key == key), None)

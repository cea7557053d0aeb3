"""Run spaCy / medspaCy components inside a ctakes-py pipeline.

The pipeline is either an importable callable (``pipelineFactory = "module:function"``,
returning an ``nlp`` object) or ``spacy.blank(language)`` with the factories named in
``components`` added in order, each configured by ``componentConfig`` (a JSON object:
component name -> config). ``imports`` lists modules to import first so their factories
are registered (e.g. ``negspacy.negation``). An optional ``patterns`` resource (JSONL, one
pattern per line) is added to every component that has ``add_patterns`` (``entity_ruler``,
``span_ruler``).

Per CAS: the CAS becomes a Doc (:func:`ctakes_py.interop.spacy_bridge.build_view`: tokens,
sentences, mentions in ``doc.spans["ctakes"]``/``doc.ents``), the components run, then the
results are written back: changed assertion values on existing mentions (our ``_.polarity``
etc., negspacy ``_.negex``, medspaCy ``_.is_negated``...) and new entities (``doc.ents`` and
the span groups in ``spanKeys``) as mentions of the type ``labelMap`` (``LABEL=Type``) or
:data:`~ctakes_py.interop.spacy_bridge.DEFAULT_LABELS` gives. To let negspacy judge the cTAKES
mentions rather than only the entities, configure it with ``"span_keys": ["ctakes"]``.
"""
from __future__ import annotations

import importlib
import json
from typing import Any

from cassis import Cas

from ..annotator import Annotator, ExternalResource, Parameter, UimaContext
from ..errors import ResourceError
from ..interop.spacy_bridge import add_foreign_spans, apply_span_changes, build_view
from ..label_map import parse_label_map
from ..typesystem import IDENTIFIED_ANNOTATION


class SpacyComponent(Annotator):
    """spaCy components over the CAS; new entities and assertion changes are written back."""

    parameters = (
        Parameter("pipelineFactory", "String", default="",
                  description="module:function returning a spaCy nlp object (instead of components)"),
        Parameter("language", "String", default="en", description="language of spacy.blank"),
        Parameter("components", "String", default=(), multi_valued=True,
                  description="spaCy factory names added in order to spacy.blank(language)"),
        Parameter("componentConfig", "String", default="{}",
                  description="JSON object: component name -> its config"),
        Parameter("imports", "String", default=(), multi_valued=True,
                  description="modules imported first so their factories are registered"),
        Parameter("labelMap", "String", default=(), multi_valued=True,
                  description="LABEL=TypeName (short or full cTAKES type name) for new entities"),
        Parameter("spanKeys", "String", default=(), multi_valued=True,
                  description="span groups whose spans also become mentions"),
    )
    resources = (ExternalResource("patterns", "JSONL patterns for entity_ruler/span_ruler", optional=True),)
    inputs = ()  # uses BaseTokens/Sentences when present, spaCy's tokenizer otherwise
    outputs = (IDENTIFIED_ANNOTATION,)

    def initialize(self, context: UimaContext) -> None:
        super().initialize(context)
        for module in self.imports or ():
            self._import(module)
        self.nlp = self._factory()() if self.pipelineFactory else self._blank()
        if "patterns" in context.resources:
            self._add_patterns(context.get_resource("patterns"))
        try:
            label_map = parse_label_map(self.labelMap)
        except ValueError as exc:
            raise ResourceError(f"labelMap: {exc}", file=self.context.descriptor) from None
        self.labels = dict(self._label(label, type_name) for label, type_name in label_map.items())

    def _import(self, module: str) -> Any:
        try:
            return importlib.import_module(module)
        except ImportError as exc:
            raise ResourceError(f"cannot import {module!r}: {exc}", file=self.context.descriptor,
                                fix="install the package that provides it") from exc

    def _factory(self) -> Any:
        module, _, attr = self.pipelineFactory.partition(":")
        factory = getattr(self._import(module), attr or "", None)
        if not callable(factory):
            raise ResourceError(f"pipelineFactory {self.pipelineFactory!r} is not a callable",
                                file=self.context.descriptor, fix="give module:function")
        return factory

    def _blank(self) -> Any:
        import spacy
        try:
            configs = json.loads(self.componentConfig or "{}")
        except json.JSONDecodeError as exc:
            raise ResourceError(f"componentConfig is not JSON: {exc}", file=self.context.descriptor) from exc
        nlp = spacy.blank(self.language)
        for name in self.components or ():
            try:
                nlp.add_pipe(name, config=configs.get(name, {}))
            except (ValueError, KeyError) as exc:
                raise ResourceError(f"spaCy component {name!r} cannot be added: {str(exc)[:300]}",
                                    file=self.context.descriptor,
                                    fix="check the name, its config, and list its module in imports") from exc
        return nlp

    def _add_patterns(self, path: Any) -> None:
        with open(path, encoding="utf-8") as fh:
            patterns = [json.loads(line) for line in fh if line.strip()]
        for _, component in self.nlp.pipeline:
            if hasattr(component, "add_patterns"):
                component.add_patterns(patterns)

    def _label(self, label: str, type_name: str) -> tuple[str, str]:
        ts = self.context.typesystem
        if not ts.contains_type(type_name):
            raise ResourceError(f"labelMap type {type_name!r} is not in the type system",
                                file=self.context.descriptor)
        return label, ts.get_type(type_name).name

    def process(self, cas: Cas) -> None:
        view = build_view(cas, self.nlp.vocab)
        doc = view.doc
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        apply_span_changes(doc, view.mentions)
        add_foreign_spans(cas, doc, view.mentions, self.labels, self.spanKeys or ())

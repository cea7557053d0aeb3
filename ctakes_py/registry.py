"""Find components by name: entry points first, then dotted class paths.

Third-party packages add annotators, readers and writers by declaring entry points in the
groups below; a descriptor then names them in ``annotatorImplementationName`` exactly like
ctakes-py's own (``SentenceDetector``) or by class path (``my_pkg.module.MyAnnotator``).
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points

ANNOTATORS = "ctakes_py.annotators"
READERS = "ctakes_py.readers"
WRITERS = "ctakes_py.writers"

# ctakes-py's own components, so a checkout works before `pip install`; installed
# entry points with the same names take precedence only if they point elsewhere.
BUILTIN: dict[str, dict[str, str]] = {
    ANNOTATORS: {
        "SentenceDetector": "ctakes_py.annotators.sentence:SentenceDetector",
        "Tokenizer": "ctakes_py.annotators.tokenizer:Tokenizer",
        "SectionAnnotator": "ctakes_py.annotators.section:SectionAnnotator",
        "DictionaryLookup": "ctakes_py.annotators.dictionary:DictionaryLookup",
        "MedicationAttributes": "ctakes_py.annotators.medication:MedicationAttributes",
        "AssertionAnnotator": "ctakes_py.annotators.assertion:AssertionAnnotator",
        "PersonMentions": "ctakes_py.annotators.person_mentions:PersonMentions",
        "Coreference": "ctakes_py.annotators.coreference:Coreference",
        "PhenotypeConditions": "ctakes_py.annotators.phenotype:PhenotypeConditions",
        "Phenotype": "ctakes_py.annotators.phenotype:Phenotype",
        "CrfNer": "ctakes_py.annotators.crf_ner:CrfNer",
        "FaultInjector": "ctakes_py.annotators.fault:FaultInjector",
        "TimeExpressions": "ctakes_py.annotators.timex:TimeExpressions",
        "DocTimeRel": "ctakes_py.annotators.doctimerel:DocTimeRel",
        "TemporalLinks": "ctakes_py.annotators.tlink:TemporalLinks",
        "SpacyComponent": "ctakes_py.annotators.spacy_wrapper:SpacyComponent",
        "RelationExtractor": "ctakes_py.annotators.relation:RelationExtractor",
    },
    READERS: {
        "text": "ctakes_py.io.text:TextDirectoryReader",
        "jsonl": "ctakes_py.io.tabular_reader:JsonlReader",
        "csv": "ctakes_py.io.tabular_reader:CsvReader",
        "xmi": "ctakes_py.io.xmi:XmiDirectoryReader",
        "brat": "ctakes_py.io.brat:BratReader",
        "labelstudio": "ctakes_py.io.labelstudio:LabelStudioReader",
    },
    WRITERS: {
        "xmi": "ctakes_py.io.xmi:XmiWriter",
        "json": "ctakes_py.io.json_cas:JsonCasWriter",
        "csv": "ctakes_py.io.mentions:CsvMentionWriter",
        "parquet": "ctakes_py.io.mentions:ParquetMentionWriter",
        "brat": "ctakes_py.io.brat:BratWriter",
        "labelstudio": "ctakes_py.io.labelstudio:LabelStudioWriter",
        "fhir": "ctakes_py.interop.fhir:FhirBundleWriter",
        "db": "ctakes_py.io.database:DatabaseWriter",
        "duckdb": "ctakes_py.io.database:DatabaseWriter",
    },
}


class RegistryError(LookupError):
    pass


@lru_cache(maxsize=None)
def registered(group: str) -> dict[str, str]:
    """Name -> ``module:attr`` for every component of ``group`` (built-ins + entry points)."""
    names = dict(BUILTIN.get(group, {}))
    for ep in entry_points(group=group):
        names[ep.name] = ep.value
    return names


def _import(target: str) -> object:
    module_name, _, attr = target.partition(":")
    if not attr:  # dotted form: package.module.Class
        module_name, _, attr = target.rpartition(".")
    if not module_name:
        raise RegistryError(f"{target!r} is neither a registered name nor a module path")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise RegistryError(f"cannot import module {module_name!r}: {exc}") from exc
    try:
        return getattr(module, attr)
    except AttributeError:
        raise RegistryError(f"module {module_name!r} has no attribute {attr!r}") from None


def resolve(group: str, name: str) -> object:
    """The component registered as ``name`` in ``group``, or the object at a class path."""
    table = registered(group)
    return _import(table.get(name, name))


def register(group: str, name: str, target: str) -> None:
    """Register a component at run time (tests, notebooks); entry points are the durable way."""
    registered(group)[name] = target

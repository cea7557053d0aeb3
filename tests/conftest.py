"""Shared test fixtures and helpers (keep small)."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Callable

import pytest
from cassis import Cas

from ctakes_py.typesystem import load_typesystem

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def tools_required() -> bool:
    """CI (``CI=true``) or ``CTAKES_PY_REQUIRE_TOOLS=1``: missing external tools fail tests."""
    return (os.environ.get("CI", "").lower() == "true"
            or os.environ.get("CTAKES_PY_REQUIRE_TOOLS", "") == "1")


def require_tool(name: str, available: bool) -> None:
    """Skip the calling test when tool ``name`` is missing, or fail when tools are required."""
    if available:
        return
    message = f"{name} is not available"
    if tools_required():
        pytest.fail(f"{message} (required: CI=true or CTAKES_PY_REQUIRE_TOOLS=1)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def typesystem():
    """The shipped type system (cTAKES core + ctakes_py additions)."""
    return load_typesystem()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


# --- canonical form of a CAS, independent of xmi:ids and element order -------------------
_DEFAULTS = {"uima.cas.Boolean": False, "uima.cas.Float": 0.0, "uima.cas.Double": 0.0}
_NUMERIC = {"uima.cas.Integer", "uima.cas.Long", "uima.cas.Short", "uima.cas.Byte"}
_SKIP_TYPES = {"uima.tcas.DocumentAnnotation"}  # Java UIMA adds one per view


def canonical_cas(cas: Cas) -> list[str]:
    """Sorted lines, one per feature structure reachable from any view's index.

    Each line has the type, the view, the primitive features (unset numbers/booleans count
    as UIMA's defaults 0/false) and, per reference feature, hashes that identify the
    referenced structures by content (Weisfeiler-Lehman refinement over the FS graph), so
    two CASes compare equal exactly when their graphs match up to xmi:ids.
    """
    structures = _reachable(cas)
    base, refs = {}, {}
    for fs in structures:
        base[id(fs)], refs[id(fs)] = _split_features(fs)
    labels = {key: _digest(text) for key, text in base.items()}
    distinct = len(set(labels.values()))
    for _ in range(len(structures)):
        labels = {key: _digest(base[key] + repr([(f, [labels[id(t)] for t in ts]) for f, ts in refs[key]]))
                  for key in base}
        now = len(set(labels.values()))
        if now == distinct:
            break
        distinct = now
    return sorted(base[key] + " -> " + repr([(f, [labels[id(t)][:10] for t in ts]) for f, ts in refs[key]])
                  for key in base)


def _reachable(cas: Cas) -> list[Any]:
    seen: dict[int, Any] = {}
    stack = [fs for view in cas.views for fs in cas.get_view(view.sofa.sofaID).select_all_fs()
             if fs.type.name not in _SKIP_TYPES]
    while stack:
        fs = stack.pop()
        if id(fs) in seen:
            continue
        seen[id(fs)] = fs
        for _, targets in _split_features(fs)[1]:
            stack.extend(targets)
    return list(seen.values())


def _split_features(fs: Any) -> tuple[str, list[tuple[str, list[Any]]]]:
    prims, refs = [], []
    for feature in fs.type.all_features:
        if feature.name == "sofa":
            continue
        value = fs.get(feature.name)
        range_name = feature.rangeType.name
        if value is None and range_name in _NUMERIC:
            value = 0
        elif value is None:
            value = _DEFAULTS.get(range_name)
        if hasattr(value, "type") and hasattr(value, "elements") and value.type.name != "uima.cas.FSArray":
            value = list(value.elements or [])  # primitive arrays
        if hasattr(value, "type"):
            targets = value.elements if value.type.name == "uima.cas.FSArray" else [value]
            refs.append((feature.name, list(targets or [])))
        elif feature.name == "elements" and isinstance(value, list) and value and hasattr(value[0], "type"):
            refs.append((feature.name, value))
        else:
            prims.append((feature.name, value))
    view = fs.sofa.sofaID if getattr(fs, "sofa", None) is not None else None
    return f"{fs.type.name}@{view} {prims!r}", refs


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="session")
def canonical() -> Callable[[Cas], list[str]]:
    """:func:`canonical_cas` as a fixture."""
    return canonical_cas


@pytest.fixture(scope="module")
def lexicon_dir(tmp_path_factory, fixtures_dir) -> Path:
    """The tiny BSV fixture lexicon built into a temporary folder (DictionaryLookup tests)."""
    from ctakes_py.lexicon.builders import build_bsv

    folder = tmp_path_factory.mktemp("lex") / "tiny"
    build_bsv(folder, [fixtures_dir / "lexicon" / "tiny.bsv"], tui="T047")
    return folder


@pytest.fixture()
def make_lookup() -> Callable[..., Any]:
    """Factory: ``make_lookup(typesystem, lexicon_dir, **params)`` -> an initialized DictionaryLookup."""
    from ctakes_py.annotator import UimaContext
    from ctakes_py.annotators.dictionary import DictionaryLookup

    def make(typesystem, lexicon: Path, **params) -> DictionaryLookup:
        annotator = DictionaryLookup()
        annotator.initialize(UimaContext(parameters=params, resources={"lexicon": lexicon}, typesystem=typesystem))
        return annotator
    return make


@pytest.fixture()
def isolated_automaton_cache(tmp_path, monkeypatch) -> None:
    """Compile dictionary automata into a per-test folder, never the user cache."""
    monkeypatch.setenv("CTAKES_PY_CACHE_DIR", str(tmp_path / "automata"))

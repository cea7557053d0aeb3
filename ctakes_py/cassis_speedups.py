"""Exact speed-ups and one determinism fix for dkpro-cassis, applied once on import.

1. UTF-16 offset mapping. cassis maps Python code-point offsets to UIMA's UTF-16 offsets by building two dicts with
one entry per character of every document, on every CAS creation and XMI load: about
1 ms per 3 KB note, and 2.5 s / 900 MB for a 5 MB note. When a text has no character
outside the Basic Multilingual Plane the two offset systems are identical, and cassis's
converter already treats a missing mapping as the identity; so only texts with astral
characters (emoji, rare CJK) need the tables. Behaviour is unchanged; only the work is
skipped.

2. ``TypeSystem.is_instance_of`` walks the supertype chain recursively on every call; XMI
serialization calls it a few times per feature structure (about a third of XMI write
time). Answers are memoized per type system, keyed by type names. Type hierarchies do
not change once a type exists (new types only add keys), so the cache stays exact.
3. ``Cas._find_all_fs`` (the reachability walk before every XMI/JSON write) used a list
as a FIFO queue (``pop(0)``), which is quadratic: a 5 MB note with 1.2 M tokens took over
8 minutes to serialize. The replacement walks the same graph in the same FIFO order (so
generated ids are identical) with a deque, and looks up each type's reference features
once instead of testing every feature of every structure.

4. ``Cas.select(T)`` for a type with subtypes concatenated the per-type indexes in the
iteration order of a *set* of type names, which changes with the process's hash seed: two
worker processes saw mentions in different orders and wrote different (equivalent) XMI.
Selections now concatenate the per-type indexes in type-name order: the same order in
every process, at cassis's cost (each type's part is in offset order, as before; callers
that need one offset order across subtypes sort, as they had to with cassis).

5. ``Cas.add_all`` added feature structures one at a time to the sorted per-type indexes.
It now assigns ids and sofas in the same order as before, then inserts each type's group
with one ``SortedKeyList.update`` (the index order is total, so the result is identical).

:func:`of_exact_types` (not a patch) reads the indexes of some types without their subtypes.

(All worth proposing upstream.)
"""
from __future__ import annotations

import re
from collections import deque
from itertools import chain
from typing import Iterable, Iterator

from cassis import Cas, TypeSystem
from cassis.cas import Utf16CodepointOffsetConverter
from cassis.typesystem import TYPE_NAME_FS_ARRAY, TYPE_NAME_FS_LIST, FeatureStructure

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_original = Utf16CodepointOffsetConverter.create_offset_mapping


def _create_offset_mapping(self: Utf16CodepointOffsetConverter, sofa_string: str | None) -> None:
    if sofa_string is not None and _ASTRAL.search(sofa_string) is None:
        self._python_to_external = None
        self._external_to_python = None
        return
    _original(self, sofa_string)


_original_is_instance_of = TypeSystem.is_instance_of


def _is_instance_of(self: TypeSystem, type_, parent) -> bool:
    if not parent:
        return False
    key = (type_ if isinstance(type_, str) else type_.name, parent if isinstance(parent, str) else parent.name)
    cache = self.__dict__.setdefault("_ctakes_py_instance_of", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = _original_is_instance_of(self, type_, parent)
    return found


def _reference_features(ts: TypeSystem, type_name: str) -> list:
    """Features of ``type_name`` that can point at other feature structures (memoized)."""
    cache = ts.__dict__.setdefault("_ctakes_py_ref_features", {})
    found = cache.get(type_name)
    if found is None:
        t = ts.get_type(type_name)
        found = cache[type_name] = [f for f in t.all_features
                                    if f.name != "sofa" and not ts.is_primitive(f.rangeType)]
    return found


def _find_all_fs(self: Cas, generate_missing_ids: bool = True,
                 include_inlinable_arrays_and_lists: bool = False,
                 seeds: Iterable[FeatureStructure] | None = None) -> Iterator[FeatureStructure]:
    """Every feature structure reachable from the indexes (or ``seeds``), FIFO order."""
    ts = self.typesystem
    found: dict[int, FeatureStructure] = {}
    queue: deque[FeatureStructure] = deque()
    if seeds is not None:
        queue.extend(seeds)
    else:
        for sofa in self.sofas:
            queue.extend(self.get_view(sofa.sofaID).select_all_fs())

    def push_elements(elements) -> None:
        for ref in elements:
            if ref and ref.xmiID not in found:
                queue.append(ref)

    while queue:
        fs = queue.popleft()
        if fs.xmiID == 0:  # cas:NULL is written separately
            continue
        if fs.xmiID is None:
            if not generate_missing_ids:
                raise ValueError(f"FS has no ID and ID generation is disabled! {fs}")
            fs.xmiID = self._get_next_xmi_id()
        existing = found.get(fs.xmiID)
        if existing is not None and existing is not fs:
            raise ValueError(f"Duplicate FS id [{fs.xmiID}] used for [{existing}] and [{fs}]")
        found[fs.xmiID] = fs
        type_name = fs.type.name
        t = ts.get_type(type_name)
        if t.supertype.name == "uima.cas.ArrayBase":
            if type_name == TYPE_NAME_FS_ARRAY and fs.elements:
                push_elements(fs.elements)
            continue
        for feature in _reference_features(ts, type_name):
            value = getattr(fs, feature.name)
            if value is None:
                continue
            range_type = feature.rangeType
            if (not include_inlinable_arrays_and_lists and not feature.multipleReferencesAllowed
                    and (ts.is_array(range_type) or ts.is_list(range_type))):
                if range_type.name == TYPE_NAME_FS_ARRAY and value.elements:
                    push_elements(value.elements)
                elif range_type.name == TYPE_NAME_FS_LIST and hasattr(value, "head"):
                    node = value
                    while hasattr(node, "head"):
                        if node.head and node.head.xmiID not in found:
                            queue.append(node.head)
                        node = node.tail
                continue
            if not hasattr(value, "xmiID"):
                raise AttributeError(
                    f"Feature [{feature.domainType.name}:{feature.name}] should point to a "
                    f"[{range_type.name}] but the feature value is a [{type(value)}] with the value [{value}]")
            if value.xmiID not in found:
                queue.append(value)
    yield from found.values()


_original_find_all_fs = Cas._find_all_fs


def _merged(groups: list) -> list[FeatureStructure]:
    """The per-type index slices one after the other (types in name order)."""
    groups = [g for g in groups if g]
    if len(groups) <= 1:
        return list(groups[0]) if groups else []
    return [fs for group in groups for fs in group]


def _type_names(type_) -> list[str]:
    return sorted(c.name for c in type_.descendants)


def _get_feature_structures(self: Cas, type_) -> list[FeatureStructure]:
    """All feature structures of ``type_`` and its subtypes, in index order."""
    index = self._current_view.type_index
    return _merged([index[name] for name in _type_names(type_) if name in index])


def _get_feature_structures_in_range(self: Cas, type_, begin: int, end: int) -> list[FeatureStructure]:
    """Those of :func:`_get_feature_structures` that may lie in [begin, end] (callers check bounds)."""
    index = self._current_view.type_index
    groups = []
    for name in _type_names(type_):
        annotations = index.get(name)
        if annotations:
            groups.append(annotations[annotations.bisect_key_left((begin, begin)):
                                      annotations.bisect_key_right((end, end))])
    return _merged(groups)


def _add_all(self: Cas, annotations: Iterable[FeatureStructure]) -> None:
    """Add several feature structures at once (ids generated in iteration order, as ``add``)."""
    ts = self.typesystem
    sofa = self.get_sofa()
    groups: dict[str, list[FeatureStructure]] = {}
    for fs in annotations:
        name = fs.type.name
        if not self._lenient and not ts.contains_type(name):
            raise RuntimeError(f"Typesystem of CAS does not contain type [{name}]. Either add the type to the type "
                               "system or specify `lenient=True` when creating the CAS.")
        if fs.xmiID is None:
            fs.xmiID = self._get_next_xmi_id()
        if hasattr(fs, "sofa"):
            fs.sofa = sofa
        groups.setdefault(name, []).append(fs)
    index = self._current_view._indices
    for name, group in groups.items():
        if len(group) == 1:
            index[name].add(group[0])
        else:
            index[name].update(group)


def of_exact_types(cas: Cas, type_names: Iterable[str]) -> Iterator[FeatureStructure]:
    """The feature structures of exactly ``type_names`` (no subtypes) in the current view,
    type by type, each in index order: no merged list as ``select`` builds."""
    index = cas._current_view.type_index
    return chain.from_iterable([index[name] for name in type_names if name in index])


def install() -> None:
    """Idempotent."""
    Utf16CodepointOffsetConverter.create_offset_mapping = _create_offset_mapping  # type: ignore[method-assign]
    TypeSystem.is_instance_of = _is_instance_of  # type: ignore[method-assign]
    Cas._find_all_fs = _find_all_fs  # type: ignore[method-assign]
    Cas.add_all = _add_all  # type: ignore[method-assign]
    Cas._get_feature_structures = _get_feature_structures  # type: ignore[method-assign]
    Cas._get_feature_structures_in_range = _get_feature_structures_in_range  # type: ignore[method-assign]

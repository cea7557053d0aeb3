"""The type system kept for INCEpTION (docs/inception/TypeSystem.xml) matches the shipped
one, and pipeline XMI loads against it alone."""
from __future__ import annotations

import io
from pathlib import Path

from cassis import load_cas_from_xmi
from cassis import load_typesystem as cassis_typesystem

from ctakes_py.pipeline import Pipeline
from ctakes_py.typesystem import load_typesystem

KEPT = Path(__file__).resolve().parents[1] / "docs" / "inception" / "TypeSystem.xml"


def _types(ts):
    return {t.name: sorted((f.name, f.rangeType.name) for f in t.all_features) for t in ts.get_types()}


def test_kept_type_system_matches_the_shipped_one():
    with KEPT.open("rb") as handle:
        kept = cassis_typesystem(handle)
    assert _types(kept) == _types(load_typesystem())


def test_pipeline_xmi_loads_with_the_kept_type_system():
    cas = Pipeline.from_descriptor("default")("No fever. Metformin 500 mg daily.\n", document_id="x")
    with KEPT.open("rb") as handle:
        kept = cassis_typesystem(handle)
    again = load_cas_from_xmi(io.BytesIO(cas.to_xmi().encode("utf-8")), typesystem=kept)
    names = lambda c: sorted(fs.type.name for fs in c.select_all_fs())  # noqa: E731
    assert names(again) == names(cas)

"""Components are found through entry points, so a third-party package can add annotators."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from ctakes_py import Pipeline, registry
from ctakes_py.typesystem import WORD_TOKEN


@pytest.fixture()
def plugin_on_path(tmp_path: Path, monkeypatch):
    """An installed-looking distribution 'acme-nlp' whose entry point names an annotator."""
    (tmp_path / "acme_nlp.py").write_text(textwrap.dedent("""
        import re
        from ctakes_py.annotator import Annotator
        from ctakes_py.typesystem import WORD_TOKEN

        class AcmeWords(Annotator):
            outputs = (WORD_TOKEN,)
            def process(self, cas):
                word = cas.typesystem.get_type(WORD_TOKEN)
                cas.add_all([word(begin=m.start(), end=m.end()) for m in re.finditer(r"[A-Z]+", cas.sofa_string)])
    """))
    dist = tmp_path / "acme_nlp-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-nlp\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[ctakes_py.annotators]\nAcmeWords = acme_nlp:AcmeWords\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.registered.cache_clear()
    yield tmp_path
    registry.registered.cache_clear()
    sys.modules.pop("acme_nlp", None)


def test_entry_point_annotator_is_usable_from_a_descriptor(plugin_on_path: Path):
    assert registry.registered(registry.ANNOTATORS)["AcmeWords"] == "acme_nlp:AcmeWords"
    desc = plugin_on_path / "Acme.xml"
    desc.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
  <primitive>true</primitive>
  <annotatorImplementationName>AcmeWords</annotatorImplementationName>
  <analysisEngineMetaData><name>Acme</name></analysisEngineMetaData>
</analysisEngineDescription>""")
    cas = Pipeline.from_descriptor(desc)("the CT showed NO bleed")
    assert [t.get_covered_text() for t in cas.select(WORD_TOKEN)] == ["CT", "NO"]


def test_unknown_name_is_a_registry_error():
    with pytest.raises(registry.RegistryError):
        registry.resolve(registry.ANNOTATORS, "NoSuchAnnotator")

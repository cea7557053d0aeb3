"""HTML visualizer: extracted data, markup nesting, escaping, self-containment, CLI, Jupyter."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from click.testing import CliRunner

from ctakes_py.document import create_cas
from ctakes_py.typesystem import BINARY_TEXT_RELATION, load_typesystem
from ctakes_py.viz import document_view, render_html, show
from ctakes_py.viz.cli import show as show_command

TS = load_typesystem()
_C = "org.apache.ctakes.typesystem.type."
TEXT = "PLAN:\nNo fever. Mother had breast cancer. Aspirin 81 mg daily. She is fine; she <b>&x</b>.\n"


def _at(phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def _cas():
    cas = create_cas(TEXT, TS, "doc<1>")
    t = lambda name, phrase, **kw: TS.get_type(_C + name)(begin=_at(phrase)[0], end=_at(phrase)[1], **kw)  # noqa: E731
    concept = TS.get_type(_C + "refsem.UmlsConcept")(cui="C0015967", tui="T184", codingScheme="SNOMEDCT_US",
                                                    code="386661006", preferredText="Fever")
    fever = t("textsem.SignSymptomMention", "fever", polarity=-1,
              ontologyConceptArr=TS.get_type("uima.cas.FSArray")(elements=[concept]))
    cancer = t("textsem.DiseaseDisorderMention", "breast cancer", subject="family_member")
    site = t("textsem.AnatomicalSiteMention", "breast")
    dose = t("textsem.MedicationStrengthModifier", "81 mg")
    drug = t("textsem.MedicationMention", "Aspirin", medicationStrength=dose, uncertainty=1)
    arg = TS.get_type(_C + "relation.RelationArgument")
    rel = TS.get_type(BINARY_TEXT_RELATION)(category="Strength-Drug", arg1=arg(argument=dose), arg2=arg(argument=drug))
    section = t("textspan.Segment", TEXT[:-1], id="plan", preferredText="Plan <x>")
    she1, she2 = (TS.get_type(_C + "textsem.Markable")(begin=b, end=b + 3) for b in (_at("She")[0], _at("she")[0]))
    empty = TS.get_type("uima.cas.EmptyFSList")()
    cell = TS.get_type("uima.cas.NonEmptyFSList")
    chain = TS.get_type(_C + "relation.CollectionTextRelation")(
        category="Person", members=cell(head=she1, tail=cell(head=she2, tail=empty)))
    cas.add_all([fever, cancer, site, dose, drug, rel, section, she1, she2, chain])
    return cas


def test_view_has_flags_titles_arcs_chains_and_sections():
    view = document_view(_cas())
    by_text = {TEXT[s.begin:s.end]: s for s in view.spans}
    assert by_text["fever"].flags == ("negated",) and "CUI C0015967" in by_text["fever"].title
    assert "SNOMEDCT_US 386661006 (Fever)" in by_text["fever"].title
    assert by_text["breast cancer"].flags == ("family",)
    assert by_text["Aspirin"].flags == ("uncertain",) and "strength: 81 mg" in by_text["Aspirin"].title
    assert [(a.source, a.target, a.label) for a in view.arcs] == [
        (by_text["81 mg"].id, by_text["Aspirin"].id, "Strength-Drug")]
    assert [c.members for c in view.chains] == [[by_text["She"].id, by_text["she"].id]]
    assert by_text["She"].label == "Markable" and by_text["She"].chains == [1]
    assert [s.name for s in view.sections] == ["Plan <x>"]


class _Nesting(HTMLParser):
    """Checks that tags nest and collects the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ok, self.text, self.in_doc = [], True, [], 0
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "br", "img", "link", "input"):
            return
        self.stack.append(tag)
        if dict(attrs).get("class") == "ctv-doc":
            self.in_doc = len(self.stack)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.ok = False
            return
        if len(self.stack) == self.in_doc:
            self.in_doc = 0
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.scripts.append(data)
        elif self.in_doc and not (self.stack and self.stack[-1] == "span" and data in ("NEG", "UNC", "FAM")):
            self.text.append(data)


def test_markup_nests_and_keeps_the_text_escaped():
    page = render_html(_cas())
    parser = _Nesting()
    parser.feed(page)
    assert parser.ok and parser.stack == []
    body = "".join(parser.text).replace("Plan <x>", "", 1)
    assert body == TEXT
    assert "<b>&x</b>" not in page and "&lt;b&gt;&amp;x&lt;/b&gt;" in page
    assert "doc&lt;1&gt;" in page and "Plan &lt;x&gt;" in page
    assert all("</" not in s.split("ctakesViz(")[0] or "function" in s for s in parser.scripts)


def test_crossing_spans_are_split_into_fragments():
    cas = create_cas("chest pain radiating", TS, "d")
    cas.add_all([TS.get_type(_C + "textsem.SignSymptomMention")(begin=0, end=10),
                 TS.get_type(_C + "textsem.AnatomicalSiteMention")(begin=6, end=20)])
    page = render_html(cas)
    parser = _Nesting()
    parser.feed(page)
    assert parser.ok
    site = document_view(cas).spans[1].id
    assert page.count(f'data-id="{site}"') == 2


def test_page_is_self_contained_and_names_no_network_resource():
    page = render_html(_cas())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert "Content-Security-Policy" in page


def test_json_island_cannot_close_its_script():
    cas = create_cas("a b", TS, "d")
    arg = TS.get_type(_C + "relation.RelationArgument")
    x, y = (TS.get_type(_C + "textsem.EntityMention")(begin=b, end=b + 1) for b in (0, 2))
    cas.add_all([x, y, TS.get_type(BINARY_TEXT_RELATION)(category="</script><script>alert(1)</script>",
                                                          arg1=arg(argument=x), arg2=arg(argument=y))])
    page = render_html(cas)
    assert "<script>alert(1)" not in page and "\\u003c/script\\u003e" in page


def test_jupyter_repr_is_a_fragment():
    fragment = show(_cas())._repr_html_()
    assert fragment.startswith('<div class="ctv"') and "<html" not in fragment
    assert "ctakesViz(" in fragment and 'class="ent' in fragment


def test_show_command_writes_a_page(tmp_path):
    xmi = tmp_path / "note.xmi"
    _cas().to_xmi(str(xmi))
    out = tmp_path / "page.html"
    result = CliRunner().invoke(show_command, [str(xmi), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 entities, 1 relations, 1 chains, 1 sections" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_show_command_refuses_other_files(tmp_path):
    bad = tmp_path / "note.pdf"
    bad.write_bytes(b"%PDF")
    result = CliRunner().invoke(show_command, [str(bad), "-o", str(tmp_path / "p.html")])
    assert result.exit_code != 0 and "cannot show" in str(result.exception)

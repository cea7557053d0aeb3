"""The temporal corpus: markup, brat round trip, scoring, and the pipeline's figures on it."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.document import CREATION_TIME
from ctakes_py.errors import InputError
from ctakes_py.temporal.corpus import load_corpus, parse_markup, write_corpus
from ctakes_py.temporal.scoring import SystemNote, score, system_note

CORPUS = Path(__file__).resolve().parent / "temporal_corpus"

SMALL = """=== a | dct=2019-03-14 | split=dev | type=clinic
{{Asthma|BEFORE/OVERLAP|BEGINS-ON>x}} since [[2015|DATE|2015|#x]], cough [[x 3 days|DURATION|P3D]].
"""


def test_markup_offsets_and_links():
    [note] = parse_markup(SMALL)
    assert note.text == "Asthma since 2015, cough x 3 days.\n"
    assert [(note.text[t.begin:t.end], t.timex_class, t.value) for t in note.timexes] == [
        ("2015", "DATE", "2015"), ("x 3 days", "DURATION", "P3D")]
    assert [(note.text[e.begin:e.end], e.doctimerel) for e in note.events] == [("Asthma", "BEFORE/OVERLAP")]
    assert note.tlinks == [(0, 0, "BEGINS-ON")]


@pytest.mark.parametrize("bad", ["{{X|BEFORE|CONTAINS>zz}} [[2015|DATE|2015|#x]]",
                                 "[[2015|DATE|2015|#x]] [[2016|DATE|2016|#x]]"])
def test_markup_errors(bad):
    with pytest.raises(InputError):
        parse_markup("=== a | dct=2019-03-14\n" + bad + "\n")


def test_brat_round_trip(tmp_path):
    notes = parse_markup(SMALL)
    write_corpus(notes, tmp_path)
    [back] = load_corpus(tmp_path)
    assert (back.text, back.timexes, back.events, back.tlinks, back.meta["dct"]) == (
        notes[0].text, notes[0].timexes, notes[0].events, notes[0].tlinks, "2019-03-14")
    assert "BEFORE-OVERLAP" in (tmp_path / "brat" / "a.ann").read_text()


def test_shipped_corpus_is_built_from_its_source():
    source = parse_markup((CORPUS / "source.txt").read_text(encoding="utf-8"))
    built = load_corpus(CORPUS)
    assert len(built) >= 40
    assert {n.meta["split"] for n in built} == {"dev", "test"}
    def key(n):
        return n.doc_id, n.text, [vars(t) for t in n.timexes], [vars(e) for e in n.events], sorted(n.tlinks)
    assert sorted(map(key, source)) == sorted(map(key, built))


def test_scoring_counts():
    [gold] = parse_markup(SMALL)
    system = SystemNote(
        timexes=[(13, 17, "DATE", "2015"), (25, 33, "DURATION", "P4D"), (0, 6, "DATE", "XXXX")],
        events=[(0, 6, "OVERLAP")],
        tlinks=[((0, 6), (13, 17), "CONTAINS")])
    result = score([gold], [system])
    assert result["timex_strict"]["tp"] == 2 and result["timex_strict"]["pred"] == 3
    assert result["timex_value_accuracy"] == 0.5
    assert result["doctimerel_accuracy"] == 0.0 and result["doctimerel_matched"] == 1
    assert result["tlink"]["tp"] == 0 and result["tlink_unlabelled"]["tp"] == 1


@pytest.fixture(scope="module")
def temporal_pipeline():
    from ctakes_py.pipeline import Pipeline
    return Pipeline.from_descriptor("temporal")


def test_pipeline_figures_on_held_out_notes(temporal_pipeline):
    notes = load_corpus(CORPUS, "test")
    systems = []
    for n in notes:
        meta = {CREATION_TIME: n.meta["dct"]} if n.meta["dct"] != "header" else None
        systems.append(system_note(temporal_pipeline(n.text, document_id=n.doc_id, metadata=meta)))
    result = score(notes, systems)
    assert result["timex_strict"]["f1"] >= 0.90
    assert result["timex_value_accuracy"] >= 0.85
    assert result["doctimerel_accuracy"] >= 0.80
    assert result["tlink"]["f1"] >= 0.75

"""PersonMentions + Coreference in a pipeline: cTAKES coreference types in the CAS, XMI
round trip, gold mentions from another source, clinical entity chains, descriptor checks."""
from __future__ import annotations

from pathlib import Path

import pytest

from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.coreference import Coreference
from ctakes_py.annotators.person_mentions import PERSON_MENTION
from ctakes_py.document import create_cas
from ctakes_py.errors import DescriptorError
from ctakes_py.io.xmi import XmiWriter, load_xmi_bytes
from ctakes_py.pipeline import Pipeline

_C = "org.apache.ctakes.typesystem.type."
NOTE = ("HPI: Mrs. Greene is a 61-year-old woman with T2DM and chest pain. The pain began yesterday. Her mother "
        "had breast cancer at 50. She also had diabetes. The patient denies asthma.\nFAMILY HISTORY: Father - CAD.")


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.from_descriptor("phenotype")


@pytest.fixture(scope="module")
def cas(nlp):
    return nlp(NOTE, document_id="greene")


def chain_texts(cas, category: str) -> list[list[str]]:
    out = []
    for chain in cas.select(_C + "relation.CollectionTextRelation"):
        if chain.category != category:
            continue
        node, members = chain.members, []
        while node.type.name == "uima.cas.NonEmptyFSList":
            members.append(node.head.get_covered_text())
            node = node.tail
        out.append(members)
    return out


def test_person_mentions_are_markables(cas):
    mentions = cas.select(PERSON_MENTION)
    assert [m.get_covered_text() for m in mentions] == ["Mrs. Greene", "Her mother", "She", "The patient", "Father"]
    assert all(cas.typesystem.is_instance_of(m.type.name, _C + "textsem.Markable") for m in mentions)
    assert {m.mentionKind for m in mentions} == {"name", "kinship", "pronoun", "patient"}


def test_chains_pairs_and_persons(cas):
    assert sorted(chain_texts(cas, "Person")) == [["Her mother", "She"], ["Mrs. Greene", "The patient"]]
    pairs = sorted((r.arg1.argument.get_covered_text(), r.arg2.argument.get_covered_text(), r.arg1.role)
                   for r in cas.select(_C + "relation.CoreferenceRelation") if r.category == "Person")
    assert pairs == [("Her mother", "She", "antecedent"), ("Mrs. Greene", "The patient", "antecedent")]
    persons = {p.personId: (p.role, p.gender, [m.get_covered_text() for m in p.mentions.elements])
               for p in cas.select("ctakes_py.type.Person") if p.mentions is not None}
    assert persons == {"P0": ("patient", "f", ["Mrs. Greene", "The patient"]),
                       "P1": ("mother", "f", ["Her mother", "She"]), "P2": ("father", "m", ["Father"])}


def test_clinical_entity_chain_links_the_anaphoric_pain(cas):
    chains = chain_texts(cas, "Entity")
    assert ["chest pain", "The pain"] in chains


def test_xmi_round_trip_keeps_the_chains(cas, tmp_path: Path):
    XmiWriter(tmp_path).write(cas, "greene")
    back = load_xmi_bytes((tmp_path / "greene.xmi").read_bytes(), cas.typesystem)
    assert sorted(chain_texts(back, "Person")) == sorted(chain_texts(cas, "Person"))
    assert len(back.select("ctakes_py.type.Person")) == len(cas.select("ctakes_py.type.Person"))


def test_mentions_from_another_source_are_resolved(typesystem):
    annotator = Coreference()
    annotator.initialize(UimaContext(parameters={"useClassifier": False}, resources={}, typesystem=typesystem))
    text = "Her son reports she fell. He has COPD."
    cas = create_cas(text, typesystem, "gold")
    mention = typesystem.get_type(PERSON_MENTION)
    cas.add_all([mention(begin=b, end=b + len(w)) for w, b in (("Her son", 0), ("she", 16), ("He", 26))])
    annotator.process(cas)
    roles = {p.role: sorted(m.get_covered_text() for m in p.mentions.elements)
             for p in cas.select("ctakes_py.type.Person")}
    assert roles == {"patient": ["she"], "son": ["He", "Her son"]}


def test_missing_model_is_a_descriptor_error(typesystem, tmp_path: Path):
    annotator = Coreference()
    context = UimaContext(parameters={"useClassifier": True}, resources={"model": tmp_path / "none.json"},
                          typesystem=typesystem)
    with pytest.raises(DescriptorError):
        annotator.initialize(context)


def test_unknown_entity_type_is_refused(typesystem):
    annotator = Coreference()
    context = UimaContext(parameters={"useClassifier": False, "entityTypes": ["NoSuchMention"]}, resources={},
                          typesystem=typesystem)
    with pytest.raises(DescriptorError):
        annotator.initialize(context)


def test_java_uima_reads_the_coreference_and_phenotype_types(cas, tmp_path: Path):
    import os
    import shutil
    import subprocess

    from conftest import require_tool

    from ctakes_py.typesystem import default_typesystem_path

    jar = Path(os.environ.get("UIMA_JAR", "/usr/share/java/uimaj-core.jar"))
    javac, java = shutil.which("javac"), shutil.which("java")
    require_tool("javac", javac is not None)
    require_tool("java", java is not None)
    require_tool(f"uimaj-core.jar ({jar})", jar.is_file())
    source = Path(__file__).resolve().parent / "java" / "XmiRoundTrip.java"
    subprocess.run([javac, "-nowarn", "-d", str(tmp_path), "-cp", str(jar), str(source)], check=True,
                   capture_output=True, timeout=300)
    XmiWriter(tmp_path / "in").write(cas, "greene")
    done = subprocess.run([java, "-cp", f"{jar}{os.pathsep}{tmp_path}", "XmiRoundTrip", str(default_typesystem_path()),
                           str(tmp_path / "in" / "greene.xmi"), str(tmp_path / "out.xmi")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    back = load_xmi_bytes((tmp_path / "out.xmi").read_bytes(), cas.typesystem)
    assert sorted(chain_texts(back, "Person")) == sorted(chain_texts(cas, "Person"))
    assert len(back.select("ctakes_py.type.PhenotypeEntry")) == len(cas.select("ctakes_py.type.PhenotypeEntry"))

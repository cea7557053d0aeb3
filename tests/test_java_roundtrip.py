"""Interchange with Java UIMA: our XMI -> uimaj-core (strict) -> XMI -> cassis, unchanged.

Needs ``java``, ``javac`` and uimaj-core.jar (Debian ``libuima-core-java``; override the jar
with ``UIMA_JAR``). Skipped when missing, failed instead under ``CI=true`` or
``CTAKES_PY_REQUIRE_TOOLS=1``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cassis import load_cas_from_xmi
from cassis import load_typesystem as cassis_load_typesystem
from conftest import require_tool

from ctakes_py.document import create_cas
from ctakes_py.io.base import Source
from ctakes_py.io.xmi import XmiDirectoryReader, XmiWriter
from ctakes_py.typesystem import (
    BINARY_TEXT_RELATION,
    DISEASE_DISORDER_MENTION,
    PUNCTUATION_TOKEN,
    RELATION_ARGUMENT,
    SENTENCE,
    SIGN_SYMPTOM_MENTION,
    UMLS_CONCEPT,
    WORD_TOKEN,
    default_typesystem_path,
)

JAVA_SOURCE = Path(__file__).resolve().parent / "java" / "XmiRoundTrip.java"
UIMA_JAR = Path(os.environ.get("UIMA_JAR", "/usr/share/java/uimaj-core.jar"))
TEXT = "Pt denies chest pain.\nHx of hypertension \U0001F600, treated with lisinopril."


@pytest.fixture(scope="module")
def java_roundtrip(tmp_path_factory):
    """A function ``(typesystem.xml, in.xmi, out.xmi) -> CompletedProcess`` running our Java
    program (compiled once per module)."""
    javac, java = shutil.which("javac"), shutil.which("java")
    require_tool("javac", javac is not None)
    require_tool("java", java is not None)
    require_tool(f"uimaj-core.jar ({UIMA_JAR})", UIMA_JAR.is_file())
    classes = tmp_path_factory.mktemp("java_classes")
    subprocess.run([javac, "-nowarn", "-d", str(classes), "-cp", str(UIMA_JAR), str(JAVA_SOURCE)],
                   check=True, capture_output=True, timeout=300)

    def run(typesystem: Path, source: Path, target: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [java, "-cp", f"{UIMA_JAR}{os.pathsep}{classes}", "XmiRoundTrip", str(typesystem),
             str(source), str(target)], capture_output=True, text=True, timeout=300)

    return run


def _our_cas(ts):
    cas = create_cas(TEXT, ts, "rt-1", metadata={"patient_id": "p7", "note_type": "progress",
                                                 "document_creation_time": "2020-01-02"})
    Sentence, Word, Punct = (ts.get_type(n) for n in (SENTENCE, WORD_TOKEN, PUNCTUATION_TOKEN))
    for number, match in enumerate(re.finditer(r"[^\n.]+\.", TEXT)):
        cas.add(Sentence(begin=match.start(), end=match.end(), sentenceNumber=number))
    for number, match in enumerate(re.finditer(r"\w+|[^\w\s]+", TEXT)):
        token_type = Word if match.group()[0].isalnum() else Punct
        cas.add(token_type(begin=match.start(), end=match.end(), tokenNumber=number))
    concept = ts.get_type(UMLS_CONCEPT)(cui="C0020538", tui="T047", code="38341003",
                                        codingScheme="SNOMEDCT_US", preferredText="Hypertensive disease",
                                        score=0.5)
    start = TEXT.index("hypertension")
    disease = ts.get_type(DISEASE_DISORDER_MENTION)(
        begin=start, end=start + 12, typeID=2, polarity=1, historyOf=1, subject="patient",
        confidence=0.25, discoveryTechnique=1,
        ontologyConceptArr=ts.get_type("uima.cas.FSArray")(elements=[concept]))
    start = TEXT.index("chest pain")
    symptom = ts.get_type(SIGN_SYMPTOM_MENTION)(begin=start, end=start + 10, polarity=-1, typeID=3)
    Argument = ts.get_type(RELATION_ARGUMENT)
    relation = ts.get_type(BINARY_TEXT_RELATION)(
        category="co_occurs", arg1=Argument(argument=disease, role="Argument"),
        arg2=Argument(argument=symptom, role="Related_to"))
    cas.add_all([disease, symptom, relation])
    return cas


def test_our_xmi_survives_java_uima(java_roundtrip, tmp_path, typesystem, canonical):
    cas = _our_cas(typesystem)
    XmiWriter(tmp_path / "in").write(cas, "rt-1")
    (tmp_path / "out").mkdir()
    result = java_roundtrip(default_typesystem_path(), tmp_path / "in" / "rt-1.xmi",
                            tmp_path / "out" / "rt-1.xmi")
    assert result.returncode == 0, result.stderr
    back = XmiDirectoryReader(tmp_path / "out").load(
        Source(document_id="rt-1", location=str(tmp_path / "out" / "rt-1.xmi")), typesystem)
    assert canonical(back) == canonical(cas)
    # spot checks, so a canonicalizer bug cannot hide a loss
    assert back.sofa_string == TEXT
    (relation,) = back.select(BINARY_TEXT_RELATION)
    assert relation.arg1.argument.get_covered_text() == "hypertension"
    assert (relation.arg2.role, relation.arg2.argument.polarity) == ("Related_to", -1)
    (disease,) = back.select(DISEASE_DISORDER_MENTION)
    assert disease.ontologyConceptArr.elements[0].preferredText == "Hypertensive disease"
    assert len(back.select(WORD_TOKEN)) == len(cas.select(WORD_TOKEN)) > 5


@pytest.mark.parametrize("which", ["ctakes", "ctakes_py"])
def test_real_ctakes_xmi_survives_java_uima(java_roundtrip, tmp_path, fixtures_dir, which, canonical):
    ts_path = (fixtures_dir / "ctakes" / "TypeSystem.xml" if which == "ctakes"
               else default_typesystem_path())
    source = fixtures_dir / "ctakes" / "mts_sample_note_97_1152.txt.xmi"
    result = java_roundtrip(ts_path, source, tmp_path / "java.xmi")
    assert result.returncode == 0, result.stderr
    with open(fixtures_dir / "ctakes" / "TypeSystem.xml", "rb") as fh:
        ctakes_ts = cassis_load_typesystem(fh)
    with open(source, "rb") as a, open(tmp_path / "java.xmi", "rb") as b:
        original, java = (load_cas_from_xmi(a, typesystem=ctakes_ts),
                          load_cas_from_xmi(b, typesystem=ctakes_ts))
    assert canonical(java) == canonical(original)
    assert len(canonical(original)) > 2000


def test_java_side_is_strict(java_roundtrip, tmp_path, typesystem):
    """The round trip would prove little if Java accepted anything."""
    XmiWriter(tmp_path).write(_our_cas(typesystem), "rt-1")
    xmi = (tmp_path / "rt-1.xmi").read_text(encoding="utf-8")
    (tmp_path / "bad.xmi").write_text(xmi.replace("textsem:SignSymptomMention", "textsem:NoSuchMention"),
                                      encoding="utf-8")
    result = java_roundtrip(default_typesystem_path(), tmp_path / "bad.xmi", tmp_path / "out.xmi")
    assert result.returncode != 0
    assert "NoSuchMention" in result.stderr


def test_require_tool_skips_locally_and_fails_when_tools_are_required(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("CTAKES_PY_REQUIRE_TOOLS", raising=False)
    require_tool("present", True)
    with pytest.raises(pytest.skip.Exception):
        require_tool("absent", False)
    for name, value in (("CI", "true"), ("CTAKES_PY_REQUIRE_TOOLS", "1")):
        with monkeypatch.context() as env:
            env.setenv(name, value)
            with pytest.raises(pytest.fail.Exception, match="absent"):
                require_tool("absent", False)

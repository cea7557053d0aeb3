from __future__ import annotations

import json

import pytest
from cassis import load_cas_from_json

from ctakes_py.document import create_cas
from ctakes_py.errors import InputError
from ctakes_py.io.json_cas import JsonCasWriter
from ctakes_py.typesystem import DISEASE_DISORDER_MENTION, UMLS_CONCEPT


def _cas(ts):
    cas = create_cas("Hx of hypertension \u00e9 \U0001F600.", ts, "j1", metadata={"patient_id": "p"})
    concept = ts.get_type(UMLS_CONCEPT)(cui="C0020538", code="38341003", codingScheme="SNOMEDCT_US")
    cas.add(ts.get_type(DISEASE_DISORDER_MENTION)(
        begin=6, end=18, polarity=1, ontologyConceptArr=ts.get_type("uima.cas.FSArray")(elements=[concept])))
    return cas


def test_json_file_loads_on_its_own(tmp_path, typesystem, canonical):
    cas = _cas(typesystem)
    writer = JsonCasWriter(tmp_path)
    writer.write(cas, "j1")
    path = tmp_path / "j1.json"
    assert writer.done("j1") and path.exists()
    assert DISEASE_DISORDER_MENTION in json.loads(path.read_text(encoding="utf-8"))["%TYPES"]
    with open(path, "rb") as fh:
        back = load_cas_from_json(fh)  # no type system given: the file carries it
    (mention,) = back.select(DISEASE_DISORDER_MENTION)
    assert mention.get_covered_text() == "hypertension"
    assert mention.polarity == 1
    assert mention.ontologyConceptArr.elements[0].cui == "C0020538"
    with open(path, "rb") as fh:
        again = load_cas_from_json(fh, typesystem=typesystem, merge_typesystem=False)
    assert canonical(again) == canonical(cas)


def test_json_without_type_system(tmp_path, typesystem, canonical):
    cas = _cas(typesystem)
    JsonCasWriter(tmp_path, typesystem="none").write(cas, "j1")
    path = tmp_path / "j1.json"
    assert "%TYPES" not in json.loads(path.read_text(encoding="utf-8"))
    with open(path, "rb") as fh:
        back = load_cas_from_json(fh, typesystem=typesystem, merge_typesystem=False)
    assert canonical(back) == canonical(cas)
    assert path.stat().st_size < 10_000


def test_unknown_mode_is_refused(tmp_path):
    with pytest.raises(InputError, match="typesystem mode") as err:
        JsonCasWriter(tmp_path, typesystem="minimal")
    assert "full" in err.value.fix

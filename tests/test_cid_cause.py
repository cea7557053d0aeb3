"""Explicitly stated causes of disease mentions (ctakes_py.relation.cid_cause)."""
import re

import pytest

from ctakes_py.relation.cid_cause import cause_features, explicit_causes


def _spans(text, word):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize("text, chemical, disease", [
    ("Flestolol attenuated isoproterenol-induced tachycardia.", "isoproterenol", "tachycardia"),
    ("Cyclophosphamide (CPA) - associated cystitis was seen.", "Cyclophosphamide", "cystitis"),
    ("Hepatitis due to isoniazid is rare.", "isoniazid", "Hepatitis"),
    ("Seizures (SZ) following the administration of lidocaine.", "lidocaine", "Seizures"),
    ("Nausea induced by an infusion of morphine.", "morphine", "Nausea"),
])
def test_stated_cause_is_found(text, chemical, disease):
    causes = explicit_causes(text, [(b, e, "C") for b, e in _spans(text, chemical)], {"D": _spans(text, disease)})
    assert causes == {"D": {"C"}}


@pytest.mark.parametrize("text, chemical, disease", [
    ("Tachycardia and isoproterenol were studied.", "isoproterenol", "Tachycardia"),
    ("Isoproterenol was given; later tachycardia occurred.", "Isoproterenol", "tachycardia"),
    ("Hepatitis patients were treated with isoniazid.", "isoniazid", "Hepatitis"),
])
def test_mere_cooccurrence_is_no_stated_cause(text, chemical, disease):
    assert explicit_causes(text, [(b, e, "C") for b, e in _spans(text, chemical)], {"D": _spans(text, disease)}) == {}


def test_each_disease_gets_its_own_causes():
    text = "Flestolol reduced isoproterenol-induced tachycardia and flestolol-induced hypotension."
    chems = [(b, e, "ISO") for b, e in _spans(text, "isoproterenol")] + \
        [(b, e, "FLE") for b, e in _spans(text, "Flestolol") + _spans(text, "flestolol")]
    causes = explicit_causes(text, chems, {"TACHY": _spans(text, "tachycardia"), "HYPO": _spans(text, "hypotension")})
    assert causes == {"TACHY": {"ISO"}, "HYPO": {"FLE"}}
    assert cause_features("FLE", causes["TACHY"]) == {"e:cause_other": 1.0}
    assert cause_features("FLE", causes["HYPO"]) == {"e:cause_self": 1.0}
    assert cause_features("FLE", set()) == {}

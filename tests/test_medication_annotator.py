"""MedicationAttributes: drugs with their attributes as cTAKES modifiers, features and relations."""
from __future__ import annotations

from pathlib import Path

import pytest
from cassis import load_cas_from_xmi

from ctakes_py import Pipeline
from ctakes_py.annotator import UimaContext
from ctakes_py.annotators.medication import MedicationAttributes
from ctakes_py.document import create_cas
from ctakes_py.medication.cas import medication_columns, medication_links
from ctakes_py.medication.extractor import MedicationExtractor
from ctakes_py.typesystem import BINARY_TEXT_RELATION, MEDICATION_MENTION, load_typesystem

REPO = Path(__file__).resolve().parents[1]
TS = load_typesystem()


def make(**parameters) -> MedicationAttributes:
    annotator = MedicationAttributes()
    annotator.initialize(UimaContext(parameters=parameters, resources={}, typesystem=TS))
    return annotator


ANNOTATOR = make()


def run(text: str, annotator: MedicationAttributes = ANNOTATOR, dictionary: tuple = ()):
    """CAS after the annotator; ``dictionary`` spans are added first as dictionary mentions."""
    cas = create_cas(text, TS, "doc")
    for begin, end in dictionary:
        cas.add(TS.get_type(MEDICATION_MENTION)(begin=begin, end=end, discoveryTechnique=1, typeID=1))
    annotator.process(cas)
    return cas


def at(text: str, *words: str) -> tuple[tuple[int, int], ...]:
    """Offsets of each word's first occurrence (after the previous word's)."""
    out, pos = [], 0
    for word in words:
        begin = text.index(word, pos)
        out.append((begin, begin + len(word)))
        pos = begin + len(word)
    return tuple(out)


def drugs(cas) -> list:
    return sorted(cas.select(MEDICATION_MENTION), key=lambda m: m.begin)


def table(cas) -> dict[str, list[tuple[str, str]]]:
    """Drug text -> sorted (kind, attribute text) of its links (relations)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for fs, drug, kind in medication_links(cas):
        out.setdefault(drug.get_covered_text(), []).append((kind, fs.get_covered_text()))
    return {k: sorted(v) for k, v in out.items()}


def test_metformin_is_one_medication_with_strength_route_frequency():
    cas = run("metformin 500 mg PO BID")
    [med] = drugs(cas)
    assert med.get_covered_text() == "metformin"
    assert med.medicationStrength.get_covered_text() == "500 mg"
    assert (med.medicationStrength.normalizedForm.number, med.medicationStrength.normalizedForm.unit) == ("500", "mg")
    assert med.medicationRoute.normalizedForm.value == "oral"
    assert med.medicationFrequency.get_covered_text() == "BID"
    assert (med.medicationFrequency.normalizedForm.number, med.medicationFrequency.normalizedForm.unit) == ("2", "day")
    assert med.discoveryTechnique == 3 and med.typeID == 1
    assert medication_columns(med) == {"strength": "500 mg", "dose": None, "route": "PO", "frequency": "BID",
                                       "duration": None, "form": None, "status_change": None}


def test_medication_list_lines():
    text = ("Meds:\n1. Lisinopril 10 mg daily.\n2. Atorvastatin 40 mg tablet at bedtime\n"
            "- Albuterol 2 puffs q4h prn\nglipizide 5mg po bid ac")
    assert table(run(text, dictionary=at(text, "Lisinopril", "Atorvastatin", "Albuterol"))) == {
        "Lisinopril": [("Frequency", "daily"), ("Strength", "10 mg")],
        "Atorvastatin": [("Form", "tablet"), ("Frequency", "at bedtime"), ("Strength", "40 mg")],
        "Albuterol": [("Dosage", "2 puffs"), ("Frequency", "q4h prn")],
        "glipizide": [("Frequency", "bid ac"), ("Route", "po"), ("Strength", "5mg")],
    }


def test_sig_line_gives_two_forms_and_a_spelled_dose():
    text = "Levothyroxine 75 mcg Tablet Sig: One (1) Tablet PO DAILY (Daily).\nDisp:*30 Tablet(s)* Refills:*2*"
    links = table(run(text, dictionary=((0, 13),)))
    assert links == {"Levothyroxine": [("Dosage", "One (1)"), ("Form", "Tablet"), ("Form", "Tablet"),
                                       ("Frequency", "DAILY (Daily)"), ("Route", "PO"), ("Strength", "75 mcg")]}


def test_narrative_with_duration_and_status_change():
    text = "She was started on doxycycline 100 mg PO BID for 2 weeks for cellulitis."
    cas = run(text, dictionary=((19, 30),))
    [med] = drugs(cas)
    assert table(cas)["doxycycline"] == [("Duration", "for 2 weeks"), ("Frequency", "BID"), ("Route", "PO"),
                                         ("StatusChange", "started"), ("Strength", "100 mg")]
    assert med.medicationStatusChange.normalizedForm.value == "start"
    assert med.medicationDuration.normalizedForm.value == "for 2 weeks"


def test_attribute_before_drug_links_forward():
    text = "took 30 tabs of acetaminophen 500 mg. Will decrease to 2.5 mg glipizide daily."
    links = table(run(text, dictionary=((16, 29), (62, 71))))
    assert links["acetaminophen"] == [("Dosage", "30"), ("Form", "tabs"), ("Strength", "500 mg")]
    assert links["glipizide"] == [("Frequency", "daily"), ("Status" "Change", "decrease"), ("Strength", "2.5 mg")]


def test_several_drugs_in_one_sentence():
    text = "On losartan 50 mg daily, metoprolol succinate 100 mg daily and aspirin 81 mg daily."
    links = table(run(text, dictionary=((3, 11), (25, 35), (63, 70))))
    assert links == {"losartan": [("Frequency", "daily"), ("Strength", "50 mg")],
                     "metoprolol succinate": [("Frequency", "daily"), ("Strength", "100 mg")],
                     "aspirin": [("Frequency", "daily"), ("Strength", "81 mg")]}


def test_combination_products():
    cas = run("Amoxicillin-clavulanate 875-125 mg PO q12h", dictionary=((0, 11), (12, 23)))
    assert [m.get_covered_text() for m in drugs(cas)] == ["Amoxicillin-clavulanate"]
    cas = run("losartan-HCTZ 100-25 mg daily", dictionary=((0, 8),))
    assert [m.get_covered_text() for m in drugs(cas)] == ["losartan", "HCTZ"]
    links = table(cas)
    assert links["losartan"] == links["HCTZ"] == [("Frequency", "daily"), ("Strength", "100-25 mg")]


def test_name_extensions_and_form_after_strength():
    cas = run("metformin ER 500mg 2 tabs qpm; alfuzosin 10 mg ER tab PO daily; Flovent HFA 44 mcg 2 puffs BID",
              dictionary=((0, 9), (31, 40), (64, 71)))
    assert [m.get_covered_text() for m in drugs(cas)] == ["metformin ER", "alfuzosin", "Flovent HFA"]
    assert ("Form", "ER tab") in table(cas)["alfuzosin"]


def test_rule_based_drugs_without_dictionary():
    text = ("Allergies: PCN - rash. Avoid ACE inhibitors and NSAIDs. C3D1 FOLFOX. "
            "Started apixaban 5 mg BID. Xyzorin 20 mg daily.")
    found = [m.get_covered_text() for m in drugs(run(text))]
    assert found == ["PCN", "ACE inhibitors", "NSAIDs", "FOLFOX", "apixaban", "Xyzorin"]


def test_generic_words_and_lab_uses_are_removed():
    text = "Reviewed meds. Potassium 3.2 today; acetaminophen level negative. Potassium chloride 20 mEq PO x1."
    cas = run(text, dictionary=at(text, "meds", "Potassium", "acetaminophen", "Potassium chloride"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["Potassium chloride"]
    keep = run(text, make(removeRejected=False), dictionary=at(text, "meds"))
    assert "meds" in [m.get_covered_text() for m in drugs(keep)]


def test_negated_drugs_are_still_found():
    cas = run("No aspirin. Hold losartan.", dictionary=((3, 10), (17, 25)))
    assert [m.get_covered_text() for m in drugs(cas)] == ["aspirin", "losartan"]
    assert table(cas)["losartan"] == [("StatusChange", "Hold")]


def test_find_drugs_off_keeps_only_existing_mentions():
    cas = run("Xyzorin 20 mg daily and aspirin 81 mg", make(findDrugs=False), dictionary=((24, 31),))
    assert [m.get_covered_text() for m in drugs(cas)] == ["aspirin"]
    assert table(cas) == {"aspirin": [("Strength", "81 mg")]}


def test_relations_can_be_switched_off():
    cas = run("metformin 500 mg PO BID", make(createRelations=False))
    assert cas.select(BINARY_TEXT_RELATION) == []
    assert drugs(cas)[0].medicationStrength is not None


def test_attributes_without_a_drug_are_not_written():
    cas = run("Blood pressure 120/80, weight 70 kg, EF 30%. Follow up in 2 weeks.")
    assert drugs(cas) == [] and cas.select(BINARY_TEXT_RELATION) == []
    assert not cas.select("org.apache.ctakes.typesystem.type.textsem.Modifier")


def test_xmi_round_trip_keeps_modifiers_and_links():
    cas = run("1. Lisinopril 10 mg PO daily x 30 days", dictionary=((3, 13),))
    back = load_cas_from_xmi(cas.to_xmi(), typesystem=TS)
    [med] = drugs(back)
    assert med.medicationRoute.normalizedForm.value == "oral"
    assert table(back) == table(cas)


def test_descriptor_pipeline(tmp_path):
    nlp = Pipeline.from_descriptor(REPO / "descriptors" / "annotators" / "MedicationAttributes.xml")
    cas = nlp("Lantus 22 units subcut qhs")
    assert table(cas) == {"Lantus": [("Dosage", "22 units"), ("Frequency", "qhs"), ("Route", "subcut")]}


def test_extractor_on_plain_text():
    ex = MedicationExtractor.from_folder(REPO / "lexicons" / "medication")
    text = "warfarin 5 mg M/W/F"
    result = ex.extract(text)
    assert [text[d.begin:d.end] for d in result.drugs] == ["warfarin"]
    assert [(a.kind, text[a.begin:a.end]) for a in result.attributes_of(0)] == [
        ("Strength", "5 mg"), ("Frequency", "M/W/F")]


def test_medication_columns_on_other_mentions():
    fs = TS.get_type("org.apache.ctakes.typesystem.type.textsem.DiseaseDisorderMention")(begin=0, end=1)
    assert set(medication_columns(fs).values()) == {None}


@pytest.mark.parametrize("text", ["", "   ", "no medications here"])
def test_empty_or_drugless_text(text):
    assert drugs(run(text)) == []


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "aspirin", "Lisinopril", "metformin ER", "10 mg", "2 tabs", "One (1)", "PO", "BID", "q6h prn",
    "x 7 days", "for", "stop", "started", "-", "/", ",", ".", ";", "\n", "\n1. ", "Sig:", "Disp:*30*",
    "max", "2 puffs", "HCTZ", "and", "No", "meds", "(", ")", "%", "5", "units", "tab", "daily",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30), st.text(max_size=20))
def test_any_text_gives_consistent_annotations(pieces, noise):
    text = " ".join(pieces) + noise
    cas = run(text)
    meds = drugs(cas)
    for a, b in zip(meds, meds[1:]):
        assert a.end <= b.begin  # drug mentions never overlap
    for fs, drug, kind in medication_links(cas):
        assert 0 <= fs.begin < fs.end <= len(text) and fs.category == kind
        assert not (fs.begin < drug.end and drug.begin < fs.end)  # an attribute is never inside its drug


# --- generalization rules (blind-set error analysis) ------------------------------------

def test_unknown_word_after_a_separator_heads_a_second_drug():
    text = "Xarelto 20 mg daily with evening meal and gabapenitn 300 mg caps - takes 1 cap TID."
    links = table(run(text, dictionary=at(text, "Xarelto")))
    assert links["Xarelto"] == [("Frequency", "daily with evening meal"), ("Strength", "20 mg")]
    assert links["gabapenitn"] == [("Dosage", "1"), ("Form", "cap"), ("Form", "caps"), ("Frequency", "TID"),
                                   ("Strength", "300 mg")]


def test_separator_head_skips_ordinary_words():
    text = "aspirin 81 mg daily and then 325 mg once"
    assert [m.get_covered_text() for m in drugs(run(text, dictionary=at(text, "aspirin")))] == ["aspirin"]


def test_count_between_a_taking_verb_and_the_drug_is_its_dosage():
    text = "took 1 NTG 0.4 mg SL with relief"
    assert table(run(text, dictionary=at(text, "NTG")))["NTG"] == [("Dosage", "1"), ("Route", "SL"),
                                                                  ("Strength", "0.4 mg")]


def test_regimen_joined_by_plus_shares_its_schedule():
    text = "Regimen: mFOLFOX6 + bevacizumab q14 days, planned x 12 cycles."
    links = table(run(text, dictionary=at(text, "bevacizumab")))
    assert links["mFOLFOX6"] == links["bevacizumab"] == [("Duration", "x 12 cycles"), ("Frequency", "q14 days")]


def test_coordinated_bare_drug_shares_duration_not_strength():
    text = "Treated with vancomycin and cefepime 2 g IV for 5 days."
    links = table(run(text, dictionary=at(text, "vancomycin", "cefepime")))
    assert links["vancomycin"] == [("Duration", "for 5 days"), ("Route", "IV")]
    assert ("Strength", "2 g") in links["cefepime"]
    text = "Tried Detrol, Ditropan, and Vesicare for 1 month each. Stop aspirin, Plavix 75 mg daily."
    links = table(run(text, dictionary=at(text, "Detrol", "Ditropan", "Vesicare", "aspirin", "Plavix")))
    assert links["Detrol"] == links["Ditropan"] == links["Vesicare"] == [("Duration", "for 1 month")]
    assert "aspirin" not in links or ("Frequency", "daily") not in links["aspirin"]


def test_indented_lines_under_a_colon_continue_the_item():
    text = "3. Humalog correctional scale SC AC & HS:\n   BG 151-200: 2 units\n   BG 201-250: 4 units\n4. Stop X."
    links = table(run(text, dictionary=at(text, "Humalog")))
    assert links["Humalog"] == [("Dosage", "2 units"), ("Dosage", "4 units"), ("Frequency", "AC & HS"),
                                ("Route", "SC")]


def test_time_span_of_a_symptom_is_not_a_duration():
    text = "On warfarin, brought in for 2 days of increasing confusion."
    assert table(run(text, dictionary=at(text, "warfarin"))) == {}
    text = "Ceftriaxone 1 g IV daily for 7 days of therapy."
    assert ("Duration", "for 7 days") in table(run(text, dictionary=at(text, "Ceftriaxone")))["Ceftriaxone"]


def test_dictionary_name_ending_in_a_form_word_is_trimmed():
    text = "continue nicotine lozenges prn; ProAir HFA 2 puffs q4h prn"
    cas = run(text, dictionary=at(text, "nicotine lozenges", "ProAir HFA"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["nicotine", "ProAir HFA"]
    assert table(cas)["nicotine"] == [("Form", "lozenges"), ("Frequency", "prn"), ("StatusChange", "continue")]
    text = "Timolol eye drops BID; Advair Diskus 1 puff BID"
    cas = run(text, dictionary=at(text, "Timolol eye drops", "Advair Diskus"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["Timolol", "Advair Diskus"]
    assert ("Form", "eye drops") in table(cas)["Timolol"]


def test_multi_word_or_abbreviated_parts_of_a_product_stay_two_drugs():
    text = "calcium carbonate-vit D 600 mg-400 unit PO BID"
    cas = run(text, dictionary=at(text, "calcium carbonate"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["calcium carbonate", "vit D"]
    links = table(cas)
    assert links["calcium carbonate"] == links["vit D"] == [("Frequency", "BID"), ("Route", "PO"),
                                                           ("Strength", "600 mg-400 unit")]


def test_class_named_by_its_ingredient_and_brand_formulation_words():
    text = "No estrogen-containing contraceptives. Fluzone High-Dose 0.5 mL IM. Abilify Maintena 400 mg IM monthly."
    cas = run(text, dictionary=at(text, "estrogen", "Fluzone", "Abilify"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["estrogen-containing contraceptives",
                                                         "Fluzone High-Dose", "Abilify Maintena"]


def test_generic_words_are_not_drugs_and_keep_their_attributes():
    text = "Tylenol with Codeine and topical antibiotics. Home in 1-2 days once on PO antibiotics."
    cas = run(text, dictionary=at(text, "Tylenol with Codeine", "antibiotics"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["Tylenol with Codeine"]
    assert table(cas) == {}


def test_context_word_given_or_withheld_as_a_drug():
    text = "Hold warfarin tonight; no vitamin K as not bleeding. No iron deficiency."
    cas = run(text, dictionary=at(text, "warfarin", "vitamin K", "iron"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["warfarin", "vitamin K"]


def test_diagnosis_and_eye_uses_of_drug_names():
    text = "Hx opioid use disorder. Timolol OD BID. Acetaminophen OD with 40 tabs."
    cas = run(text, dictionary=at(text, "opioid", "Timolol", "Acetaminophen"))
    assert [m.get_covered_text() for m in drugs(cas)] == ["Timolol"]
    assert table(cas)["Timolol"] == [("Frequency", "BID"), ("Route", "OD")]


def test_dictionary_hit_of_a_form_word_and_a_number_is_not_a_drug():
    text = "Colace 100 mg cap 1 PO BID"
    cas = run(text, dictionary=at(text, "Colace", "cap 1"))
    assert [d.get_covered_text() for d in drugs(cas)] == ["Colace"]
    assert ("Dosage", "1") in table(cas)["Colace"] and ("Form", "cap") in table(cas)["Colace"]

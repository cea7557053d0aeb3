"""Attribution of conditions to persons, on person mentions given by hand."""
from __future__ import annotations

import re

from ctakes_py.phenotype.attribution import Attributor, PersonRef


def attribute(text: str, persons: dict[str, str], condition: str, occurrence: int = 0, family_cue: bool = False,
              family_section: tuple[int, int] | None = None, clinicians: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``persons``: mention text -> person id (each text's occurrences in order)."""
    refs = []
    for surface, person in persons.items():
        for m in re.finditer(re.escape(surface), text):
            refs.append(PersonRef(m.start(), m.end(), person, person in clinicians))
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)]
    spans = [family_section] if family_section else []
    begin = [m.start() for m in re.finditer(re.escape(condition), text)][occurrence]
    return Attributor(text, refs, starts, spans, patient="P0").attribute(begin, begin + len(condition),
                                                                          family_cue).holders


def test_nearest_person_before():
    text = "Mrs. Greene has HTN. Her mother had breast cancer."
    persons = {"Mrs. Greene": "P0", "Her mother": "P1"}
    assert attribute(text, persons, "HTN") == ("P0",)
    assert attribute(text, persons, "breast cancer") == ("P1",)


def test_explicit_holder_after_and_conjoined_holders():
    text = "FH: DM in mother. Her mother and maternal aunt both had breast cancer."
    persons = {"mother": "P1", "maternal aunt": "P2"}
    assert attribute(text, persons, "DM") == ("P1",)
    assert attribute(text, persons, "breast cancer") == ("P1", "P2")


def test_objects_of_by_and_with_and_clinicians_are_skipped():
    text = "59 yo F brought in by her husband with chest pain. She was seen by Dr. Ito for CKD. " \
           "Pt is seen with her son, who has asthma."
    persons = {"59 yo F": "P0", "her husband": "P1", "She": "P0", "Dr. Ito": "P2", "Pt": "P0", "her son": "P3"}
    assert attribute(text, persons, "chest pain") == ("P0",)
    assert attribute(text, persons, "CKD", clinicians=("P2",)) == ("P0",)
    assert attribute(text, persons, "asthma") == ("P3",)


def test_no_person_in_the_sentence():
    text = "Mother - breast cancer. HTN. Hx of stroke."
    fh = (0, text.index(" Hx"))
    assert attribute(text, {"Mother": "P1"}, "HTN", family_section=fh) == ()
    assert attribute(text, {"Mother": "P1"}, "stroke", family_section=fh) == ("P0",)


def test_family_in_general():
    text = "She has no family history of colon cancer. Both parents had diabetes. Stroke runs in the family."
    persons = {"She": "P0"}
    assert attribute(text, persons, "colon cancer", family_cue=True) == ()
    assert attribute(text, persons, "diabetes") == ()
    assert attribute(text, persons, "Stroke") == ()


def test_family_history_list_items_belong_to_their_heading():
    text = "Mother:\n- breast cancer\n- HTN\nFather - MI. Diabetes."
    fh = (0, len(text))
    persons = {"Mother": "P1", "Father": "P2"}
    assert attribute(text, persons, "breast cancer", family_section=fh) == ("P1",)
    assert attribute(text, persons, "HTN", family_section=fh) == ("P1",)
    assert attribute(text, persons, "Diabetes", family_section=fh) == ()

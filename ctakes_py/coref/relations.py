"""Kinship algebra: who is "his mother" when "he" is the patient's son?

Relations are the normalized names of ``lexicons/coref/kinship.tsv`` (mother, son,
spouse, maternal aunt...). :func:`compose` gives the relation to the patient of X's
``relation`` when X's own relation to the patient is ``anchor``; :data:`SELF` means the
person is the patient ("He says his mother ..." spoken by the patient's son).
"""
from __future__ import annotations

SELF = "self"
UNKNOWN = "relative"

GENDER = {
    "mother": "f", "father": "m", "sister": "f", "brother": "m", "son": "m", "daughter": "f",
    "grandmother": "f", "grandfather": "m", "grandson": "m", "granddaughter": "f", "aunt": "f",
    "uncle": "m", "niece": "f", "nephew": "m", "stepmother": "f", "stepfather": "m", "stepson": "m",
    "stepdaughter": "f", "stepsister": "f", "stepbrother": "m", "mother-in-law": "f",
    "father-in-law": "m", "sister-in-law": "f", "brother-in-law": "m", "son-in-law": "m",
    "daughter-in-law": "f", "boyfriend": "m", "girlfriend": "f",
    "maternal grandmother": "f", "paternal grandmother": "f", "maternal grandfather": "m",
    "paternal grandfather": "m", "maternal aunt": "f", "paternal aunt": "f", "maternal uncle": "m",
    "paternal uncle": "m",
}
PARENTS = {"mother", "father", "parent", "stepmother", "stepfather"}
CHILDREN = {"son", "daughter", "child", "stepson", "stepdaughter"}
SIBLINGS = {"sister", "brother", "sibling", "stepsister", "stepbrother"}
PARTNERS = {"spouse", "fiance", "boyfriend", "girlfriend"}
GRANDCHILDREN = {"grandson", "granddaughter", "grandchild"}
GRANDPARENTS = {"grandmother", "grandfather", "maternal grandmother", "paternal grandmother",
                "maternal grandfather", "paternal grandfather"}
NIBLINGS = {"niece", "nephew"}
PIBLINGS = {"aunt", "uncle", "maternal aunt", "paternal aunt", "maternal uncle", "paternal uncle"}

# relation pairs (anchor's relation to the patient, X's relation to the anchor) that lead
# back to the patient: the patient is the son's mother, the spouse's spouse, ...
_INVERSES = [(CHILDREN, PARENTS), (PARTNERS, PARTNERS), (PARENTS, CHILDREN), (SIBLINGS, SIBLINGS),
             (GRANDCHILDREN, GRANDPARENTS), (GRANDPARENTS, GRANDCHILDREN), (NIBLINGS, PIBLINGS),
             (PIBLINGS, NIBLINGS)]
_BY_GENDER = {  # (anchor group, relation group) -> relation by the person's gender
    ("mother", "parent"): {"f": "maternal grandmother", "m": "maternal grandfather"},
    ("father", "parent"): {"f": "paternal grandmother", "m": "paternal grandfather"},
    ("mother", "sibling"): {"f": "maternal aunt", "m": "maternal uncle"},
    ("father", "sibling"): {"f": "paternal aunt", "m": "paternal uncle"},
    ("parent", "parent"): {"f": "grandmother", "m": "grandfather"},
    ("parent", "sibling"): {"f": "aunt", "m": "uncle"},
    ("partner", "parent"): {"f": "mother-in-law", "m": "father-in-law"},
    ("partner", "sibling"): {"f": "sister-in-law", "m": "brother-in-law"},
    ("child", "child"): {"f": "granddaughter", "m": "grandson"},
    ("child", "partner"): {"f": "daughter-in-law", "m": "son-in-law"},
    ("sibling", "child"): {"f": "niece", "m": "nephew"},
    ("sibling", "partner"): {"f": "sister-in-law", "m": "brother-in-law"},
    ("parent", "partner"): {"f": "mother", "m": "father"},
    ("partner", "child"): {"f": "daughter", "m": "son"},
    ("sibling", "parent"): {"f": "mother", "m": "father"},
    ("parent", "child"): {"f": "sister", "m": "brother"},
    ("sibling", "sibling"): {"f": "sister", "m": "brother"},
    ("child", "parent"): {"f": "spouse", "m": "spouse"},
}


def gender_of(relation: str) -> str:
    """m / f / u for a normalized relation."""
    return GENDER.get(relation, "u")


def compatible(a: str, b: str) -> bool:
    """Genders agree or one of them is unknown."""
    return a == "u" or b == "u" or a == b


def _group(relation: str) -> str:
    for name, members in (("parent", PARENTS), ("child", CHILDREN), ("sibling", SIBLINGS),
                          ("partner", PARTNERS)):
        if relation in members:
            return name
    return relation


def compose(anchor: str, relation: str, patient_gender: str = "u", gender: str = "u") -> str:
    """Relation to the patient of the ``relation`` of someone whose relation to the patient
    is ``anchor`` (:data:`SELF` for the patient); ``gender`` is the person's gender when the
    relation word does not tell ("husband" is ``spouse`` + m). Returns :data:`SELF`, a relation, or
    :data:`UNKNOWN` when the kinship algebra has no answer."""
    if anchor == SELF:
        return relation
    gender = gender if gender != "u" else gender_of(relation)
    for anchors, relations in _INVERSES:
        if anchor in anchors and relation in relations and compatible(gender, patient_gender):
            return SELF
    group = _group(relation)
    # maternal / paternal lines keep the parent's side; other anchors count by group
    side = anchor if anchor in ("mother", "father") and group in ("parent", "sibling") else _group(anchor)
    table = _BY_GENDER.get((side, group))
    if table and gender in table:
        return table[gender]
    return UNKNOWN

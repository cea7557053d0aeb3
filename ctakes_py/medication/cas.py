"""Writing medication results into a CAS with cTAKES types, and reading them back.

Per linked attribute one ``textsem.Medication<Kind>Modifier`` (``category`` = the brat/n2c2
label, ``normalizedForm`` = the ``refsem.Medication<Kind>`` value) and, per drug it
modifies, one ``relation.BinaryTextRelation`` with ``category`` ``<Kind>-Drug`` (arg1 =
the modifier, role ``Argument``; arg2 = the drug, role ``Related_to``). The drug's
``medication<Kind>`` feature points to its first modifier of that kind, as Java cTAKES
expects a single value; the relations carry every link (two forms, one strength shared by
a two-drug product).
"""
from __future__ import annotations

from typing import Any

from cassis import Cas, TypeSystem

from ..typesystem import BINARY_TEXT_RELATION, EXPLICIT_AE, MEDICATION_MENTION, RELATION_ARGUMENT
from .patterns import DOSAGE, DURATION, FORM, FREQUENCY, ROUTE, STATUS_CHANGE, STRENGTH, Attribute

_C = "org.apache.ctakes.typesystem.type."
TYPE_ID_DRUG = 1     # CONST.NE_TYPE_ID_DRUG

# kind -> (modifier type, MedicationMention feature, refsem attribute type)
MODIFIERS: dict[str, tuple[str, str, str]] = {
    STRENGTH: (_C + "textsem.MedicationStrengthModifier", "medicationStrength", _C + "refsem.MedicationStrength"),
    DOSAGE: (_C + "textsem.MedicationDosageModifier", "medicationDosage", _C + "refsem.MedicationDosage"),
    ROUTE: (_C + "textsem.MedicationRouteModifier", "medicationRoute", _C + "refsem.MedicationRoute"),
    FREQUENCY: (_C + "textsem.MedicationFrequencyModifier", "medicationFrequency", _C + "refsem.MedicationFrequency"),
    DURATION: (_C + "textsem.MedicationDurationModifier", "medicationDuration", _C + "refsem.MedicationDuration"),
    FORM: (_C + "textsem.MedicationFormModifier", "medicationForm", _C + "refsem.MedicationForm"),
    STATUS_CHANGE: (_C + "textsem.MedicationStatusChangeModifier", "medicationStatusChange",
                    _C + "refsem.MedicationStatusChange"),
}
ROLE_ATTRIBUTE = "Argument"
ROLE_DRUG = "Related_to"


def new_medication(ts: TypeSystem, begin: int, end: int) -> Any:
    """A MedicationMention made by this module (not from a dictionary)."""
    return ts.get_type(MEDICATION_MENTION)(
        begin=begin, end=end, typeID=TYPE_ID_DRUG, discoveryTechnique=EXPLICIT_AE, polarity=1,
        uncertainty=0, historyOf=0, conditional=False, generic=False, subject="patient")


def normalized_form(ts: TypeSystem, a: Attribute, surface: str) -> Any:
    """The ``refsem.Medication*`` value of an attribute."""
    type_name = MODIFIERS[a.kind][2]
    if a.kind in (STRENGTH, FREQUENCY):
        return ts.get_type(type_name)(number=a.value.get("number") or None, unit=a.value.get("unit") or None)
    if a.kind == DOSAGE:
        value = " ".join(v for v in (a.value.get("number"), a.value.get("unit")) if v) or surface
        return ts.get_type(type_name)(value=value)
    return ts.get_type(type_name)(value=a.value.get("value") or surface)


def modifier(ts: TypeSystem, a: Attribute, text: str) -> Any:
    type_name = MODIFIERS[a.kind][0]
    return ts.get_type(type_name)(begin=a.begin, end=a.end, category=a.kind, discoveryTechnique=EXPLICIT_AE,
                                  normalizedForm=normalized_form(ts, a, text[a.begin:a.end]))


def link(ts: TypeSystem, attribute_fs: Any, drug_fs: Any, kind: str) -> Any:
    """The ``<Kind>-Drug`` relation between a modifier and a drug."""
    arg = ts.get_type(RELATION_ARGUMENT)
    return ts.get_type(BINARY_TEXT_RELATION)(
        category=f"{kind}-Drug", discoveryTechnique=EXPLICIT_AE,
        arg1=arg(argument=attribute_fs, role=ROLE_ATTRIBUTE), arg2=arg(argument=drug_fs, role=ROLE_DRUG))


MEDICATION_COLUMNS: tuple[str, ...] = (
    "strength", "dose", "route", "frequency", "duration", "form", "status_change")


def medication_columns(mention: Any) -> dict[str, str | None]:
    """Tabular columns of one ``MedicationMention``: the text of its strength, dose, route,
    frequency, duration, form and status-change modifiers (None when absent).

    Keys: ``strength``, ``dose``, ``route``, ``frequency``, ``duration``, ``form``,
    ``status_change``. Works on any MedicationMention (ours, Java cTAKES's, gold read from
    brat); other mention types give all None.
    """
    columns = dict(zip(MEDICATION_COLUMNS, (STRENGTH, DOSAGE, ROUTE, FREQUENCY, DURATION, FORM, STATUS_CHANGE)))
    out: dict[str, str | None] = {}
    for column, kind in columns.items():
        feature = MODIFIERS[kind][1]
        value = getattr(mention, feature, None) if _has_feature(mention, feature) else None
        out[column] = _covered(value) if value is not None else None
    return out


def _has_feature(fs: Any, name: str) -> bool:
    try:
        return fs.type.get_feature(name) is not None
    except Exception:
        return False


def _covered(fs: Any) -> str | None:
    try:
        return fs.get_covered_text()
    except Exception:  # an annotation not attached to a sofa
        normalized = getattr(fs, "normalizedForm", None)
        return getattr(normalized, "value", None) if normalized is not None else None


def medication_links(cas: Cas) -> list[tuple[Any, Any, str]]:
    """``(modifier, drug, kind)`` for every ``<Kind>-Drug`` relation whose arg2 is a
    MedicationMention."""
    out = []
    for rel in cas.select(BINARY_TEXT_RELATION):
        if rel.arg1 is None or rel.arg2 is None or not (rel.category or "").endswith("-Drug"):
            continue
        drug = rel.arg2.argument
        if drug is not None and drug.type.name == MEDICATION_MENTION:
            out.append((rel.arg1.argument, drug, rel.category[:-len("-Drug")]))
    return out

"""Semantic types (TUIs), cTAKES semantic groups and the mention type each group creates.

Follows cTAKES ``SemanticTui`` / ``SemanticGroup`` (ctakes-core, current main): a TUI
belongs to one group, the group decides the ``IdentifiedAnnotation`` subtype that is
created and its ``typeID``. Groups are named with cTAKES's enum names (``DISORDER``...).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..typesystem import (
    ANATOMICAL_SITE_MENTION,
    DISEASE_DISORDER_MENTION,
    ENTITY_MENTION,
    EVENT_MENTION,
    IDENTIFIED_ANNOTATION,
    LAB_MENTION,
    MEDICATION_MENTION,
    PROCEDURE_MENTION,
    SIGN_SYMPTOM_MENTION,
)


@dataclass(frozen=True)
class Group:
    """A cTAKES semantic group: its enum name, CONST typeID and created mention type."""

    name: str
    type_id: int
    mention_type: str
    default_tui: str


GROUPS: dict[str, Group] = {g.name: g for g in (
    Group("DRUG", 1, MEDICATION_MENTION, "T121"),
    Group("DISORDER", 2, DISEASE_DISORDER_MENTION, "T047"),
    Group("FINDING", 3, SIGN_SYMPTOM_MENTION, "T184"),
    Group("PROCEDURE", 5, PROCEDURE_MENTION, "T061"),
    Group("ANATOMY", 6, ANATOMICAL_SITE_MENTION, "T023"),
    Group("CLINICAL_ATTRIBUTE", 7, SIGN_SYMPTOM_MENTION, "T201"),
    Group("DEVICE", 8, ENTITY_MENTION, "T074"),
    Group("LAB", 9, LAB_MENTION, "T034"),
    Group("PHENOMENON", 10, EVENT_MENTION, "T067"),
    Group("UNKNOWN", 0, IDENTIFIED_ANNOTATION, ""),
)}

# typeID of a clinical mention type; the generic types (EntityMention, EventMention,
# IdentifiedAnnotation) say nothing of a group, so mentions of them get 0 (UNKNOWN).
_GENERIC_TYPES = frozenset((ENTITY_MENTION, EVENT_MENTION, IDENTIFIED_ANNOTATION))
# Reversed, so that of two groups with one mention type the first wins (FINDING's 3 for
# SignSymptomMention, not CLINICAL_ATTRIBUTE's 7).
_MENTION_TYPE_IDS: dict[str, int] = {g.mention_type: g.type_id for g in reversed(GROUPS.values())
                                     if g.mention_type not in _GENERIC_TYPES}


def mention_type_id(type_name: str) -> int:
    """The cTAKES ``typeID`` (CONST.NE_TYPE_ID_*) of a mention of ``type_name``
    (``...textsem.ProcedureMention`` -> 5); 0 for any other type."""
    return _MENTION_TYPE_IDS.get(type_name, 0)


def _tuis(group: str, *numbers: int | range) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in numbers:
        for n in (item if isinstance(item, range) else (item,)):
            out[f"T{n:03d}"] = group
    return out


# SemanticTui.java, groups that create clinical mentions (others map to UNKNOWN here).
TUI_GROUP: dict[str, str] = {
    **_tuis("DRUG", 87, 88, 103, 104, 109, 110, range(114, 117), range(118, 128), range(129, 132),
            167, 168, range(195, 198), 200),
    **_tuis("DISORDER", 5, 6, 19, 20, 37, range(47, 51), 190, 191),
    **_tuis("FINDING", 28, 31, 33, range(39, 47), range(53, 57), 77, 78, 85, 86, 169, 170, 184,
            185, 192),
    **_tuis("PROCEDURE", range(58, 64), 65, 66),
    **_tuis("ANATOMY", 17, 18, range(21, 27), 29, 30),
    **_tuis("LAB", 34),
    **_tuis("CLINICAL_ATTRIBUTE", 201),
    **_tuis("DEVICE", range(73, 76), 203),
    **_tuis("PHENOMENON", 38, range(67, 71)),
}

# The TUIs cTAKES's dictionary creator keeps by default (DictionaryBuilder / TuiTableModel).
DEFAULT_UMLS_TUIS: tuple[str, ...] = (
    "T017", "T021", "T022", "T023", "T024", "T029", "T030",          # anatomy
    "T005", "T006", "T019", "T020", "T037", "T047", "T048", "T190", "T191",  # disorders
    "T031", "T033", "T053", "T056", "T169", "T184", "T185",          # findings
    "T058", "T059", "T060", "T061",                                  # procedures
    "T110", "T121", "T122", "T127", "T131", "T167", "T195", "T200",  # drugs
    "T034",                                                          # labs
)

# Names a spreadsheet may use in its mention-type column.
_GROUP_ALIASES = {
    "drug": "DRUG", "drugs": "DRUG", "medication": "DRUG", "medicationmention": "DRUG",
    "chemical": "DRUG",
    "disorder": "DISORDER", "disease": "DISORDER", "diseasedisorder": "DISORDER",
    "diseasedisordermention": "DISORDER", "disease_disorder": "DISORDER",
    "finding": "FINDING", "signsymptom": "FINDING", "signsymptommention": "FINDING",
    "sign_symptom": "FINDING", "symptom": "FINDING", "sign": "FINDING",
    "procedure": "PROCEDURE", "proceduremention": "PROCEDURE",
    "anatomy": "ANATOMY", "anatomicalsite": "ANATOMY", "anatomicalsitemention": "ANATOMY",
    "anatomical_site": "ANATOMY", "site": "ANATOMY",
    "lab": "LAB", "labmention": "LAB",
    "device": "DEVICE", "clinical_attribute": "CLINICAL_ATTRIBUTE", "attribute": "CLINICAL_ATTRIBUTE",
    "phenomenon": "PHENOMENON",
}


def normalize_tui(value: str) -> str | None:
    """``T047``, ``t047``, ``47`` -> ``T047``; anything else -> None."""
    text = value.strip().upper()
    text = text.removeprefix("T")
    return f"T{int(text):03d}" if text.isdigit() and len(text) <= 3 else None


def group_of_tui(tui: str | None) -> str:
    """The cTAKES group name of a TUI (``UNKNOWN`` when not a clinical group)."""
    return TUI_GROUP.get(tui or "", "UNKNOWN")


def group_from_name(value: str) -> str | None:
    """A group from a group/mention-type name (``Disorder``, ``DiseaseDisorderMention``,
    ``DISORDER``...), or None."""
    text = value.strip()
    if text.upper() in GROUPS:
        return text.upper()
    key = text.rsplit(".", 1)[-1].lower().replace(" ", "").replace("/", "")
    return _GROUP_ALIASES.get(key)

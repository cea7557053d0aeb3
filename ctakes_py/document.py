"""Create a CAS for one document and read its identity back, with cTAKES's own types.

The document id goes into ``structured.DocumentID``; the patient id and document creation
time into ``structured.Metadata`` / ``structured.SourceData`` (as cTAKES readers do), so
they survive XMI round trips and are visible to Java tools.
"""
from __future__ import annotations

from typing import Any, Mapping

from cassis import Cas, TypeSystem

from .typesystem import DOCUMENT_ID, METADATA, SOURCE_DATA

# Metadata keys understood here; anything else is kept only by tabular readers' callers.
PATIENT_ID = "patient_id"
CREATION_TIME = "document_creation_time"
NOTE_TYPE = "note_type"


def create_cas(
    text: str,
    typesystem: TypeSystem,
    document_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Cas:
    """A new CAS holding ``text`` with id and metadata set."""
    cas = Cas(typesystem=typesystem)
    cas.sofa_string = text
    cas.sofa_mime = "text/plain"
    if document_id is not None:
        cas.add(typesystem.get_type(DOCUMENT_ID)(documentID=str(document_id)))
    if metadata:
        set_metadata(cas, metadata)
    return cas


def set_metadata(cas: Cas, metadata: Mapping[str, Any]) -> None:
    ts = cas.typesystem
    source = ts.get_type(SOURCE_DATA)(
        sourceOriginalDate=_str_or_none(metadata.get(CREATION_TIME)),
        noteTypeCode=_str_or_none(metadata.get(NOTE_TYPE)),
    )
    meta = ts.get_type(METADATA)(
        patientIdentifier=_str_or_none(metadata.get(PATIENT_ID)), sourceData=source
    )
    cas.add(meta)


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def get_document_id(cas: Cas) -> str | None:
    found = cas.select(DOCUMENT_ID)
    return found[0].documentID if found else None


def get_metadata(cas: Cas) -> dict[str, str]:
    """Patient id, creation time and note type, as far as the CAS has them."""
    found = cas.select(METADATA)
    if not found:
        return {}
    meta = found[0]
    out = {PATIENT_ID: meta.patientIdentifier}
    if meta.sourceData is not None:
        out[CREATION_TIME] = meta.sourceData.sourceOriginalDate
        out[NOTE_TYPE] = meta.sourceData.noteTypeCode
    return {k: v for k, v in out.items() if v is not None}

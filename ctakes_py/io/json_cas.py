"""UIMA JSON CAS writer (the format of UIMA 3 ``JsonCasSerializer``, via dkpro-cassis).

Option ``typesystem`` chooses whether each file embeds the type system:

- ``"full"`` (default): the whole type system (about 100 KB per file), so the file loads on
  its own with ``cassis.load_cas_from_json(fh)``;
- ``"none"``: no types; load with the type system,
  ``load_cas_from_json(fh, typesystem=ts, merge_typesystem=False)``.

(dkpro-cassis 0.12's "minimal" mode writes types without their features, so the file
cannot be read back on its own; it is not offered. With an embedded type system, pass
``merge_typesystem=False`` when also giving ``typesystem``: cassis' merge rejects some
cTAKES feature declarations as "redefined differently".)
"""
from __future__ import annotations

import os
from typing import Any

from cassis import Cas
from cassis.typesystem import TypeSystemMode

from ..errors import InputError
from .base import Writer, atomic_write_bytes

_MODES = {"full": TypeSystemMode.FULL, "none": TypeSystemMode.NONE}


class JsonCasWriter(Writer):
    """Writes ``OUTDIR/NAME.json``."""

    name = "json"
    extension = ".json"

    def __init__(self, outdir: str | os.PathLike, **options: Any) -> None:
        super().__init__(outdir, **options)
        mode = str(options.get("typesystem", "full")).lower()
        if mode not in _MODES:
            raise InputError(f"unknown typesystem mode {mode!r} for the json writer",
                             fix=f"use one of: {', '.join(_MODES)}")
        self.mode = _MODES[mode]

    def write(self, cas: Cas, document_id: str) -> None:
        text = cas.to_json(type_system_mode=self.mode, ensure_ascii=False)
        atomic_write_bytes(self.output_path(document_id), text.encode("utf-8"))

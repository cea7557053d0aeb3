"""Word lists for person mentions (``lexicons/coref/``), read once into a :class:`CorefLexicon`.

Files (tab-separated, ``#`` comments):

- ``kinship.tsv``: ``term  relation  gender  [flags]`` ("mom  mother  f"); flag ``cs`` =
  case-sensitive (MGM), ``poss`` = a person only with a possessor or determiner ("her child");
- ``roles.tsv``: ``term  category  gender`` (clinician / other non-kin roles: "caregiver");
- ``patient_terms.tsv``: ``term  gender  needs`` (``any``: "patient", "pt"; ``det``: "the man");
- ``reporting_verbs.txt``: one phrase a line ("states", "is concerned").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResourceError
from ..resources import resolve_location

DEFAULT_FOLDER = "lexicons/coref"


@dataclass(frozen=True)
class Term:
    """One noun of a list: ``value`` is the relation (kinship), category (roles) or ``""``."""

    text: str
    value: str
    gender: str
    case_sensitive: bool = False
    needs_determiner: bool = False


@dataclass
class CorefLexicon:
    kinship: list[Term] = field(default_factory=list)
    roles: list[Term] = field(default_factory=list)
    patient_terms: list[Term] = field(default_factory=list)
    reporting_verbs: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: str | Path | None = None) -> "CorefLexicon":
        """Read the four files from ``folder`` (default: the shipped ``lexicons/coref``)."""
        root = Path(folder) if folder else resolve_location(DEFAULT_FOLDER)
        if root is None or not root.is_dir():
            raise ResourceError(f"coreference word lists not found: {folder or DEFAULT_FOLDER}",
                                fix="point the lexicon parameter at a folder with kinship.tsv, roles.tsv, "
                                    "patient_terms.tsv and reporting_verbs.txt")
        return cls(
            kinship=[_kin(row) for row in _rows(root / "kinship.tsv", 3)],
            roles=[Term(r[0], r[1], r[2]) for r in _rows(root / "roles.tsv", 3)],
            patient_terms=[Term(r[0], "", r[1], needs_determiner=r[2] == "det")
                           for r in _rows(root / "patient_terms.tsv", 3)],
            reporting_verbs=[r[0] for r in _rows(root / "reporting_verbs.txt", 1)],
        )


def _kin(row: list[str]) -> Term:
    flags = set(row[3].split(",")) if len(row) > 3 else set()
    return Term(row[0], row[1], row[2], case_sensitive="cs" in flags, needs_determiner="poss" in flags)


def _rows(path: Path, width: int) -> list[list[str]]:
    if not path.is_file():
        raise ResourceError(f"missing coreference word list {path.name}", file=str(path))
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")] if width > 1 else [line.strip()]
        if len(parts) < width or parts[2 if width > 2 else 0] == "" :
            raise ResourceError(f"expected {width} tab-separated fields", file=str(path),
                                position=f"line {number}")
        if width > 2 and parts[2] not in ("m", "f", "u", "any", "det"):
            raise ResourceError(f"bad gender/needs field {parts[2]!r}", file=str(path), position=f"line {number}")
        rows.append(parts)
    return rows

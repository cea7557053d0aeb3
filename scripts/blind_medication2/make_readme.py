#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import FILES_SECTION, counts_section, decisions, survey  # noqa: E402

counts, overlap, prev, check_line = survey(HERE, ["blind_medication"])
drugs = counts[4]
n_prev, overlap_prev = prev["blind_medication"]


readme = f"""# scripts/blind_medication2/ - second blind synthetic test set for medication extraction

Sixteen more **synthetic** clinical notes (`blind_17` .. `blind_32`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes** (issue #5).
They complement `scripts/blind_medication/` (`blind_01` .. `blind_16`) with different note types and drugs.

They were written **blind**: the author had no access to the extractor's code, rules or lexicons
(`ctakes_py/`, `lexicons/`, `models/`, `descriptors/`) nor to the tests (`tests/`), and saw only
`shared/data/medication_dev/GUIDELINES.md`, its `README.md`, the ten dev notes (for format and
style) and `scripts/blind_medication/` (its README's annotation decisions, its markup sources and tooling).
The notes were therefore not tuned to the extractor, and drug names were deliberately chosen
to differ from both earlier sets: **{len(set(drugs))} distinct Drug strings; {len(overlap)} of them also
appear as Drug spans in the dev notes{': ' + ', '.join(overlap) if overlap else ''} and {len(overlap_prev)} in
`blind_01` .. `blind_16`{': ' + ', '.join(overlap_prev) if overlap_prev else ''}** \
(exact string, case-insensitive; {n_prev} earlier blind files checked).
Some are deliberate variants of earlier names (misspellings and abbreviations such as "metroprolol", "vanc",
"doxy"), which an exact-string check does not count as overlap.
No real patient data; all names, dates and values are invented. License: CC0.

Note types covered: nursing MAR excerpt with held/refused doses (17), heart-failure clinic with GDMT
titration (18), hemodialysis monthly rounds (19), high-risk prenatal visit (20), dermatology topicals and a
biologic (21), ENT with nasal sprays, rinses and ear drops (22), urology (23), geriatrics "brown bag"
deprescribing table (24), IBD biologics and rectal therapy (25), endocrine with insulin pens, levothyroxine
and adrenal replacement (26), ID/OPAT with weight-based IV antibiotics via PICC (27), orthopaedic discharge
with an opioid step-down (28), hospice comfort kit partly in ALL CAPS (29), HIV clinic with ART history,
vaccines and substance use (30), pharmacy consult for warfarin interaction and renal dosing (31), and a
transitions-of-care reconciliation table with before/after columns (32). They include brand and generic
names, brand combination products (BiDil, Entresto, Zestoretic, Norco, Biktarvy, Atripla, Ciprodex,
Diclegis, Os-Cal + D), abbreviations (PNV, NPH, vanc, doxy, TMP-SMX DS, B12, EMLA), misspellings a clinician
would make (metroprolol, sevelemer, hydrochlorthiazide, amitryptiline, furosamide), tables, Sig-style and
narrative dosing, held/stopped/refused/declined/avoided drugs, drug classes, vaccines, supplements and
illicit substances, and many Dosage and Form styles ("1/2 tab", "1-2 tablets", "one capsule",
"1 application", "1 applicatorful", "2 puffs", "4 drops", "15 units"; ER tab, ODT, patch, suppository,
cream, ointment, lotion, shampoo, foam, gel, solution, suspension, syrup, elixir, powder, film, lozenges,
spray, drops, inhaler, nebulizer solution, respule, pen, injection).

{FILES_SECTION}\n\nNote: the set is larger than the ~1,000 entities aimed for (see counts); \
no notes were dropped to hit the target.

{counts_section(counts, check_line, '`blind_17` .. `blind_32`; ')}

{decisions(HERE, ['blind_medication', 'blind_medication2'])}
"""

open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print(readme)

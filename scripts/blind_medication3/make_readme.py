#!/usr/bin/env python3
"""Compute counts from blind_*.ann and write README.md."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_medication"))
from annstats import FILES_SECTION, counts_section, decisions, survey  # noqa: E402

counts, overlap, prev, check_line = survey(HERE, ["blind_medication", "blind_medication2"])
drugs = counts[4]
(n_prev, overlap_prev), (n_prev2, overlap_prev2) = prev["blind_medication"], prev["blind_medication2"]


readme = f"""# scripts/blind_medication3/ - third blind synthetic test set for medication extraction

Sixteen more **synthetic** clinical notes (`blind_33` .. `blind_48`) with brat standoff annotations in the
n2c2 2018 track 2 style, written to estimate how well the medication extractor **generalizes** (issue #5).
They complement `scripts/blind_medication/` (`blind_01` .. `blind_16`) and `scripts/blind_medication2/`
(`blind_17` .. `blind_32`) with different note types and drugs.

They were written **blind**: the author had no access to the extractor's code, rules or lexicons
(`ctakes_py/`, `lexicons/`, `models/`, `descriptors/`) nor to the tests (`tests/`), and saw only
`shared/data/medication_dev/GUIDELINES.md`, its `README.md`, the ten dev notes (for format and
style), the READMEs of `scripts/blind_medication/` and `scripts/blind_medication2/` (their annotation
decisions) and the tooling of `scripts/blind_medication2/` (as a format example).
The notes were therefore not tuned to the extractor, and drug names were deliberately chosen
to differ from all earlier sets: **{len(set(drugs))} distinct Drug strings; {len(overlap)} of them also
appear as Drug spans in the dev notes{': ' + ', '.join(overlap) if overlap else ''}, {len(overlap_prev)} in
`blind_01` .. `blind_16`{': ' + ', '.join(overlap_prev) if overlap_prev else ''} and {len(overlap_prev2)} in
`blind_17` .. `blind_32`{': ' + ', '.join(overlap_prev2) if overlap_prev2 else ''}** (exact string, case-insensitive;
{n_prev} + {n_prev2} earlier blind files checked). Some are brand/generic or spelling variants of earlier names
(e.g. "Rifadin", "Klonopin", "Zyprexa", "Kristalose", "Anaprox DS" vs. earlier "rifampin", "clonazapam",
"olanzapine", "lactulose", "naproxen"), which an exact-string check does not count as overlap.
No real patient data; all names, dates and values are invented. License: CC0.

Note types covered: MIMIC-style hepatology discharge summary (variceal bleed, encephalopathy) with a `Sig:`
discharge list (33), NICU discharge summary with weight-based neonatal dosing (34), pediatric asthma action plan
with green/yellow/red zones (35), oral anticancer therapy pharmacist visit (capecitabine cycles, mg/m2) (36),
pharmacist-managed anticoagulation clinic with a weekly warfarin schedule and LMWH bridge (37), headache &
epilepsy clinic (38), sleep medicine consult (39), skilled-nursing-facility admission orders in MIMIC `Sig:` style
with an ALL-CAPS discontinued block (40), home-health nursing visit with a bottle-by-bottle reconciliation table
(41), oral surgery operative note with local anesthetics and post-op prescriptions (42), allergy/immunology
beta-lactam delabeling with skin testing and oral challenge (43), bariatric surgery discharge instructions (44),
Parkinson's disease clinic with a clock-time dosing table (45), TB clinic DOT flow sheet (46), inpatient
psychiatry progress note with ALL-CAPS PRN agitation orders (47), and a post-MI (STEMI) discharge summary in
MIMIC `Sig:` style (48). They include brand and generic names, brand combination products (Dulera, Dymista,
Stiolto Respimat, Combivent Respimat, Anoro Ellipta, Lomotil, Septocaine, Roxicet, Caltrate 600+D, Calcium
Citrate + D, Poly-Vi-Sol with Iron, Ryaltris, Robitussin DM), regimen names (AC-T, 3HP), abbreviations (APAP, PZA,
INH, EMB, FA, MgSO4, MSO4, PPI, amp, gent, epi, D3), misspellings a clinician would make (rifaximan, Trileptol,
Fondaparinox, Ursodial, carbidopa-levadopa, isoniazide, Zyprexia), held/stopped/refused/declined/deferred/avoided
drugs, drug classes, vaccines, supplements and illicit substances, and many Dosage and Form styles ("One (1)",
"Ten (10) mL", "Eight (8) units", "0.5-1", "1 1/2", "1/2 tab", "1-2 tablets", "one capsule", "1 application",
"2 puffs", "2-4 puffs", "1 drop", "2 sprays", "22 units", "2.5 mL/kg"; Tablet, Capsule, "Capsule, Delayed
Release(E.C.)", ER tab, ER capsule, IR tab, ODT, patch, "Adhesive Patch, Medicated", suppository, cream,
ointment, solution, oral solution, suspension, inhaler, nebulizer solution, injection, Syringe, Pen Injector,
pen, autoinjector, drops, spray, nasal spray, gel, rectal gel, lozenge, elixir, syrup, powder, packet, film,
sublingual film, foam, chewable tablets, soft chews, carpules, caplets, cartridge, oral rinse).

{FILES_SECTION}\n\nNote: the set is larger than the ~1,000 entities aimed for (see counts); \
no notes were dropped to hit the target.

{counts_section(counts, check_line, '`blind_33` .. `blind_48`; ')}

{decisions(HERE, ['blind_medication', 'blind_medication2', 'blind_medication3'])}
"""

open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print(readme)
